#pragma once

#include "domain/EligibleEntry.h"

#include <QAbstractTableModel>
#include <QList>

class AbroadService;

// One of the editable lists for treatment abroad (eligible diseases or categories of citizens), edited in
// place. Saving an entry marks it as checked against the Ministry of Health's order; entries still from the
// shipped starter list are shown as unchecked.
class EligibleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Checked, InUse, NameKk, NameRu, NameEn, Icd10, ColumnCount };

    EligibleListModel(AbroadService& service, EligibleList list, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    EligibleList list() const { return m_list; }
    const EligibleEntry& entryAt(int row) const { return m_entries.at(row); }
    // Adds an entry; returns its row, or -1 after emitting editRejected().
    int addEntry(const EligibleEntry& entry);
    // Marks an unchanged starter entry as checked.
    bool confirm(int row);
    int starterCount() const;
    void reload();

signals:
    void editRejected(const QString& message);

private:
    bool save(int row, const EligibleEntry& entry);

    AbroadService& m_service;
    EligibleList m_list;
    QList<EligibleEntry> m_entries;
};
