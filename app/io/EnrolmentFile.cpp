#include "EnrolmentFile.h"

#include "domain/OperationError.h"
#include "domain/ReferralNumbers.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QByteArray headerLine = QByteArrayLiteral("JOLDAMA-ENROLMENT 1");
const QByteArray shaPrefix = QByteArrayLiteral("SHA-256 ");
} // namespace

QByteArray EnrolmentFile::toBytes() const
{
    const QJsonObject object{
        {QStringLiteral("bureau"), bureauUid},
        {QStringLiteral("bureau_name"), bureauName},
        {QStringLiteral("workstation"), workstationCode},
        {QStringLiteral("name"), workstationName},
        {QStringLiteral("region"), regionCode},
        {QStringLiteral("secret"), QString::fromLatin1(secret)},
        {QStringLiteral("code_floor"), codeFloor},
        {QStringLiteral("issue"), issue},
        {QStringLiteral("issued_at"), issuedAt},
    };
    QByteArray out = headerLine + '\n' + QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    out += shaPrefix + QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex() + '\n';
    return out;
}

EnrolmentFile EnrolmentFile::fromBytes(const QByteArray& bytes)
{
    const auto bad = [](const QString& why) {
        return OperationError(OperationError::Kind::Invalid, why, QStringLiteral("file"));
    };
    if (!bytes.startsWith(QByteArray(headerLine + '\n')))
        throw bad(tr("The file is not a Joldama enrolment file. Use the file the bureau made with \"exchange "
                     "enroll\"."));
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.size() != 4 || !lines.at(3).isEmpty() || !lines.at(2).startsWith(shaPrefix))
        throw bad(tr("The enrolment file is incomplete or damaged. Ask the bureau for the file again."));
    const QByteArray body = headerLine + '\n' + lines.at(1) + '\n';
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() != lines.at(2).mid(shaPrefix.size()))
        throw bad(tr("The enrolment file is incomplete or damaged. Ask the bureau for the file again."));
    const QJsonObject object = QJsonDocument::fromJson(lines.at(1)).object();
    EnrolmentFile file;
    file.bureauUid = object.value(QStringLiteral("bureau")).toString();
    file.bureauName = object.value(QStringLiteral("bureau_name")).toString();
    file.workstationCode = object.value(QStringLiteral("workstation")).toInt();
    file.workstationName = object.value(QStringLiteral("name")).toString();
    file.regionCode = object.value(QStringLiteral("region")).toString();
    file.secret = object.value(QStringLiteral("secret")).toString().toLatin1();
    file.codeFloor = object.value(QStringLiteral("code_floor")).toInteger();
    file.issue = object.value(QStringLiteral("issue")).toInt(1);
    file.issuedAt = object.value(QStringLiteral("issued_at")).toString();
    if (file.bureauUid.isEmpty() || file.workstationCode < 1 ||
        file.workstationCode > ReferralNumbers::maxWorkstationCode || file.secret.size() < 32 ||
        ReferralNumbers::ownerOf(file.codeFloor) != file.workstationCode)
        throw bad(tr("The enrolment file is incomplete or damaged. Ask the bureau for the file again."));
    return file;
}
