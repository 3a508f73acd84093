#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Who this database is in the exchange between the bureau and its enrolled workstations.
struct ExchangeIdentity
{
    enum class Role { None, Bureau, Workstation };

    Role role = Role::None;
    QString nodeUid;   // this installation
    QString bureauUid; // the bureau's node uid
    QString bureauName;
    int workstationCode = 0; // 0: the bureau
    QString workstationName;
    QString regionCode;
    qint64 codeFloor = 1;   // referral numbers this database gives out: [codeFloor, codeCeiling)
    qint64 codeCeiling = 0; // 0: no limit
    QString joinedAt;

    bool isBureau() const { return role == Role::Bureau; }
    bool isWorkstation() const { return role == Role::Workstation; }
    // The name change entries record as the workstation: its enrolled code.
    static QString label(int workstationCode)
    {
        return workstationCode == 0 ? QStringLiteral("BUREAU")
                                    : QStringLiteral("WS-%1").arg(workstationCode, 3, 10, QLatin1Char('0'));
    }
};

// The other side: an enrolled workstation at the bureau, the bureau at a workstation.
struct ExchangePeer
{
    int workstationCode = 0;
    QString name;
    QString regionCode;
    QByteArray secret; // hex
    QString enrolledAt;
    int issues = 1;
    QString nodeUid; // the installation its latest package came from
    qint64 ackedSeq = 0;
    qint64 ackedAnswer = 0;
    qint64 codeHighWater = 0;
    qint64 answers = 0;
    QDateTime lastInAt;
    QString lastInPackage;
    QDateTime lastOutAt;
    QString lastOutPackage;
    bool retired = false;
};

// Two changes that met and could not both stay, kept for a clerk to review.
struct ExchangeConflict
{
    qint64 id = 0;
    QString uid;
    QString entity;
    QString recordUid;
    QString label;      // what the clerk knows the record by
    QString field;      // empty: the whole change
    QString kind;       // same_field, closed, deleted, code_taken, event
    QString keptValue;  // JSON
    QString otherValue; // JSON
    qint64 baseVersion = 0;
    int workstationCode = 0;
    QString packageUid;
    QString originActor;
    QString originAt;
    QDateTime detectedAt;
    qint64 atAnswer = 0;
    bool resolved = false;
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolution;
};

// A change kept until what it belongs to arrives (or until it can be applied).
struct ParkedChange
{
    qint64 id = 0;
    int workstationCode = 0;
    QString packageUid;
    qint64 seq = 0;
    QString entity;
    QString recordUid;
    QString reason;
    QByteArray item; // JSON as it travelled
    QDateTime parkedAt;
    int attempts = 0;
};

// What the bureau's last answer said about one of the workstation's referrals.
struct ReferralStanding
{
    QString referralUid;
    QString code;
    QString status;
    qint64 position = 0;
    qint64 queueLength = 0;
    QDate preliminaryDate;
    QDate scheduledDate;
    QDateTime asOf;
};
