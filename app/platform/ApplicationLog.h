#pragma once

#include <QString>
#include <QStringList>

// Joldama's own log: every Qt message of the program (qDebug … qFatal, and each error message the window showed
// the clerk) goes, stripped of personal data (PersonalDataFilter), to joldama.log in the user's data folder. The
// file is rotated by size — joldama.log, joldama.log.1, joldama.log.2 — so it never grows beyond a few hundred
// kilobytes, and it is private to the user. Warnings and worse are also kept in memory as the last error
// messages, which a problem report carries together with the end of the log.
namespace ApplicationLog {

constexpr qint64 defaultMaxBytes = 256 * 1024;
constexpr int defaultKeep = 2; // rotated files kept besides the current one
constexpr int recentErrorLimit = 20;

// Installs the message handler (messages still reach the previous one, e.g. the terminal).
void install(const QString& folder, qint64 maxBytes = defaultMaxBytes, int keep = defaultKeep);
// Back to the previous handler; the log file is closed and the recent errors forgotten.
void uninstall();
bool isInstalled();
QString filePath();      // the current file; empty when not installed
QString defaultFolder(); // "logs" in the user's data folder

// The last warnings and errors, oldest first, each "HH:mm:ss text" (already filtered).
QStringList recentErrors();
// The end of the log, at most maxBytes, across the current and the previous file.
QString tail(qint64 maxBytes = 64 * 1024);

} // namespace ApplicationLog
