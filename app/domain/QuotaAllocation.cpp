#include "QuotaAllocation.h"

#include <algorithm>
#include <numeric>

QList<int> QuotaAllocation::split(int total, const QList<Region>& regions)
{
    if (total < 0 || total > MaxTotal)
        return {};
    qint64 population = 0;
    for (const Region& region : regions) {
        if (region.population < 0 || region.population > MaxPopulation)
            return {};
        population += region.population;
    }
    QList<int> parts(regions.size(), 0);
    if (total == 0)
        return parts;
    if (population == 0)
        return {};

    // share = total × p / P = whole + remainder / P; remainders share the denominator P, so comparing
    // them compares the fractional parts exactly.
    QList<qint64> remainders(regions.size(), 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const qint64 scaled = qint64(total) * regions.at(i).population;
        parts[i] = int(scaled / population);
        remainders[i] = scaled % population;
        given += parts.at(i);
    }
    QList<qsizetype> order(regions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (remainders.at(a) != remainders.at(b))
            return remainders.at(a) > remainders.at(b);
        if (regions.at(a).population != regions.at(b).population)
            return regions.at(a).population > regions.at(b).population;
        return regions.at(a).code < regions.at(b).code;
    });
    // Fewer units are left than regions with a fractional part (the fractions add up to the units left
    // and each is below one), so a region without population never receives one.
    for (qint64 left = total - given, k = 0; left > 0; --left, ++k)
        ++parts[order.at(k)];
    return parts;
}
