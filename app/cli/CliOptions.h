#pragma once

#include <QCommandLineOption>

// Options several commands share, spelled the same everywhere.
namespace CliOptions {
QCommandLineOption json();
QCommandLineOption output(); // -o, --output FILE
QCommandLineOption format(); // --format csv|json
// --yes: go ahead with what is possible but unusual (a date far from today), which is refused without it.
QCommandLineOption yes();
} // namespace CliOptions
