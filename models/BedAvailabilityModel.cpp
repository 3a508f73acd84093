#include "BedAvailabilityModel.h"

#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/BedService.h"

#include <QBrush>
#include <QColor>

BedAvailabilityModel::BedAvailabilityModel(BedService& service, const ReferenceNames& names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_names(names)
{
    reload();
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
    connect(&names, &ReferenceNames::namesChanged, this, repaint);
}

void BedAvailabilityModel::reload(const QString& regionCode, const QString& profileCode)
{
    beginResetModel();
    m_region = regionCode;
    m_profile = profileCode;
    m_rows = m_service.availability(regionCode, profileCode);
    endResetModel();
}

int BedAvailabilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BedAvailabilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BedAvailabilityModel::totalFree(int day) const
{
    int sum = 0;
    for (const BedAvailability& row : m_rows) {
        if (row.days[size_t(day)])
            sum += row.days[size_t(day)]->free();
    }
    return sum;
}

QVariant BedAvailabilityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BedAvailability& row = m_rows.at(index.row());
    const std::optional<BedCount>& today = row.days[0];
    auto number = [&](int column) -> QVariant {
        switch (column) {
        case Total:
            return today ? QVariant(today->total) : QVariant();
        case Occupied:
            return today ? QVariant(today->occupied) : QVariant();
        case Reserved:
            return today ? QVariant(today->reserved) : QVariant();
        case FreeToday:
        case FreeTomorrow:
        case FreeDayAfter: {
            const auto& day = row.days[size_t(column - FreeToday)];
            return day ? QVariant(day->free()) : QVariant();
        }
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Region:
            return m_names.regionName(row.regionCode);
        case HospitalCode:
            return row.hospitalCode;
        case Hospital:
            return row.hospitalName;
        case Profile:
            return m_names.profileName(row.profileCode);
        case CareForm:
            return CareTerms::careFormLabel(row.careForm);
        case ReportedFor:
            return row.reportedFor.isValid() ? DisplayFormat::date(row.reportedFor) : tr("no report");
        default: {
            const QVariant n = number(index.column());
            return n.isValid() ? n : QVariant(QStringLiteral("—"));
        }
        }
    case ModelRoles::SortRole:
        if (index.column() >= Total && index.column() <= FreeDayAfter)
            return number(index.column()).isValid() ? number(index.column()) : QVariant(-1);
        if (index.column() == ReportedFor)
            return row.reportedFor;
        return data(index, Qt::DisplayRole);
    case ModelRoles::CodeRole:
        if (index.column() == Region)
            return row.regionCode;
        if (index.column() == Profile)
            return row.profileCode;
        return {};
    case Qt::EditRole:
        return number(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Total && index.column() <= FreeDayAfter)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() >= FreeToday && index.column() <= FreeDayAfter) {
            const QVariant n = number(index.column());
            if (n.isValid() && n.toInt() == 0)
                return QBrush(QColor(0xa0, 0x20, 0x20));
        }
        if (index.column() == ReportedFor && !row.reportedFor.isValid())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags BedAvailabilityModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= Total && index.column() <= Reserved)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BedAvailabilityModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() < Total || index.column() > Reserved)
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok) {
        emit editRejected(tr("Enter a whole number of beds."));
        return false;
    }
    const BedAvailability& row = m_rows.at(index.row());
    BedCount count = row.days[0].value_or(BedCount{});
    (index.column() == Total ? count.total : index.column() == Occupied ? count.occupied : count.reserved) = number;
    try {
        m_service.report(row.hospitalCode, row.profileCode, {}, count, row.careForm);
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    // Read the row again: tomorrow and the day after carry today's report unless they have their own.
    for (const BedAvailability& fresh : m_service.availability(row.regionCode, row.profileCode)) {
        if (fresh.hospitalId == row.hospitalId && fresh.careForm == row.careForm)
            m_rows[index.row()] = fresh;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant BedAvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case HospitalCode:
        return tr("Code");
    case Hospital:
        return tr("Hospital");
    case Profile:
        return tr("Bed profile");
    case CareForm:
        return tr("Form of care");
    case Total:
        return tr("Beds");
    case Occupied:
        return tr("Occupied");
    case Reserved:
        return tr("Reserved");
    case FreeToday:
        return tr("Free today");
    case FreeTomorrow:
        return tr("Free tomorrow");
    case FreeDayAfter:
        return tr("Free the day after");
    case ReportedFor:
        return tr("Report of");
    }
    return {};
}
