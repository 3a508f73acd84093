#pragma once

#include "Database.h"

#include <QList>

#include <utility>

// Keeps track of an import run and of every row it created, so a cancelled or failed run can be undone
// although it committed its rows batch by batch.
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
    // Written with every committed batch: the run is alive and has read this far.
    void heartbeat(const QString& batchId, qint64 rowsRead, const QString& now) const;
    QList<Running> running() const;
    bool isRunning(const QString& batchId) const;
    // The waiting lists (hospital, bed profile) that received active referrals from the run.
    QList<std::pair<qint64, QString>> queuesOf(const QString& batchId) const;
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
