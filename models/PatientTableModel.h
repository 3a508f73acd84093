#pragma once

#include "LazyTableModel.h"

class ReferenceNames;

// The patient registry, a window at a time, in Kazakh/Russian alphabetical order by default.
class PatientTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { Iin, Name, BirthDate, Sex, Phone, Region, Clinic, Insured };

    PatientTableModel(const DatabaseLocation& location, const ReferenceNames& names, QObject* parent = nullptr);

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(const ListingRow& row, int column, int role) const override;

private:
    const ReferenceNames& m_names;
};
