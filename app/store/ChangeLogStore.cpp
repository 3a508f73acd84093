#include "ChangeLogStore.h"

#include "Query.h"

qint64 ChangeLogStore::latestId() const
{
    return Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).scalar().toLongLong();
}

QSet<QString> ChangeLogStore::entitiesAfter(qint64 id, qint64* latest) const
{
    Query q(m_database, QStringLiteral("SELECT entity, max(id) FROM change_log WHERE id > ? GROUP BY entity"));
    q.bind(id).exec();
    QSet<QString> entities;
    *latest = id;
    while (q.next()) {
        entities.insert(q.text(0));
        *latest = std::max(*latest, q.integer(1));
    }
    return entities;
}

qint64 ChangeLogStore::dataVersion() const
{
    if (!m_database.dialect().isSqlite())
        return 0;
    return Query(m_database, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
}
