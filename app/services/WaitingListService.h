#pragma once

#include "domain/Clock.h"
#include "domain/DocumentType.h"
#include "domain/Hospital.h"
#include "domain/Referral.h"
#include "domain/RegionalContact.h"
#include "domain/WorkingCalendar.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// The waiting list of every hospital × bed profile: positions, preliminary dates, and the answer to a
// patient's "where am I?" by referral code. Preliminary dates are planned again inside the same
// transaction as every change to a queue, so what a clerk reads is never stale; a new day replans all.
class WaitingListService
{
    Q_DECLARE_TR_FUNCTIONS(WaitingListService)

public:
    explicit WaitingListService(Database& database, const Clock& clock = Clock::system());

    struct QueueEntry
    {
        qint64 position = 0;
        qint64 referralId = 0;
        QString code;
        QString patient;
        QString iin;
        QDateTime registeredAt;
        int daysWaited = 0;
        QDate preliminaryDate;
        QDate scheduledDate;
        ReferralStatus status = ReferralStatus::Registered;
        int priority = 0;
        bool documentsOk = false;
    };

    struct Lookup
    {
        Referral referral;
        Hospital hospital;
        QString profileCode;
        qint64 position = 0; // 0 when the referral is not in a waiting list
        qint64 queueLength = 0;
        QDate preliminaryDate;
        QList<DocumentType> documentsToBring;
        std::optional<RegionalContact> bureau; // the regional bureau of the hospital's region
    };

    struct Alternative
    {
        Hospital hospital;
        qint64 queueLength = 0;
        qint64 position = 0;   // where the patient would stand, keeping the registration time
        QDate preliminaryDate; // the date they would get there
    };

    // Plans one queue again (joins the caller's transaction, or runs its own).
    void recompute(qint64 hospitalId, const QString& profileCode);
    // Plans the queues an import filled, inside the import's own write transaction and without a savepoint of
    // its own: the import is all or nothing anyway, and in a savepoint every update statement of a queue of
    // 100,000 new referrals paid for the savepoint's growing statement journal (half of the import's time).
    void recomputeInImport(const QList<std::pair<qint64, QString>>& queues);
    // A referral an import is about to add to a queue (key: the import's own number for it).
    struct Newcomer
    {
        qint64 key = 0;
        QString queueKey;
        QDate registered;
        QDate confirmed; // a scheduled referral's date
    };
    struct Planned
    {
        QDate preliminary;
        bool documentsOk = false;
    };
    // Plans the queues an import fills before their new referrals are written, inside the import's transaction
    // and without a savepoint: the referrals already there get their new dates now, the newcomers theirs in the
    // returned hash (by key), to be inserted with them. Inserting a queue of 100,000 referrals and then updating
    // each one's date cost more than inserting them.
    QHash<qint64, Planned> planImport(const QHash<std::pair<qint64, QString>, QList<Newcomer>>& queues);
    // A referral joined the queue: when it stands last, as a new registration usually does, only its own
    // date is planned (the next free place after the others); otherwise the whole queue is planned again.
    void placeNewcomer(qint64 referralId);
    void recomputeAll();
    // Replans every queue once per day: yesterday's preliminary dates may now lie in the past.
    void ensurePlannedToday();

    // The queue in order, from `offset`, at most `limit` entries (the GUI uses a lazy listing instead).
    QList<QueueEntry> queue(qint64 hospitalId, const QString& profileCode, int offset = 0, int limit = 1000000) const;
    qint64 position(const Referral& referral) const;
    qint64 queueLength(qint64 hospitalId, const QString& profileCode) const;
    // Throws OperationError: Invalid for a malformed code (with what a code looks like), NotFound for an
    // unknown one.
    Lookup lookup(const QString& codeText) const;
    // The other hospitals of the region admitting this profile, with their queue and the date the
    // patient would get there.
    // regionCode: another region to look in (the patient may choose any); empty: the hospital's own.
    QList<Alternative> alternatives(const Referral& referral, const QString& regionCode = {}) const;

    // Planned admissions per day: the bureau's setting or, without one, a tenth of the beds [I].
    int capacityPerDay(qint64 hospitalId, const QString& profileCode) const;
    void setCapacity(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay, int leadDays);
    static int defaultCapacity(int beds) { return std::max(1, beds / 10); }

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    void setCapacityOnce(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay, int leadDays);
    // newcomers: referrals not yet written, planned among the others; their dates go into planned.
    void plan(qint64 hospitalId, const QString& profileCode, const WorkingCalendar& calendar,
              const QList<DocumentType>& documents, QList<Newcomer> newcomers = {},
              QHash<qint64, Planned>* planned = nullptr);
    // Plans the places from a queue key to the end; those before it keep the dates they have (see placeNewcomer).
    void planFrom(qint64 hospitalId, const QString& profileCode, const QString& fromKey,
                  const WorkingCalendar& calendar, const QList<DocumentType>& documents);

    Database& m_database;
    const Clock& m_clock;
};
