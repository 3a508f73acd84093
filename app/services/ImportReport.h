#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an import did: rows taken, rows refused with their line and reason. When any row is bad and the
// clerk did not ask to skip bad rows, nothing is imported at all.
struct ImportReport
{
    struct BadRow
    {
        qint64 line = 0;
        QString reason;
    };
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 unchanged = 0;
    QList<BadRow> badRows;
    // Of the bad rows, those refused only for a date far from today: imported if the clerk confirms the dates.
    qint64 unconfirmedDates = 0;
    bool committed = false;
    bool cancelled = false;

    QString summary() const;
};
