#include "DashboardService.h"

#include "Authorization.h"
#include "UsageService.h"
#include "store/BedStore.h"
#include "store/TallyStore.h"

#include <QMap>

DashboardService::DashboardService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

DashboardService::Summary DashboardService::summary() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    Summary s;
    const TallyStore tallies(m_database);
    s.byStatus = tallies.statusCounts();
    for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it)
        s.total += it.value();
    const QDate today = m_clock.today();
    s.registeredToday = tallies.registeredBetween(today, today);
    s.registeredThisMonth = tallies.registeredBetween(QDate(today.year(), today.month(), 1), today);
    const qint64 decided = s.byStatus.value(QStringLiteral("refused")) +
                           s.byStatus.value(QStringLiteral("hospitalized")) +
                           s.byStatus.value(QStringLiteral("discharged"));
    s.refusedShare = decided > 0 ? double(s.byStatus.value(QStringLiteral("refused"))) / double(decided) : 0.0;

    // Days waited from the histogram of active referrals: oldest registrations first, so walking the
    // buckets down from the longest wait finds the 90th and 50th percentiles.
    QMap<QString, QList<TallyStore::WaitingBucket>> byProfile;
    for (const TallyStore::WaitingBucket& b : tallies.waiting())
        byProfile[b.profileCode] << b;
    for (auto it = byProfile.cbegin(); it != byProfile.cend(); ++it) {
        ProfileWait w;
        w.profileCode = it.key();
        for (const auto& b : it.value())
            w.waiting += b.n;
        if (w.waiting == 0)
            continue;
        // The k-th shortest wait (1-based) over buckets sorted from the shortest wait (newest day).
        auto percentile = [&](double p) {
            const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(w.waiting))));
            qint64 seen = 0;
            for (auto b = it.value().crbegin(); b != it.value().crend(); ++b) {
                seen += b->n;
                if (seen >= rank)
                    return int(std::max<qint64>(0, b->registeredDay.daysTo(today)));
            }
            return 0;
        };
        w.medianDays = percentile(0.5);
        w.p90Days = percentile(0.9);
        s.waits << w;
    }
    std::sort(s.waits.begin(), s.waits.end(), [](const ProfileWait& a, const ProfileWait& b) {
        return a.medianDays != b.medianDays ? a.medianDays > b.medianDays : a.profileCode < b.profileCode;
    });

    const BedStore beds(m_database);
    const auto counts = beds.countsOn(today);
    QMap<QString, RegionBeds> regions;
    for (const BedAvailability& row : beds.offeredProfiles()) {
        const auto it = counts.constFind(BedStore::keyText(row.hospitalId, row.profileCode, row.careForm));
        if (it == counts.constEnd())
            continue;
        RegionBeds& r = regions[row.regionCode];
        r.regionCode = row.regionCode;
        r.total += it->first.total;
        r.occupied += it->first.occupied;
        r.reserved += it->first.reserved;
        r.free += it->first.free();
    }
    s.beds = regions.values();

    const UsageService::Counters usage = UsageService::stored(m_database, m_clock);
    s.lookupsToday = usage.lookupsToday;
    s.lookupsYesterday = usage.lookupsYesterday;
    s.lookupsMonth = usage.lookupsMonth;
    s.workstationsOnline = usage.workstationsOnline;
    return s;
}
