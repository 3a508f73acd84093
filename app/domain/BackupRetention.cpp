#include "BackupRetention.h"

#include <algorithm>
#include <numeric>

namespace BackupRetention {

QSet<int> keep(const QList<QDateTime>& made, const Policy& policy)
{
    QList<int> newestFirst(made.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&](int a, int b) { return made.at(a) > made.at(b); });

    QSet<int> kept;
    // Walking from the newest, the first copy met in a new period is that period's newest.
    auto keepPerPeriod = [&](int limit, auto periodOf) {
        qint64 lastPeriod = -1;
        int periods = 0;
        for (int i : std::as_const(newestFirst)) {
            if (periods >= limit)
                break;
            const qint64 period = periodOf(made.at(i).date());
            if (period == lastPeriod)
                continue;
            lastPeriod = period;
            ++periods;
            kept.insert(i);
        }
    };
    keepPerPeriod(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepPerPeriod(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepPerPeriod(policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    return kept;
}

} // namespace BackupRetention
