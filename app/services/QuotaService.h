#pragma once

#include "domain/Clock.h"
#include "domain/HtmcProfile.h"
#include "domain/QuotaPlan.h"
#include "domain/Region.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class WriteTransaction;

// The yearly plans of quotas for high-tech medical care: per year, region and HTMC profile, how many are
// allocated and how many referrals hold. Plans are entered one by one or split from a national total in
// proportion to the regions' populations. A referral funded by a quota takes one of its region's quotas
// when it is registered (takeQuota, inside the registration's transaction) and gives it back when it is
// refused or cancelled, because "used" is counted from the referrals themselves.
//
// Every change records who made it (the operating-system user until Joldama has accounts) and is kept in
// the plan's history.
class QuotaService
{
    Q_DECLARE_TR_FUNCTIONS(QuotaService)

public:
    explicit QuotaService(Database& database, const Clock& clock = Clock::system());

    QList<HtmcProfile> profiles(bool activeOnly = false) const;
    std::optional<HtmcProfile> findProfile(const QString& code) const;
    // Adds or edits a profile. Throws OperationError(Invalid) naming the field: code, name_kk, name_ru, name_en.
    HtmcProfile saveProfile(const HtmcProfile& profile);

    // Every plan entered (one year when year > 0), with its use.
    QList<QuotaPlan> plans(int year = 0) const;
    // One line per region for a year and profile; regions without a plan show nothing allocated.
    QList<QuotaPlan> regionPlans(int year, const QString& profileCode) const;
    std::optional<QuotaPlan> plan(int year, const QString& regionCode, const QString& profileCode) const;
    QList<QuotaPlanChange> history(int year, const QString& regionCode, const QString& profileCode) const;
    // Years with a plan, and the current one, ascending.
    QList<int> years() const;

    // Sets one region's allocation. Throws OperationError: Invalid (year, region, profile, allocated), or
    // Conflict (field allocated) when referrals already hold more quotas than the new allocation.
    QuotaPlan setAllocated(int year, const QString& regionCode, const QString& profileCode, int allocated,
                           const QString& note = {});
    // Splits a national total among all regions by population (QuotaAllocation) and saves every region's
    // plan in one transaction. Returns the new lines. Throws like setAllocated, and Invalid (field
    // population) when no region has a population.
    QList<QuotaPlan> allocate(int year, const QString& profileCode, int total);

    // Edits a region's population estimate and the year it is for. Throws OperationError(Invalid) naming
    // region, population or population_year.
    Region setPopulation(const QString& regionCode, int population, int year);

    // Takes one quota for a referral being registered: call inside the registration's write transaction,
    // before the referral is inserted. Throws OperationError(Conflict, field "quota") when the region has
    // no quota left for this profile and year, saying what to do.
    void takeQuota(int year, const QString& regionCode, const QString& profileCode);

    static constexpr int MaxAllocation = 100000;

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    QList<QuotaPlan> allocateOnce(int year, const QString& profileCode, int total);
    // The write itself, run again by the public one when the database asks (Retry::transient).
    QuotaPlan setAllocatedOnce(int year, const QString& regionCode, const QString& profileCode, int allocated,
                               const QString& note);
    HtmcProfile checkedProfile(const QString& code) const;
    Region checkedRegion(const QString& code) const;
    void checkYear(int year) const;
    // Saves one plan line and its history inside the caller's transaction.
    void saveLine(int year, const QString& regionCode, const QString& profileCode, int allocated, const QString& note,
                  const QString& source, const QString& detail, WriteTransaction& transaction) const;

    Database& m_database;
    const Clock& m_clock;
};
