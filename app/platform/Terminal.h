#pragma once

#include <QString>

// The terminal joldama-cli was started from, for passwords: typed with the echo off, never on the command
// line. The one place that asks the operating system about terminals (DESIGN.md: no POSIX-only calls elsewhere).
namespace Terminal {

// Whether standard input is a terminal (a person typing) rather than a file or a pipe.
bool inputIsTerminal();
// Asks on the controlling terminal with the echo off, even when standard input is redirected; false when
// there is no terminal to ask on.
bool readSecret(const QString& prompt, QString* secret);
// The first line of standard input, without its line end; false at the end of input.
bool readLine(QString* line);

} // namespace Terminal
