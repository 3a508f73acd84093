#include "ReferralStatus.h"

QString ReferralStatuses::code(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Registered:
        return QStringLiteral("registered");
    case ReferralStatus::Scheduled:
        return QStringLiteral("scheduled");
    case ReferralStatus::Hospitalized:
        return QStringLiteral("hospitalized");
    case ReferralStatus::Discharged:
        return QStringLiteral("discharged");
    case ReferralStatus::Refused:
        return QStringLiteral("refused");
    case ReferralStatus::Cancelled:
        return QStringLiteral("cancelled");
    case ReferralStatus::NoShow:
        return QStringLiteral("no_show");
    case ReferralStatus::Transferred:
        return QStringLiteral("transferred");
    }
    return {};
}

bool ReferralStatuses::fromCode(const QString& code, ReferralStatus* status)
{
    for (ReferralStatus s : all()) {
        if (ReferralStatuses::code(s) == code) {
            *status = s;
            return true;
        }
    }
    return false;
}

QList<ReferralStatus> ReferralStatuses::all()
{
    return {ReferralStatus::Registered, ReferralStatus::Scheduled,  ReferralStatus::Hospitalized,
            ReferralStatus::Discharged, ReferralStatus::Refused,    ReferralStatus::Cancelled,
            ReferralStatus::NoShow,     ReferralStatus::Transferred};
}

bool ReferralStatuses::isFinal(ReferralStatus status)
{
    return status == ReferralStatus::Discharged || status == ReferralStatus::Refused ||
           status == ReferralStatus::Cancelled || status == ReferralStatus::Transferred;
}

QString ReferralStatuses::label(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Registered:
        return tr("In the waiting list");
    case ReferralStatus::Scheduled:
        return tr("Date confirmed");
    case ReferralStatus::Hospitalized:
        return tr("Hospitalized");
    case ReferralStatus::Discharged:
        return tr("Discharged");
    case ReferralStatus::Refused:
        return tr("Refused by the hospital");
    case ReferralStatus::Cancelled:
        return tr("Cancelled");
    case ReferralStatus::NoShow:
        return tr("Did not come");
    case ReferralStatus::Transferred:
        return tr("Moved to another hospital");
    }
    return {};
}

QString ReferralStatuses::labelForCode(const QString& code)
{
    ReferralStatus status;
    return fromCode(code, &status) ? label(status) : code;
}
