#include "AbroadStore.h"

#include "Query.h"
#include "domain/Clock.h"

namespace {
const QString selectApplication = QStringLiteral(
    "SELECT id, uid, patient_id, diagnosis_code, diagnosis_name, disease_code, category_code, country, clinic, "
    "status, decision, decision_date, decision_protocol, decision_reason, notes, created_at FROM abroad_application "
    "WHERE deleted = 0");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(Clock::dateText(date)) : QVariant();
}

AbroadApplication readApplication(const Query& q)
{
    AbroadApplication a;
    a.id = q.integer(0);
    a.uid = q.text(1);
    a.patientId = q.integer(2);
    a.diagnosisCode = q.text(3);
    a.diagnosisName = q.text(4);
    a.diseaseCode = q.text(5);
    a.categoryCode = q.text(6);
    a.country = q.text(7);
    a.clinic = q.text(8);
    AbroadStatuses::fromCode(q.text(9), &a.status);
    a.decision = q.text(10);
    a.decisionDate = q.isNull(11) ? QDate() : Clock::dateFromText(q.text(11));
    a.decisionProtocol = q.text(12);
    a.decisionReason = q.text(13);
    a.notes = q.text(14);
    a.createdAt = Clock::fromStamp(q.text(15));
    return a;
}
} // namespace

qint64 AbroadStore::insert(const AbroadApplication& a, const QString& now) const
{
    Query q(m_database,
            QStringLiteral("INSERT INTO abroad_application (uid, patient_id, diagnosis_code, diagnosis_name, "
                           "disease_code, category_code, country, clinic, status, decision, decision_date, "
                           "decision_protocol, decision_reason, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.bind(a.uid)
        .bind(a.patientId)
        .bind(a.diagnosisCode)
        .bind(a.diagnosisName)
        .bind(a.diseaseCode)
        .bind(a.categoryCode)
        .bind(a.country)
        .bind(a.clinic)
        .bind(AbroadStatuses::code(a.status))
        .bind(Query::nullIfEmpty(a.decision))
        .bind(dateValue(a.decisionDate))
        .bind(a.decisionProtocol)
        .bind(a.decisionReason)
        .bind(a.notes)
        .bind(now)
        .bind(now)
        .scalar()
        .toLongLong();
}

void AbroadStore::update(const AbroadApplication& a, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE abroad_application SET diagnosis_code = ?, diagnosis_name = ?, disease_code = ?, "
                         "category_code = ?, country = ?, clinic = ?, status = ?, decision = ?, decision_date = ?, "
                         "decision_protocol = ?, decision_reason = ?, notes = ?, updated_at = ? "
                         "WHERE id = ?"))
        .bind(a.diagnosisCode)
        .bind(a.diagnosisName)
        .bind(a.diseaseCode)
        .bind(a.categoryCode)
        .bind(a.country)
        .bind(a.clinic)
        .bind(AbroadStatuses::code(a.status))
        .bind(Query::nullIfEmpty(a.decision))
        .bind(dateValue(a.decisionDate))
        .bind(a.decisionProtocol)
        .bind(a.decisionReason)
        .bind(a.notes)
        .bind(now)
        .bind(a.id)
        .exec();
}

std::optional<AbroadApplication> AbroadStore::find(qint64 id) const
{
    Query q(m_database, selectApplication + QStringLiteral(" AND id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readApplication(q);
}

QList<AbroadApplication> AbroadStore::all(const std::optional<AbroadStatus>& status) const
{
    Query q(m_database, selectApplication + (status ? QStringLiteral(" AND status = ?") : QString()) +
                            QStringLiteral(" ORDER BY id DESC"));
    if (status)
        q.bind(AbroadStatuses::code(*status));
    q.exec();
    QList<AbroadApplication> applications;
    while (q.next())
        applications << readApplication(q);
    return applications;
}

QList<AbroadApplication> AbroadStore::forPatient(qint64 patientId) const
{
    Query q(m_database, selectApplication + QStringLiteral(" AND patient_id = ? ORDER BY id DESC"));
    q.bind(patientId).exec();
    QList<AbroadApplication> applications;
    while (q.next())
        applications << readApplication(q);
    return applications;
}

QHash<QString, int> AbroadStore::countByStatus() const
{
    Query q(m_database,
            QStringLiteral("SELECT status, count(*) FROM abroad_application WHERE deleted = 0 GROUP BY status"));
    q.exec();
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.text(0), int(q.integer(1)));
    return counts;
}

void AbroadStore::insertEvent(qint64 applicationId, const AbroadEvent& e, const QString& uid) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO abroad_event (uid, application_id, happened_at, actor, from_status, to_status, "
                         "reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(uid)
        .bind(applicationId)
        .bind(Clock::stamp(e.happenedAt))
        .bind(e.actor)
        .bind(e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus))
        .bind(e.toStatus)
        .bind(e.reason)
        .bind(e.detail)
        .exec();
}

QList<AbroadEvent> AbroadStore::events(qint64 applicationId) const
{
    Query q(m_database, QStringLiteral("SELECT id, happened_at, actor, from_status, to_status, reason, detail FROM "
                                       "abroad_event WHERE application_id = ? ORDER BY id"));
    q.bind(applicationId).exec();
    QList<AbroadEvent> events;
    while (q.next()) {
        AbroadEvent e;
        e.id = q.integer(0);
        e.happenedAt = Clock::fromStamp(q.text(1));
        e.actor = q.text(2);
        e.fromStatus = q.text(3);
        e.toStatus = q.text(4);
        e.reason = q.text(5);
        e.detail = q.text(6);
        events << e;
    }
    return events;
}

qint64 AbroadStore::addDocument(qint64 applicationId, const AbroadDocument& d, const QString& uid,
                                const QString& now) const
{
    Query q(m_database, QStringLiteral("INSERT INTO abroad_document (uid, application_id, title, received_on, note, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.bind(uid)
        .bind(applicationId)
        .bind(d.title)
        .bind(dateValue(d.receivedOn))
        .bind(d.note)
        .bind(now)
        .scalar()
        .toLongLong();
}

QList<AbroadDocument> AbroadStore::documents(qint64 applicationId) const
{
    Query q(m_database, QStringLiteral("SELECT id, title, received_on, note FROM abroad_document WHERE "
                                       "application_id = ? AND deleted = 0 ORDER BY id"));
    q.bind(applicationId).exec();
    QList<AbroadDocument> documents;
    while (q.next())
        documents << AbroadDocument{q.integer(0), q.text(1), q.isNull(2) ? QDate() : Clock::dateFromText(q.text(2)),
                                    q.text(3)};
    return documents;
}
