#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where a referral is in its life. The codes are stored and exported; the labels are for people.
enum class ReferralStatus { Registered, Scheduled, Hospitalized, Discharged, Refused, Cancelled, NoShow, Transferred };

class ReferralStatuses
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStatuses)

public:
    static QString code(ReferralStatus status);
    static bool fromCode(const QString& code, ReferralStatus* status);
    static QString label(ReferralStatus status);
    static QString labelForCode(const QString& code);
    static QList<ReferralStatus> all();
    // In the waiting list: registered or scheduled.
    static bool isActive(ReferralStatus status)
    {
        return status == ReferralStatus::Registered || status == ReferralStatus::Scheduled;
    }
    // Nothing more can happen to it.
    static bool isFinal(ReferralStatus status);
};
