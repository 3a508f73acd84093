#include "ReferralTableModel.h"

#include "ReferenceNames.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/ReferralStatus.h"
#include "store/Listings.h"

#include <QBrush>
#include <QColor>

namespace {
ListingRequest newestFirst()
{
    ListingRequest request;
    request.sortColumn = ReferralTableModel::Registered;
    request.order = Qt::DescendingOrder;
    return request;
}
} // namespace

ReferralTableModel::ReferralTableModel(const DatabaseLocation& location, const ReferenceNames& names, QObject* parent)
    : LazyTableModel(location, Listings::referrals(), newestFirst(), parent)
    , m_names(names)
{
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
    connect(&names, &ReferenceNames::namesChanged, this, repaint);
}

QString ReferralTableModel::columnTitle(int column) const
{
    switch (column) {
    case Code:
        return tr("Referral code");
    case Registered:
        return tr("Registered");
    case Status:
        return tr("Status");
    case Iin:
        return tr("IIN");
    case Patient:
        return tr("Patient");
    case HospitalCode:
        return tr("Hospital code");
    case Hospital:
        return tr("Hospital");
    case Profile:
        return tr("Bed profile");
    case PreliminaryDate:
        return tr("Preliminary date");
    case ScheduledDate:
        return tr("Confirmed date");
    case Funding:
        return tr("Funding");
    case Diagnosis:
        return tr("Diagnosis (ICD-10)");
    }
    return {};
}

QVariant ReferralTableModel::cellData(const ListingRow& row, int column, int role) const
{
    const QVariant value = row.values.value(column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Registered:
            return DisplayFormat::dateTimeFromStored(value.toString());
        case Status:
            return ReferralStatuses::labelForCode(value.toString());
        case Profile:
            return m_names.profileName(value.toString());
        case PreliminaryDate:
        case ScheduledDate:
            return DisplayFormat::dateFromStored(value.toString());
        case Funding:
            return CareTerms::fundingLabel(value.toString());
        default:
            return value;
        }
    }
    if (role == Qt::ForegroundRole && column == Status) {
        const QString status = value.toString();
        if (status == QLatin1String("refused") || status == QLatin1String("cancelled") ||
            status == QLatin1String("no_show"))
            return QBrush(QColor(0xa0, 0x20, 0x20));
        if (status == QLatin1String("scheduled"))
            return QBrush(QColor(0x1a, 0x6b, 0x2f));
    }
    return {};
}
