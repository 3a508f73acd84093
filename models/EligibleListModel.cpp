#include "EligibleListModel.h"

#include "domain/OperationError.h"
#include "services/AbroadService.h"

#include <QBrush>
#include <QColor>

EligibleListModel::EligibleListModel(AbroadService& service, EligibleList list, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_list(list)
{
    reload();
}

void EligibleListModel::reload()
{
    beginResetModel();
    m_entries = m_service.list(m_list);
    endResetModel();
}

int EligibleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EligibleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EligibleListModel::starterCount() const
{
    int count = 0;
    for (const EligibleEntry& e : m_entries)
        count += e.starter ? 1 : 0;
    return count;
}

QVariant EligibleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const EligibleEntry& e = m_entries.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == InUse)
        return e.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Code:
            return e.code;
        case NameKk:
            return e.nameKk;
        case NameRu:
            return e.nameRu;
        case NameEn:
            return e.nameEn;
        case Icd10:
            return e.icd10;
        case InUse:
            return role == Qt::DisplayRole ? QVariant(e.active ? tr("In use") : tr("Taken off the list")) : QVariant();
        case Checked:
            return e.starter ? tr("Starter list, not checked") : tr("Checked");
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Checked && e.starter)
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    if (role == Qt::ToolTipRole) {
        if (index.column() == Checked && e.starter)
            return tr("Shipped with Joldama as a starter list. Check it against the Ministry of Health's current "
                      "order, correct it if needed, and mark it as checked.");
        if (index.column() >= NameKk && index.column() <= NameEn)
            return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant EligibleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case NameKk:
        return tr("Name in Kazakh");
    case NameRu:
        return tr("Name in Russian");
    case NameEn:
        return tr("Name in English");
    case Icd10:
        return tr("ICD-10 codes");
    case InUse:
        return tr("On the list");
    case Checked:
        return tr("Checked");
    }
    return {};
}

Qt::ItemFlags EligibleListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() >= NameKk && index.column() <= NameEn)
        f |= Qt::ItemIsEditable;
    if (index.column() == Icd10 && m_list == EligibleList::Diseases)
        f |= Qt::ItemIsEditable;
    if (index.column() == InUse)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool EligibleListModel::save(int row, const EligibleEntry& entry)
{
    try {
        m_entries[row] = m_service.saveEntry(m_list, entry);
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool EligibleListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return false;
    EligibleEntry changed = m_entries.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == InUse) {
        changed.active = Qt::CheckState(value.toInt()) == Qt::Checked;
        return save(index.row(), changed);
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (index.column()) {
    case NameKk:
        changed.nameKk = text;
        break;
    case NameRu:
        changed.nameRu = text;
        break;
    case NameEn:
        changed.nameEn = text;
        break;
    case Icd10:
        changed.icd10 = text;
        break;
    default:
        return false;
    }
    return save(index.row(), changed);
}

bool EligibleListModel::confirm(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    return save(row, m_entries.at(row));
}

int EligibleListModel::addEntry(const EligibleEntry& entry)
{
    try {
        if (m_service.findEntry(m_list, entry.code.trimmed().toLower())) {
            emit editRejected(tr("The code \"%1\" is already on the list. Choose another code, or edit the entry "
                                 "that has it.")
                                  .arg(entry.code.trimmed().toLower()));
            return -1;
        }
        const EligibleEntry saved = m_service.saveEntry(m_list, entry);
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries << saved;
        endInsertRows();
        return row;
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return -1;
    }
}
