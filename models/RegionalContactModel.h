#pragma once

#include "domain/RegionalContact.h"

#include <QAbstractTableModel>
#include <QList>

class RegionalContactService;
class ReferenceNames;

// The regional bureaus' telephones, edited in place. Each edit is validated and saved at once by the
// service; a refused edit leaves the row as it was and says why through editRejected().
class RegionalContactModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Region, AreaCode, Phone, Note, Updated, ColumnCount };

    RegionalContactModel(RegionalContactService& service, const ReferenceNames& names, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const RegionalContact& contactAt(int row) const { return m_contacts.at(row); }
    // Returns the new row, or -1 after emitting editRejected().
    int addContact(const QString& regionCode, const QString& areaCode, const QString& phone, const QString& note = {});
    bool removeContact(int row);
    void reload();

signals:
    void editRejected(const QString& message);

private:
    RegionalContactService& m_service;
    const ReferenceNames& m_names;
    QList<RegionalContact> m_contacts;
};
