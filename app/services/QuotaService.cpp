#include "QuotaService.h"

#include "domain/Language.h"
#include "domain/QuotaAllocation.h"
#include "store/HtmcProfileStore.h"
#include "store/QuotaStore.h"
#include "store/RegionStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {
[[noreturn]] void invalid(const QString& message, const char* field)
{
    throw OperationError(OperationError::Kind::Invalid, message, QLatin1String(field));
}
} // namespace

QuotaService::QuotaService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<HtmcProfile> QuotaService::profiles(bool activeOnly) const
{
    return HtmcProfileStore(m_database).all(activeOnly);
}

std::optional<HtmcProfile> QuotaService::findProfile(const QString& code) const
{
    return HtmcProfileStore(m_database).find(code.trimmed().toUpper());
}

HtmcProfile QuotaService::saveProfile(const HtmcProfile& in)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{2,8}$"));
    HtmcProfile profile = in;
    profile.code = in.code.trimmed().toUpper();
    profile.nameKk = in.nameKk.trimmed();
    profile.nameRu = in.nameRu.trimmed();
    profile.nameEn = in.nameEn.trimmed();
    if (!codePattern.match(profile.code).hasMatch())
        invalid(tr("The code of an HTMC profile is 2 to 8 Latin letters or digits, for example CSU."), "code");
    if (profile.nameKk.isEmpty())
        invalid(tr("Give the name of the HTMC profile in Kazakh."), "name_kk");
    if (profile.nameRu.isEmpty())
        invalid(tr("Give the name of the HTMC profile in Russian."), "name_ru");
    if (profile.nameEn.isEmpty())
        invalid(tr("Give the name of the HTMC profile in English."), "name_en");
    WriteTransaction transaction(m_database, m_clock);
    const HtmcProfileStore store(m_database);
    store.upsert(profile, -1, transaction.now());
    transaction.commit();
    return *store.find(profile.code);
}

QList<QuotaPlan> QuotaService::plans(int year) const
{
    return QuotaStore(m_database).plans(year);
}

QList<QuotaPlan> QuotaService::regionPlans(int year, const QString& profileCode) const
{
    return QuotaStore(m_database).regionPlans(year, profileCode.trimmed().toUpper());
}

std::optional<QuotaPlan> QuotaService::plan(int year, const QString& regionCode, const QString& profileCode) const
{
    return QuotaStore(m_database).find(year, regionCode, profileCode.trimmed().toUpper());
}

QList<QuotaPlanChange> QuotaService::history(int year, const QString& regionCode, const QString& profileCode) const
{
    const QuotaStore store(m_database);
    const std::optional<QuotaPlan> found = store.find(year, regionCode, profileCode.trimmed().toUpper());
    return found ? store.changes(found->id) : QList<QuotaPlanChange>();
}

QList<int> QuotaService::years() const
{
    QList<int> years = QuotaStore(m_database).years();
    if (!years.contains(m_clock.today().year()))
        years << m_clock.today().year();
    std::sort(years.begin(), years.end());
    return years;
}

void QuotaService::checkYear(int year) const
{
    if (year < 2000 || year > 2100)
        invalid(tr("Give the plan year as a four-digit year from 2000 to 2100."), "year");
}

HtmcProfile QuotaService::checkedProfile(const QString& code) const
{
    const std::optional<HtmcProfile> profile = findProfile(code);
    if (!profile)
        invalid(tr("Choose an HTMC profile from the list (\"%1\" is not one).").arg(code), "profile");
    if (!profile->active)
        invalid(tr("The HTMC profile %1 is no longer in use. Choose another profile, or make this one active again "
                   "in the list of HTMC profiles.")
                    .arg(profile->name(Languages::current())),
                "profile");
    return *profile;
}

Region QuotaService::checkedRegion(const QString& code) const
{
    const RegionStore regions(m_database);
    const std::optional<Region> region = regions.find(regions.resolve(code));
    if (!region)
        invalid(tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 for Astana.").arg(code),
                "region");
    return *region;
}

void QuotaService::saveLine(int year, const QString& regionCode, const QString& profileCode, int allocated,
                            const QString& note, const QString& source, const QString& detail,
                            WriteTransaction& transaction) const
{
    const QuotaStore store(m_database);
    const std::optional<QuotaPlan> before = store.find(year, regionCode, profileCode);
    if (before && before->allocated == allocated && before->note == note)
        return;
    const auto [id, uid] = store.save(QUuid::createUuid().toString(QUuid::WithoutBraces), year, regionCode, profileCode,
                                      allocated, note, transaction.now());
    QuotaPlanChange change;
    change.actor = transaction.actor();
    change.allocatedBefore = before ? before->allocated : -1;
    change.allocatedAfter = allocated;
    change.source = source;
    change.detail = detail;
    store.addChange(id, change, transaction.now());
}

QuotaPlan QuotaService::setAllocated(int year, const QString& regionCode, const QString& profileCode, int allocated,
                                     const QString& note)
{
    return Retry::transient(m_database,
                            [&] { return setAllocatedOnce(year, regionCode, profileCode, allocated, note); });
}

QuotaPlan QuotaService::setAllocatedOnce(int year, const QString& regionCode, const QString& profileCode, int allocated,
                                         const QString& note)
{
    checkYear(year);
    const Region region = checkedRegion(regionCode);
    const HtmcProfile profile = checkedProfile(profileCode);
    if (allocated < 0 || allocated > MaxAllocation)
        invalid(tr("The number of quotas is a whole number from 0 to %1.").arg(MaxAllocation), "allocated");
    WriteTransaction transaction(m_database, m_clock);
    const QuotaStore store(m_database);
    store.lockPlan(year, region.code, profile.code);
    const int used = store.used(year, region.code, profile.code);
    if (allocated < used)
        throw OperationError(
            OperationError::Kind::Conflict,
            tr("Referrals from %1 already hold %2 quotas for %3 in %4, so the plan cannot be lower than %2. Enter %2 "
               "or more; quotas come back when referrals are cancelled or refused.")
                .arg(region.name(Languages::current()))
                .arg(used)
                .arg(profile.name(Languages::current()))
                .arg(year),
            QStringLiteral("allocated"));
    saveLine(year, region.code, profile.code, allocated, note.trimmed(), QStringLiteral("set"), QString(), transaction);
    transaction.commit();
    return *store.find(year, region.code, profile.code);
}

QList<QuotaPlan> QuotaService::allocate(int year, const QString& profileCode, int total)
{
    return Retry::transient(m_database, [&] { return allocateOnce(year, profileCode, total); });
}

QList<QuotaPlan> QuotaService::allocateOnce(int year, const QString& profileCode, int total)
{
    checkYear(year);
    const HtmcProfile profile = checkedProfile(profileCode);
    if (total < 0 || total > QuotaAllocation::MaxTotal)
        invalid(tr("The national total is a whole number of quotas from 0 to %1.").arg(QuotaAllocation::MaxTotal),
                "total");
    WriteTransaction transaction(m_database, m_clock);
    const QuotaStore store(m_database);
    const QList<QuotaPlan> current = store.regionPlans(year, profile.code);
    QList<QuotaAllocation::Region> shares;
    int populationYear = 0;
    for (const QuotaPlan& line : current) {
        shares << QuotaAllocation::Region{line.regionCode, line.population};
        populationYear = std::max(populationYear, line.populationYear);
    }
    const QList<int> parts = QuotaAllocation::split(total, shares);
    if (parts.size() != current.size())
        invalid(tr("No region has a population entered, so the total cannot be split by population. Enter the "
                   "regions' populations first."),
                "population");

    const RegionStore regions(m_database);
    QStringList shortfalls;
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (parts.at(i) < current.at(i).used) {
            const std::optional<Region> region = regions.find(current.at(i).regionCode);
            shortfalls << tr("%1 (referrals hold %2, the split gives %3)")
                              .arg(region ? region->name(Languages::current()) : current.at(i).regionCode)
                              .arg(current.at(i).used)
                              .arg(parts.at(i));
        }
    }
    if (!shortfalls.isEmpty())
        throw OperationError(OperationError::Kind::Conflict,
                             tr("The split would give some regions fewer quotas than their referrals already hold: "
                                "%1. Nothing was changed. Raise the national total, or set these regions' plans one "
                                "by one.")
                                 .arg(shortfalls.join(QStringLiteral("; "))),
                             QStringLiteral("total"));

    const QString detail =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("total"), total},
                                                    {QStringLiteral("population_year"), populationYear}})
                              .toJson(QJsonDocument::Compact));
    for (qsizetype i = 0; i < current.size(); ++i) {
        store.lockPlan(year, current.at(i).regionCode, profile.code);
        saveLine(year, current.at(i).regionCode, profile.code, parts.at(i), current.at(i).note,
                 QStringLiteral("allocation"), detail, transaction);
    }
    transaction.commit();
    return store.regionPlans(year, profile.code);
}

Region QuotaService::setPopulation(const QString& regionCode, int population, int year)
{
    Region region = checkedRegion(regionCode);
    if (population < 0 || population > QuotaAllocation::MaxPopulation)
        invalid(tr("The population is a whole number of people from 0 to %1.").arg(QuotaAllocation::MaxPopulation),
                "population");
    const int latest = m_clock.today().year() + 1;
    if (year < 1990 || year > latest)
        invalid(tr("Give the year the population estimate is for, from 1990 to %1.").arg(latest), "population_year");
    if (region.population == population && region.populationYear == year)
        return region;
    WriteTransaction transaction(m_database, m_clock);
    const RegionStore store(m_database);
    store.setPopulation(region.code, population, year, transaction.now());
    transaction.commit();
    return *store.find(region.code);
}

void QuotaService::takeQuota(int year, const QString& regionCode, const QString& profileCode)
{
    WriteTransaction transaction(m_database, m_clock);
    const QuotaStore store(m_database);
    const bool planned = store.lockPlan(year, regionCode, profileCode);
    const std::optional<QuotaPlan> plan = planned ? store.find(year, regionCode, profileCode) : std::nullopt;
    if (plan && plan->used < plan->allocated) {
        transaction.commit();
        return;
    }
    const std::optional<Region> region = RegionStore(m_database).find(regionCode);
    const std::optional<HtmcProfile> profile = HtmcProfileStore(m_database).find(profileCode);
    const QString regionName = region ? region->name(Languages::current()) : regionCode;
    const QString profileName = profile ? profile->name(Languages::current()) : profileCode;
    const QString what = plan && plan->allocated > 0
                             ? tr("No HTMC quota is left for %1 in %2 for %3: all %4 are held by referrals.")
                                   .arg(profileName, regionName)
                                   .arg(year)
                                   .arg(plan->allocated)
                             : tr("%1 has no HTMC quotas for %2 in %3.").arg(regionName, profileName).arg(year);
    throw OperationError(OperationError::Kind::Conflict,
                         what + QLatin1Char(' ') +
                             tr("The quotas of another region cannot be used. Ask the regional health department to "
                                "redistribute the quotas, or register the referral under another funding."),
                         QStringLiteral("quota"));
}
