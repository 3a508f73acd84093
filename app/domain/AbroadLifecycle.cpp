#include "AbroadLifecycle.h"

bool AbroadLifecycle::isAllowed(AbroadStatus from, AbroadStatus to)
{
    using S = AbroadStatus;
    switch (from) {
    case S::Draft:
        return to == S::Submitted || to == S::Withdrawn;
    case S::Submitted:
        return to == S::Approved || to == S::Rejected || to == S::Withdrawn;
    case S::Approved:
        return to == S::Treated || to == S::Withdrawn;
    case S::Rejected:
    case S::Withdrawn:
    case S::Treated:
        return false;
    }
    return false;
}

QList<AbroadStatus> AbroadLifecycle::nextStatuses(AbroadStatus from)
{
    QList<AbroadStatus> next;
    for (AbroadStatus to : AbroadStatuses::all()) {
        if (isAllowed(from, to))
            next << to;
    }
    return next;
}

QString AbroadLifecycle::whyNot(AbroadStatus from, AbroadStatus to)
{
    if (isAllowed(from, to))
        return {};
    using S = AbroadStatus;
    if (AbroadStatuses::isFinal(from))
        return tr("The application is closed (%1): nothing more can happen to it. File a new application if the "
                  "patient still needs treatment abroad.")
            .arg(AbroadStatuses::label(from));
    if (isDecision(to) && from == S::Draft)
        return tr("Submit the application to the commission first: the commission decides only on submitted "
                  "applications.");
    if (isDecision(to))
        return tr("The commission has already decided on this application.");
    if (to == S::Treated)
        return tr("Only an application approved by the commission can be marked as treated.");
    if (to == S::Draft)
        return tr("An application cannot go back to a draft.");
    return tr("An application cannot go from \"%1\" to \"%2\".")
        .arg(AbroadStatuses::label(from), AbroadStatuses::label(to));
}
