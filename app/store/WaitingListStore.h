#pragma once

#include "Database.h"
#include "domain/DocumentCheck.h"
#include "domain/ReferralStatus.h"

#include <QDateTime>

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

// The queues: active referrals (registered or scheduled) of one hospital × profile in queue order,
// their positions, preliminary dates and the capacity that produces them.
class WaitingListStore
{
public:
    explicit WaitingListStore(const Database& database)
        : m_database(database)
    {}

    struct Place
    {
        qint64 id = 0;
        QString code;
        QString queueKey;
        QDate registered;
        QDate confirmed;
        QDate preliminary;
        bool documentsOk = false;
    };
    struct Capacity
    {
        std::optional<int> perDay; // set by the bureau; empty: derived from the beds
        int leadDays = 0;
        int beds = 0; // total beds of the latest report, for the derived default
    };

    struct Row
    {
        qint64 id = 0;
        QString code;
        QString patient;
        QString iin;
        QDateTime registeredAt;
        QDate preliminaryDate;
        QDate scheduledDate;
        ReferralStatus status = ReferralStatus::Registered;
        int priority = 0;
        bool documentsOk = false;
    };

    // fromKey: only the places at or after this queue key (a newcomer and those behind it); empty: all.
    QList<Place> places(qint64 hospitalId, const QString& profileCode, const QString& fromKey = {}) const;
    // How many active referrals of the queue are planned for each day: a waiting one on its preliminary date, a
    // scheduled one on its confirmed date. Read from the queue's date indexes alone, not from its rows.
    QHash<QDate, int> plannedPerDay(qint64 hospitalId, const QString& profileCode) const;
    // The queue with the patients' names, in order (CLI and printouts; the window pages by keyset).
    QList<Row> rows(qint64 hospitalId, const QString& profileCode, int offset, int limit) const;
    // Writes the planned date and documents flag of the places that changed.
    void savePlan(const QList<Place>& changed) const;
    // 1-based place of a key in its queue among active referrals.
    qint64 position(qint64 hospitalId, const QString& profileCode, const QString& queueKey) const;
    qint64 length(qint64 hospitalId, const QString& profileCode) const;
    // The latest preliminary date of the referrals still waiting for a confirmed one.
    QDate latestPreliminaryDate(qint64 hospitalId, const QString& profileCode) const;
    // Active referrals of the queue planned for a day (confirmed or preliminary).
    qint64 plannedOn(qint64 hospitalId, const QString& profileCode, const QDate& day) const;
    // Whether any active referral stands after this key.
    bool anyAfter(qint64 hospitalId, const QString& profileCode, const QString& queueKey) const;
    QList<std::pair<qint64, QString>> activeQueues() const;
    // Holds the queue against concurrent registrations and planning until the transaction ends.
    void lockQueue(qint64 hospitalId, const QString& profileCode) const;

    Capacity capacity(qint64 hospitalId, const QString& profileCode) const;
    void setCapacity(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay, int leadDays,
                     const QString& now) const;

    // Documents of every active referral of a queue (fromKey: of those at or after it), by referral id.
    QHash<qint64, QList<DocumentRecord>> documents(qint64 hospitalId, const QString& profileCode,
                                                   const QString& fromKey = {}) const;

private:
    const Database& m_database;
};
