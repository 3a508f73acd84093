#include "WaitingListModel.h"

#include "domain/Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/ReferralStatus.h"
#include "store/Listings.h"

#include <QBrush>
#include <QColor>

WaitingListModel::WaitingListModel(const DatabaseLocation& location, const Clock& clock, QObject* parent)
    : LazyTableModel(location, Listings::waitingList(), {}, parent)
    , m_clock(clock)
{}

void WaitingListModel::setQueue(qint64 hospitalId, const QString& profileCode)
{
    ListingRequest r = request();
    r.filters.insert(QStringLiteral("hospital_id"), hospitalId);
    r.filters.insert(QStringLiteral("profile_code"), profileCode);
    setRequest(r);
}

int WaitingListModel::columnCount(const QModelIndex& parent) const
{
    // Two columns computed here (position, days waited) after the listing's own.
    return parent.isValid() ? 0 : LazyTableModel::columnCount(parent) + 2;
}

QVariant WaitingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == Position && (role == Qt::DisplayRole || role == Qt::TextAlignmentRole)) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return windowStart() + index.row() + 1; // the listing is the queue in order
    }
    if (index.column() == DaysWaited) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        const QVariant registered =
            LazyTableModel::data(this->index(index.row(), Registered), LazyTableModel::ValueRole);
        if (!registered.isValid())
            return {};
        return Clock::fromStamp(registered.toString()).date().daysTo(m_clock.today());
    }
    return LazyTableModel::data(index, role);
}

QString WaitingListModel::columnTitle(int column) const
{
    switch (column) {
    case Position:
        return tr("Place");
    case Code:
        return tr("Referral code");
    case Patient:
        return tr("Patient");
    case Iin:
        return tr("IIN");
    case Registered:
        return tr("Registered");
    case DaysWaited:
        return tr("Days waited");
    case PreliminaryDate:
        return tr("Preliminary date");
    case ScheduledDate:
        return tr("Confirmed date");
    case Status:
        return tr("Status");
    case Documents:
        return tr("Documents");
    case Priority:
        return tr("Priority");
    }
    return {};
}

QVariant WaitingListModel::cellData(const ListingRow& row, int column, int role) const
{
    const QVariant value = row.values.value(column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Registered:
            return DisplayFormat::dateTimeFromStored(value.toString());
        case PreliminaryDate:
        case ScheduledDate:
            return DisplayFormat::dateFromStored(value.toString());
        case Status:
            return ReferralStatuses::labelForCode(value.toString());
        case Documents:
            return value.toInt() != 0 ? tr("complete") : tr("incomplete");
        default:
            return value;
        }
    }
    if (role == Qt::ForegroundRole && column == Documents)
        return QBrush(value.toInt() != 0 ? QColor(0x1a, 0x6b, 0x2f) : QColor(0xa0, 0x20, 0x20));
    if (role == Qt::ForegroundRole && column == Status && value.toString() == QLatin1String("scheduled"))
        return QBrush(QColor(0x1a, 0x6b, 0x2f));
    return {};
}
