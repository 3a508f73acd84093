#pragma once

#include <QtGlobal>

// Which numbers N of the referral codes RR.MMMM.PPP.N a database gives out, so that codes stay unique while the
// bureau and its enrolled workstations work apart. Every hospital × profile queue's number space is cut into
// parts of 36^5 numbers: the bureau keeps the low part (its numbers stay gapless, 1, 2, 3 …); enrolled
// workstation k (k ≥ 1, never reused) numbers from k × 36^5 + 1. In base 36 a workstation's codes read
// "k0000…": 71.7101.CAR.100001 is workstation 1's first referral of that queue. A workstation part holds 60
// million referrals per queue; a reinstalled workstation continues in the next block of 36^3 above the highest
// number the bureau has seen from it, so codes it handed out after its last package are not given again.
namespace ReferralNumbers {

constexpr qint64 partSize = qint64(36) * 36 * 36 * 36 * 36; // 36^5
constexpr qint64 blockSize = qint64(36) * 36 * 36;          // 36^3
// Codes stay at most 8 base-36 digits long.
constexpr int maxWorkstationCode = 36 * 36 * 36 - 1;

constexpr qint64 floorOf(int workstationCode)
{
    return qint64(workstationCode) * partSize + 1;
}

// The first number past the part.
constexpr qint64 ceilingOf(int workstationCode)
{
    return qint64(workstationCode + 1) * partSize;
}

// The workstation whose part a number belongs to (0: the bureau's).
constexpr int ownerOf(qint64 number)
{
    return number <= 0 ? 0 : int(number / partSize);
}

// A number's place within its owner's part (1 for the first).
constexpr qint64 withinPart(qint64 number)
{
    return number - qint64(ownerOf(number)) * partSize;
}

// Where a reinstalled workstation starts: the block after the one holding the highest number seen from it.
constexpr qint64 floorAfterReinstall(int workstationCode, qint64 highWater)
{
    return qint64(workstationCode) * partSize + (highWater / blockSize + 1) * blockSize + 1;
}

} // namespace ReferralNumbers
