#include "ReferralHistoryModel.h"

#include "domain/DisplayFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

ReferralHistoryModel::ReferralHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReferralHistoryModel::setEvents(const QList<ReferralEvent>& events, const QHash<QString, QString>& reasonLabels)
{
    beginResetModel();
    m_events = events;
    m_reasonLabels = reasonLabels;
    endResetModel();
}

int ReferralHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ReferralHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ReferralEvent& e = m_events.at(index.row());
    switch (index.column()) {
    case When:
        return DisplayFormat::dateTime(e.happenedAt);
    case Who:
        return e.actor;
    case From:
        return e.fromStatus.isEmpty() ? QString() : ReferralStatuses::labelForCode(e.fromStatus);
    case To:
        return ReferralStatuses::labelForCode(e.toStatus);
    case Day:
        return DisplayFormat::date(e.eventDate);
    case Reason: {
        QStringList parts;
        if (!e.reasonCode.isEmpty())
            parts << m_reasonLabels.value(e.reasonCode, e.reasonCode);
        if (!e.reason.isEmpty())
            parts << e.reason;
        const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        if (detail.contains(QStringLiteral("transferred_to")))
            parts << tr("moved to %1").arg(detail.value(QStringLiteral("transferred_to")).toString());
        if (detail.contains(QStringLiteral("transferred_from")))
            parts << tr("moved from %1").arg(detail.value(QStringLiteral("transferred_from")).toString());
        if (detail.contains(QStringLiteral("documents_override")))
            parts << tr("admitted without the full document package: %1")
                         .arg(detail.value(QStringLiteral("documents_override")).toString());
        if (detail.contains(QStringLiteral("emergency_source")))
            parts << tr("emergency admission");
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ReferralHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Day:
        return tr("Day");
    case Reason:
        return tr("Reason and details");
    }
    return {};
}
