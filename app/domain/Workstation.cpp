#include "Workstation.h"

#include <QDir>
#include <QSysInfo>
#include <QtGlobal>

namespace Workstation {

QString currentUser()
{
    // USER/LOGNAME on Linux and macOS, USERNAME on Windows; the home folder's name when a service
    // starts Joldama without them. No platform calls needed.
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

QString hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace Workstation
