#include "OperationsCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "domain/Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/BackupPolicy.h"
#include "services/BackupService.h"
#include "services/ProblemReportService.h"
#include "services/RestoreService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

QString localTime(const QString& stamp)
{
    const QDateTime t = Clock::fromStamp(stamp);
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")) : stamp;
}

QJsonObject countsObject(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject resultObject(const BackupService::Result& r)
{
    return QJsonObject{{QStringLiteral("file"), r.path},
                       {QStringLiteral("made_at"), r.manifest.madeAt},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("size_bytes"), r.sizeBytes},
                       {QStringLiteral("schema_version"), r.manifest.schemaVersion},
                       {QStringLiteral("row_counts"), countsObject(r.manifest.rowCounts)},
                       {QStringLiteral("verified"), true},
                       {QStringLiteral("elapsed_ms"), r.elapsedMs}};
}

void printResult(CliRun& run, const BackupService::Result& r)
{
    run.out() << "Backup " << native(r.path) << " made and checked: " << r.manifest.rows(QStringLiteral("referral"))
              << " referrals, " << r.manifest.rows(QStringLiteral("patient")) << " patients, " << megabytes(r.sizeBytes)
              << ", schema " << r.manifest.schemaVersion << ".\nSHA-256 " << r.sha256 << " (also in "
              << native(BackupStore::sidecarPath(r.path)) << ")\n";
    if (!r.recordError.isEmpty())
        run.err() << "The backup is good, but it could not be noted in the database: " << r.recordError << '\n';
    run.out().flush();
}

int runBackup(CliRun& run)
{
    if (!run.isSet(QStringLiteral("output")))
        throw CliUsageError(QStringLiteral("-o FILE is required: where to write the backup."));
    const BackupService::Result r =
        BackupService(run.workspace().database(), run.clock()).backUp(run.value(QStringLiteral("output")));
    if (run.json())
        run.printJson(resultObject(r));
    else
        printResult(run, r);
    return Cli::Success;
}

int runBackupVerify(CliRun& run)
{
    const QString file = run.positional().at(0);
    const BackupStore::Check c = BackupService::verify(file);
    if (run.json()) {
        static const char* const sidecars[] = {"missing", "matches", "differs"};
        run.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                                  {QStringLiteral("ok"), c.ok},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)},
                                  {QStringLiteral("made_at"), c.manifest.madeAt},
                                  {QStringLiteral("app_version"), c.manifest.appVersion},
                                  {QStringLiteral("schema_version"), c.manifest.schemaVersion},
                                  {QStringLiteral("workstation"), c.manifest.workstation},
                                  {QStringLiteral("source"), c.manifest.source},
                                  {QStringLiteral("integrity"), c.integrity},
                                  {QStringLiteral("foreign_key_problems"), c.foreignKeyProblems},
                                  {QStringLiteral("row_counts"), countsObject(c.rowCounts)},
                                  {QStringLiteral("content_sha256"), c.manifest.contentSha256},
                                  {QStringLiteral("file_sha256"), c.fileSha256},
                                  {QStringLiteral("sidecar"), QLatin1String(sidecars[int(c.sidecar)])},
                                  {QStringLiteral("restorable"), c.ok && !c.newerSchema}});
        return c.ok ? Cli::Success : Cli::Failure;
    }
    if (!c.ok) {
        run.err() << "The backup " << native(file) << " is NOT good:\n";
        for (const QString& problem : c.problems)
            run.err() << "  - " << problem << '\n';
        run.err().flush();
        return Cli::Failure;
    }
    run.out() << "The backup " << native(file) << " is good.\n"
              << "Made:        " << localTime(c.manifest.madeAt) << " on " << c.manifest.workstation << " by Joldama "
              << c.manifest.appVersion << '\n'
              << "Schema:      " << c.manifest.schemaVersion
              << (c.newerSchema ? " (newer than this program: restore it with a newer Joldama)" : "") << '\n'
              << "Checked:     integrity ok, no broken references, " << c.rowCounts.size()
              << " tables with the rows and checksum of the manifest\n"
              << "Referrals:   " << c.rowCounts.value(QStringLiteral("referral")) << '\n'
              << "Patients:    " << c.rowCounts.value(QStringLiteral("patient")) << '\n'
              << "SHA-256:     " << c.fileSha256
              << (c.sidecar == BackupStore::Check::Sidecar::Matches ? " (matches the .sha256 file)"
                                                                    : " (no .sha256 file beside it)")
              << '\n';
    run.out().flush();
    return Cli::Success;
}

int runBackupAuto(CliRun& run)
{
    // A shared PostgreSQL database has no backups of Joldama's to make or report: its administrator runs pg_dump.
    if (!run.workspace().database().dialect().isSqlite())
        throw OperationError(OperationError::Kind::Invalid, BackupService::onServerMessage());
    const BackupPolicy policy = BackupPolicy::load();
    const QString folder = run.isSet(QStringLiteral("folder")) ? run.value(QStringLiteral("folder"))
                                                               : policy.folderFor(run.location().path);
    const BackupService::AutomaticRun a = BackupService(run.workspace().database(), run.clock()).runAutomatic(folder);
    if (run.json()) {
        run.printJson(QJsonObject{
            {QStringLiteral("folder"), QFileInfo(folder).absoluteFilePath()},
            {QStringLiteral("made"), a.made},
            {QStringLiteral("backup"), a.made ? QJsonValue(resultObject(a.result)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(a.removed)},
            {QStringLiteral("kept"), qint64(BackupService::automaticBackups(folder).size())}});
        return Cli::Success;
    }
    if (a.made)
        printResult(run, a.result);
    else
        run.out() << "Today's backup is already in " << native(folder) << ".\n";
    for (const QString& removed : a.removed)
        run.out() << "Removed by the retention policy: " << native(removed) << '\n';
    run.out().flush();
    return Cli::Success;
}

int runBackupStatus(CliRun& run)
{
    // A shared PostgreSQL database has no backups of Joldama's to make or report: its administrator runs pg_dump.
    if (!run.workspace().database().dialect().isSqlite())
        throw OperationError(OperationError::Kind::Invalid, BackupService::onServerMessage());
    const BackupService::Status s = BackupService(run.workspace().database(), run.clock()).status();
    const BackupPolicy policy = BackupPolicy::load();
    if (run.json()) {
        run.printJson(
            QJsonObject{{QStringLiteral("last_good_at"), s.lastGood ? QJsonValue(s.lastGood->madeAt) : QJsonValue()},
                        {QStringLiteral("last_good_file"), s.lastGood ? QJsonValue(s.lastGood->path) : QJsonValue()},
                        {QStringLiteral("last_good_kind"), s.lastGood ? QJsonValue(s.lastGood->kind) : QJsonValue()},
                        {QStringLiteral("stale"), s.stale},
                        {QStringLiteral("automatic"), policy.automatic},
                        {QStringLiteral("folder"), policy.folderFor(run.location().path)}});
        return Cli::Success;
    }
    if (s.lastGood)
        run.out() << "Last good backup: " << localTime(s.lastGood->madeAt) << " (" << s.lastGood->kind << ") "
                  << native(s.lastGood->path) << '\n';
    else
        run.out() << "No good backup has been made of this database.\n";
    if (s.stale)
        run.out() << "WARNING: older than " << BackupService::staleAfterHours / 24
                  << " days. Make one: joldama-cli backup -o FILE\n";
    run.out() << "Automatic backups: " << (policy.automatic ? "daily" : "off") << ", into "
              << native(policy.folderFor(run.location().path)) << '\n';
    run.out().flush();
    return Cli::Success;
}

int runRestore(CliRun& run)
{
    if (!run.isSet(QStringLiteral("yes")))
        throw CliUsageError(QStringLiteral("restore replaces the whole database with the backup; add --yes to confirm "
                                           "(the current database is kept as a safety copy)."));
    // No workspace is opened: the database must be closed by everyone, this command included.
    const RestoreService::Outcome o = RestoreService::restore(run.location(), run.positional().at(0), run.clock());
    if (run.json()) {
        run.printJson(QJsonObject{
            {QStringLiteral("restored"), true},
            {QStringLiteral("database"), run.location().describe()},
            {QStringLiteral("backup_made_at"), o.restored.madeAt},
            {QStringLiteral("schema_version"), o.restored.schemaVersion},
            {QStringLiteral("safety_copy"), o.safetyCopy.isEmpty() ? QJsonValue() : QJsonValue(o.safetyCopy)},
            {QStringLiteral("warning"), o.warning}});
        return Cli::Success;
    }
    run.out() << "Restored " << run.location().describe() << " from the backup made " << localTime(o.restored.madeAt)
              << " (" << o.restored.rows(QStringLiteral("referral")) << " referrals).\n";
    if (!o.safetyCopy.isEmpty())
        run.out() << "The database as it was is kept in " << native(o.safetyCopy) << ".\n";
    if (!o.warning.isEmpty())
        run.err() << o.warning << '\n';
    run.out().flush();
    return Cli::Success;
}

int runProblemsList(CliRun& run)
{
    const QList<ProblemReportStore::Report> reports =
        ProblemReportService(run.workspace().database(), run.clock())
            .list(run.intValue(QStringLiteral("limit"), 100), run.isSet(QStringLiteral("with-log")));
    if (run.json()) {
        QJsonArray array;
        for (const auto& r : reports) {
            QJsonObject o{{QStringLiteral("uid"), r.uid},
                          {QStringLiteral("created_at"), r.createdAt},
                          {QStringLiteral("workstation"), r.workstation},
                          {QStringLiteral("reported_by"), r.reportedBy},
                          {QStringLiteral("status"), r.status},
                          {QStringLiteral("description"), r.description},
                          {QStringLiteral("app_version"), r.appVersion},
                          {QStringLiteral("database_kind"), r.databaseKind},
                          {QStringLiteral("schema_version"), r.schemaVersion},
                          {QStringLiteral("system"), r.system},
                          {QStringLiteral("recent_errors"), r.recentErrors},
                          {QStringLiteral("answer"), r.answer},
                          {QStringLiteral("updated_at"), r.updatedAt},
                          {QStringLiteral("row_version"), r.rowVersion}};
            if (run.isSet(QStringLiteral("with-log")))
                o.insert(QStringLiteral("application_log"), r.applicationLog);
            array.append(o);
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const auto& r : reports) {
        QString text = r.description.simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        rows << QStringList{localTime(r.createdAt), r.workstation, r.status, r.appVersion, text};
    }
    run.printTable({QStringLiteral("CREATED"), QStringLiteral("WORKSTATION"), QStringLiteral("STATUS"),
                    QStringLiteral("VERSION"), QStringLiteral("DESCRIPTION")},
                   rows);
    return Cli::Success;
}

} // namespace

void addOperationsCommands(Cli& cli)
{
    cli.add({QStringLiteral("backup"),
             {},
             QStringLiteral("copy the database while others work, and check the copy (-o FILE)"),
             {CliOptions::output(), CliOptions::json()},
             0,
             0,
             true,
             runBackup});
    cli.add({QStringLiteral("backup verify"),
             QStringLiteral("FILE"),
             QStringLiteral("check a backup: integrity, references, rows and checksums (exit 1 when not good)"),
             {CliOptions::json()},
             1,
             1,
             false,
             runBackupVerify});
    cli.add({QStringLiteral("backup auto"),
             {},
             QStringLiteral("the day's automatic backup unless made, then keep 7 daily, 5 weekly, 12 monthly"),
             {opt("folder", "the automatic backups' folder (default: this database's own in the one set in the window)",
                  "DIR"),
              CliOptions::json()},
             0,
             0,
             true,
             runBackupAuto});
    cli.add({QStringLiteral("backup status"),
             {},
             QStringLiteral("when the last good backup was made, and whether it is older than two days"),
             {CliOptions::json()},
             0,
             0,
             true,
             runBackupStatus});
    cli.add({QStringLiteral("restore"),
             QStringLiteral("FILE"),
             QStringLiteral("replace the database with a checked backup (--yes); the old one is kept aside"),
             {opt("yes", "confirm: the whole database is replaced"), CliOptions::json()},
             1,
             1,
             false,
             runRestore});
    cli.add({QStringLiteral("problems list"),
             {},
             QStringLiteral("problem reports the clerks sent (Help → Report a problem…)"),
             {opt("limit", "at most N reports, newest first (default 100)", "N"),
              opt("with-log", "include the application log each report carries (JSON)"), CliOptions::json()},
             0,
             0,
             true,
             runProblemsList});
}
