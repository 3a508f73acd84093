#pragma once

#include "domain/Language.h"
#include "store/DatabaseLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <stdexcept>

class Clock;
class CliRun;
class Workspace;

// One subcommand of joldama-cli, e.g. "contacts list". Its words, options and positional arguments are
// an interface scripts rely on: extend, never rename.
struct CliCommand
{
    QString words;                     // "contacts list"
    QString arguments;                 // "IIN" — for the synopsis
    QString summary;                   // one line for --help
    QList<QCommandLineOption> options; // besides the global ones
    int minPositional = 0;
    int maxPositional = 0;
    bool needsDatabase = true;
    std::function<int(CliRun&)> run;
};

// A wrong command line: exit status 2 with the usage of the command.
class CliUsageError : public std::runtime_error
{
public:
    explicit CliUsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// What a running command sees: its parsed arguments, the output streams and the database.
class CliRun
{
public:
    CliRun(const CliCommand& command, const QCommandLineParser& parser, QStringList positional,
           DatabaseLocation location, Language language, QTextStream& out, QTextStream& err, const Clock& clock,
           QString user = {});
    ~CliRun();

    const CliCommand& command() const { return m_command; }
    const QStringList& positional() const { return m_positional; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    // Every value of an option that may be given more than once.
    QStringList values(const QString& option) const { return m_parser.values(option); }
    // An option's value as a whole number; a usage error when it is not one.
    int intValue(const QString& option, int fallback) const;
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    Language language() const { return m_language; }
    const DatabaseLocation& location() const { return m_location; }
    const Clock& clock() const { return m_clock; }

    // Opens (and upgrades) the database on first use. Once the database has user accounts it signs in with
    // --user (the password from JOLDAMA_PASSWORD, or asked on the terminal), or refuses: every command needs a
    // sign-in then. The sign-in and sign-out are audit entries.
    Workspace& workspace();
    // The login given with --user (empty when none).
    const QString& user() const { return m_user; }
    // A new password: asked twice on the terminal with the echo off, or the first line of standard input when
    // that is not a terminal (scripts). Throws OperationError when there is none.
    QString readNewPassword(const QString& login);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonValue& value);
    // Aligned columns for people; scripts use --json.
    void printTable(const QStringList& header, const QList<QStringList>& rows);

private:
    const CliCommand& m_command;
    const QCommandLineParser& m_parser;
    QStringList m_positional;
    DatabaseLocation m_location;
    Language m_language;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_user;
    std::unique_ptr<Workspace> m_workspace;
};
