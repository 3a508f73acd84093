#include "TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace TestSupport {

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoldamaTest"));
    // One name per process: ctest runs tests side by side, and with one shared name two GUI tests wrote the same
    // settings file (a remembered language changed under a test that had just set it).
    QCoreApplication::setApplicationName(QStringLiteral("joldama-test-%1").arg(QCoreApplication::applicationPid()));
    qAddPostRoutine([] {
        QFile::remove(QSettings().fileName());
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    });
}

bool onPostgres()
{
    return qEnvironmentVariable("JOLDAMA_TEST_BACKEND") == QLatin1String("postgres");
}

QString postgresServerUrl()
{
    QFile status(QStringLiteral(JOLDAMA_PG_STATUS));
    if (!status.open(QIODevice::ReadOnly))
        qFatal("The test PostgreSQL server is not running (no %s): run the tests through ctest, whose postgres "
               "fixture starts it, or start it with tests/support/pg_cluster.sh start %s",
               JOLDAMA_PG_STATUS, JOLDAMA_PG_STATUS);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("url="))
            return QString::fromUtf8(line.mid(4));
    }
    qFatal("%s names no server", JOLDAMA_PG_STATUS);
}

namespace {
// Runs work on a connection to the server's maintenance database.
template<typename Work>
void onServer(Work work)
{
    const QString connection = QStringLiteral("joldama-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        const DatabaseLocation server = DatabaseLocation::fromArgument(postgresServerUrl());
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setDatabaseName(server.databaseName);
        admin.setUserName(server.user);
        admin.setPassword(server.password);
        if (!admin.open())
            qFatal("Cannot reach the test PostgreSQL server: %s", qPrintable(admin.lastError().text()));
        work(admin);
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// The databases this process made and has not dropped. A full run made about 250 of them, 5.5 GB on the test
// server's disk by its end; each process gives its own back as it exits, so the disk holds only the running tests'.
QSet<QString>& madeDatabases()
{
    static QSet<QString> names;
    return names;
}

void dropNow(QSqlDatabase& admin, const QString& name)
{
    // FORCE: a process killed while connected may leave its server session behind for a moment.
    if (!QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
        qFatal("Cannot drop the test database %s", qPrintable(name));
    madeDatabases().remove(name);
}

void remember(const QString& name)
{
    static const bool once = [] {
        qAddPostRoutine([] {
            const QSet<QString> names = madeDatabases();
            if (!names.isEmpty())
                onServer([&](QSqlDatabase& admin) {
                    for (const QString& made : names)
                        dropNow(admin, made);
                });
        });
        return true;
    }();
    Q_UNUSED(once);
    madeDatabases().insert(name);
}

QString postgresName(const QTemporaryDir& dir, const QString& fileName)
{
    return QStringLiteral("jt_") +
           QString::fromLatin1(
               QCryptographicHash::hash(dir.filePath(fileName).toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}

void createPostgresDatabase(const QString& name)
{
    onServer([&](QSqlDatabase& admin) {
        QSqlQuery exists(admin);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        exists.addBindValue(name);
        if (!exists.exec())
            qFatal("%s", qPrintable(exists.lastError().text()));
        if (!exists.next()) {
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qFatal("Cannot create the test database %s: %s", qPrintable(name),
                       qPrintable(create.lastError().text()));
            remember(name);
        }
    });
}
} // namespace

DatabaseLocation location(const QTemporaryDir& dir, const QString& fileName)
{
    if (!onPostgres())
        return DatabaseLocation::sqliteFile(dir.filePath(fileName));
    const QString name = postgresName(dir, fileName);
    createPostgresDatabase(name);
    DatabaseLocation where = DatabaseLocation::fromArgument(postgresServerUrl());
    where.databaseName = name;
    return where;
}

DatabaseLocation copyDatabase(const QTemporaryDir& dir, const QString& from, const QString& to)
{
    if (!onPostgres()) {
        QFile::remove(dir.filePath(to));
        if (!QFile::copy(dir.filePath(from), dir.filePath(to)))
            qFatal("Cannot copy %s to %s", qPrintable(from), qPrintable(to));
        return location(dir, to);
    }
    const QString source = postgresName(dir, from);
    const QString target = postgresName(dir, to);
    dropDatabase(dir, to);
    onServer([&](QSqlDatabase& admin) {
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(target, source)))
            qFatal("Cannot copy the test database %s: %s", qPrintable(source), qPrintable(q.lastError().text()));
        remember(target);
    });
    DatabaseLocation where = DatabaseLocation::fromArgument(postgresServerUrl());
    where.databaseName = target;
    return where;
}

void dropDatabase(const QTemporaryDir& dir, const QString& fileName)
{
    if (!onPostgres())
        return;
    const QString name = postgresName(dir, fileName);
    onServer([&](QSqlDatabase& admin) { dropNow(admin, name); });
}

QString dbArgument(const QTemporaryDir& dir, const QString& fileName)
{
    const DatabaseLocation where = location(dir, fileName);
    if (where.kind == SqlDialect::Kind::Sqlite)
        return where.path;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(where.user, where.password, where.host)
        .arg(where.port)
        .arg(where.databaseName);
}

QSqlDatabase rawConnection(const DatabaseLocation& where, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        where.kind == SqlDialect::Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (where.kind == SqlDialect::Kind::Sqlite) {
        db.setDatabaseName(where.path);
    } else {
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.databaseName);
        db.setUserName(where.user);
        db.setPassword(where.password);
    }
    if (!db.open())
        qFatal("Cannot open %s: %s", qPrintable(where.describe()), qPrintable(db.lastError().text()));
    return db;
}

std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir& dir, const QString& fileName, const Clock& clock)
{
    return Workspace::open(location(dir, fileName), clock);
}

CliResult runCli(const QStringList& arguments, int timeoutMs)
{
    return runCli(arguments, {}, {}, timeoutMs);
}

CliResult runCli(const QStringList& arguments, const QHash<QString, QString>& environment, const QByteArray& input,
                 int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The CLI's default database lives in the user's data folder: keep tests away from the real one.
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/joldama-test-data"));
    // And its configuration folder (audit keys) away from the user's own.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/joldama-test-config"));
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JOLDAMA_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("JOLDAMA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/joldama-screenshots");
    QDir().mkpath(dir);
    return dir;
}

int timeLimitMs(int ms)
{
    return ms * JOLDAMA_SANITIZER_SLOWDOWN;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 16), QTime(10, 0));
}

} // namespace TestSupport
