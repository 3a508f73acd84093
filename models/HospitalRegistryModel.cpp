#include "HospitalRegistryModel.h"

#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "domain/OperationError.h"
#include "domain/PhoneNumber.h"
#include "services/HospitalService.h"

#include <QBrush>
#include <QColor>

HospitalRegistryModel::HospitalRegistryModel(HospitalService& service, const ReferenceNames& names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_names(names)
{
    reload();
    connect(&names, &ReferenceNames::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_hospitals.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void HospitalRegistryModel::reload()
{
    beginResetModel();
    m_hospitals = m_service.hospitals();
    m_profiles.clear();
    for (const Hospital& h : std::as_const(m_hospitals))
        m_profiles << m_service.profiles(h.id);
    endResetModel();
}

int HospitalRegistryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hospitals.size());
}

int HospitalRegistryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HospitalRegistryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hospitals.size())
        return {};
    const Hospital& h = m_hospitals.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Code:
            return h.code;
        case Name:
            return h.name;
        case Region:
            return role == Qt::EditRole ? h.regionCode : m_names.regionName(h.regionCode);
        case Address:
            return h.address;
        case Phone:
            return role == Qt::EditRole ? h.phone : PhoneNumber::display(h.phone);
        case Kind:
            return h.kind;
        case Profiles:
            return m_profiles.value(index.row()).join(QStringLiteral(", "));
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Active)
        return h.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && h.demo && index.column() == Name)
        return QBrush(QColor(0x80, 0x60, 0x20));
    if (role == Qt::ToolTipRole && h.demo)
        return tr("A demo hospital shipped with Joldama: replace the registry with your own (File → Import → Hospital "
                  "registry from CSV).");
    if (role == ModelRoles::CodeRole)
        return h.code;
    return {};
}

QVariant HospitalRegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Region:
        return tr("Region");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Kind:
        return tr("Type");
    case Profiles:
        return tr("Bed profiles");
    case Active:
        return tr("Admits");
    }
    return {};
}

Qt::ItemFlags HospitalRegistryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Name:
    case Address:
    case Phone:
    case Kind:
        return f | Qt::ItemIsEditable;
    case Active:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool HospitalRegistryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_hospitals.size())
        return false;
    Hospital h = m_hospitals.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Active) {
        h.active = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            h.name = value.toString();
            break;
        case Address:
            h.address = value.toString();
            break;
        case Phone:
            h.phone = value.toString();
            break;
        case Kind:
            h.kind = value.toString();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    try {
        m_hospitals[index.row()] = m_service.save(h);
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}
