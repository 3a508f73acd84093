#include "ReferralStore.h"

#include "Query.h"
#include "domain/Clock.h"
#include "domain/QueueKey.h"

namespace {
const QString selectReferral = QStringLiteral(
    "SELECT r.id, r.uid, r.code, r.patient_id, r.referring_region, r.referring_org, r.referring_doctor, r.hospital_id, "
    "h.code, h.name, r.profile_code, r.care_form, r.purpose, r.funding, r.territory, r.priority, r.diagnosis_code, "
    "r.diagnosis_name, r.status, r.registered_at, r.scheduled_date, r.preliminary_date, r.hospitalized_on, "
    "r.discharged_on, r.emergency, r.emergency_source, r.transferred_from_id, r.notes, r.source, r.quota_profile, "
    "r.quota_year, r.quota_region, r.queue_key FROM referral r JOIN hospital h ON h.id = r.hospital_id");

QDate dateOrNull(const Query& q, int column)
{
    return q.isNull(column) ? QDate() : Clock::dateFromText(q.text(column));
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(Clock::dateText(date)) : QVariant();
}

Referral readReferral(const Query& q)
{
    Referral r;
    r.id = q.integer(0);
    r.uid = q.text(1);
    r.code = q.text(2);
    r.patientId = q.integer(3);
    r.referringRegion = q.text(4);
    r.referringOrg = q.text(5);
    r.referringDoctor = q.text(6);
    r.hospitalId = q.integer(7);
    r.hospitalCode = q.text(8);
    r.hospitalName = q.text(9);
    r.profileCode = q.text(10);
    r.careForm = q.text(11);
    r.purpose = q.text(12);
    r.funding = q.text(13);
    r.territory = q.text(14);
    r.priority = int(q.integer(15));
    r.diagnosisCode = q.text(16);
    r.diagnosisName = q.text(17);
    ReferralStatuses::fromCode(q.text(18), &r.status);
    r.registeredAt = Clock::fromStamp(q.text(19));
    r.scheduledDate = dateOrNull(q, 20);
    r.preliminaryDate = dateOrNull(q, 21);
    r.hospitalizedOn = dateOrNull(q, 22);
    r.dischargedOn = dateOrNull(q, 23);
    r.emergency = q.integer(24) != 0;
    r.emergencySource = q.text(25);
    r.transferredFromId = q.integer(26);
    r.notes = q.text(27);
    r.source = q.text(28);
    r.quotaProfile = q.text(29);
    r.quotaYear = int(q.integer(30));
    r.quotaRegion = q.text(31);
    r.queueKey = q.text(32);
    return r;
}
} // namespace

qint64 ReferralStore::takeSequence(qint64 hospitalId, const QString& profileCode, qint64 floor) const
{
    Query q(m_database,
            QStringLiteral("INSERT INTO referral_sequence (hospital_id, profile_code, next_value) VALUES (?, ?, ?) "
                           "ON CONFLICT (hospital_id, profile_code) DO UPDATE SET next_value = CASE WHEN "
                           "referral_sequence.next_value < excluded.next_value - 1 THEN excluded.next_value ELSE "
                           "referral_sequence.next_value + 1 END RETURNING next_value - 1"));
    return q.bind(hospitalId).bind(profileCode).bind(floor + 1).scalar().toLongLong();
}

bool ReferralStore::codeExists(const QString& code) const
{
    return Query(m_database, QStringLiteral("SELECT 1 FROM referral WHERE code = ?")).bind(code).scalar().isValid();
}

qint64 ReferralStore::insert(const Referral& r, const QString& now) const
{
    Query q(
        m_database,
        QStringLiteral(
            "INSERT INTO referral (uid, code, patient_id, referring_region, referring_org, referring_doctor, "
            "hospital_id, profile_code, care_form, purpose, funding, territory, priority, diagnosis_code, "
            "diagnosis_name, status, registered_at, scheduled_date, preliminary_date, hospitalized_on, "
            "discharged_on, emergency, emergency_source, transferred_from_id, notes, source, created_at, "
            "updated_at, quota_profile, quota_year, quota_region, queue_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.bind(r.uid)
        .bind(r.code)
        .bind(r.patientId)
        .bind(r.referringRegion)
        .bind(r.referringOrg)
        .bind(r.referringDoctor)
        .bind(r.hospitalId)
        .bind(r.profileCode)
        .bind(r.careForm)
        .bind(r.purpose)
        .bind(r.funding)
        .bind(r.territory)
        .bind(r.priority)
        .bind(r.diagnosisCode)
        .bind(r.diagnosisName)
        .bind(ReferralStatuses::code(r.status))
        .bind(Clock::stamp(r.registeredAt))
        .bind(dateValue(r.scheduledDate))
        .bind(dateValue(r.preliminaryDate))
        .bind(dateValue(r.hospitalizedOn))
        .bind(dateValue(r.dischargedOn))
        .bind(r.emergency ? 1 : 0)
        .bind(r.emergencySource.isEmpty() ? QVariant() : QVariant(r.emergencySource))
        .bind(r.transferredFromId > 0 ? QVariant(r.transferredFromId) : QVariant())
        .bind(r.notes)
        .bind(r.source)
        .bind(now)
        .bind(now)
        .bind(Query::nullIfEmpty(r.quotaProfile))
        // No year yet: an enrolled workstation's HTMC referral awaits the bureau's quota (exchange).
        .bind(r.quotaProfile.isEmpty() || r.quotaYear == 0 ? QVariant() : QVariant(r.quotaYear))
        .bind(Query::nullIfEmpty(r.quotaRegion))
        .bind(QueueKey::make(r.priority, Clock::stamp(r.registeredAt), r.code))
        .scalar()
        .toLongLong();
}

std::optional<Referral> ReferralStore::find(qint64 id) const
{
    Query q(m_database, selectReferral + QStringLiteral(" WHERE r.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readReferral(q);
}

std::optional<Referral> ReferralStore::findByCode(const QString& code) const
{
    Query q(m_database, selectReferral + QStringLiteral(" WHERE r.code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readReferral(q);
}

void ReferralStore::saveLifecycle(const Referral& r, const QString& closedAt, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE referral SET status = ?, scheduled_date = ?, hospitalized_on = ?, discharged_on = "
                         "?, closed_at = ?, updated_at = ? WHERE id = ?"))
        .bind(ReferralStatuses::code(r.status))
        .bind(dateValue(r.scheduledDate))
        .bind(dateValue(r.hospitalizedOn))
        .bind(dateValue(r.dischargedOn))
        .bind(closedAt.isEmpty() ? QVariant() : QVariant(closedAt))
        .bind(now)
        .bind(r.id)
        .exec();
}

void ReferralStore::setPreliminaryDate(qint64 id, const QDate& date) const
{
    Query(m_database, QStringLiteral("UPDATE referral SET preliminary_date = ? WHERE id = ?"))
        .bind(dateValue(date))
        .bind(id)
        .exec();
}

void ReferralStore::insertEvent(qint64 referralId, const ReferralEvent& e, const QString& uid) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO referral_event (uid, referral_id, happened_at, actor, from_status, to_status, "
                         "reason_code, reason, event_date, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(uid)
        .bind(referralId)
        .bind(Clock::stamp(e.happenedAt))
        .bind(e.actor)
        .bind(e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus))
        .bind(e.toStatus)
        .bind(e.reasonCode.isEmpty() ? QVariant() : QVariant(e.reasonCode))
        .bind(e.reason)
        .bind(dateValue(e.eventDate))
        .bind(e.detail)
        .exec();
}

QList<ReferralEvent> ReferralStore::events(qint64 referralId) const
{
    Query q(m_database,
            QStringLiteral("SELECT id, happened_at, actor, from_status, to_status, reason_code, reason, event_date, "
                           "detail FROM referral_event WHERE referral_id = ? ORDER BY id"));
    q.bind(referralId).exec();
    QList<ReferralEvent> events;
    while (q.next()) {
        ReferralEvent e;
        e.id = q.integer(0);
        e.happenedAt = Clock::fromStamp(q.text(1));
        e.actor = q.text(2);
        e.fromStatus = q.text(3);
        e.toStatus = q.text(4);
        e.reasonCode = q.text(5);
        e.reason = q.text(6);
        e.eventDate = dateOrNull(q, 7);
        e.detail = q.text(8);
        events << e;
    }
    return events;
}

QList<DocumentRecord> ReferralStore::documents(qint64 referralId) const
{
    Query q(
        m_database,
        QStringLiteral("SELECT document_code, present, issued_on, note FROM referral_document WHERE referral_id = ?"));
    q.bind(referralId).exec();
    QList<DocumentRecord> records;
    while (q.next())
        records << DocumentRecord{q.text(0), q.integer(1) != 0, dateOrNull(q, 2), q.text(3)};
    return records;
}

void ReferralStore::setDocument(qint64 referralId, const DocumentRecord& record, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO referral_document (referral_id, document_code, present, issued_on, note, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (referral_id, document_code) DO UPDATE "
                         "SET present = excluded.present, issued_on = excluded.issued_on, note = excluded.note, "
                         "updated_at = excluded.updated_at"))
        .bind(referralId)
        .bind(record.code)
        .bind(record.present ? 1 : 0)
        .bind(dateValue(record.issuedOn))
        .bind(record.note)
        .bind(now)
        .exec();
}

QList<Referral> ReferralStore::forPatient(qint64 patientId) const
{
    Query q(m_database,
            selectReferral + QStringLiteral(" WHERE r.patient_id = ? ORDER BY r.registered_at DESC, r.id DESC"));
    q.bind(patientId).exec();
    QList<Referral> referrals;
    while (q.next())
        referrals << readReferral(q);
    return referrals;
}

QList<Referral> ReferralStore::liveForPatientProfile(qint64 patientId, const QString& profileCode) const
{
    Query q(m_database,
            selectReferral + QStringLiteral(" WHERE r.patient_id = ? AND r.profile_code = ? AND r.status IN "
                                            "('registered', 'scheduled') AND r.deleted = 0 ORDER BY "
                                            "r.registered_at, r.id"));
    q.bind(patientId).bind(profileCode).exec();
    QList<Referral> referrals;
    while (q.next())
        referrals << readReferral(q);
    return referrals;
}

void ReferralStore::forEach(const std::function<void(const Referral&)>& visit) const
{
    Query q(m_database, selectReferral + QStringLiteral(" WHERE r.deleted = 0 ORDER BY r.registered_at, r.id"));
    q.exec();
    while (q.next())
        visit(readReferral(q));
}
