#include "AdmissionJournalStore.h"

#include "Query.h"
#include "domain/Clock.h"

QList<AdmissionJournalStore::Entry> AdmissionJournalStore::entries(const QDate& from, const QDate& to,
                                                                   const QString& hospitalCode) const
{
    // The event's own day when recorded (it always is for admissions and refusals), else the UTC day of it.
    const QString day = QStringLiteral("COALESCE(e.event_date, substr(e.happened_at, 1, 10))");
    Query q(m_database,
            QStringLiteral(
                "SELECT %1, e.happened_at, e.to_status, r.code, COALESCE(p.last_name || ' ' || p.first_name || CASE "
                "WHEN p.middle_name = '' THEN '' ELSE ' ' || p.middle_name END, ''), COALESCE(p.iin, ''), "
                "COALESCE(p.birth_date, ''), COALESCE(p.address, ''), COALESCE(p.phone, ''), r.referring_org, "
                "COALESCE(r.emergency_source, ''), r.profile_code, COALESCE(bp.name_kk, ''), COALESCE(bp.name_ru, ''), "
                "COALESCE(bp.name_en, ''), h.code, h.name, r.diagnosis_code, r.diagnosis_name, r.status, "
                "COALESCE(r.discharged_on, ''), COALESCE(e.reason_code, ''), COALESCE(rr.name_kk, ''), "
                "COALESCE(rr.name_ru, ''), COALESCE(rr.name_en, ''), e.reason FROM referral_event e JOIN referral r "
                "ON r.id = e.referral_id LEFT JOIN patient p ON p.id = r.patient_id JOIN hospital h ON h.id = "
                "r.hospital_id LEFT JOIN bed_profile bp ON bp.code = r.profile_code LEFT JOIN refusal_reason rr ON "
                "rr.code = e.reason_code WHERE e.to_status IN ('hospitalized', 'refused') AND %1 BETWEEN ? AND ? "
                "AND (? = '' OR h.code = ?) ORDER BY 1, e.happened_at, r.code, e.id")
                .arg(day));
    q.bind(Clock::dateText(from)).bind(Clock::dateText(to)).bind(hospitalCode).bind(hospitalCode).exec();
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.date = Clock::dateFromText(q.text(0));
        e.at = Clock::fromStamp(q.text(1));
        e.refused = q.text(2) == QLatin1String("refused");
        e.code = q.text(3);
        e.patient = q.text(4);
        e.iin = q.text(5);
        e.birthDate = Clock::dateFromText(q.text(6));
        e.address = q.text(7);
        e.phone = q.text(8);
        e.referringOrg = q.text(9);
        e.emergencySource = q.text(10);
        e.profileCode = q.text(11);
        e.profileKk = q.text(12);
        e.profileRu = q.text(13);
        e.profileEn = q.text(14);
        e.hospitalCode = q.text(15);
        e.hospitalName = q.text(16);
        e.diagnosisCode = q.text(17);
        e.diagnosisName = q.text(18);
        e.status = q.text(19);
        e.dischargedOn = Clock::dateFromText(q.text(20));
        e.reasonCode = q.text(21);
        e.reasonKk = q.text(22);
        e.reasonRu = q.text(23);
        e.reasonEn = q.text(24);
        e.reasonText = q.text(25);
        entries << e;
    }
    return entries;
}
