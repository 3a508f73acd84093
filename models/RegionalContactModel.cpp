#include "RegionalContactModel.h"

#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/RegionalContactService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

RegionalContactModel::RegionalContactModel(RegionalContactService& service, const ReferenceNames& names,
                                           QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_names(names)
{
    reload();
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_contacts.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
    connect(&names, &ReferenceNames::namesChanged, this, repaint);
}

void RegionalContactModel::reload()
{
    beginResetModel();
    m_contacts = m_service.contacts();
    endResetModel();
}

int RegionalContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int RegionalContactModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionalContactModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const RegionalContact& c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Region:
            return m_names.regionName(c.regionCode);
        case AreaCode:
            return c.areaCode;
        case Phone:
            return c.hasPhone() ? c.phone : tr("number not published");
        case Note:
            return c.note;
        case Updated:
            return DisplayFormat::date(c.updatedOn);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Region:
            return c.regionCode;
        case AreaCode:
            return c.areaCode;
        case Phone:
            return c.phone;
        case Note:
            return c.note;
        case Updated:
            return c.updatedOn;
        }
        break;
    case ModelRoles::SortRole:
        if (index.column() == Updated)
            return c.updatedOn;
        if (index.column() == Phone)
            return c.phone;
        return data(index, Qt::DisplayRole);
    case ModelRoles::CodeRole:
        return index.column() == Region ? QVariant(c.regionCode) : QVariant();
    case ModelRoles::MissingRole:
        return index.column() == Phone && !c.hasPhone();
    case Qt::ForegroundRole:
        if (index.column() == Phone && !c.hasPhone())
            return QBrush(QColor(0xa0, 0x20, 0x20));
        break;
    case Qt::FontRole:
        if (index.column() == Phone && !c.hasPhone()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Phone)
            return c.hasPhone()
                       ? c.dialString()
                       : tr("The Bureau's portal gives no number for this bureau. Enter it when you learn it.");
        break;
    default:
        break;
    }
    return {};
}

QVariant RegionalContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case AreaCode:
        return tr("Area code");
    case Phone:
        return tr("Phone");
    case Note:
        return tr("Note");
    case Updated:
        return tr("Last update");
    }
    return {};
}

Qt::ItemFlags RegionalContactModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Updated)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RegionalContactModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_contacts.size())
        return false;
    RegionalContact changed = m_contacts.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case Region:
        changed.regionCode = text;
        break;
    case AreaCode:
        changed.areaCode = text;
        break;
    case Phone:
        changed.phone = text;
        break;
    case Note:
        changed.note = text;
        break;
    default:
        return false;
    }
    try {
        m_contacts[index.row()] = m_service.update(changed);
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

int RegionalContactModel::addContact(const QString& regionCode, const QString& areaCode, const QString& phone,
                                     const QString& note)
{
    try {
        const RegionalContact contact = m_service.add(regionCode, areaCode, phone, note);
        const int row = int(m_contacts.size());
        beginInsertRows({}, row, row);
        m_contacts << contact;
        endInsertRows();
        return row;
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return -1;
    }
}

bool RegionalContactModel::removeContact(int row)
{
    if (row < 0 || row >= m_contacts.size())
        return false;
    try {
        m_service.remove(m_contacts.at(row).id);
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
    return true;
}
