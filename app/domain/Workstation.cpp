#include "Workstation.h"

#include "platform/SystemAccount.h"

#include <QSysInfo>

namespace Workstation {

QString currentUser()
{
    // Asked of the operating system, once: the account does not change while the program runs, and every
    // write transaction records it.
    static const QString name = SystemAccount::userName();
    return name;
}

QString hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace Workstation
