#include "AbroadCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "PrintCommands.h"
#include "documents/AbroadApplicationDocument.h"
#include "documents/AbroadApplicationPrintout.h"
#include "documents/PdfExport.h"
#include "documents/PrintSetup.h"
#include "domain/Clock.h"
#include "domain/DisplayFormat.h"
#include "services/AbroadService.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dateOption(const CliRun& run, const QString& name)
{
    if (!run.isSet(name))
        return {};
    const QDate date = QDate::fromString(run.value(name), Qt::ISODate);
    if (!date.isValid())
        throw CliUsageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, run.value(name)));
    return date;
}

qint64 applicationId(const CliRun& run)
{
    bool ok = false;
    const qint64 id = run.positional().at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        throw CliUsageError(QStringLiteral("ID is the number of the application (see abroad list), not \"%1\".")
                                .arg(run.positional().at(0)));
    return id;
}

QString entryName(AbroadService& abroad, EligibleList list, const QString& code, Language language)
{
    const std::optional<EligibleEntry> entry = abroad.findEntry(list, code);
    return entry ? entry->name(language) : code;
}

QJsonObject applicationJson(Workspace& workspace, const AbroadApplication& a, Language language, bool full)
{
    AbroadService& abroad = workspace.abroad();
    QJsonObject object{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("status"), AbroadStatuses::code(a.status)},
        {QStringLiteral("diagnosis"), a.diagnosisCode},
        {QStringLiteral("diagnosis_name"), a.diagnosisName},
        {QStringLiteral("disease"), a.diseaseCode},
        {QStringLiteral("disease_name"), entryName(abroad, EligibleList::Diseases, a.diseaseCode, language)},
        {QStringLiteral("category"), a.categoryCode},
        {QStringLiteral("category_name"), entryName(abroad, EligibleList::Categories, a.categoryCode, language)},
        {QStringLiteral("country"), a.country},
        {QStringLiteral("clinic"), a.clinic},
        {QStringLiteral("decision"), a.decision.isEmpty() ? QJsonValue() : QJsonValue(a.decision)},
        {QStringLiteral("decision_date"), dateOrNull(a.decisionDate)},
        {QStringLiteral("decision_protocol"), a.decisionProtocol},
        {QStringLiteral("decision_reason"), a.decisionReason},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("created"), Clock::stamp(a.createdAt)}};
    if (const std::optional<Patient> p = workspace.patients().find(a.patientId)) {
        object.insert(QStringLiteral("iin"), p->iin);
        object.insert(QStringLiteral("patient"), p->fullName());
    }
    if (!full)
        return object;
    QJsonArray documents;
    for (const AbroadDocument& d : abroad.documents(a.id))
        documents.append(QJsonObject{{QStringLiteral("title"), d.title},
                                     {QStringLiteral("received_on"), dateOrNull(d.receivedOn)},
                                     {QStringLiteral("note"), d.note}});
    object.insert(QStringLiteral("documents"), documents);
    QJsonArray history;
    for (const AbroadEvent& e : abroad.history(a.id))
        history.append(QJsonObject{
            {QStringLiteral("at"), Clock::stamp(e.happenedAt)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("from"), e.fromStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.fromStatus)},
            {QStringLiteral("to"), e.toStatus},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("detail"), e.detail}});
    object.insert(QStringLiteral("history"), history);
    return object;
}

void printApplication(CliRun& run, const AbroadApplication& a)
{
    Workspace& workspace = run.workspace();
    const QJsonObject object = applicationJson(workspace, a, run.language(), true);
    if (run.json()) {
        run.printJson(object);
        return;
    }
    QTextStream& out = run.out();
    const auto line = [&out](const QString& label, const QString& value) {
        out << QString(label + QLatin1Char(':')).leftJustified(12) << ' ' << value << '\n';
    };
    line(CliText::tr("Application"), QString::number(a.id));
    line(CliText::tr("Status"), AbroadStatuses::label(a.status));
    line(CliText::tr("Patient"), object.value(QStringLiteral("iin")).toString() + QLatin1Char(' ') +
                                     object.value(QStringLiteral("patient")).toString());
    line(CliText::tr("Diagnosis"),
         a.diagnosisCode + QLatin1Char(' ') +
             workspace.diagnoses().displayName(a.diagnosisCode, a.diagnosisName, run.language()));
    line(CliText::tr("Disease"),
         a.diseaseCode + QLatin1Char(' ') + object.value(QStringLiteral("disease_name")).toString());
    line(CliText::tr("Category"),
         a.categoryCode + QLatin1Char(' ') + object.value(QStringLiteral("category_name")).toString());
    line(CliText::tr("Country"), a.country);
    line(CliText::tr("Clinic"), a.clinic);
    if (a.isDecided())
        line(CliText::tr("Decision"),
             CliText::tr("%1 %2, protocol %3")
                     .arg(AbroadStatuses::labelForCode(a.decision), DisplayFormat::date(a.decisionDate),
                          a.decisionProtocol) +
                 (a.decisionReason.isEmpty() ? QString() : QStringLiteral(": ") + a.decisionReason));
    out << CliText::tr("Documents") << ":\n";
    for (const AbroadDocument& d : workspace.abroad().documents(a.id))
        out << "  " << d.title
            << (d.receivedOn.isValid() ? QStringLiteral(" (") + Clock::dateText(d.receivedOn) + QLatin1Char(')')
                                       : QString())
            << '\n';
    out << CliText::tr("History") << ":\n";
    for (const AbroadEvent& e : workspace.abroad().history(a.id))
        out << "  " << Clock::stamp(e.happenedAt) << "  "
            << (e.fromStatus.isEmpty() ? QStringLiteral("-") : AbroadStatuses::labelForCode(e.fromStatus)) << " -> "
            << AbroadStatuses::labelForCode(e.toStatus) << "  " << e.actor
            << (e.reason.isEmpty() ? QString() : QStringLiteral("  (") + e.reason + QLatin1Char(')')) << '\n';
    out.flush();
}

int runList(CliRun& run)
{
    std::optional<AbroadStatus> status;
    if (run.isSet(QStringLiteral("status"))) {
        AbroadStatus s;
        if (!AbroadStatuses::fromCode(run.value(QStringLiteral("status")), &s))
            throw CliUsageError(QStringLiteral("Unknown status \"%1\". Statuses: draft, submitted, approved, rejected, "
                                               "withdrawn, treated.")
                                    .arg(run.value(QStringLiteral("status"))));
        status = s;
    }
    Workspace& workspace = run.workspace();
    const QList<AbroadApplication> applications = workspace.abroad().applications(status);
    if (run.json()) {
        QJsonArray array;
        for (const AbroadApplication& a : applications)
            array.append(applicationJson(workspace, a, run.language(), false));
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const AbroadApplication& a : applications) {
        const QJsonObject o = applicationJson(workspace, a, run.language(), false);
        rows << QStringList{QString::number(a.id),
                            AbroadStatuses::label(a.status),
                            o.value(QStringLiteral("iin")).toString(),
                            o.value(QStringLiteral("patient")).toString(),
                            a.diagnosisCode,
                            a.diseaseCode,
                            a.country};
    }
    run.printTable({CliText::tr("ID"), CliText::tr("STATUS"), CliText::tr("IIN"), CliText::tr("PATIENT"),
                    CliText::tr("DIAGNOSIS"), CliText::tr("DISEASE"), CliText::tr("COUNTRY")},
                   rows);
    return Cli::Success;
}

int runSummary(CliRun& run)
{
    const QHash<QString, int> counts = run.workspace().abroad().countByStatus();
    if (run.json()) {
        QJsonObject object;
        for (AbroadStatus s : AbroadStatuses::all())
            object.insert(AbroadStatuses::code(s), counts.value(AbroadStatuses::code(s)));
        run.printJson(object);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (AbroadStatus s : AbroadStatuses::all())
        rows << QStringList{AbroadStatuses::label(s), QString::number(counts.value(AbroadStatuses::code(s)))};
    run.printTable({CliText::tr("STATUS"), CliText::tr("APPLICATIONS")}, rows);
    return Cli::Success;
}

int runShow(CliRun& run)
{
    const qint64 id = applicationId(run);
    const std::optional<AbroadApplication> a = run.workspace().abroad().openCard(id);
    if (!a) {
        run.err() << CliText::tr("There is no application for treatment abroad with the number %1. Check the number "
                                 "with abroad list.")
                         .arg(id)
                  << '\n';
        return Cli::Failure;
    }
    printApplication(run, *a);
    return Cli::Success;
}

int runAdd(CliRun& run)
{
    AbroadService::Application in;
    for (const char* name : {"iin", "diagnosis", "disease", "category"}) {
        if (!run.isSet(QLatin1String(name)))
            throw CliUsageError(QStringLiteral("--%1 is required.").arg(QLatin1String(name)));
    }
    in.iin = run.value(QStringLiteral("iin"));
    in.diagnosisCode = run.value(QStringLiteral("diagnosis"));
    in.diagnosisName = run.value(QStringLiteral("diagnosis-name"));
    in.diseaseCode = run.value(QStringLiteral("disease"));
    in.categoryCode = run.value(QStringLiteral("category"));
    in.country = run.value(QStringLiteral("country"));
    in.clinic = run.value(QStringLiteral("clinic"));
    in.notes = run.value(QStringLiteral("notes"));
    in.submit = run.isSet(QStringLiteral("submit"));
    for (const QString& title : run.values(QStringLiteral("document")))
        in.documents << AbroadDocument{0, title, run.clock().today(), {}};
    const AbroadApplication a = run.workspace().abroad().add(in);
    if (run.json())
        run.printJson(applicationJson(run.workspace(), a, run.language(), true));
    else
        run.out() << a.id << '\n';
    return Cli::Success;
}

int runDocument(CliRun& run)
{
    AbroadDocument document;
    document.title = run.positional().at(1);
    document.receivedOn =
        run.isSet(QStringLiteral("received")) ? dateOption(run, QStringLiteral("received")) : run.clock().today();
    document.note = run.value(QStringLiteral("note"));
    const qint64 id = applicationId(run);
    run.workspace().abroad().addDocument(id, document);
    printApplication(run, *run.workspace().abroad().find(id));
    return Cli::Success;
}

int runTransition(CliRun& run)
{
    AbroadStatus to;
    if (!AbroadStatuses::fromCode(run.positional().at(1), &to))
        throw CliUsageError(QStringLiteral("Unknown status \"%1\". Statuses: submitted, withdrawn, treated (the "
                                           "commission's decision is recorded with abroad decide).")
                                .arg(run.positional().at(1)));
    const AbroadApplication a =
        run.workspace().abroad().transition(applicationId(run), to, run.value(QStringLiteral("reason")));
    if (run.json())
        printApplication(run, a);
    else
        run.out() << a.id << ": " << AbroadStatuses::label(a.status) << '\n';
    return Cli::Success;
}

int runDecide(CliRun& run)
{
    AbroadService::Decision d;
    if (!run.isSet(QStringLiteral("decision")))
        throw CliUsageError(QStringLiteral("--decision approved or --decision rejected is required."));
    d.decision = run.value(QStringLiteral("decision"));
    if (d.decision != QLatin1String("approved") && d.decision != QLatin1String("rejected"))
        throw CliUsageError(QStringLiteral("--decision is approved or rejected, not \"%1\".").arg(d.decision));
    d.date = run.isSet(QStringLiteral("date")) ? dateOption(run, QStringLiteral("date")) : run.clock().today();
    d.protocol = run.value(QStringLiteral("protocol"));
    d.reason = run.value(QStringLiteral("reason"));
    d.country = run.value(QStringLiteral("country"));
    d.clinic = run.value(QStringLiteral("clinic"));
    const AbroadApplication a = run.workspace().abroad().decide(applicationId(run), d);
    if (run.json())
        printApplication(run, a);
    else
        run.out() << a.id << ": " << AbroadStatuses::label(a.status) << '\n';
    return Cli::Success;
}

// Builds first and writes after, so an unknown id never leaves a file behind; PdfExport writes the file
// only once it is complete.
int runPrint(CliRun& run)
{
    if (!run.isSet(QStringLiteral("output")) || run.value(QStringLiteral("output")).trimmed().isEmpty())
        throw CliUsageError(QStringLiteral("-o FILE.pdf is required: the file to write."));
    const QString path = run.value(QStringLiteral("output"));
    const qint64 id = applicationId(run);
    const std::unique_ptr<AbroadApplicationDocument> document =
        AbroadApplicationPrintout::build(run.workspace(), id, run.language());
    const int pages = PdfExport::write(*document, printoutSetup(run).pageLayout(), path);
    run.err() << CliText::tr("Application %1 written to %2 (%n page(s))", nullptr, pages).arg(id).arg(path) << '\n';
    return Cli::Success;
}

QJsonObject entryJson(const EligibleEntry& e, Language language, EligibleList list)
{
    QJsonObject object{{QStringLiteral("code"), e.code},      {QStringLiteral("name"), e.name(language)},
                       {QStringLiteral("name_kk"), e.nameKk}, {QStringLiteral("name_ru"), e.nameRu},
                       {QStringLiteral("name_en"), e.nameEn}, {QStringLiteral("active"), e.active},
                       {QStringLiteral("starter"), e.starter}};
    if (list == EligibleList::Diseases) {
        object.insert(QStringLiteral("icd10"), e.icd10);
    } else {
        object.insert(QStringLiteral("min_age"), e.minAge ? QJsonValue(*e.minAge) : QJsonValue());
        object.insert(QStringLiteral("max_age"), e.maxAge ? QJsonValue(*e.maxAge) : QJsonValue());
    }
    return object;
}

int runEntries(CliRun& run, EligibleList list)
{
    const QList<EligibleEntry> entries = run.workspace().abroad().list(list);
    if (run.json()) {
        QJsonArray array;
        for (const EligibleEntry& e : entries)
            array.append(entryJson(e, run.language(), list));
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    bool starter = false;
    for (const EligibleEntry& e : entries) {
        starter = starter || e.starter;
        QString flags;
        if (e.starter)
            flags += CliText::tr("starter, unchecked");
        if (!e.active)
            flags += (flags.isEmpty() ? QString() : QStringLiteral(", ")) + CliText::tr("not in use");
        if (e.minAge || e.maxAge)
            flags += (flags.isEmpty() ? QString() : QStringLiteral(", ")) +
                     CliText::tr("ages %1–%2")
                         .arg(e.minAge ? QString::number(*e.minAge) : QStringLiteral("0"),
                              e.maxAge ? QString::number(*e.maxAge) : QStringLiteral("…"));
        rows << QStringList{e.code, flags.isEmpty() ? QStringLiteral("-") : flags, e.name(run.language())};
    }
    run.printTable({CliText::tr("CODE"), CliText::tr("STATE"), CliText::tr("NAME")}, rows);
    if (starter)
        run.out() << '\n'
                  << CliText::tr("Entries marked \"starter\" come from the starter list shipped with Joldama, not the "
                                 "official list: check each against the Ministry of Health's current order and save "
                                 "it (abroad diseases set / abroad categories set).")
                  << '\n';
    return Cli::Success;
}

int runEntrySet(CliRun& run, EligibleList list)
{
    AbroadService& abroad = run.workspace().abroad();
    EligibleEntry entry = abroad.findEntry(list, run.positional().at(0)).value_or(EligibleEntry{});
    entry.code = run.positional().at(0);
    if (run.isSet(QStringLiteral("name-kk")))
        entry.nameKk = run.value(QStringLiteral("name-kk"));
    if (run.isSet(QStringLiteral("name-ru")))
        entry.nameRu = run.value(QStringLiteral("name-ru"));
    if (run.isSet(QStringLiteral("name-en")))
        entry.nameEn = run.value(QStringLiteral("name-en"));
    if (list == EligibleList::Diseases && run.isSet(QStringLiteral("icd10")))
        entry.icd10 = run.value(QStringLiteral("icd10"));
    if (list == EligibleList::Categories) {
        if (run.isSet(QStringLiteral("no-age-limits"))) {
            entry.minAge.reset();
            entry.maxAge.reset();
        }
        if (run.isSet(QStringLiteral("min-age")))
            entry.minAge = run.intValue(QStringLiteral("min-age"), 0);
        if (run.isSet(QStringLiteral("max-age")))
            entry.maxAge = run.intValue(QStringLiteral("max-age"), 0);
    }
    if (run.isSet(QStringLiteral("inactive")))
        entry.active = false;
    if (run.isSet(QStringLiteral("active")))
        entry.active = true;
    const EligibleEntry saved = abroad.saveEntry(list, entry);
    if (run.json())
        run.printJson(entryJson(saved, run.language(), list));
    else
        run.out() << saved.code << ' ' << saved.name(run.language()) << '\n';
    return Cli::Success;
}

QList<QCommandLineOption> entryOptions(bool diseases)
{
    QList<QCommandLineOption> options{opt("name-kk", "name in Kazakh", "TEXT"),
                                      opt("name-ru", "name in Russian", "TEXT"),
                                      opt("name-en", "name in English", "TEXT")};
    if (diseases)
        options << opt("icd10", "the ICD-10 codes it covers, e.g. \"Q20-Q26\"", "CODES");
    else
        options << opt("min-age", "the youngest age it covers, in full years", "N")
                << opt("max-age", "the oldest age it covers, in full years (children: 17)", "N")
                << opt("no-age-limits", "it covers every age");
    options << opt("inactive", "take it off the list (kept for old applications)") << opt("active", "put it back")
            << CliOptions::json();
    return options;
}

} // namespace

void addAbroadCommands(Cli& cli)
{
    cli.add({QStringLiteral("abroad list"),
             {},
             QStringLiteral("list applications for treatment abroad (JSON: id, status, iin, patient, disease, ...)"),
             {opt("status", "only this status: draft, submitted, approved, rejected, withdrawn, treated", "STATUS"),
              CliOptions::json()},
             0,
             0,
             true,
             runList});
    cli.add({QStringLiteral("abroad summary"),
             {},
             QStringLiteral("count applications for treatment abroad by status"),
             {CliOptions::json()},
             0,
             0,
             true,
             runSummary});
    cli.add({QStringLiteral("abroad show"),
             QStringLiteral("ID"),
             QStringLiteral("show an application with its documents and history"),
             {CliOptions::json()},
             1,
             1,
             true,
             runShow});
    cli.add(
        {QStringLiteral("abroad add"),
         {},
         QStringLiteral("register an application for treatment abroad and print its number (JSON key id)"),
         {opt("iin", "the patient's IIN (required; the patient must be registered)", "IIN"),
          opt("diagnosis", "ICD-10 code (required)", "ICD10"),
          opt("diagnosis-name", "the diagnosis in words; required for a code not yet in the dictionary", "TEXT"),
          opt("disease", "code from the list of eligible diseases (required; see abroad diseases list)", "CODE"),
          opt("category", "code from the list of eligible categories (required; see abroad categories list)", "CODE"),
          opt("country", "country of treatment", "TEXT"), opt("clinic", "clinic abroad", "TEXT"),
          opt("document", "a document handed in today (repeat for each)", "TITLE"), opt("notes", "notes", "TEXT"),
          opt("submit", "submit to the commission at once (needs at least one document)"), CliOptions::json()},
         0,
         0,
         true,
         runAdd});
    cli.add({QStringLiteral("abroad document"),
             QStringLiteral("ID TITLE"),
             QStringLiteral("record a document the patient handed in"),
             {opt("received", "date received, YYYY-MM-DD (default today)", "DATE"), opt("note", "note", "TEXT"),
              CliOptions::json()},
             2,
             2,
             true,
             runDocument});
    cli.add({QStringLiteral("abroad transition"),
             QStringLiteral("ID STATUS"),
             QStringLiteral("move an application on: submitted, withdrawn (with --reason) or treated"),
             {opt("reason", "why (required to withdraw)", "TEXT"), CliOptions::json()},
             2,
             2,
             true,
             runTransition});
    cli.add({QStringLiteral("abroad decide"),
             QStringLiteral("ID"),
             QStringLiteral("record the commission's decision on a submitted application"),
             {opt("decision", "approved or rejected (required)", "DECISION"),
              opt("date", "date of the decision, YYYY-MM-DD (default today)", "DATE"),
              opt("protocol", "number of the commission's protocol (required)", "NUMBER"),
              opt("reason", "the commission's reason (required when rejected)", "TEXT"),
              opt("country", "approved: country of treatment", "TEXT"), opt("clinic", "approved: clinic", "TEXT"),
              CliOptions::json()},
             1,
             1,
             true,
             runDecide});
    cli.add({QStringLiteral("abroad print"), QStringLiteral("ID"),
             QStringLiteral("write the application summary and decision as PDF (in the --lang language)"),
             printoutOptions(), 1, 1, true, runPrint});
    cli.add({QStringLiteral("abroad diseases list"),
             {},
             QStringLiteral("list the eligible diseases (JSON: code, name, icd10, active, starter)"),
             {CliOptions::json()},
             0,
             0,
             true,
             [](CliRun& run) { return runEntries(run, EligibleList::Diseases); }});
    cli.add({QStringLiteral("abroad diseases set"), QStringLiteral("CODE"),
             QStringLiteral("add or edit an eligible disease (marks it as checked)"), entryOptions(true), 1, 1, true,
             [](CliRun& run) { return runEntrySet(run, EligibleList::Diseases); }});
    cli.add({QStringLiteral("abroad categories list"),
             {},
             QStringLiteral("list the eligible categories of citizens (JSON: code, name, active, starter)"),
             {CliOptions::json()},
             0,
             0,
             true,
             [](CliRun& run) { return runEntries(run, EligibleList::Categories); }});
    cli.add({QStringLiteral("abroad categories set"), QStringLiteral("CODE"),
             QStringLiteral("add or edit an eligible category of citizens (marks it as checked)"), entryOptions(false),
             1, 1, true, [](CliRun& run) { return runEntrySet(run, EligibleList::Categories); }});
}
