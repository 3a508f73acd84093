#pragma once

#include <QString>
#include <QtGlobal>

// The one place that asks the operating system about processes (DESIGN.md: no POSIX-only calls elsewhere).
// An import records its computer and process so a later workstation can tell a killed import from one
// that is still running.
namespace LocalProcess {

// The computer's name, as other workstations on the same shared file would record theirs.
QString hostName();
qint64 currentId();
// False only when the system says no process has this id on this computer. A process of another user
// (no permission to signal it) counts as running: when in doubt, an import is never undone.
bool isRunning(qint64 processId);

} // namespace LocalProcess
