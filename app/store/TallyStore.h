#pragma once

#include "Database.h"

#include <QDate>
#include <QHash>
#include <QList>

// Running totals of referrals, kept by the services in the same transaction as every change, so
// counters never scan the referrals table.
class TallyStore
{
public:
    explicit TallyStore(const Database& database)
        : m_database(database)
    {}

    void addStatus(const QString& status, qint64 delta) const;
    void addRegistered(const QDate& day, qint64 delta) const;
    void addWaiting(const QString& profileCode, const QDate& registeredDay, qint64 delta) const;

    QHash<QString, qint64> statusCounts() const;
    qint64 registeredBetween(const QDate& from, const QDate& to) const;
    struct WaitingBucket
    {
        QString profileCode;
        QDate registeredDay;
        qint64 n = 0;
    };
    QList<WaitingBucket> waiting() const; // by profile, oldest registration first

    // Recounts everything from the referrals (after a bulk import or generation).
    void rebuild() const;

private:
    const Database& m_database;
};
