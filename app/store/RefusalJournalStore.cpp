#include "RefusalJournalStore.h"

#include "Query.h"
#include "domain/Clock.h"

QList<RefusalJournalStore::Entry> RefusalJournalStore::entries(const QDate& from, const QDate& to) const
{
    // The refusal's own day when recorded (it always is), else the UTC day of the event.
    const QString day = QStringLiteral("COALESCE(e.event_date, substr(e.happened_at, 1, 10))");
    Query q(m_database,
            QStringLiteral("SELECT %1, r.code, p.last_name || ' ' || p.first_name || CASE WHEN p.middle_name = '' "
                           "THEN '' ELSE ' ' || p.middle_name END, p.iin, h.code, h.name, COALESCE(e.reason_code, ''), "
                           "COALESCE(rr.name_kk, ''), COALESCE(rr.name_ru, ''), COALESCE(rr.name_en, ''), e.reason "
                           "FROM referral_event e JOIN referral r ON r.id = e.referral_id JOIN patient p ON p.id = "
                           "r.patient_id JOIN hospital h ON h.id = r.hospital_id LEFT JOIN refusal_reason rr ON "
                           "rr.code = e.reason_code WHERE e.to_status = 'refused' AND %1 BETWEEN ? AND ? "
                           "ORDER BY 1, r.code, e.id")
                .arg(day));
    q.bind(Clock::dateText(from)).bind(Clock::dateText(to)).exec();
    QList<Entry> entries;
    while (q.next()) {
        Entry e;
        e.date = Clock::dateFromText(q.text(0));
        e.code = q.text(1);
        e.patient = q.text(2);
        e.iin = q.text(3);
        e.hospitalCode = q.text(4);
        e.hospitalName = q.text(5);
        e.reasonCode = q.text(6);
        e.reasonKk = q.text(7);
        e.reasonRu = q.text(8);
        e.reasonEn = q.text(9);
        e.reasonText = q.text(10);
        entries << e;
    }
    return entries;
}
