#pragma once

#include <QList>
#include <QString>

// Splits a national total of quotas among regions in proportion to their population, by the largest
// remainder method: every region gets the whole part of its share, and the units left over go one each
// to the largest fractional parts. The parts always add up exactly to the total. Ties are broken the
// same way every time: the larger population first, then the smaller KATO code.
//
// Shares are compared as exact fractions (integer arithmetic), so the result never depends on floating
// point rounding.
class QuotaAllocation
{
public:
    struct Region
    {
        QString code;
        qint64 population = 0;
    };

    // Bounds that keep total × population within 64 bits with room to spare.
    static constexpr int MaxTotal = 1000000;
    static constexpr qint64 MaxPopulation = 100000000;

    // One part per region, in the order given. Empty when the total cannot be split: the total is
    // negative or above MaxTotal, a population is negative or above MaxPopulation, or the total is above
    // zero while no region has any population.
    static QList<int> split(int total, const QList<Region>& regions);
};
