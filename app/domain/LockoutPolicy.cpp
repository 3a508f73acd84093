#include "LockoutPolicy.h"

#include <algorithm>

namespace LockoutPolicy {

int delayAfter(int failures)
{
    if (failures < freeAttempts)
        return 0;
    int delay = firstDelaySeconds;
    for (int i = freeAttempts; i < failures && delay < maxDelaySeconds; ++i)
        delay *= 2;
    return std::min(delay, maxDelaySeconds);
}

} // namespace LockoutPolicy
