#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

// The portal's visitor counters for the bureau: lookups answered today, yesterday and this month, and the
// workstations online now.
//
// A lookup is counted by whoever answers it (the lookup command, the window's lookup dialog and a scan), never
// inside WaitingListService::lookup, which stays a pure read: the lookup itself costs what it did. The count is
// kept in memory and written as one upsert of a per-day, per-workstation tally in a short transaction: at once
// when nothing was written for batchSeconds (so a command's one lookup is written before it exits), otherwise
// with the window's minute heartbeat, a dashboard refresh or the window closing. A busy database makes the count
// wait for the next write, never the clerk (UsageStore::ShortWait). Counted lookups a crash loses are at most
// half a minute's, which a visitor counter can afford; a synced WAL commit per lookup it could not.
class UsageService
{
    Q_DECLARE_TR_FUNCTIONS(UsageService)

public:
    explicit UsageService(Database& database, const Clock& clock = Clock::system());
    ~UsageService(); // writes what is still counted
    UsageService(const UsageService&) = delete;
    UsageService& operator=(const UsageService&) = delete;

    void countLookup();
    // Writes the lookups counted so far; false (and kept for later) when the database could not take them.
    bool flush();
    qint64 pendingLookups() const;

    // The window's sign of life, every heartbeatSeconds; leave() when it closes.
    bool heartbeat(bool starting = false);
    bool leave();

    struct Counters
    {
        qint64 lookupsToday = 0;
        qint64 lookupsYesterday = 0;
        qint64 lookupsMonth = 0;
        qint64 workstationsOnline = 0;
    };
    // From the database, plus what this workstation counted and has not written yet.
    Counters counters() const;
    // From the database alone (another process's view, e.g. the dashboard command).
    static Counters stored(const Database& database, const Clock& clock);

    static QString workstation();

    static constexpr int batchSeconds = 30;
    static constexpr int heartbeatSeconds = 60;
    static constexpr int onlineMinutes = 5;
    static constexpr int shortWaitMs = 250;

private:
    Database& m_database;
    const Clock& m_clock;
    QMap<QDate, qint64> m_pending;
    QDateTime m_lastFlush;
};
