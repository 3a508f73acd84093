#pragma once

#include "Database.h"
#include "domain/DocumentCheck.h"
#include "domain/Referral.h"

#include <QList>
#include <functional>
#include <optional>

// Referrals, their events and their documents. Callers hold a WriteTransaction around every write.
class ReferralStore
{
public:
    explicit ReferralStore(const Database& database)
        : m_database(database)
    {}

    // The next sequence number N of a hospital × profile queue (taken under the caller's write lock), never
    // below floor: an enrolled workstation numbers from its own part of every queue (ReferralNumbers).
    qint64 takeSequence(qint64 hospitalId, const QString& profileCode, qint64 floor = 1) const;
    bool codeExists(const QString& code) const;

    qint64 insert(const Referral& referral, const QString& now) const;
    std::optional<Referral> find(qint64 id) const;
    std::optional<Referral> findByCode(const QString& code) const;
    // Writes the lifecycle fields: status, dates, closing time.
    void saveLifecycle(const Referral& referral, const QString& closedAt, const QString& now) const;
    void setPreliminaryDate(qint64 id, const QDate& date) const;

    void insertEvent(qint64 referralId, const ReferralEvent& event, const QString& uid) const;
    QList<ReferralEvent> events(qint64 referralId) const;

    QList<DocumentRecord> documents(qint64 referralId) const;
    void setDocument(qint64 referralId, const DocumentRecord& record, const QString& now) const;

    QList<Referral> forPatient(qint64 patientId) const;
    // The patient's referrals waiting in a queue of this bed profile, in any hospital (registered or scheduled).
    QList<Referral> liveForPatientProfile(qint64 patientId, const QString& profileCode) const;
    // Streams every referral by registration time (exports).
    void forEach(const std::function<void(const Referral&)>& visit) const;

private:
    const Database& m_database;
};
