#pragma once

#include "Database.h"

#include <QList>

#include <utility>

// The record of import runs. A run is one transaction, begun and finished inside it; a run left 'running'
// in the file was written by an older version, which committed batch by batch and listed every row it
// created (import_created), so that such a run can still be undone.
class ImportStore
{
public:
    explicit ImportStore(const Database& database)
        : m_database(database)
    {}

    // A run left 'running': its owner and its last sign of life, to tell a killed run from a live one.
    struct Running
    {
        QString batchId;
        QString host;
        qint64 pid = 0;
        QString lastSeen; // the last heartbeat, or the start of a run recorded before heartbeats existed
        qint64 rowsRead = 0;
    };

    void begin(const QString& batchId, const QString& kind, const QString& fileName, const QString& now,
               const QString& actor, const QString& host, qint64 pid) const;
    QList<Running> running() const;
    bool isRunning(const QString& batchId) const;
    // The waiting lists (hospital, bed profile) that received active referrals from the run.
    QList<std::pair<qint64, QString>> queuesOf(const QString& batchId) const;
    void finish(const QString& batchId, const QString& status, qint64 read, qint64 imported, const QString& now) const;
    // Deletes every row the run created (referrals with their events and documents, hospitals, their
    // profiles, bed profiles and dictionary entries). Returns the number of referrals removed.
    qint64 undo(const QString& batchId) const;

private:
    const Database& m_database;
};
