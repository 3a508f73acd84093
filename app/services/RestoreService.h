#pragma once

#include "domain/Clock.h"
#include "store/BackupStore.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>

// Puts a backup in the place of the database. Runs with no Workspace open — the window closes its own first —
// since the database is replaced under everyone's feet otherwise:
//  1. the backup is checked whole (a damaged, truncated or foreign file is refused, nothing changed);
//  2. it is copied beside the database and readied there;
//  3. the database is taken for this process alone (refused while any Joldama has it open);
//  4. the current database is backed up beside itself as a safety copy, and that copy checked;
//  5. the readied copy replaces the database in one rename (DatabaseReplacement), and the database is opened
//     again, brought up to this program's schema, its referral code sequences carried past the codes the
//     replaced database had handed out, and the safety copy and the restore noted in its backup log.
// A shared PostgreSQL database is restored by its administrator with pg_restore (see the README).
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    struct Outcome
    {
        QString safetyCopy; // empty when there was no database to keep
        BackupStore::Manifest restored;
        QString warning; // restored, but something after it failed (the note in the backup log)
    };

    static Outcome restore(const DatabaseLocation& location, const QString& backupFile,
                           const Clock& clock = Clock::system());
    // Where the safety copy of path goes: beside it, named after it and the moment.
    static QString safetyCopyPath(const QString& databasePath, const QDateTime& now);
};
