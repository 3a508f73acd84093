#pragma once

#include <QDateTime>
#include <QString>

// One line of the yearly HTMC plan: the quotas a region has for a profile, and how many of them referrals
// hold now. Used is counted from the referrals, never typed.
struct QuotaPlan
{
    qint64 id = 0; // 0: no plan entered for this region, profile and year (nothing allocated)
    QString uid;
    int year = 0;
    QString regionCode;
    QString profileCode;
    int allocated = 0;
    int used = 0;
    QString note;
    // The region's population the allocation by population works from, and the year of that estimate.
    int population = 0;
    int populationYear = 0;

    int remaining() const { return allocated - used; }
};

// One recorded change of a plan.
struct QuotaPlanChange
{
    QDateTime changedAt;
    QString actor;
    int allocatedBefore = -1; // -1: the plan was created by this change
    int allocatedAfter = 0;
    QString source; // set / allocation
    QString detail;
};
