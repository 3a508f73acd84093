#include "BackupLogStore.h"

#include "Query.h"

namespace {
const char* const columns = "id, made_at, kind, path, sha256, size_bytes, schema_version, workstation, verified, note";

BackupLogStore::Entry entryOf(const Query& q)
{
    BackupLogStore::Entry e;
    e.id = q.integer(0);
    e.madeAt = q.text(1);
    e.kind = q.text(2);
    e.path = q.text(3);
    e.sha256 = q.text(4);
    e.sizeBytes = q.integer(5);
    e.schemaVersion = int(q.integer(6));
    e.workstation = q.text(7);
    e.verified = q.integer(8) != 0;
    e.note = q.text(9);
    return e;
}
} // namespace

void BackupLogStore::record(const Entry& e) const
{
    Query(m_database, QStringLiteral("INSERT INTO backup_log (made_at, kind, path, sha256, size_bytes, schema_version, "
                                     "workstation, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(e.madeAt)
        .bind(e.kind)
        .bind(e.path)
        .bind(e.sha256)
        .bind(e.sizeBytes)
        .bind(e.schemaVersion)
        .bind(e.workstation)
        .bind(e.verified ? 1 : 0)
        .bind(e.note)
        .exec();
}

std::optional<BackupLogStore::Entry> BackupLogStore::lastGood() const
{
    Query q(m_database, QStringLiteral("SELECT %1 FROM backup_log WHERE verified = 1 AND kind <> 'safety' ORDER BY "
                                       "made_at DESC, id DESC LIMIT 1")
                            .arg(QLatin1String(columns)));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return entryOf(q);
}

QList<BackupLogStore::Entry> BackupLogStore::recent(int limit) const
{
    Query q(
        m_database,
        QStringLiteral("SELECT %1 FROM backup_log ORDER BY made_at DESC, id DESC LIMIT ?").arg(QLatin1String(columns)));
    q.bind(limit).exec();
    QList<Entry> entries;
    while (q.next())
        entries << entryOf(q);
    return entries;
}
