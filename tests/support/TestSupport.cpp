#include "TestSupport.h"

#include <QDir>
#include <QStandardPaths>

namespace TestSupport {

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoldamaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("joldama-test"));
}

std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir& dir, const QString& fileName, const Clock& clock)
{
    return Workspace::open(DatabaseLocation::sqliteFile(dir.filePath(fileName)), clock);
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

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 16), QTime(10, 0));
}

} // namespace TestSupport
