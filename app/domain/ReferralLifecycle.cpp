#include "ReferralLifecycle.h"

bool ReferralLifecycle::isAllowed(ReferralStatus from, ReferralStatus to)
{
    using S = ReferralStatus;
    switch (from) {
    case S::Registered:
        return to == S::Scheduled || to == S::Refused || to == S::Cancelled || to == S::Transferred;
    case S::Scheduled:
        return to == S::Scheduled || to == S::Hospitalized || to == S::Refused || to == S::Cancelled ||
               to == S::NoShow || to == S::Transferred;
    case S::NoShow:
        return to == S::Scheduled || to == S::Cancelled;
    case S::Hospitalized:
        return to == S::Discharged;
    case S::Discharged:
    case S::Refused:
    case S::Cancelled:
    case S::Transferred:
        return false;
    }
    return false;
}

QList<ReferralStatus> ReferralLifecycle::nextStatuses(ReferralStatus from)
{
    QList<ReferralStatus> next;
    for (ReferralStatus to : ReferralStatuses::all()) {
        if (isAllowed(from, to))
            next << to;
    }
    return next;
}

QString ReferralLifecycle::whyNot(ReferralStatus from, ReferralStatus to)
{
    if (isAllowed(from, to))
        return {};
    using S = ReferralStatus;
    if (ReferralStatuses::isFinal(from))
        return tr("The referral is closed (%1): nothing more can happen to it. Register a new referral if the patient "
                  "still needs hospitalization.")
            .arg(ReferralStatuses::label(from));
    if (to == S::Hospitalized && (from == S::Registered || from == S::NoShow))
        return tr("Confirm the admission date first: only a referral with a confirmed date can be marked as "
                  "hospitalized.");
    if (to == S::Discharged)
        return tr("Only a hospitalized patient can be discharged.");
    if (to == S::NoShow)
        return tr("Only a patient with a confirmed date can be marked as not having come.");
    if (to == S::Registered)
        return tr("A referral cannot go back to the waiting list; give it a new date instead.");
    if (from == S::Hospitalized)
        return tr("The patient is in hospital: the only next step is discharge.");
    if (from == S::NoShow && (to == S::Refused || to == S::Transferred))
        return tr("The patient did not come: give a new date or cancel the referral.");
    return tr("A referral cannot go from \"%1\" to \"%2\".")
        .arg(ReferralStatuses::label(from), ReferralStatuses::label(to));
}
