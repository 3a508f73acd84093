#pragma once

#include "domain/Hospital.h"

#include <QAbstractTableModel>
#include <QList>

class HospitalService;
class ReferenceNames;

// The hospital registry, edited in place: name, address, phone, kind and whether it admits planned
// patients. Each edit is validated and saved at once; a refused edit leaves the row and says why.
class HospitalRegistryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Region, Address, Phone, Kind, Profiles, Active, ColumnCount };

    HospitalRegistryModel(HospitalService& service, const ReferenceNames& names, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const Hospital& hospitalAt(int row) const { return m_hospitals.at(row); }
    void reload();

signals:
    void editRejected(const QString& message);

private:
    HospitalService& m_service;
    const ReferenceNames& m_names;
    QList<Hospital> m_hospitals;
    QList<QStringList> m_profiles;
};
