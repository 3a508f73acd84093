#pragma once

#include "Database.h"
#include "domain/BedAvailability.h"

#include <QHash>
#include <QList>

// Bed reports. The current figure per hospital × profile × form × day is kept in bed_status; every
// report is also appended to bed_status_history and never changed.
class BedStore
{
public:
    explicit BedStore(const Database& database)
        : m_database(database)
    {}

    struct Key
    {
        qint64 hospitalId;
        QString profileCode;
        QString careForm;
        bool operator==(const Key& o) const
        {
            return hospitalId == o.hospitalId && profileCode == o.profileCode && careForm == o.careForm;
        }
    };

    // Every active hospital × profile a hospital admits to, with its form of care.
    QList<BedAvailability> offeredProfiles(const QString& regionCode = {}, const QString& profileCode = {}) const;
    // The latest report on or before the day, for each key that has one.
    QHash<QString, std::pair<BedCount, QDate>> countsOn(const QDate& day) const;
    static QString keyText(qint64 hospitalId, const QString& profileCode, const QString& careForm);
    // Admissions confirmed for the days from `from` to `to` (referrals scheduled on them), by key and day.
    QHash<QString, QHash<QDate, int>> scheduledAdmissions(const QDate& from, const QDate& to) const;

    struct Report
    {
        qint64 hospitalId = 0;
        QString profileCode;
        QString careForm;
        QDate forDate;
        BedCount count;
        QString reportedAt; // history only
        QString actor;      // history only
    };
    // Records the figures for a day: the current value is replaced, the report is added to history.
    void report(const Report& report, const QString& now, const QString& actor) const;
    // Every report of one hospital × profile, newest first.
    QList<Report> history(qint64 hospitalId, const QString& profileCode, int limit = 500) const;

private:
    const Database& m_database;
};
