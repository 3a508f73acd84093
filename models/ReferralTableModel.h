#pragma once

#include "LazyTableModel.h"

class ReferenceNames;

// Referrals, newest registration first by default; filtered by status, hospital, profile or patient.
class ReferralTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Registered,
        Status,
        Iin,
        Patient,
        HospitalCode,
        Hospital,
        Profile,
        PreliminaryDate,
        ScheduledDate,
        Funding,
        Diagnosis
    };

    ReferralTableModel(const DatabaseLocation& location, const ReferenceNames& names, QObject* parent = nullptr);

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(const ListingRow& row, int column, int role) const override;

private:
    const ReferenceNames& m_names;
};
