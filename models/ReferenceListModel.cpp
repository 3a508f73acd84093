#include "ReferenceListModel.h"

#include "ModelRoles.h"
#include "domain/OperationError.h"
#include "services/ReferenceDataService.h"

#include <QBrush>
#include <QColor>

ReferenceListModel::ReferenceListModel(ReferenceDataService& service, List list, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_list(list)
{
    m_fields = {Field::Code, Field::NameKk, Field::NameRu, Field::NameEn};
    if (list == List::Documents)
        m_fields << Field::ValidityDays << Field::Required;
    else if (list == List::BedProfiles)
        m_fields << Field::AgeGroup << Field::CareForm;
    m_fields << Field::InUse;
    reload();
}

ReferenceListModel::Entry ReferenceListModel::fromDocument(const DocumentType& type)
{
    Entry e;
    e.code = type.code;
    e.nameKk = type.nameKk;
    e.nameRu = type.nameRu;
    e.nameEn = type.nameEn;
    e.validityDays = type.validityDays;
    e.required = type.required;
    e.active = type.active;
    return e;
}

ReferenceListModel::Entry ReferenceListModel::fromReason(const RefusalReason& reason)
{
    Entry e;
    e.code = reason.code;
    e.nameKk = reason.nameKk;
    e.nameRu = reason.nameRu;
    e.nameEn = reason.nameEn;
    e.active = reason.active;
    return e;
}

ReferenceListModel::Entry ReferenceListModel::fromProfile(const BedProfile& profile)
{
    Entry e;
    e.code = profile.code;
    e.nameKk = profile.nameKk;
    e.nameRu = profile.nameRu;
    e.nameEn = profile.nameEn;
    e.ageGroup = profile.ageGroup;
    e.careForm = profile.careForm;
    e.active = profile.active;
    return e;
}

void ReferenceListModel::reload()
{
    beginResetModel();
    m_entries.clear();
    switch (m_list) {
    case List::Documents:
        for (const DocumentType& type : m_service.documentTypes())
            m_entries << fromDocument(type);
        break;
    case List::RefusalReasons:
        for (const RefusalReason& reason : m_service.refusalReasons())
            m_entries << fromReason(reason);
        break;
    case List::BedProfiles:
        for (const BedProfile& profile : m_service.profiles())
            m_entries << fromProfile(profile);
        break;
    }
    endResetModel();
}

int ReferenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReferenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ReferenceListModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).code == code)
            return row;
    }
    return -1;
}

QString ReferenceListModel::ageGroupLabel(BedProfile::AgeGroup group)
{
    switch (group) {
    case BedProfile::AgeGroup::Adult:
        return tr("Adults");
    case BedProfile::AgeGroup::Child:
        return tr("Children");
    case BedProfile::AgeGroup::Any:
        break;
    }
    return tr("Adults and children");
}

QString ReferenceListModel::careFormLabel(BedProfile::CareForm form)
{
    return form == BedProfile::CareForm::Day ? tr("Day hospital") : tr("Round-the-clock");
}

QVariant ReferenceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= m_fields.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    const Field field = m_fields.at(index.column());
    if (role == Qt::CheckStateRole && field == Field::Required)
        return e.required ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !e.active)
        return QBrush(QColor(0x80, 0x80, 0x80)); // retired: still listed, visibly out of use
    if (role == ModelRoles::CodeRole)
        return e.code;
    if (role == ModelRoles::ChoicesRole) {
        QVariantList choices;
        if (field == Field::AgeGroup) {
            for (auto group : {BedProfile::AgeGroup::Adult, BedProfile::AgeGroup::Child, BedProfile::AgeGroup::Any})
                choices << QVariant(QStringList{BedProfile::ageGroupCode(group), ageGroupLabel(group)});
        } else if (field == Field::CareForm) {
            for (auto form : {BedProfile::CareForm::RoundTheClock, BedProfile::CareForm::Day})
                choices << QVariant(QStringList{BedProfile::careFormCode(form), careFormLabel(form)});
        }
        return choices.isEmpty() ? QVariant() : QVariant(choices);
    }
    if (role == Qt::ToolTipRole && field >= Field::NameKk && field <= Field::NameEn)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (field) {
    case Field::Code:
        return e.code;
    case Field::NameKk:
        return e.nameKk;
    case Field::NameRu:
        return e.nameRu;
    case Field::NameEn:
        return e.nameEn;
    case Field::ValidityDays:
        if (edit)
            return e.validityDays;
        return e.validityDays > 0 ? QString::number(e.validityDays) : tr("does not expire");
    case Field::Required:
        return {};
    case Field::AgeGroup:
        return edit ? BedProfile::ageGroupCode(e.ageGroup) : ageGroupLabel(e.ageGroup);
    case Field::CareForm:
        return edit ? BedProfile::careFormCode(e.careForm) : careFormLabel(e.careForm);
    case Field::InUse:
        return edit ? QVariant() : QVariant(e.active ? tr("In use") : tr("Retired"));
    }
    return {};
}

QVariant ReferenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_fields.at(section)) {
    case Field::Code:
        return tr("Code");
    case Field::NameKk:
        return tr("Name in Kazakh");
    case Field::NameRu:
        return tr("Name in Russian");
    case Field::NameEn:
        return tr("Name in English");
    case Field::ValidityDays:
        return tr("Valid, days");
    case Field::Required:
        return tr("Required");
    case Field::AgeGroup:
        return tr("Patients");
    case Field::CareForm:
        return tr("Form of care");
    case Field::InUse:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags ReferenceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() >= m_fields.size())
        return f;
    switch (m_fields.at(index.column())) {
    case Field::Code:  // referrals and events keep the code: it never changes
    case Field::InUse: // retired and restored by the buttons, never by a stray key
        break;
    case Field::Required:
        f |= Qt::ItemIsUserCheckable;
        break;
    default:
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ReferenceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= m_fields.size())
        return false;
    Entry changed = m_entries.at(index.row());
    const Field field = m_fields.at(index.column());
    if (role == Qt::CheckStateRole && field == Field::Required) {
        changed.required = Qt::CheckState(value.toInt()) == Qt::Checked;
        return save(index.row(), changed);
    }
    if (role != Qt::EditRole)
        return false;
    switch (field) {
    case Field::NameKk:
        changed.nameKk = value.toString();
        break;
    case Field::NameRu:
        changed.nameRu = value.toString();
        break;
    case Field::NameEn:
        changed.nameEn = value.toString();
        break;
    case Field::ValidityDays: {
        bool number = false;
        changed.validityDays = value.toString().trimmed().toInt(&number);
        if (!number) {
            emit editRejected(tr("The validity is a whole number of days; 0 means the document does not expire."));
            return false;
        }
        break;
    }
    case Field::AgeGroup:
        changed.ageGroup = BedProfile::ageGroupFromCode(value.toString());
        break;
    case Field::CareForm:
        changed.careForm = BedProfile::careFormFromCode(value.toString());
        break;
    default:
        return false;
    }
    return save(index.row(), changed);
}

bool ReferenceListModel::save(int row, const Entry& changed)
{
    try {
        switch (m_list) {
        case List::Documents:
            m_entries[row] = fromDocument(
                m_service.updateDocumentType(DocumentType{changed.code, changed.nameKk, changed.nameRu, changed.nameEn,
                                                          changed.validityDays, changed.required, changed.active}));
            break;
        case List::RefusalReasons:
            m_entries[row] = fromReason(m_service.updateRefusalReason(
                RefusalReason{changed.code, changed.nameKk, changed.nameRu, changed.nameEn, changed.active}));
            break;
        case List::BedProfiles:
            m_entries[row] = fromProfile(
                m_service.updateProfile(BedProfile{changed.code, changed.nameKk, changed.nameRu, changed.nameEn,
                                                   changed.ageGroup, changed.careForm, changed.active}));
            break;
        }
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    emit dataChanged(index(row, 0), index(row, int(m_fields.size()) - 1));
    emit entrySaved();
    return true;
}

bool ReferenceListModel::setActive(int row, bool active)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    Entry changed = m_entries.at(row);
    changed.active = active;
    return save(row, changed);
}

int ReferenceListModel::append(const std::function<Entry()>& add)
{
    Entry saved;
    try {
        saved = add();
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return -1;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries << saved;
    endInsertRows();
    emit entrySaved();
    return row;
}

int ReferenceListModel::addDocumentType(const DocumentType& type)
{
    return append([&] { return fromDocument(m_service.addDocumentType(type)); });
}

int ReferenceListModel::addRefusalReason(const RefusalReason& reason)
{
    return append([&] { return fromReason(m_service.addRefusalReason(reason)); });
}

int ReferenceListModel::addProfile(const BedProfile& profile)
{
    return append([&] { return fromProfile(m_service.addProfile(profile)); });
}
