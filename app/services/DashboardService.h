#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QHash>
#include <QList>

// The bureau at a glance, read from running totals and the bed reports: never a scan of the referrals.
class DashboardService
{
public:
    explicit DashboardService(Database& database, const Clock& clock = Clock::system());

    struct ProfileWait
    {
        QString profileCode;
        qint64 waiting = 0; // in a waiting list now
        int medianDays = 0;
        int p90Days = 0;
    };
    struct RegionBeds
    {
        QString regionCode;
        int total = 0;
        int occupied = 0;
        int reserved = 0;
        int free = 0;
        double occupancy() const { return total > 0 ? double(occupied) / total : 0.0; }
    };
    struct Summary
    {
        QHash<QString, qint64> byStatus;
        qint64 total = 0;
        qint64 registeredToday = 0;
        qint64 registeredThisMonth = 0;
        QList<ProfileWait> waits; // longest median first
        // Refused among the referrals a hospital decided on (refused + hospitalized + discharged).
        double refusedShare = 0.0;
        QList<RegionBeds> beds; // KATO order
        // Usage, like the portal's visitor counters (UsageService).
        qint64 lookupsToday = 0;
        qint64 lookupsYesterday = 0;
        qint64 lookupsMonth = 0;
        qint64 workstationsOnline = 0;
    };

    Summary summary() const;

private:
    Database& m_database;
    const Clock& m_clock;
};
