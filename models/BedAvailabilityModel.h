#pragma once

#include "domain/BedAvailability.h"

#include <QAbstractTableModel>
#include <QList>

class BedService;
class ReferenceNames;

// Free beds of every hospital × profile for today, tomorrow and the day after.
class BedAvailabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Region,
        HospitalCode,
        Hospital,
        Profile,
        CareForm,
        Total,
        Occupied,
        Reserved,
        FreeToday,
        FreeTomorrow,
        FreeDayAfter,
        ReportedFor,
        ColumnCount
    };

    BedAvailabilityModel(BedService& service, const ReferenceNames& names, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Today's beds, occupied and reserved are edited in place; each edit is a dated report.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void reload(const QString& regionCode = {}, const QString& profileCode = {});
    const BedAvailability& rowAt(int row) const { return m_rows.at(row); }
    // Free beds summed over the rows with a report, for today + d.
    int totalFree(int day) const;

signals:
    void editRejected(const QString& message);

private:
    BedService& m_service;
    const ReferenceNames& m_names;
    QList<BedAvailability> m_rows;
    QString m_region;
    QString m_profile;
};
