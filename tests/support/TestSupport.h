#pragma once

#include "domain/Clock.h"
#include "services/Workspace.h"

#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Helpers shared by the tests: a fresh database file in a temporary folder, the CLI as a real process,
// and a place to save screenshots for a person to look at.
namespace TestSupport {

// Isolates QStandardPaths and QSettings from the user's own (call in initTestCase).
void isolateUserFolders();

// The back end of this run: SQLite files (the default), or PostgreSQL when JOLDAMA_TEST_BACKEND=postgres — a
// database of its own on the throwaway server the `postgres` fixture started (tests/support/pg_cluster.sh).
// Store, service, model and CLI tests run once on each; a test that needs the server fails, never skips, when
// the server is not there.
bool onPostgres();
// Where a test's database named fileName lives: the file in dir, or on PostgreSQL a database whose name is
// derived from dir and fileName (created empty on first use), so the same name reopens the same database.
DatabaseLocation location(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("test.sqlite"));
// A copy of the database named from in dir under the name to, replacing one there: the file copied, or on
// PostgreSQL a new database made with the first as its template (nobody may be connected to the first).
DatabaseLocation copyDatabase(const QTemporaryDir& dir, const QString& from, const QString& to);
// Removes the PostgreSQL database named fileName in dir, if there is one (a file goes with its folder): tests
// that make many databases give the space back as they go.
void dropDatabase(const QTemporaryDir& dir, const QString& fileName);
// The same as a --db argument for joldama-cli.
QString dbArgument(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("test.sqlite"));
// The PostgreSQL server's maintenance database (for tests that create or inspect databases themselves).
QString postgresServerUrl();

// A plain Qt connection to the database, as another program would open it (not through Joldama's store).
// Remove it with QSqlDatabase::removeDatabase(name) when done.
QSqlDatabase rawConnection(const DatabaseLocation& location, const QString& name);

// A new, migrated and seeded workspace on a database named fileName in dir (see location()).
std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir& dir,
                                         const QString& fileName = QStringLiteral("test.sqlite"),
                                         const Clock& clock = Clock::system());

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the built joldama-cli with these arguments and waits for it.
CliResult runCli(const QStringList& arguments, int timeoutMs = 120000);
// The same with extra environment variables (e.g. JOLDAMA_PASSWORD) and text on its standard input.
CliResult runCli(const QStringList& arguments, const QHash<QString, QString>& environment, const QByteArray& input,
                 int timeoutMs = 120000);

// Folder where GUI and print tests save images (created on demand).
QString screenshotDir();

// A time limit for code a test times: as given, and several times longer in a sanitizer build, where every memory
// access is checked (AddressSanitizer about 3×, ThreadSanitizer about 10× slower).
int timeLimitMs(int ms);

// A known moment for tests that depend on the date: Monday 16 November 2026, 10:00 local time.
QDateTime fixedNow();

} // namespace TestSupport
