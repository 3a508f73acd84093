#include "ProcessHardening.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace ProcessHardening {

void apply()
{
#ifndef Q_OS_WIN
    ::umask(S_IRWXG | S_IRWXO);
#ifdef NDEBUG
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#endif
}

} // namespace ProcessHardening
