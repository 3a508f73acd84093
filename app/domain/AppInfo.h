#pragma once

#include <QString>

// The program's identity, shared by the GUI and the CLI so both find the same default database and
// settings.
namespace AppInfo {
void applyToApplication(); // organization and application names for QStandardPaths and QSettings
QString version();
} // namespace AppInfo
