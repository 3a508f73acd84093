#pragma once

#include "ReferralStatus.h"

#include <QStringList>

// Which referrals hold an HTMC quota: those still on their way to treatment or treated under it
// (registered, scheduled, did not come yet may be given a new date, hospitalized, discharged). A refused
// or cancelled referral gives its quota back; a transfer closes the old referral and opens a new one, so
// exactly one of the two holds it.
class QuotaConsumption
{
public:
    static bool holdsQuota(ReferralStatus status)
    {
        return status == ReferralStatus::Registered || status == ReferralStatus::Scheduled ||
               status == ReferralStatus::NoShow || status == ReferralStatus::Hospitalized ||
               status == ReferralStatus::Discharged;
    }
    // The stored codes of those statuses, for counting in the store.
    static QStringList statusCodes()
    {
        QStringList codes;
        for (ReferralStatus status : ReferralStatuses::all()) {
            if (holdsQuota(status))
                codes << ReferralStatuses::code(status);
        }
        return codes;
    }
};
