#pragma once

#include "Database.h"

#include <QList>
#include <optional>

// The record of backups made of this database: the status bar reads the last good one.
class BackupLogStore
{
public:
    explicit BackupLogStore(const Database& database)
        : m_database(database)
    {}

    struct Entry
    {
        qint64 id = 0;
        QString madeAt; // UTC stamp of the snapshot
        QString kind;   // manual, automatic, safety, restored
        QString path;
        QString sha256;
        qint64 sizeBytes = 0;
        int schemaVersion = 0;
        QString workstation;
        bool verified = false;
        QString note;
    };

    void record(const Entry& entry) const;
    // The newest backup of the database's present contents that passed its check (a safety copy taken before a
    // restore holds the contents that were replaced, so it does not count).
    std::optional<Entry> lastGood() const;
    QList<Entry> recent(int limit) const; // newest first

private:
    const Database& m_database;
};
