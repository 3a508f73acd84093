#pragma once

#include "ReferralStatus.h"

#include <QCoreApplication>
#include <QString>

// Which status may follow which (DESIGN.md): registered → scheduled → hospitalized → discharged; from
// registered or scheduled a hospital may refuse and the patient or referrer may cancel; a scheduled patient
// who did not come is a no-show, who is then given a new date or cancelled; a registered or scheduled
// referral moves to another hospital at the patient's free choice. A confirmed date may be moved
// (scheduled → scheduled). Everything else is refused with a reason the clerk can act on.
class ReferralLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(ReferralLifecycle)

public:
    static bool isAllowed(ReferralStatus from, ReferralStatus to);
    // Empty when allowed; otherwise a sentence saying why not and what is possible instead.
    static QString whyNot(ReferralStatus from, ReferralStatus to);
    static bool needsReason(ReferralStatus to)
    {
        return to == ReferralStatus::Refused || to == ReferralStatus::Cancelled;
    }
    static bool needsDate(ReferralStatus to) { return to == ReferralStatus::Scheduled; }
    static QList<ReferralStatus> nextStatuses(ReferralStatus from);
};
