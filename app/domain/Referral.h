#pragma once

#include "ReferralStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A referral for planned hospitalization (or the record of an emergency admission), with its place in
// the queue of one hospital × bed profile.
struct Referral
{
    qint64 id = 0;
    QString uid;
    QString code;
    qint64 patientId = 0;
    QString referringRegion; // KATO of the referring organization
    QString referringOrg;
    QString referringDoctor;
    qint64 hospitalId = 0;
    QString hospitalCode;
    QString hospitalName;
    QString profileCode;
    QString careForm = QStringLiteral("round_the_clock");
    QString purpose = QStringLiteral("conservative");
    QString funding = QStringLiteral("gobmp");
    QString territory = QStringLiteral("city");
    int priority = 0; // higher first in the queue
    QString diagnosisCode;
    QString diagnosisName;
    ReferralStatus status = ReferralStatus::Registered;
    QDateTime registeredAt; // the place in the queue; kept across a transfer
    QDate scheduledDate;
    QDate preliminaryDate;
    QDate hospitalizedOn;
    QDate dischargedOn;
    bool emergency = false;
    QString emergencySource; // ambulance / self / transfer
    qint64 transferredFromId = 0;
    QString notes;
    QString source = QStringLiteral("local");
    // HTMC funding: the quota the referral holds (profile, plan year and region), fixed at registration.
    QString quotaProfile;
    int quotaYear = 0;
    QString quotaRegion;
    // The place in the queue as stored (see QueueKey); empty until the referral is saved.
    QString queueKey;

    bool isActive() const { return ReferralStatuses::isActive(status); }
    // The day documents must still be valid: the confirmed date, else the preliminary one.
    QDate plannedDate() const { return scheduledDate.isValid() ? scheduledDate : preliminaryDate; }
};

// One step in a referral's life, as recorded.
struct ReferralEvent
{
    qint64 id = 0;
    QDateTime happenedAt;
    QString actor;
    QString fromStatus; // empty for the first event
    QString toStatus;
    QString reasonCode;
    QString reason;
    QDate eventDate;
    QString detail;
};
