#pragma once

#include <QCommandLineOption>

// Options several commands share, spelled the same everywhere.
namespace CliOptions {
QCommandLineOption json();
QCommandLineOption output(); // -o, --output FILE
QCommandLineOption format(); // --format csv|json
} // namespace CliOptions
