#include "WaitingListStore.h"

#include "Query.h"
#include "domain/Clock.h"
#include "domain/LocalInstant.h"

#include <QStringList>

#include <algorithm>

namespace {
const QString activeQueue =
    QStringLiteral("hospital_id = ? AND profile_code = ? AND status IN ('registered', 'scheduled') AND deleted = 0");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(Clock::dateText(date)) : QVariant();
}
} // namespace

QList<WaitingListStore::Place> WaitingListStore::places(qint64 hospitalId, const QString& profileCode,
                                                        const QString& fromKey) const
{
    Query q(m_database, QStringLiteral("SELECT id, code, queue_key, registered_at, scheduled_date, preliminary_date, "
                                       "documents_ok, status FROM referral WHERE ") +
                            activeQueue + (fromKey.isEmpty() ? QString() : QStringLiteral(" AND queue_key >= ?")) +
                            QStringLiteral(" ORDER BY queue_key"));
    q.bind(hospitalId).bind(profileCode);
    if (!fromKey.isEmpty())
        q.bind(fromKey);
    q.exec();
    QList<Place> result;
    UtcStamps stamps; // a queue of thousands asks the time zone once a day, not once a referral
    while (q.next()) {
        Place s;
        s.id = q.integer(0);
        s.code = q.text(1);
        s.queueKey = q.text(2);
        s.registered = stamps.localDate(q.text(3));
        if (q.text(7) == QLatin1String("scheduled"))
            s.confirmed = Clock::dateFromText(q.text(4));
        s.preliminary = q.isNull(5) ? QDate() : Clock::dateFromText(q.text(5));
        s.documentsOk = q.integer(6) != 0;
        result << s;
    }
    return result;
}

QList<WaitingListStore::Row> WaitingListStore::rows(qint64 hospitalId, const QString& profileCode, int offset,
                                                    int limit) const
{
    Query q(m_database,
            QStringLiteral(
                "SELECT r.id, r.code, p.last_name || ' ' || p.first_name || CASE WHEN p.middle_name = '' THEN '' "
                "ELSE ' ' || p.middle_name END, p.iin, r.registered_at, r.preliminary_date, r.scheduled_date, "
                "r.status, r.priority, r.documents_ok FROM referral r LEFT JOIN patient p ON p.id = r.patient_id WHERE "
                "r.hospital_id = ? AND r.profile_code = ? AND r.status IN ('registered', 'scheduled') AND "
                "r.deleted = 0 ORDER BY r.queue_key LIMIT %1 OFFSET %2")
                .arg(limit)
                .arg(offset));
    q.bind(hospitalId).bind(profileCode).exec();
    QList<Row> result;
    while (q.next()) {
        Row row;
        row.id = q.integer(0);
        row.code = q.text(1);
        row.patient = q.text(2);
        row.iin = q.text(3);
        row.registeredAt = Clock::fromStamp(q.text(4));
        row.preliminaryDate = q.isNull(5) ? QDate() : Clock::dateFromText(q.text(5));
        row.scheduledDate = q.isNull(6) ? QDate() : Clock::dateFromText(q.text(6));
        ReferralStatuses::fromCode(q.text(7), &row.status);
        row.priority = int(q.integer(8));
        row.documentsOk = q.integer(9) != 0;
        result << row;
    }
    return result;
}

void WaitingListStore::savePlan(const QList<Place>& changed) const
{
    // Up to 500 places in one statement. One UPDATE per place cost most of an open-data import: every statement in
    // a long transaction opens and releases a statement savepoint (the referral table has triggers), and on a
    // database of a million referrals releasing it costs far more than the update itself. The casts give
    // PostgreSQL the types of the VALUES' parameters, which it would otherwise take for text.
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < changed.size(); from += batch) {
        const qsizetype count = std::min(batch, changed.size() - from);
        QStringList rows;
        rows.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            rows << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS INTEGER))");
        Query q(m_database, QStringLiteral("UPDATE referral SET preliminary_date = v.column2, documents_ok = v.column3 "
                                           "FROM (VALUES ") +
                                rows.join(QStringLiteral(", ")) +
                                QStringLiteral(") AS v WHERE referral.id = v.column1"));
        for (qsizetype i = from; i < from + count; ++i) {
            const Place& s = changed.at(i);
            q.bind(s.id).bind(dateValue(s.preliminary)).bind(s.documentsOk ? 1 : 0);
        }
        q.exec();
    }
}

qint64 WaitingListStore::position(qint64 hospitalId, const QString& profileCode, const QString& queueKey) const
{
    Query q(m_database, QStringLiteral("SELECT count(*) FROM referral WHERE ") + activeQueue +
                            QStringLiteral(" AND queue_key < ?"));
    return q.bind(hospitalId).bind(profileCode).bind(queueKey).scalar().toLongLong() + 1;
}

qint64 WaitingListStore::length(qint64 hospitalId, const QString& profileCode) const
{
    Query q(m_database, QStringLiteral("SELECT count(*) FROM referral WHERE ") + activeQueue);
    return q.bind(hospitalId).bind(profileCode).scalar().toLongLong();
}

QHash<QDate, int> WaitingListStore::plannedPerDay(qint64 hospitalId, const QString& profileCode) const
{
    // Each query's WHERE matches a partial index on (hospital_id, profile_code, date) word for word, so the
    // counts come from the index without touching the rows, which lie all over a large table.
    QHash<QDate, int> perDay;
    const auto add = [&](const QString& sql) {
        Query q(m_database, sql);
        q.bind(hospitalId).bind(profileCode).exec();
        while (q.next())
            perDay[Clock::dateFromText(q.text(0))] += int(q.integer(1));
    };
    add(QStringLiteral("SELECT preliminary_date, count(*) FROM referral WHERE hospital_id = ? AND profile_code = ? "
                       "AND status = 'registered' AND deleted = 0 AND preliminary_date IS NOT NULL "
                       "GROUP BY preliminary_date"));
    add(QStringLiteral("SELECT scheduled_date, count(*) FROM referral WHERE hospital_id = ? AND profile_code = ? "
                       "AND status = 'scheduled' AND deleted = 0 AND scheduled_date IS NOT NULL "
                       "GROUP BY scheduled_date"));
    // A scheduled referral without its date (none is made so, but nothing in the schema forbids it) is planned
    // like a waiting one (places() gives it no confirmed date), so it counts on its preliminary date. There are
    // none, or a few: the index by queue finds them among its empty dates.
    add(QStringLiteral("SELECT preliminary_date, count(*) FROM referral WHERE hospital_id = ? AND profile_code = ? "
                       "AND status = 'scheduled' AND deleted = 0 AND scheduled_date IS NULL AND preliminary_date IS "
                       "NOT NULL GROUP BY preliminary_date"));
    return perDay;
}

QDate WaitingListStore::latestPreliminaryDate(qint64 hospitalId, const QString& profileCode) const
{
    // Referrals still waiting for a date only: a confirmed date far ahead leaves earlier days open.
    Query q(m_database, QStringLiteral("SELECT max(preliminary_date) FROM referral WHERE ") + activeQueue +
                            QStringLiteral(" AND status = 'registered'"));
    const QVariant v = q.bind(hospitalId).bind(profileCode).scalar();
    return v.isNull() ? QDate() : Clock::dateFromText(v.toString());
}

qint64 WaitingListStore::plannedOn(qint64 hospitalId, const QString& profileCode, const QDate& day) const
{
    Query q(m_database, QStringLiteral("SELECT count(*) FROM referral WHERE ") + activeQueue +
                            QStringLiteral(" AND preliminary_date = ?"));
    return q.bind(hospitalId).bind(profileCode).bind(Clock::dateText(day)).scalar().toLongLong();
}

bool WaitingListStore::anyAfter(qint64 hospitalId, const QString& profileCode, const QString& queueKey) const
{
    Query q(m_database, QStringLiteral("SELECT 1 FROM referral WHERE ") + activeQueue +
                            QStringLiteral(" AND queue_key > ? LIMIT 1"));
    return q.bind(hospitalId).bind(profileCode).bind(queueKey).scalar().isValid();
}

void WaitingListStore::lockQueue(qint64 hospitalId, const QString& profileCode) const
{
    // SQLite has one writer at a time. On PostgreSQL the queue's sequence row is its lock: a registration
    // takes it when it draws its number, and planning takes it here, so the two never interleave in one queue.
    if (m_database.dialect().isSqlite())
        return;
    Query(m_database,
          QStringLiteral("INSERT INTO referral_sequence (hospital_id, profile_code, next_value) VALUES (?, ?, 1) "
                         "ON CONFLICT (hospital_id, profile_code) DO UPDATE SET next_value = "
                         "referral_sequence.next_value"))
        .bind(hospitalId)
        .bind(profileCode)
        .exec();
}

QList<std::pair<qint64, QString>> WaitingListStore::activeQueues() const
{
    // In one order, so that two workstations planning many queues take their locks the same way round.
    Query q(m_database, QStringLiteral("SELECT DISTINCT hospital_id, profile_code FROM referral WHERE status IN "
                                       "('registered', 'scheduled') AND deleted = 0 ORDER BY hospital_id, "
                                       "profile_code"));
    q.exec();
    QList<std::pair<qint64, QString>> queues;
    while (q.next())
        queues << std::pair{q.integer(0), q.text(1)};
    return queues;
}

WaitingListStore::Capacity WaitingListStore::capacity(qint64 hospitalId, const QString& profileCode) const
{
    Capacity c;
    {
        Query q(m_database,
                QStringLiteral("SELECT daily_capacity, lead_days FROM hospital_profile WHERE hospital_id = ? AND "
                               "profile_code = ?"));
        q.bind(hospitalId).bind(profileCode).exec();
        if (q.next()) {
            if (!q.isNull(0))
                c.perDay = int(q.integer(0));
            c.leadDays = int(q.integer(1));
        }
    }
    Query beds(m_database,
               QStringLiteral("SELECT sum(total) FROM bed_status b WHERE b.hospital_id = ? AND b.profile_code = ? "
                              "AND b.for_date = (SELECT max(for_date) FROM bed_status b2 WHERE b2.hospital_id = "
                              "b.hospital_id AND b2.profile_code = b.profile_code AND b2.care_form = b.care_form)"));
    c.beds = beds.bind(hospitalId).bind(profileCode).scalar().toInt();
    return c;
}

void WaitingListStore::setCapacity(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay,
                                   int leadDays, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO hospital_profile (hospital_id, profile_code, daily_capacity, lead_days, "
                         "active, updated_at) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (hospital_id, profile_code) "
                         "DO UPDATE SET daily_capacity = excluded.daily_capacity, lead_days = "
                         "excluded.lead_days, updated_at = excluded.updated_at"))
        .bind(hospitalId)
        .bind(profileCode)
        .bind(perDay ? QVariant(*perDay) : QVariant())
        .bind(leadDays)
        .bind(now)
        .exec();
}

QHash<qint64, QList<DocumentRecord>> WaitingListStore::documents(qint64 hospitalId, const QString& profileCode,
                                                                 const QString& fromKey) const
{
    Query q(m_database,
            QStringLiteral("SELECT d.referral_id, d.document_code, d.present, d.issued_on FROM referral_document d "
                           "JOIN referral r ON r.id = d.referral_id WHERE r.hospital_id = ? AND r.profile_code = ? "
                           "AND r.status IN ('registered', 'scheduled') AND r.deleted = 0") +
                (fromKey.isEmpty() ? QString() : QStringLiteral(" AND r.queue_key >= ?")));
    q.bind(hospitalId).bind(profileCode);
    if (!fromKey.isEmpty())
        q.bind(fromKey);
    q.exec();
    QHash<qint64, QList<DocumentRecord>> result;
    while (q.next())
        result[q.integer(0)] << DocumentRecord{
            q.text(1), q.integer(2) != 0, q.isNull(3) ? QDate() : Clock::dateFromText(q.text(3)), {}};
    return result;
}
