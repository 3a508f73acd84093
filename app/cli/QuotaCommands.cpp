#include "QuotaCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "domain/Clock.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

QString required(const CliRun& run, const char* name)
{
    if (!run.isSet(QLatin1String(name)))
        throw CliUsageError(QStringLiteral("--%1 is required.").arg(QLatin1String(name)));
    return run.value(QLatin1String(name));
}

int requiredInt(const CliRun& run, const char* name)
{
    required(run, name);
    return run.intValue(QLatin1String(name), 0);
}

QJsonObject planJson(const QuotaPlan& p, const QHash<QString, QString>& regions,
                     const QHash<QString, QString>& profiles)
{
    return QJsonObject{{QStringLiteral("year"), p.year},
                       {QStringLiteral("region_code"), p.regionCode},
                       {QStringLiteral("region"), regions.value(p.regionCode)},
                       {QStringLiteral("profile"), p.profileCode},
                       {QStringLiteral("profile_name"), profiles.value(p.profileCode)},
                       {QStringLiteral("allocated"), p.allocated},
                       {QStringLiteral("used"), p.used},
                       {QStringLiteral("remaining"), p.remaining()},
                       {QStringLiteral("population"), p.population},
                       {QStringLiteral("population_year"), p.populationYear},
                       {QStringLiteral("note"), p.note}};
}

// Prints plan lines as JSON (one object when single) or as an aligned table.
void printPlans(CliRun& run, const QList<QuotaPlan>& plans, bool single = false)
{
    Workspace& workspace = run.workspace();
    QHash<QString, QString> regions;
    for (const Region& r : workspace.referenceData().regions())
        regions.insert(r.code, r.name(run.language()));
    QHash<QString, QString> profiles;
    for (const HtmcProfile& p : workspace.quotas().profiles())
        profiles.insert(p.code, p.name(run.language()));
    if (run.json()) {
        QJsonArray array;
        for (const QuotaPlan& p : plans)
            array.append(planJson(p, regions, profiles));
        run.printJson(single && array.size() == 1 ? array.first() : QJsonValue(array));
        return;
    }
    QList<QStringList> rows;
    for (const QuotaPlan& p : plans)
        rows << QStringList{QString::number(p.year),       p.regionCode,
                            regions.value(p.regionCode),   p.profileCode,
                            QString::number(p.allocated),  QString::number(p.used),
                            QString::number(p.remaining())};
    run.printTable({CliText::tr("YEAR"), CliText::tr("CODE"), CliText::tr("REGION"), CliText::tr("PROFILE"),
                    CliText::tr("ALLOCATED"), CliText::tr("USED"), CliText::tr("REMAINING")},
                   rows);
}

QJsonObject profileJson(const HtmcProfile& p, Language language)
{
    return QJsonObject{{QStringLiteral("code"), p.code},      {QStringLiteral("name"), p.name(language)},
                       {QStringLiteral("name_kk"), p.nameKk}, {QStringLiteral("name_ru"), p.nameRu},
                       {QStringLiteral("name_en"), p.nameEn}, {QStringLiteral("active"), p.active}};
}

int runProfiles(CliRun& run)
{
    const QList<HtmcProfile> profiles = run.workspace().quotas().profiles();
    if (run.json()) {
        QJsonArray array;
        for (const HtmcProfile& p : profiles)
            array.append(profileJson(p, run.language()));
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const HtmcProfile& p : profiles)
        rows << QStringList{p.code, p.name(run.language()) + (p.active ? QString() : QStringLiteral(" (not in use)"))};
    run.printTable({CliText::tr("CODE"), CliText::tr("HTMC PROFILE")}, rows);
    return Cli::Success;
}

int runProfileSet(CliRun& run)
{
    QuotaService& quotas = run.workspace().quotas();
    HtmcProfile profile = quotas.findProfile(run.positional().at(0)).value_or(HtmcProfile{});
    profile.code = run.positional().at(0);
    if (run.isSet(QStringLiteral("name-kk")))
        profile.nameKk = run.value(QStringLiteral("name-kk"));
    if (run.isSet(QStringLiteral("name-ru")))
        profile.nameRu = run.value(QStringLiteral("name-ru"));
    if (run.isSet(QStringLiteral("name-en")))
        profile.nameEn = run.value(QStringLiteral("name-en"));
    if (run.isSet(QStringLiteral("inactive")))
        profile.active = false;
    if (run.isSet(QStringLiteral("active")))
        profile.active = true;
    const HtmcProfile saved = quotas.saveProfile(profile);
    if (run.json())
        run.printJson(profileJson(saved, run.language()));
    else
        run.out() << saved.code << ' ' << saved.name(run.language()) << '\n';
    return Cli::Success;
}

int runList(CliRun& run)
{
    const int year = run.intValue(QStringLiteral("year"), 0);
    QList<QuotaPlan> plans = run.workspace().quotas().plans(year);
    const QString region = run.value(QStringLiteral("region"));
    const QString profile = run.value(QStringLiteral("profile")).toUpper();
    plans.removeIf([&](const QuotaPlan& p) {
        return (!region.isEmpty() && p.regionCode != region) || (!profile.isEmpty() && p.profileCode != profile);
    });
    printPlans(run, plans);
    return Cli::Success;
}

int runSet(CliRun& run)
{
    const int year = requiredInt(run, "year");
    const QString region = required(run, "region");
    const QString profile = required(run, "profile");
    const int allocated = requiredInt(run, "allocated");
    const QuotaPlan plan =
        run.workspace().quotas().setAllocated(year, region, profile, allocated, run.value(QStringLiteral("note")));
    printPlans(run, {plan}, true);
    return Cli::Success;
}

int runAllocate(CliRun& run)
{
    const int year = requiredInt(run, "year");
    const QString profile = required(run, "profile");
    const int total = requiredInt(run, "total");
    printPlans(run, run.workspace().quotas().allocate(year, profile, total));
    return Cli::Success;
}

int runHistory(CliRun& run)
{
    const int year = requiredInt(run, "year");
    const QString region = required(run, "region");
    const QString profile = required(run, "profile");
    const QList<QuotaPlanChange> changes = run.workspace().quotas().history(year, region, profile);
    if (run.json()) {
        QJsonArray array;
        for (const QuotaPlanChange& c : changes)
            array.append(
                QJsonObject{{QStringLiteral("at"), Clock::stamp(c.changedAt)},
                            {QStringLiteral("actor"), c.actor},
                            {QStringLiteral("allocated_before"),
                             c.allocatedBefore >= 0 ? QJsonValue(c.allocatedBefore) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("allocated_after"), c.allocatedAfter},
                            {QStringLiteral("source"), c.source},
                            {QStringLiteral("detail"), c.detail}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const QuotaPlanChange& c : changes)
        rows << QStringList{Clock::stamp(c.changedAt), c.actor,
                            c.allocatedBefore >= 0 ? QString::number(c.allocatedBefore) : QStringLiteral("-"),
                            QString::number(c.allocatedAfter),
                            c.source == QLatin1String("allocation") ? CliText::tr("split by population")
                                                                    : CliText::tr("set")};
    run.printTable(
        {CliText::tr("AT"), CliText::tr("WHO"), CliText::tr("BEFORE"), CliText::tr("AFTER"), CliText::tr("HOW")}, rows);
    return Cli::Success;
}

int runSetPopulation(CliRun& run)
{
    bool ok = false;
    const QString text = run.positional().at(1).trimmed();
    const int population = text.toInt(&ok);
    if (!ok) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (digits.match(text).hasMatch())
            throw CliUsageError(QStringLiteral("POPULATION %1 is out of range: at most %2 people.")
                                    .arg(text)
                                    .arg(std::numeric_limits<int>::max()));
        throw CliUsageError(QStringLiteral("POPULATION is a whole number of people, not \"%1\".").arg(text));
    }
    const int year = run.intValue(QStringLiteral("year"), run.clock().today().year());
    const Region region = run.workspace().quotas().setPopulation(run.positional().at(0), population, year);
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("code"), region.code},
                                  {QStringLiteral("name"), region.name(run.language())},
                                  {QStringLiteral("population"), region.population},
                                  {QStringLiteral("population_year"), region.populationYear}});
        return Cli::Success;
    }
    run.out() << region.code << ' ' << region.name(run.language()) << ": " << region.population << " ("
              << region.populationYear << ")\n";
    return Cli::Success;
}

} // namespace

void addQuotaCommands(Cli& cli)
{
    const QCommandLineOption year = opt("year", "plan year, e.g. 2026", "Y");
    const QCommandLineOption region = opt("region", "region (KATO code, e.g. 71)", "RR");
    const QCommandLineOption profile = opt("profile", "HTMC profile code (see quotas profiles)", "CODE");
    cli.add({QStringLiteral("quotas profiles"),
             {},
             QStringLiteral("list the HTMC profiles quotas are planned for (JSON: code, name, ...)"),
             {CliOptions::json()},
             0,
             0,
             true,
             runProfiles});
    cli.add({QStringLiteral("quotas profiles set"),
             QStringLiteral("CODE"),
             QStringLiteral("add or edit an HTMC profile"),
             {opt("name-kk", "name in Kazakh", "TEXT"), opt("name-ru", "name in Russian", "TEXT"),
              opt("name-en", "name in English", "TEXT"), opt("inactive", "no longer in use"),
              opt("active", "in use again"), CliOptions::json()},
             1,
             1,
             true,
             runProfileSet});
    cli.add({QStringLiteral("quotas list"),
             {},
             QStringLiteral("list the HTMC quota plans (JSON: year, region_code, profile, allocated, used, "
                            "remaining, ...)"),
             {year, region, profile, CliOptions::json()},
             0,
             0,
             true,
             runList});
    cli.add({QStringLiteral("quotas set"),
             {},
             QStringLiteral("set the quotas of one region for a year and HTMC profile"),
             {year, region, profile, opt("allocated", "number of quotas (required)", "N"),
              opt("note", "why, e.g. the order of the health department", "TEXT"), CliOptions::json()},
             0,
             0,
             true,
             runSet});
    cli.add({QStringLiteral("quotas allocate"),
             {},
             QStringLiteral("split a national total among the regions by population (largest remainder)"),
             {year, profile, opt("total", "national total of quotas (required)", "N"), CliOptions::json()},
             0,
             0,
             true,
             runAllocate});
    cli.add({QStringLiteral("quotas history"),
             {},
             QStringLiteral("show every change of one region's plan"),
             {year, region, profile, CliOptions::json()},
             0,
             0,
             true,
             runHistory});
    cli.add({QStringLiteral("regions set-population"),
             QStringLiteral("RR POPULATION"),
             QStringLiteral("set a region's population estimate, used to split quotas"),
             {opt("year", "the year of the estimate (default: this year)", "Y"), CliOptions::json()},
             2,
             2,
             true,
             runSetPopulation});
}
