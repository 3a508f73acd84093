#include "SystemAccount.h"

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace SystemAccount {

QString userName()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size - 1));
#else
    // The effective user: who the system lets this process act as. getpwuid_r, not getpwuid: a GUI import
    // records its actor on a thread of its own.
    const uid_t uid = geteuid();
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;
    std::vector<char> buffer(static_cast<size_t>(bufferSize));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        found->pw_name[0] != '\0')
        return QString::fromLocal8Bit(found->pw_name);
    // An account without a name in the user database (a container's bare uid): its number still says who.
    return QStringLiteral("uid %1").arg(qulonglong(uid));
#endif
    return QStringLiteral("unknown");
}

} // namespace SystemAccount
