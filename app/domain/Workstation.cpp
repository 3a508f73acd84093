#include "Workstation.h"

#include <QtGlobal>

namespace Workstation {

QString currentUser()
{
    // USER on Linux and macOS, USERNAME on Windows; no platform calls needed.
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace Workstation
