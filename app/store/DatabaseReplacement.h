#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
struct sqlite3;

// Puts another SQLite file in the place of a live Joldama database (a restore), so that no process is left
// writing into the file that was replaced:
//  1. holdExclusively() takes the database for this process alone (locking_mode=EXCLUSIVE). Every open
//     Joldama connection keeps a shared lock on a WAL database, so this fails at once — and the restore is
//     refused — while any window or command anywhere has the file open.
//  2. While held, the caller copies the live database aside (the safety copy) through handle().
//  3. replaceWith() folds the WAL into the old file and removes the -wal and -shm (they belong to the old file:
//     SQLite would replay a leftover WAL onto the new one), marks the old file as "not a database" so that a
//     process which opened it in the last instant fails instead of writing into it, releases the hold and
//     renames the new file over the old one: whoever opens the path finds the old database or the new one.
class DatabaseReplacement
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseReplacement)

public:
    explicit DatabaseReplacement(QString livePath);
    ~DatabaseReplacement();
    DatabaseReplacement(const DatabaseReplacement&) = delete;
    DatabaseReplacement& operator=(const DatabaseReplacement&) = delete;

    bool liveExists() const;
    // Throws OperationError(Busy) when another connection has the database open. Nothing to hold when the
    // live file does not exist (a restore after the file was lost).
    void holdExclusively();
    sqlite3* handle() const { return m_db; }

    // Readies a copy of a backup to become the live database: the backup's manifest is taken out of it.
    static void prepare(const QString& replacement);
    // replacement must be in the live file's folder. Throws OperationError; on failure the live database is
    // as it was.
    void replaceWith(const QString& replacement);

    // Once restored: the database that was replaced (its safety copy) is attached, so that the referral codes it
    // had handed out after the backup was made — printed on tickets, perhaps — are never given to another
    // referral: each queue's sequence continues from the higher of the two. Attach and detach outside a
    // transaction; carry inside one.
    static void attachReplaced(const Database& restored, const QString& safetyCopy);
    static void carryCodeSequences(const Database& restored);
    static void detachReplaced(const Database& restored);

private:
    void release();

    QString m_live;
    sqlite3* m_db = nullptr;
};
