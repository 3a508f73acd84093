#include "TallyStore.h"

#include "Query.h"
#include "domain/Clock.h"

void TallyStore::addStatus(const QString& status, qint64 delta) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO tally_status (status, n) VALUES (?, ?) ON CONFLICT (status) DO UPDATE SET "
                         "n = tally_status.n + excluded.n"))
        .bind(status)
        .bind(delta)
        .exec();
}

void TallyStore::addRegistered(const QDate& day, qint64 delta) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO tally_registered_day (day, n) VALUES (?, ?) ON CONFLICT (day) DO UPDATE "
                         "SET n = tally_registered_day.n + excluded.n"))
        .bind(Clock::dateText(day))
        .bind(delta)
        .exec();
}

void TallyStore::addWaiting(const QString& profileCode, const QDate& registeredDay, qint64 delta) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO tally_waiting (profile_code, registered_day, n) VALUES (?, ?, ?) ON "
                         "CONFLICT (profile_code, registered_day) DO UPDATE SET n = tally_waiting.n + excluded.n"))
        .bind(profileCode)
        .bind(Clock::dateText(registeredDay))
        .bind(delta)
        .exec();
}

QHash<QString, qint64> TallyStore::statusCounts() const
{
    Query q(m_database, QStringLiteral("SELECT status, n FROM tally_status WHERE n <> 0"));
    q.exec();
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.text(0), q.integer(1));
    return counts;
}

qint64 TallyStore::registeredBetween(const QDate& from, const QDate& to) const
{
    Query q(m_database,
            QStringLiteral("SELECT coalesce(sum(n), 0) FROM tally_registered_day WHERE day >= ? AND day <= ?"));
    return q.bind(Clock::dateText(from)).bind(Clock::dateText(to)).scalar().toLongLong();
}

QList<TallyStore::WaitingBucket> TallyStore::waiting() const
{
    Query q(m_database, QStringLiteral("SELECT profile_code, registered_day, n FROM tally_waiting WHERE n > 0 ORDER BY "
                                       "profile_code, registered_day"));
    q.exec();
    QList<WaitingBucket> buckets;
    while (q.next())
        buckets << WaitingBucket{q.text(0), Clock::dateFromText(q.text(1)), q.integer(2)};
    return buckets;
}

void TallyStore::rebuild() const
{
    m_database.execute(QStringLiteral("DELETE FROM tally_status"));
    m_database.execute(QStringLiteral("DELETE FROM tally_registered_day"));
    m_database.execute(QStringLiteral("DELETE FROM tally_waiting"));
    m_database.execute(
        QStringLiteral("INSERT INTO tally_status (status, n) SELECT status, count(*) FROM referral WHERE "
                       "deleted = 0 GROUP BY status"));
    // Days are the workstation's local days, as the services count them; SQL has no portable way to
    // shift a UTC stamp into local time, so the stamps are read and counted here.
    QHash<QDate, qint64> registered;
    QHash<std::pair<QString, QDate>, qint64> waiting;
    {
        Query q(
            m_database,
            QStringLiteral("SELECT registered_at, profile_code, status, emergency, transferred_from_id FROM referral "
                           "WHERE deleted = 0"));
        q.exec();
        while (q.next()) {
            const QDate day = Clock::fromStamp(q.text(0)).date();
            if (q.integer(3) == 0 && q.isNull(4)) // a transfer continues an earlier registration
                registered[day] += 1;
            const QString status = q.text(2);
            if (status == QLatin1String("registered") || status == QLatin1String("scheduled"))
                waiting[{q.text(1), day}] += 1;
        }
    }
    for (auto it = registered.cbegin(); it != registered.cend(); ++it)
        addRegistered(it.key(), it.value());
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        addWaiting(it.key().first, it.key().second, it.value());
}
