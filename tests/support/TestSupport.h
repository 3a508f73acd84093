#pragma once

#include "domain/Clock.h"
#include "services/Workspace.h"

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Helpers shared by the tests: a fresh database file in a temporary folder, the CLI as a real process,
// and a place to save screenshots for a person to look at.
namespace TestSupport {

// Isolates QStandardPaths and QSettings from the user's own (call in initTestCase).
void isolateUserFolders();

// A new, migrated and seeded workspace on a file in dir.
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

// A known moment for tests that depend on the date: Monday 16 November 2026, 10:00 local time.
QDateTime fixedNow();

} // namespace TestSupport
