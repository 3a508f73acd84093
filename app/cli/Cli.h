#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

class Clock;

// joldama-cli [--db PATH] [--lang kk|ru|en] COMMAND [ARGS]: the headless face of Joldama for
// administrators and scripts. Exit status: 0 success, 1 failure (stderr says what to do), 2 usage error.
class Cli
{
public:
    explicit Cli(const Clock& clock);

    void add(CliCommand command);
    const QList<CliCommand>& commands() const { return m_commands; }

    // arguments without the program name.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static constexpr int Success = 0;
    static constexpr int Failure = 1;
    static constexpr int UsageError = 2;

private:
    void printHelp(QTextStream& out) const;
    void printCommandHelp(const CliCommand& command, QTextStream& out) const;
    const CliCommand* match(const QStringList& words, int* used) const;

    const Clock& m_clock;
    QList<CliCommand> m_commands;
};

// Registers every command Joldama ships.
void addAllCommands(Cli& cli);
