#pragma once

// How repeated wrong passwords slow an account down and then lock it (OWASP, NIST SP 800-63B): the first few
// mistakes cost nothing, then each wrong password makes the account wait longer before the next try (30 s,
// 1 min, 2 min … at most 15 min), and after hardLockAt in a row only an administrator can unlock it. A right
// password resets the count. While an account waits its password is not even checked, so guessing gains
// nothing from trying faster.
namespace LockoutPolicy {

constexpr int freeAttempts = 5;
constexpr int hardLockAt = 20;
constexpr int firstDelaySeconds = 30;
constexpr int maxDelaySeconds = 15 * 60;

// Seconds to wait after `failures` wrong passwords in a row (0: none).
int delayAfter(int failures);
inline bool isHardLocked(int failures)
{
    return failures >= hardLockAt;
}

} // namespace LockoutPolicy
