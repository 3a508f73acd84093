#pragma once

#include "Database.h"

#include <QDate>

// Usage counters like the portal's: lookups answered per local day and workstation, and which workstations
// have Joldama's window open. Written in short transactions that never make a clerk wait: each is given a
// short busy timeout (ShortWait) and simply tried again later when another workstation holds the database.
class UsageStore
{
public:
    explicit UsageStore(const Database& database)
        : m_database(database)
    {}

    void addLookups(const QDate& day, const QString& workstation, qint64 count) const;
    qint64 lookupsBetween(const QDate& from, const QDate& to) const;

    void seen(const QString& workstation, const QString& user, const QString& appVersion, const QString& now,
              bool starting) const;
    void closed(const QString& workstation, const QString& now) const;
    // Workstations seen at or after since (a UTC stamp) whose window has not closed since.
    qint64 onlineSince(const QString& since) const;

    // For as long as it lives, the connection waits at most waitMs for another workstation's write lock
    // (SQLite; on PostgreSQL writes of other rows do not block these).
    class ShortWait
    {
    public:
        ShortWait(const Database& database, int waitMs);
        ~ShortWait();
        ShortWait(const ShortWait&) = delete;
        ShortWait& operator=(const ShortWait&) = delete;

    private:
        const Database& m_database;
    };

private:
    const Database& m_database;
};
