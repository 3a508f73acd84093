#pragma once

#include "domain/Referral.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The full history of one referral: every event, oldest first, with who did it and why.
class ReferralHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, From, To, Day, Reason, ColumnCount };

    explicit ReferralHistoryModel(QObject* parent = nullptr);

    void setEvents(const QList<ReferralEvent>& events, const QHash<QString, QString>& reasonLabels);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReferralEvent> m_events;
    QHash<QString, QString> m_reasonLabels; // refusal reason code → label
};
