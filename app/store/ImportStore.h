#pragma once

#include "Database.h"

// Keeps track of an import run and of every row it created, so a cancelled or failed run can be undone
// although it committed its rows batch by batch.
class ImportStore
{
public:
    explicit ImportStore(const Database& database)
        : m_database(database)
    {}

    void begin(const QString& batchId, const QString& kind, const QString& fileName, const QString& now,
               const QString& actor) const;
    void created(const QString& batchId, const QString& entity, const QString& rowKey) const;
    void finish(const QString& batchId, const QString& status, qint64 read, qint64 imported, const QString& now) const;
    // Deletes every row the run created (referrals with their events and documents, hospitals, their
    // profiles, bed profiles and dictionary entries). Returns the number of referrals removed.
    qint64 undo(const QString& batchId) const;
    // Drops the record of created rows of a run that finished well.
    void forget(const QString& batchId) const;

private:
    const Database& m_database;
};
