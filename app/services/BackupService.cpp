#include "BackupService.h"

#include "Authorization.h"
#include "domain/AppInfo.h"
#include "platform/LocalProcess.h"
#include "platform/PrivateFiles.h"
#include "store/Migrator.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A folder for backups is private too: the files in it are, and so are their names.
bool makePrivateFolder(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}
} // namespace

BackupService::BackupService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

int BackupService::latestSchemaVersion()
{
    const QList<Migrator::Migration> migrations = Migrator::builtIn();
    int latest = 0;
    for (const Migrator::Migration& m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

QString BackupService::onServerMessage()
{
    return tr("A shared PostgreSQL database is backed up on its server by the administrator, with "
              "pg_dump (see the README).");
}

BackupStore::Check BackupService::verify(const QString& file)
{
    return BackupStore::check(file, latestSchemaVersion());
}

BackupService::Result BackupService::backUp(const QString& targetPath, Kind kind)
{
    if (!m_database.dialect().isSqlite())
        throw OperationError(OperationError::Kind::Invalid, onServerMessage());
    // A copy holds every patient: asked for, it needs the right to make one. The day's automatic backup is the
    // workstation's own care, made whoever is signed in.
    if (kind == Kind::Manual)
        Authorization::require(m_database, Permission::Backup, m_clock);
    QElapsedTimer timer;
    timer.start();
    const QFileInfo target(targetPath);
    const QString path = target.absoluteFilePath();
    const QString live = QFileInfo(m_database.location().path).absoluteFilePath();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QFileInfo file(live + QLatin1String(suffix));
        if (file.absoluteFilePath() == path ||
            (file.exists() && target.exists() && file.canonicalFilePath() == target.canonicalFilePath()))
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("%1 is the database itself. Choose another file for the backup.").arg(native(path)),
                                 QStringLiteral("output"));
    }
    if (!makePrivateFolder(target.absolutePath()))
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot create the folder %1. Choose a folder you may write to.").arg(native(target.absolutePath())));

    Result result;
    result.path = path;
    BackupStore::Manifest manifest;
    manifest.madeAt = m_clock.nowStamp(); // the snapshot's instant: it is taken right now
    manifest.appVersion = AppInfo::version();
    manifest.workstation = LocalProcess::hostName();
    manifest.source = m_database.location().describe();
    // Made beside the target under another name and renamed when it has passed its check: the target is
    // never a half-written or unchecked file, and a killed run leaves only a .part that the next run removes.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    try {
        BackupStore(m_database).copyTo(part);
        result.manifest = BackupStore::seal(part, manifest);
        const BackupStore::Check check = BackupStore::check(part, latestSchemaVersion());
        if (!check.ok)
            throw OperationError(OperationError::Kind::Storage,
                                 tr("The copy failed its check, so it was not kept: %1 The database itself is "
                                    "unchanged; try again, and if it fails again, report the problem.")
                                     .arg(check.problems.join(QLatin1Char(' '))));
        result.sha256 = check.fileSha256;
        result.sizeBytes = QFileInfo(part).size();
        PrivateFiles::syncFile(part);
        QString error;
        if (!PrivateFiles::replace(part, path, &error))
            throw OperationError(OperationError::Kind::Storage,
                                 tr("Cannot write %1 (%2). Choose another file.").arg(native(path), error));
        PrivateFiles::syncFolder(target.absolutePath());
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    BackupStore::writeSidecar(path, result.sha256);

    BackupLogStore::Entry entry;
    entry.madeAt = result.manifest.madeAt;
    entry.kind = kind == Kind::Automatic ? QStringLiteral("automatic") : QStringLiteral("manual");
    entry.path = path;
    entry.sha256 = result.sha256;
    entry.sizeBytes = result.sizeBytes;
    entry.schemaVersion = result.manifest.schemaVersion;
    entry.workstation = manifest.workstation;
    entry.verified = true;
    try {
        WriteTransaction transaction(m_database, m_clock);
        BackupLogStore(m_database).record(entry);
        transaction.commit();
    } catch (const OperationError& e) {
        result.recordError = e.message();
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

QString BackupService::automaticName(const QDateTime& made)
{
    return QStringLiteral("joldama-%1.sqlite").arg(made.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QList<std::pair<QString, QDateTime>> BackupService::automaticBackups(const QString& folder)
{
    // Only names this service gives are ever considered, so that retention can never remove another file.
    static const QRegularExpression pattern(QStringLiteral("^joldama-(\\d{8}-\\d{6})\\.sqlite$"));
    QList<std::pair<QString, QDateTime>> found;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("joldama-*.sqlite")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime made = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (made.isValid())
            found.append({dir.filePath(name), made});
    }
    return found;
}

BackupService::AutomaticRun BackupService::runAutomatic(const QString& folder, const BackupRetention::Policy& policy)
{
    AutomaticRun run;
    if (!m_database.dialect().isSqlite())
        return run;
    const QDateTime now = m_clock.now();
    QList<std::pair<QString, QDateTime>> existing = automaticBackups(folder);
    const bool madeToday =
        std::any_of(existing.cbegin(), existing.cend(), [&](const auto& b) { return b.second.date() == now.date(); });
    if (!madeToday) {
        run.result = backUp(QDir(folder).filePath(automaticName(now)), Kind::Automatic);
        run.made = true;
        existing = automaticBackups(folder);
    }
    QList<QDateTime> made;
    for (const auto& b : std::as_const(existing))
        made << b.second;
    const QSet<int> kept = BackupRetention::keep(made, policy);
    for (int i = 0; i < existing.size(); ++i) {
        if (kept.contains(i))
            continue;
        const QString& path = existing.at(i).first;
        if (QFile::remove(path)) {
            QFile::remove(BackupStore::sidecarPath(path));
            run.removed << path;
        }
    }
    return run;
}

BackupService::Status BackupService::status() const
{
    Status s;
    s.lastGood = BackupLogStore(m_database).lastGood();
    if (s.lastGood)
        s.stale = Clock::fromStamp(s.lastGood->madeAt).secsTo(m_clock.now()) > qint64(staleAfterHours) * 3600;
    return s;
}
