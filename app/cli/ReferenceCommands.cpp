#include "ReferenceCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "domain/AppInfo.h"
#include "domain/DisplayFormat.h"
#include "services/ReferenceDataService.h"
#include "services/RegionalContactService.h"
#include "services/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QCommandLineOption jsonOption()
{
    return CliOptions::json();
}

int runInit(CliRun& run)
{
    Workspace& workspace = run.workspace();
    run.out() << CliText::tr("Database ready: %1 (schema version %2)")
                     .arg(run.location().describe())
                     .arg(workspace.schemaVersion())
              << '\n';
    return Cli::Success;
}

int runVersion(CliRun& run)
{
    const int schema = Workspace::builtInSchemaVersion();
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("version"), AppInfo::version()}, {QStringLiteral("schema"), schema}});
        return Cli::Success;
    }
    run.out() << "joldama-cli " << CliText::tr("%1 (database schema %2)").arg(AppInfo::version()).arg(schema) << '\n';
    return Cli::Success;
}

int runRegionsList(CliRun& run)
{
    const QList<Region> regions = run.workspace().referenceData().regions();
    if (run.json()) {
        QJsonArray array;
        for (const Region& r : regions) {
            array.append(QJsonObject{{QStringLiteral("code"), r.code},
                                     {QStringLiteral("name"), r.name(run.language())},
                                     {QStringLiteral("name_kk"), r.nameKk},
                                     {QStringLiteral("name_ru"), r.nameRu},
                                     {QStringLiteral("name_en"), r.nameEn},
                                     {QStringLiteral("population"), r.population},
                                     {QStringLiteral("population_year"), r.populationYear}});
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const Region& r : regions)
        rows << QStringList{r.code, r.name(run.language())};
    run.printTable({CliText::tr("CODE"), CliText::tr("REGION")}, rows);
    return Cli::Success;
}

int runContactsList(CliRun& run)
{
    Workspace& workspace = run.workspace();
    QHash<QString, QString> regionNames;
    for (const Region& r : workspace.referenceData().regions())
        regionNames.insert(r.code, r.name(run.language()));
    const QList<RegionalContact> contacts = workspace.contacts().contacts();
    if (run.json()) {
        QJsonArray array;
        for (const RegionalContact& c : contacts) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("region_code"), c.regionCode},
                                     {QStringLiteral("region"), regionNames.value(c.regionCode)},
                                     {QStringLiteral("area_code"), c.areaCode},
                                     {QStringLiteral("phone"), c.phone},
                                     {QStringLiteral("phone_missing"), !c.hasPhone()},
                                     {QStringLiteral("dial"), c.dialString()},
                                     {QStringLiteral("note"), c.note},
                                     {QStringLiteral("updated"), c.updatedOn.toString(Qt::ISODate)}});
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const RegionalContact& c : contacts) {
        rows << QStringList{c.regionCode, regionNames.value(c.regionCode), c.areaCode,
                            c.hasPhone() ? c.phone : CliText::tr("(missing)"), DisplayFormat::date(c.updatedOn)};
    }
    run.printTable(
        {CliText::tr("CODE"), CliText::tr("REGION"), CliText::tr("AREA"), CliText::tr("PHONE"), CliText::tr("UPDATED")},
        rows);
    return Cli::Success;
}

// Retired entries are listed too, marked: exports and scripts must still resolve the codes old records carry.
int runDocumentsList(CliRun& run)
{
    const QList<DocumentType> types = run.workspace().referenceData().documentTypes();
    if (run.json()) {
        QJsonArray array;
        for (const DocumentType& t : types) {
            array.append(QJsonObject{{QStringLiteral("code"), t.code},
                                     {QStringLiteral("name"), t.name(run.language())},
                                     {QStringLiteral("name_kk"), t.nameKk},
                                     {QStringLiteral("name_ru"), t.nameRu},
                                     {QStringLiteral("name_en"), t.nameEn},
                                     {QStringLiteral("validity_days"), t.validityDays},
                                     {QStringLiteral("required"), t.required},
                                     {QStringLiteral("active"), t.active}});
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const DocumentType& t : types) {
        rows << QStringList{t.code, t.name(run.language()),
                            t.expires() ? QString::number(t.validityDays) : QStringLiteral("-"),
                            t.required ? CliText::tr("yes") : CliText::tr("no"),
                            t.active ? CliText::tr("in use") : CliText::tr("retired")};
    }
    run.printTable({CliText::tr("CODE"), CliText::tr("DOCUMENT"), CliText::tr("VALID DAYS"), CliText::tr("REQUIRED"),
                    CliText::tr("STATUS")},
                   rows);
    return Cli::Success;
}

int runRefusalReasonsList(CliRun& run)
{
    const QList<RefusalReason> reasons = run.workspace().referenceData().refusalReasons();
    if (run.json()) {
        QJsonArray array;
        for (const RefusalReason& r : reasons) {
            array.append(QJsonObject{{QStringLiteral("code"), r.code},
                                     {QStringLiteral("name"), r.name(run.language())},
                                     {QStringLiteral("name_kk"), r.nameKk},
                                     {QStringLiteral("name_ru"), r.nameRu},
                                     {QStringLiteral("name_en"), r.nameEn},
                                     {QStringLiteral("active"), r.active}});
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const RefusalReason& r : reasons)
        rows << QStringList{r.code, r.name(run.language()), r.active ? CliText::tr("in use") : CliText::tr("retired")};
    run.printTable({CliText::tr("CODE"), CliText::tr("REASON"), CliText::tr("STATUS")}, rows);
    return Cli::Success;
}

} // namespace

void addReferenceCommands(Cli& cli)
{
    cli.add({QStringLiteral("init"),
             {},
             QStringLiteral("create the database, or upgrade it to this version"),
             {},
             0,
             0,
             true,
             runInit});
    cli.add({QStringLiteral("version"),
             {},
             QStringLiteral("print the program and database schema versions"),
             {jsonOption()},
             0,
             0,
             false,
             runVersion});
    cli.add({QStringLiteral("regions list"),
             {},
             QStringLiteral("list the 17 regions and 3 cities with KATO codes"),
             {jsonOption()},
             0,
             0,
             true,
             runRegionsList});
    cli.add({QStringLiteral("contacts list"),
             {},
             QStringLiteral("list the regional bureaus' telephones"),
             {jsonOption()},
             0,
             0,
             true,
             runContactsList});
    cli.add({QStringLiteral("documents list"),
             {},
             QStringLiteral("list the document checklist with each document's validity in days"),
             {jsonOption()},
             0,
             0,
             true,
             runDocumentsList});
    cli.add({QStringLiteral("refusal-reasons list"),
             {},
             QStringLiteral("list the reasons a hospital may give for a refusal"),
             {jsonOption()},
             0,
             0,
             true,
             runRefusalReasonsList});
}
