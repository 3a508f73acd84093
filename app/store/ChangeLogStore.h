#pragma once

#include "Database.h"

#include <QSet>
#include <QString>

// Reads the change log the triggers write (ChangeTracking): what changed since an entry, for the change feed.
class ChangeLogStore
{
public:
    explicit ChangeLogStore(const Database& database)
        : m_database(database)
    {}

    // The newest entry's id (0 when there is none).
    qint64 latestId() const;
    // The entities changed by entries after id; *latest receives the newest id read.
    QSet<QString> entitiesAfter(qint64 id, qint64* latest) const;
    // SQLite's counter of commits made by other connections to the file since this one opened (PRAGMA
    // data_version); it moves when another workstation or another connection of this program commits.
    qint64 dataVersion() const;

private:
    const Database& m_database;
};
