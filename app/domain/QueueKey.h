#pragma once

#include "Clock.h"
#include "Referral.h"

#include <QString>

// The text whose binary order is the queue order: priority (higher first), then the registration
// instant, then the code. Stored with each referral (referral.queue_key).
namespace QueueKey {
inline QString make(int priority, const QString& registeredStamp, const QString& code)
{
    return QString::number(9 - priority) + registeredStamp + code;
}

// The key of a referral read from the database is the stored one; a referral not yet saved gets the one
// the store will give it.
inline QString of(const Referral& r)
{
    return r.queueKey.isEmpty() ? make(r.priority, Clock::stamp(r.registeredAt), r.code) : r.queueKey;
}
} // namespace QueueKey
