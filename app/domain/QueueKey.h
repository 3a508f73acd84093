#pragma once

#include <QString>

// The text whose binary order is the queue order: priority (higher first), then the registration
// instant, then the code. Stored with each referral (referral.queue_key).
namespace QueueKey {
inline QString make(int priority, const QString& registeredStamp, const QString& code)
{
    return QString::number(9 - priority) + registeredStamp + code;
}
} // namespace QueueKey
