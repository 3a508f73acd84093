#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>

// Which automatic backups to keep: the newest of each of the last 7 days that have one, of each of the last 5
// weeks (ISO weeks) and of each of the last 12 months — 7 daily, 5 weekly and 12 monthly copies, overlapping
// (today's copy is also this week's and this month's). Days without a backup (a bureau closed at the weekend)
// are not counted, so a long holiday never empties the folder. Everything else may be removed.
namespace BackupRetention {

struct Policy
{
    int daily = 7;
    int weekly = 5;
    int monthly = 12;
};

// The indexes into made (the instants the backups were made, local time, any order) of the copies to keep.
QSet<int> keep(const QList<QDateTime>& made, const Policy& policy = {});

} // namespace BackupRetention
