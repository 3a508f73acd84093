#pragma once

#include "domain/Clock.h"
#include "domain/DocumentCheck.h"
#include "domain/Referral.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

// Registers referrals and moves them through their life. Every change is one transaction together with
// the event that records it (who, when, from, to, why), so history is never missing a step and never
// rewritten.
class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    struct Registration
    {
        qint64 patientId = 0;
        QString iin;             // used when patientId is 0
        QString referringRegion; // empty: the patient's region
        QString referringOrg;
        QString referringDoctor;
        QString hospitalCode;
        QString profileCode;
        QString careForm; // empty: from the profile
        QString purpose = QStringLiteral("conservative");
        QString funding = QStringLiteral("gobmp");
        QString quotaProfile; // funding htmc: the HTMC profile whose quota of the patient's region it takes
        QString territory = QStringLiteral("city");
        int priority = 0;
        QString diagnosisCode;
        // The diagnosis as the referral words it. Required for a well-formed code the dictionary does not have
        // yet: the referral is registered with it, and the code is learned for the next clerk.
        QString diagnosisName;
        // One live place per patient and bed profile: a second referral of the patient to the same profile (in
        // any hospital) is registered only with the reason for it, recorded in its history.
        QString secondReferralReason;
        QString notes;
        // Emergency admissions are recorded without a prior referral, straight as hospitalized.
        bool emergency = false;
        QString emergencySource; // ambulance / self / transfer
        QDate admittedOn;        // emergency: the day of admission (default today)
        // The clerk confirmed an admission day far in the past (ReferralService::EmergencyDaysBack); without it
        // such a day is refused as a probable typing mistake.
        bool unusualDateConfirmed = false;
    };

    struct Transition
    {
        QString reasonCode;        // refusal: from the bureau's list of reasons
        QString reason;            // free text; required for cancellation
        QDate date;                // scheduled: the confirmed day; hospitalized/discharged: the day (default today)
        QString documentsOverride; // hospitalization with missing or expired documents: why admitted anyway
        QString newHospitalCode;   // transferred: the hospital the patient chose
    };

    static constexpr int MaxPriority = 9;
    static constexpr int MaxDiagnosisNameLength = 500;
    // An emergency admission recorded more than this many days after it needs the clerk's confirmation; more
    // than a year is refused.
    static constexpr int EmergencyDaysBack = 3;

    explicit ReferralService(Database& database, const Clock& clock = Clock::system());
    // Called inside the transaction of every change to a hospital × profile queue, so whatever depends on
    // the queue (preliminary dates) is updated in the same commit.
    void setQueueChangedHandler(std::function<void(qint64 hospitalId, const QString& profileCode)> handler)
    {
        m_queueChanged = std::move(handler);
    }
    // Called inside the registration's transaction for a new referral in a waiting list.
    void setNewcomerHandler(std::function<void(qint64 referralId)> handler) { m_newcomer = std::move(handler); }

    // Throws OperationError (Invalid with the field at fault: iin, hospital, profile, diagnosis, diagnosis_name,
    // referring_region, purpose, funding, quota, care_form, territory, priority, emergency_source), and
    // Conflict (field quota) when an HTMC-funded referral finds no quota left in the patient's region, Conflict
    // (field second_referral) when the patient already waits in a queue of the profile and no reason is given,
    // and Unconfirmed (field date) for an emergency admission day long past that was not confirmed.
    Referral registerReferral(const Registration& registration);
    // Applies a transition; throws OperationError(Conflict) with the reason an illegal one is refused.
    Referral transition(const QString& code, ReferralStatus to, const Transition& details);

    // A referral's card about to be shown: the view (with the patient's IIN) is recorded in the audit log, and
    // committed, before the referral is returned.
    std::optional<Referral> openCard(const QString& code);
    std::optional<Referral> openCard(qint64 id);

    std::optional<Referral> find(const QString& code) const;
    std::optional<Referral> find(qint64 id) const;
    QList<ReferralEvent> history(qint64 referralId) const;
    QList<Referral> forPatient(qint64 patientId) const;

    // Documents against the planned admission day (today when there is none yet).
    QList<DocumentCheck::Line> documents(const Referral& referral) const;
    void recordDocument(const QString& code, const DocumentRecord& record);

    void forEach(const std::function<void(const Referral&)>& visit) const;

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    void recordDocumentOnce(const QString& code, const DocumentRecord& record);
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Referral transitionOnce(const QString& code, ReferralStatus to, const Transition& details);
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Referral registerReferralOnce(const Registration& registration);
    Referral checkedRegistration(const Registration& registration) const;
    Referral insertWithCode(Referral referral, const QString& now) const;
    void recordEvent(qint64 referralId, const QString& from, const QString& to, const Transition& details,
                     const QString& detail, const QString& now, const QString& actor) const;
    void queueChanged(qint64 hospitalId, const QString& profileCode) const;
    void countNew(const Referral& referral, bool newRegistration) const;
    void countTransition(const Referral& referral, ReferralStatus from, ReferralStatus to) const;
    void recordView(const std::optional<Referral>& referral, const QString& asked);

    Database& m_database;
    const Clock& m_clock;
    std::function<void(qint64, const QString&)> m_queueChanged;
    std::function<void(qint64)> m_newcomer;
};
