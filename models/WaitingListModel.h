#pragma once

#include "LazyTableModel.h"

class Clock;

// One hospital × profile waiting list in queue order, a window at a time: the row number is the
// position. Set the queue with setQueue(); until then the list is empty.
class WaitingListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Patient,
        Iin,
        Registered,
        PreliminaryDate,
        ScheduledDate,
        Status,
        Documents,
        Priority,
        Position,
        DaysWaited
    };

    WaitingListModel(const DatabaseLocation& location, const Clock& clock, QObject* parent = nullptr);

    void setQueue(qint64 hospitalId, const QString& profileCode);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(const ListingRow& row, int column, int role) const override;

private:
    const Clock& m_clock;
};
