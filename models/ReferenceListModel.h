#pragma once

#include "domain/BedProfile.h"
#include "domain/DocumentType.h"
#include "domain/RefusalReason.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class ReferenceDataService;

// One of the bureau's editable reference lists — the document checklist, refusal reasons or bed profiles —
// edited in place. Every accepted edit is saved at once; a rejected one changes nothing and is reported
// through editRejected() for the dialog to show beside the table.
class ReferenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class List { Documents, RefusalReasons, BedProfiles };
    enum class Field { Code, NameKk, NameRu, NameEn, ValidityDays, Required, AgeGroup, CareForm, InUse };

    ReferenceListModel(ReferenceDataService& service, List list, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    List list() const { return m_list; }
    Field field(int column) const { return m_fields.at(column); }
    int column(Field field) const { return int(m_fields.indexOf(field)); } // −1: not a column of this list
    int rowOf(const QString& code) const;
    QString codeAt(int row) const { return m_entries.at(row).code; }
    bool isActive(int row) const { return m_entries.at(row).active; }

    // Each adds an entry of this model's list; returns its row, or −1 after emitting editRejected().
    int addDocumentType(const DocumentType& type);
    int addRefusalReason(const RefusalReason& reason);
    int addProfile(const BedProfile& profile);
    // Retires an entry (no longer offered for new records) or puts it back in use.
    bool setActive(int row, bool active);
    void reload();

    static QString ageGroupLabel(BedProfile::AgeGroup group);
    static QString careFormLabel(BedProfile::CareForm form);

signals:
    void editRejected(const QString& message);
    void entrySaved();

private:
    // The fields of the three lists side by side, so one model serves them all.
    struct Entry
    {
        QString code;
        QString nameKk;
        QString nameRu;
        QString nameEn;
        int validityDays = 0;
        bool required = true;
        BedProfile::AgeGroup ageGroup = BedProfile::AgeGroup::Adult;
        BedProfile::CareForm careForm = BedProfile::CareForm::RoundTheClock;
        bool active = true;
    };
    static Entry fromDocument(const DocumentType& type);
    static Entry fromReason(const RefusalReason& reason);
    static Entry fromProfile(const BedProfile& profile);
    // Saves a changed entry through the service; false (and nothing saved) when the service refuses it.
    bool save(int row, const Entry& changed);
    int append(const std::function<Entry()>& add);

    ReferenceDataService& m_service;
    List m_list;
    QList<Field> m_fields;
    QList<Entry> m_entries;
};
