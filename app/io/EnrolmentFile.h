#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The file the bureau gives a workstation it enrols (joldama-cli exchange enroll): who the bureau is, the
// workstation's code and name, the secret its packages are signed with, and where its referral numbers start.
// It holds a secret: it is written readable by its owner only and should travel like a key.
//
//     JOLDAMA-ENROLMENT 1
//     {json}
//     SHA-256 <hex>
class EnrolmentFile
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentFile)

public:
    QString bureauUid;
    QString bureauName;
    int workstationCode = 0;
    QString workstationName;
    QString regionCode;
    QByteArray secret; // hex
    qint64 codeFloor = 0;
    int issue = 1; // 2 and more: issued again for a reinstalled workstation
    QString issuedAt;

    QByteArray toBytes() const;
    // Throws OperationError(Invalid) saying what is wrong with the file.
    static EnrolmentFile fromBytes(const QByteArray& bytes);
};
