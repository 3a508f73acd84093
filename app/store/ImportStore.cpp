#include "ImportStore.h"

#include "Query.h"

void ImportStore::begin(const QString& batchId, const QString& kind, const QString& fileName, const QString& now,
                        const QString& actor, const QString& host, qint64 pid) const
{
    Query(m_database, QStringLiteral("INSERT INTO import_batch (id, kind, file_name, started_at, status, actor, host, "
                                     "pid, heartbeat_at) VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?)"))
        .bind(batchId)
        .bind(kind)
        .bind(fileName)
        .bind(now)
        .bind(actor)
        .bind(host)
        .bind(pid)
        .bind(now)
        .exec();
}

QList<ImportStore::Running> ImportStore::running() const
{
    Query q(m_database, QStringLiteral("SELECT id, host, pid, COALESCE(heartbeat_at, started_at), rows_read FROM "
                                       "import_batch WHERE status = 'running' ORDER BY started_at"));
    q.exec();
    QList<Running> runs;
    while (q.next())
        runs << Running{q.text(0), q.text(1), q.integer(2), q.text(3), q.integer(4)};
    return runs;
}

bool ImportStore::isRunning(const QString& batchId) const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM import_batch WHERE id = ? AND status = 'running'"))
               .bind(batchId)
               .scalar()
               .toInt() > 0;
}

QList<std::pair<qint64, QString>> ImportStore::queuesOf(const QString& batchId) const
{
    Query q(
        m_database,
        QStringLiteral("SELECT DISTINCT hospital_id, profile_code FROM referral WHERE id IN (SELECT CAST(row_key AS "
                       "BIGINT) FROM import_created WHERE batch_id = ? AND entity = 'referral') AND status IN "
                       "('registered', 'scheduled') AND deleted = 0"));
    q.bind(batchId).exec();
    QList<std::pair<qint64, QString>> queues;
    while (q.next())
        queues << std::pair{q.integer(0), q.text(1)};
    return queues;
}

void ImportStore::finish(const QString& batchId, const QString& status, qint64 read, qint64 imported,
                         const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE import_batch SET status = ?, rows_read = ?, rows_imported = ?, finished_at = ? "
                         "WHERE id = ?"))
        .bind(status)
        .bind(read)
        .bind(imported)
        .bind(now)
        .bind(batchId)
        .exec();
}

qint64 ImportStore::undo(const QString& batchId) const
{
    const QString created = QStringLiteral("SELECT row_key FROM import_created WHERE batch_id = ? AND entity = ?");
    auto remove = [&](const QString& sql, const char* entity) {
        Query q(m_database, sql.arg(created));
        q.bind(batchId).bind(QLatin1String(entity)).exec();
        return q.rowsAffected();
    };
    remove(
        QStringLiteral("DELETE FROM referral_event WHERE referral_id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"),
        "referral");
    remove(QStringLiteral(
               "DELETE FROM referral_document WHERE referral_id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"),
           "referral");
    const qint64 referrals = remove(
        QStringLiteral("DELETE FROM referral WHERE id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"), "referral");
    remove(QStringLiteral(
               "DELETE FROM referral_sequence WHERE hospital_id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"),
           "hospital");
    remove(QStringLiteral(
               "DELETE FROM hospital_profile WHERE hospital_id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"),
           "hospital");
    remove(QStringLiteral("DELETE FROM hospital WHERE id IN (SELECT CAST(row_key AS BIGINT) FROM (%1) k)"), "hospital");
    remove(QStringLiteral("DELETE FROM hospital_profile WHERE profile_code IN (SELECT row_key FROM (%1) k)"),
           "bed_profile");
    remove(QStringLiteral("DELETE FROM bed_profile WHERE code IN (SELECT row_key FROM (%1) k)"), "bed_profile");
    remove(QStringLiteral("DELETE FROM icd10 WHERE code IN (SELECT row_key FROM (%1) k)"), "icd10");
    Query(m_database, QStringLiteral("DELETE FROM import_created WHERE batch_id = ?")).bind(batchId).exec();
    return referrals;
}
