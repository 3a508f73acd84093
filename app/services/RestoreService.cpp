#include "RestoreService.h"

#include "BackupService.h"
#include "domain/AppInfo.h"
#include "platform/LocalProcess.h"
#include "platform/PrivateFiles.h"
#include "store/BackupLogStore.h"
#include "store/Database.h"
#include "store/DatabaseReplacement.h"
#include "store/Migrator.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString RestoreService::safetyCopyPath(const QString& databasePath, const QDateTime& now)
{
    const QFileInfo info(databasePath);
    const QString stem = QStringLiteral("%1-before-restore-%2")
                             .arg(info.completeBaseName(), now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = info.dir().filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = info.dir().filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return path;
}

RestoreService::Outcome RestoreService::restore(const DatabaseLocation& location, const QString& backupFile,
                                                const Clock& clock)
{
    if (location.kind != SqlDialect::Kind::Sqlite)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("A shared PostgreSQL database is restored on its server by the administrator, with "
                                "pg_restore (see the README)."));
    const QString live = QFileInfo(location.path).absoluteFilePath();
    const QString backup = QFileInfo(backupFile).absoluteFilePath();
    if (backup == live)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("%1 is the database itself, not a backup of it.").arg(native(backup)));

    // 1. The backup, checked whole before anything is touched.
    const BackupStore::Check check = BackupService::verify(backup);
    if (!check.ok)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("%1 cannot be restored: %2 Nothing was changed.")
                                 .arg(native(backup), check.problems.join(QLatin1Char(' '))));
    if (check.newerSchema)
        throw OperationError(OperationError::Kind::NewerDatabase,
                             tr("%1 was made by a newer Joldama (schema version %2; this program knows up to %3). "
                                "Install the newer Joldama to restore it. Nothing was changed.")
                                 .arg(native(backup))
                                 .arg(check.manifest.schemaVersion)
                                 .arg(BackupService::latestSchemaVersion()));

    // 2. A copy of it beside the database, so the final step is a rename within one folder.
    const QString folder = QFileInfo(live).absolutePath();
    if (!QDir().mkpath(folder))
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot create the folder %1. Nothing was changed.").arg(native(folder)));
    const QString staging = live + QStringLiteral(".restoring");
    QFile::remove(staging);
    Outcome outcome;
    try {
        {
            QFile in(backup);
            if (!PrivateFiles::createEmpty(staging) || !in.open(QIODevice::ReadOnly))
                throw OperationError(
                    OperationError::Kind::Storage,
                    tr("Cannot copy %1 beside the database. Nothing was changed.").arg(native(backup)));
            QFile out(staging);
            if (!out.open(QIODevice::WriteOnly))
                throw OperationError(
                    OperationError::Kind::Storage,
                    tr("Cannot write %1: %2. Nothing was changed.").arg(native(staging), out.errorString()));
            while (!in.atEnd()) {
                const QByteArray chunk = in.read(1 << 20);
                if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                    throw OperationError(
                        OperationError::Kind::Storage,
                        tr("Cannot write %1 (is the disk full?). Nothing was changed.").arg(native(staging)));
            }
        }
        // The copy must be what was checked: the backup could have changed in between.
        if (BackupStore::fileSha256(staging) != check.fileSha256)
            throw OperationError(
                OperationError::Kind::Storage,
                tr("%1 changed while it was being restored. Nothing was changed.").arg(native(backup)));
        DatabaseReplacement::prepare(staging);

        // 3. The database, for this process alone.
        DatabaseReplacement replacement(live);
        replacement.holdExclusively();

        // 4. The safety copy of what is about to be replaced, checked like any backup.
        if (replacement.liveExists()) {
            outcome.safetyCopy = safetyCopyPath(live, clock.now());
            try {
                BackupStore::copyFrom(replacement.handle(), outcome.safetyCopy);
                BackupStore::Manifest manifest;
                manifest.madeAt = clock.nowStamp();
                manifest.appVersion = AppInfo::version();
                manifest.workstation = LocalProcess::hostName();
                manifest.source = location.describe();
                BackupStore::seal(outcome.safetyCopy, manifest);
                const BackupStore::Check safety =
                    BackupStore::check(outcome.safetyCopy, BackupService::latestSchemaVersion());
                if (!safety.ok)
                    throw OperationError(OperationError::Kind::Storage,
                                         tr("The safety copy of the current database failed its check (%1), so the "
                                            "restore was stopped. Nothing was changed.")
                                             .arg(safety.problems.join(QLatin1Char(' '))));
                BackupStore::writeSidecar(outcome.safetyCopy, safety.fileSha256);
            } catch (...) {
                QFile::remove(outcome.safetyCopy);
                QFile::remove(BackupStore::sidecarPath(outcome.safetyCopy));
                throw;
            }
        } else {
            // No database to keep; stray companions of a lost one would be replayed onto the restored file.
            for (const char* suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(live + QLatin1String(suffix));
        }

        // 5. In one step.
        replacement.replaceWith(staging);
    } catch (...) {
        QFile::remove(staging);
        throw;
    }
    outcome.restored = check.manifest;

    // The restored database, opened as the program opens it (WAL, the schema brought up to date), with the
    // restore and the safety copy in its backup log.
    try {
        Database database(location);
        database.open();
        Migrator(database).migrate();
        PrivateFiles::restrictDatabase(live);
        if (!outcome.safetyCopy.isEmpty())
            DatabaseReplacement::attachReplaced(database, outcome.safetyCopy);
        WriteTransaction transaction(database, clock);
        if (!outcome.safetyCopy.isEmpty())
            DatabaseReplacement::carryCodeSequences(database);
        const BackupLogStore log(database);
        BackupLogStore::Entry entry;
        entry.workstation = LocalProcess::hostName();
        entry.verified = true;
        if (!outcome.safetyCopy.isEmpty()) {
            entry.madeAt = clock.nowStamp();
            entry.kind = QStringLiteral("safety");
            entry.path = outcome.safetyCopy;
            entry.sha256 = BackupStore::fileSha256(outcome.safetyCopy);
            entry.sizeBytes = QFileInfo(outcome.safetyCopy).size();
            entry.note = QStringLiteral("before restoring %1").arg(backup);
            log.record(entry);
        }
        entry.madeAt = check.manifest.madeAt;
        entry.kind = QStringLiteral("restored");
        entry.path = backup;
        entry.sha256 = check.fileSha256;
        entry.sizeBytes = QFileInfo(backup).size();
        entry.schemaVersion = check.manifest.schemaVersion;
        entry.note = QStringLiteral("restored at %1").arg(clock.nowStamp());
        log.record(entry);
        transaction.commit();
        if (!outcome.safetyCopy.isEmpty())
            DatabaseReplacement::detachReplaced(database);
    } catch (const OperationError& e) {
        outcome.warning = e.message();
    }
    return outcome;
}
