#include "UsageStore.h"

#include "Query.h"
#include "domain/Clock.h"

#include <sqlite3.h>

void UsageStore::addLookups(const QDate& day, const QString& workstation, qint64 count) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO usage_day (day, workstation, lookups) VALUES (?, ?, ?) ON CONFLICT (day, "
                         "workstation) DO UPDATE SET lookups = usage_day.lookups + excluded.lookups"))
        .bind(Clock::dateText(day))
        .bind(workstation)
        .bind(count)
        .exec();
}

qint64 UsageStore::lookupsBetween(const QDate& from, const QDate& to) const
{
    return Query(m_database,
                 QStringLiteral("SELECT coalesce(sum(lookups), 0) FROM usage_day WHERE day >= ? AND day <= ?"))
        .bind(Clock::dateText(from))
        .bind(Clock::dateText(to))
        .scalar()
        .toLongLong();
}

void UsageStore::seen(const QString& workstation, const QString& user, const QString& appVersion, const QString& now,
                      bool starting) const
{
    // A window starting sets started_at; a heartbeat keeps it.
    Query(m_database,
          starting
              ? QStringLiteral("INSERT INTO workstation_presence (workstation, user_name, app_version, started_at, "
                               "seen_at, closed_at) VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (workstation) DO "
                               "UPDATE SET user_name = excluded.user_name, app_version = excluded.app_version, "
                               "started_at = excluded.started_at, seen_at = excluded.seen_at, closed_at = NULL")
              : QStringLiteral("INSERT INTO workstation_presence (workstation, user_name, app_version, started_at, "
                               "seen_at, closed_at) VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (workstation) DO "
                               "UPDATE SET user_name = excluded.user_name, app_version = excluded.app_version, "
                               "seen_at = excluded.seen_at, closed_at = NULL"))
        .bind(workstation)
        .bind(user)
        .bind(appVersion)
        .bind(now)
        .bind(now)
        .exec();
}

void UsageStore::closed(const QString& workstation, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE workstation_presence SET closed_at = ? WHERE workstation = ?"))
        .bind(now)
        .bind(workstation)
        .exec();
}

qint64 UsageStore::onlineSince(const QString& since) const
{
    return Query(m_database,
                 QStringLiteral("SELECT count(*) FROM workstation_presence WHERE seen_at >= ? AND closed_at IS NULL"))
        .bind(since)
        .scalar()
        .toLongLong();
}

UsageStore::ShortWait::ShortWait(const Database& database, int waitMs)
    : m_database(database)
{
    if (sqlite3* db = m_database.sqliteHandle())
        sqlite3_busy_timeout(db, waitMs);
}

UsageStore::ShortWait::~ShortWait()
{
    if (sqlite3* db = m_database.sqliteHandle())
        sqlite3_busy_timeout(db, Database::busyTimeoutMs);
}
