#include "RecordJson.h"

#include "domain/Clock.h"

namespace {
QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

namespace RecordJson {

QJsonObject patient(const Patient& p)
{
    return QJsonObject{{QStringLiteral("iin"), p.iin},
                       {QStringLiteral("last_name"), p.lastName},
                       {QStringLiteral("first_name"), p.firstName},
                       {QStringLiteral("middle_name"), p.middleName},
                       {QStringLiteral("birth_date"), dateOrNull(p.birthDate)},
                       {QStringLiteral("sex"), p.sex},
                       {QStringLiteral("phone"), p.phone},
                       {QStringLiteral("address"), p.address},
                       {QStringLiteral("region_code"), p.regionCode},
                       {QStringLiteral("clinic"), p.clinic},
                       {QStringLiteral("insured"), p.insured},
                       {QStringLiteral("benefit"), p.benefit}};
}

QJsonObject referral(const Referral& r)
{
    return QJsonObject{{QStringLiteral("code"), r.code},
                       {QStringLiteral("status"), ReferralStatuses::code(r.status)},
                       {QStringLiteral("hospital"), r.hospitalCode},
                       {QStringLiteral("hospital_name"), r.hospitalName},
                       {QStringLiteral("profile"), r.profileCode},
                       {QStringLiteral("care_form"), r.careForm},
                       {QStringLiteral("purpose"), r.purpose},
                       {QStringLiteral("funding"), r.funding},
                       {QStringLiteral("territory"), r.territory},
                       {QStringLiteral("priority"), r.priority},
                       {QStringLiteral("diagnosis"), r.diagnosisCode},
                       {QStringLiteral("diagnosis_name"), r.diagnosisName},
                       {QStringLiteral("referring_region"), r.referringRegion},
                       {QStringLiteral("referring_org"), r.referringOrg},
                       {QStringLiteral("referring_doctor"), r.referringDoctor},
                       {QStringLiteral("registered"), Clock::stamp(r.registeredAt)},
                       {QStringLiteral("scheduled_date"), dateOrNull(r.scheduledDate)},
                       {QStringLiteral("preliminary_date"), dateOrNull(r.preliminaryDate)},
                       {QStringLiteral("hospitalized_on"), dateOrNull(r.hospitalizedOn)},
                       {QStringLiteral("discharged_on"), dateOrNull(r.dischargedOn)},
                       {QStringLiteral("emergency"), r.emergency},
                       {QStringLiteral("emergency_source"), r.emergencySource},
                       {QStringLiteral("notes"), r.notes},
                       {QStringLiteral("quota_profile"), r.quotaProfile},
                       {QStringLiteral("quota_year"), r.quotaYear > 0 ? QJsonValue(r.quotaYear) : QJsonValue()},
                       {QStringLiteral("quota_region"), r.quotaRegion}};
}

QJsonObject event(const ReferralEvent& e)
{
    return QJsonObject{
        {QStringLiteral("at"), Clock::stamp(e.happenedAt)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("from"), e.fromStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.fromStatus)},
        {QStringLiteral("to"), e.toStatus},
        {QStringLiteral("reason_code"), e.reasonCode},
        {QStringLiteral("reason"), e.reason},
        {QStringLiteral("date"), dateOrNull(e.eventDate)},
        {QStringLiteral("detail"), e.detail}};
}

QJsonObject document(const DocumentCheck::Line& line)
{
    static const char* const states[] = {"valid", "missing", "expires_before_admission", "no_issue_date",
                                         "not_required"};
    return QJsonObject{{QStringLiteral("code"), line.type.code},
                       {QStringLiteral("name"), line.type.nameEn},
                       {QStringLiteral("present"), line.record.present},
                       {QStringLiteral("issued_on"), dateOrNull(line.record.issuedOn)},
                       {QStringLiteral("valid_until"), dateOrNull(line.validUntil)},
                       {QStringLiteral("state"), QString::fromLatin1(states[int(line.state)])}};
}

} // namespace RecordJson
