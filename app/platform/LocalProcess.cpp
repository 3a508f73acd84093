#include "LocalProcess.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace LocalProcess {

QString hostName()
{
    return QSysInfo::machineHostName();
}

qint64 currentId()
{
    return QCoreApplication::applicationPid();
}

bool isRunning(qint64 processId)
{
    if (processId <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(processId));
    if (!process)
        return GetLastError() != ERROR_INVALID_PARAMETER; // no such process; anything else: assume it runs
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 delivers nothing; it only checks that the process exists.
    return ::kill(pid_t(processId), 0) == 0 || errno != ESRCH;
#endif
}

} // namespace LocalProcess
