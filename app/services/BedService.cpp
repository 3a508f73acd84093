#include "BedService.h"

#include "store/BedStore.h"

BedService::BedService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<BedAvailability> BedService::availability(const QString& regionCode, const QString& profileCode) const
{
    const BedStore store(m_database);
    QList<BedAvailability> rows = store.offeredProfiles(regionCode, profileCode);
    const QDate today = m_clock.today();
    for (int d = 0; d < 3; ++d) {
        const auto counts = store.countsOn(today.addDays(d));
        for (BedAvailability& row : rows) {
            const auto it = counts.constFind(BedStore::keyText(row.hospitalId, row.profileCode, row.careForm));
            if (it == counts.constEnd())
                continue;
            row.days[size_t(d)] = it->first;
            if (d == 0)
                row.reportedFor = it->second;
        }
    }
    return rows;
}
