#pragma once

#include "Database.h"
#include "domain/QuotaPlan.h"

#include <QList>
#include <optional>

// The yearly HTMC plans, their history, and how many quotas referrals hold. Callers hold a
// WriteTransaction around every write.
class QuotaStore
{
public:
    explicit QuotaStore(const Database& database)
        : m_database(database)
    {}

    // Every plan entered, with its use; one year only when year > 0.
    QList<QuotaPlan> plans(int year = 0) const;
    // One line per region (KATO order) for a year and profile, with nothing allocated where no plan exists.
    QList<QuotaPlan> regionPlans(int year, const QString& profileCode) const;
    std::optional<QuotaPlan> find(int year, const QString& regionCode, const QString& profileCode) const;
    // Years that have a plan, ascending.
    QList<int> years() const;

    // Creates (with newUid) or changes a plan; returns its id and uid.
    std::pair<qint64, QString> save(const QString& newUid, int year, const QString& regionCode,
                                    const QString& profileCode, int allocated, const QString& note,
                                    const QString& now) const;
    void addChange(qint64 planId, const QuotaPlanChange& change, const QString& now) const;
    QList<QuotaPlanChange> changes(qint64 planId) const;

    // Takes the plan's row lock until the transaction ends, so two workstations counting the quotas left
    // cannot both see the last one. SQLite's BEGIN IMMEDIATE already serialises writers; on PostgreSQL the
    // update of the row makes a second writer wait here for the first to commit, and its next statement
    // then sees the first one's referral. Returns false when there is no plan to lock.
    bool lockPlan(int year, const QString& regionCode, const QString& profileCode) const;
    // Referrals that hold a quota of this plan now (see QuotaConsumption).
    int used(int year, const QString& regionCode, const QString& profileCode) const;

private:
    const Database& m_database;
};
