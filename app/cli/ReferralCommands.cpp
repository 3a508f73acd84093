#include "ReferralCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliText.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "io/RecordJson.h"
#include "services/DiagnosisService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
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

int runHospitalsList(CliRun& run)
{
    Workspace& workspace = run.workspace();
    const QString region = run.value(QStringLiteral("region"));
    const QString profile = run.value(QStringLiteral("profile")).toUpper();
    const QList<Hospital> hospitals = profile.isEmpty() ? workspace.referenceData().hospitals()
                                                        : workspace.referenceData().hospitalsOffering(region, profile);
    const HospitalService& hospitalService = workspace.hospitals();
    QJsonArray array;
    QList<QStringList> rows;
    for (const Hospital& h : hospitals) {
        if (!region.isEmpty() && h.regionCode != region)
            continue;
        if (run.json()) {
            array.append(
                QJsonObject{{QStringLiteral("code"), h.code},
                            {QStringLiteral("name"), h.name},
                            {QStringLiteral("region_code"), h.regionCode},
                            {QStringLiteral("address"), h.address},
                            {QStringLiteral("phone"), h.phone},
                            {QStringLiteral("kind"), h.kind},
                            {QStringLiteral("active"), h.active},
                            {QStringLiteral("demo"), h.demo},
                            {QStringLiteral("profiles"), QJsonArray::fromStringList(hospitalService.profiles(h.id))}});
        } else {
            rows << QStringList{h.code, h.regionCode, h.name};
        }
    }
    if (run.json())
        run.printJson(array);
    else
        run.printTable({CliText::tr("CODE"), CliText::tr("REGION"), CliText::tr("NAME")}, rows);
    return Cli::Success;
}

int runProfilesList(CliRun& run)
{
    const QList<BedProfile> profiles = run.workspace().referenceData().profiles();
    if (run.json()) {
        QJsonArray array;
        for (const BedProfile& p : profiles) {
            array.append(QJsonObject{{QStringLiteral("code"), p.code},
                                     {QStringLiteral("name"), p.name(run.language())},
                                     {QStringLiteral("name_kk"), p.nameKk},
                                     {QStringLiteral("name_ru"), p.nameRu},
                                     {QStringLiteral("name_en"), p.nameEn},
                                     {QStringLiteral("age_group"), BedProfile::ageGroupCode(p.ageGroup)},
                                     {QStringLiteral("care_form"), BedProfile::careFormCode(p.careForm)},
                                     {QStringLiteral("active"), p.active}});
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const BedProfile& p : profiles)
        rows << QStringList{p.code, p.name(run.language())};
    run.printTable({CliText::tr("CODE"), CliText::tr("PROFILE")}, rows);
    return Cli::Success;
}

QJsonObject fullReferral(Workspace& workspace, const Referral& r)
{
    QJsonObject object = RecordJson::referral(r);
    if (const std::optional<Patient> p = workspace.patients().find(r.patientId)) {
        object.insert(QStringLiteral("iin"), p->iin);
        object.insert(QStringLiteral("patient"), p->fullName());
    }
    QJsonArray history;
    for (const ReferralEvent& e : workspace.referrals().history(r.id))
        history.append(RecordJson::event(e));
    object.insert(QStringLiteral("history"), history);
    QJsonArray documents;
    for (const DocumentCheck::Line& line : workspace.referrals().documents(r))
        documents.append(RecordJson::document(line));
    object.insert(QStringLiteral("documents"), documents);
    return object;
}

void printReferral(CliRun& run, Workspace& workspace, const Referral& r)
{
    if (run.json()) {
        run.printJson(fullReferral(workspace, r));
        return;
    }
    QTextStream& out = run.out();
    const std::optional<Patient> p = workspace.patients().find(r.patientId);
    // Labels in the language asked for, values as Joldama names them there (statuses, funding, profiles).
    const auto line = [&out](const QString& label, const QString& value) {
        out << QString(label + QLatin1Char(':')).leftJustified(12) << ' ' << value << '\n';
    };
    line(CliText::tr("Code"), r.code);
    line(CliText::tr("Status"), ReferralStatuses::label(r.status));
    line(CliText::tr("Patient"), p ? p->iin + QLatin1Char(' ') + p->fullName() : QString());
    line(CliText::tr("Hospital"), r.hospitalCode + QLatin1Char(' ') + r.hospitalName);
    line(CliText::tr("Profile"), r.profileCode);
    line(CliText::tr("Diagnosis"),
         r.diagnosisCode + QLatin1Char(' ') +
             workspace.diagnoses().displayName(r.diagnosisCode, r.diagnosisName, run.language()));
    line(CliText::tr("Funding"), CareTerms::fundingLabel(r.funding));
    if (!r.quotaProfile.isEmpty())
        line(CliText::tr("Quota"),
             CliText::tr("%1 %2, region %3").arg(r.quotaProfile).arg(r.quotaYear).arg(r.quotaRegion));
    line(CliText::tr("Registered"), DisplayFormat::dateTime(r.registeredAt));
    if (r.scheduledDate.isValid())
        line(CliText::tr("Confirmed"), DisplayFormat::date(r.scheduledDate));
    if (r.preliminaryDate.isValid())
        line(CliText::tr("Preliminary"), DisplayFormat::date(r.preliminaryDate));
    out << CliText::tr("History") << ":\n";
    for (const ReferralEvent& e : workspace.referrals().history(r.id)) {
        out << "  " << DisplayFormat::dateTime(e.happenedAt) << "  "
            << (e.fromStatus.isEmpty() ? QStringLiteral("-") : ReferralStatuses::labelForCode(e.fromStatus)) << " -> "
            << ReferralStatuses::labelForCode(e.toStatus) << "  " << e.actor;
        if (!e.reason.isEmpty() || !e.reasonCode.isEmpty())
            out << "  (" << (e.reasonCode.isEmpty() ? QString() : e.reasonCode + QStringLiteral(": ")) << e.reason
                << ')';
        out << '\n';
        // What else the event records: an admission despite missing documents and why, a transfer's new code, a
        // second place in the same profile and why, a diagnosis not in the dictionary.
        const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        if (detail.contains(QStringLiteral("documents_override")))
            out << "      "
                << CliText::tr("admitted without: %1; why: %2")
                       .arg(detail.value(QStringLiteral("documents_missing")).toString(),
                            detail.value(QStringLiteral("documents_override")).toString())
                << '\n';
        if (detail.contains(QStringLiteral("transferred_to")))
            out << "      "
                << CliText::tr("transferred to %1").arg(detail.value(QStringLiteral("transferred_to")).toString())
                << '\n';
        if (detail.contains(QStringLiteral("second_referral_reason")))
            out << "      "
                << CliText::tr("a second place in this profile (besides %1); why: %2")
                       .arg(detail.value(QStringLiteral("other_live_referrals"))
                                .toVariant()
                                .toStringList()
                                .join(QStringLiteral(", ")),
                            detail.value(QStringLiteral("second_referral_reason")).toString())
                << '\n';
        if (detail.value(QStringLiteral("diagnosis_not_in_dictionary")).toBool())
            out << "      " << CliText::tr("the diagnosis was not yet in the ICD-10 dictionary") << '\n';
    }
    out << CliText::tr("Documents") << ":\n";
    // The code, which referrals document takes, in English; the document's name in Kazakh and Russian.
    for (const DocumentCheck::Line& document : workspace.referrals().documents(r))
        out << "  "
            << (run.language() == Language::English ? document.type.code : document.type.name(run.language()))
                   .leftJustified(16)
            << ' ' << DocumentCheck::stateLabel(document.state) << '\n';
    out.flush();
}

int runReferralsAdd(CliRun& run)
{
    ReferralService::Registration in;
    in.iin = run.value(QStringLiteral("iin"));
    in.hospitalCode = run.value(QStringLiteral("hospital"));
    in.profileCode = run.value(QStringLiteral("profile"));
    in.diagnosisCode = run.value(QStringLiteral("diagnosis"));
    in.diagnosisName = run.value(QStringLiteral("diagnosis-name"));
    in.secondReferralReason = run.value(QStringLiteral("second-referral-reason"));
    in.unusualDateConfirmed = run.isSet(QStringLiteral("yes"));
    in.referringRegion = run.value(QStringLiteral("referring-region"));
    in.referringOrg = run.value(QStringLiteral("referring-org"));
    in.referringDoctor = run.value(QStringLiteral("doctor"));
    if (run.isSet(QStringLiteral("purpose")))
        in.purpose = run.value(QStringLiteral("purpose"));
    if (run.isSet(QStringLiteral("funding")))
        in.funding = run.value(QStringLiteral("funding"));
    in.quotaProfile = run.value(QStringLiteral("quota-profile"));
    if (run.isSet(QStringLiteral("form")))
        in.careForm = run.value(QStringLiteral("form"));
    if (run.isSet(QStringLiteral("territory")))
        in.territory = run.value(QStringLiteral("territory"));
    in.priority = run.intValue(QStringLiteral("priority"), 0);
    in.notes = run.value(QStringLiteral("notes"));
    if (run.isSet(QStringLiteral("emergency"))) {
        in.emergency = true;
        in.emergencySource = run.value(QStringLiteral("emergency"));
        in.admittedOn = dateOption(run, QStringLiteral("date"));
    }
    for (const char* required : {"iin", "hospital", "profile", "diagnosis"}) {
        if (!run.isSet(QLatin1String(required)))
            throw CliUsageError(QStringLiteral("--%1 is required.").arg(QLatin1String(required)));
    }
    Workspace& workspace = run.workspace();
    Referral r;
    try {
        r = workspace.referrals().registerReferral(in);
    } catch (const OperationError& e) {
        if (e.field() != QLatin1String("second_referral"))
            throw;
        run.err() << e.message() << '\n'
                  << CliText::tr("To move the patient: joldama-cli referrals transition CODE transferred --hospital "
                                 "CODE. To register a second referral anyway: --second-referral-reason TEXT.")
                  << '\n';
        return Cli::Failure;
    }
    if (run.json())
        run.printJson(fullReferral(workspace, r));
    else
        run.out() << r.code << '\n';
    return Cli::Success;
}

int runReferralsShow(CliRun& run)
{
    Workspace& workspace = run.workspace();
    const std::optional<Referral> r = workspace.referrals().openCard(run.positional().at(0));
    if (!r) {
        run.err()
            << CliText::tr("No referral has the code %1. Check the code on the ticket.").arg(run.positional().at(0))
            << '\n';
        return Cli::Failure;
    }
    printReferral(run, workspace, *r);
    return Cli::Success;
}

int runReferralsTransition(CliRun& run)
{
    ReferralStatus to;
    const QString statusText = run.positional().at(1);
    if (!ReferralStatuses::fromCode(statusText, &to))
        throw CliUsageError(
            QStringLiteral("Unknown status \"%1\". Statuses: scheduled, hospitalized, discharged, refused, "
                           "cancelled, no_show, transferred.")
                .arg(statusText));
    ReferralService::Transition details;
    details.reason = run.value(QStringLiteral("reason"));
    details.reasonCode = run.value(QStringLiteral("reason-code"));
    // A refusal needs a reason from the list; "other" with the text is the natural default from a script.
    if (to == ReferralStatus::Refused && details.reasonCode.isEmpty() && !details.reason.isEmpty())
        details.reasonCode = QStringLiteral("other");
    details.date = dateOption(run, QStringLiteral("date"));
    details.documentsOverride = run.value(QStringLiteral("override-documents"));
    details.newHospitalCode = run.value(QStringLiteral("hospital"));
    Workspace& workspace = run.workspace();
    const Referral r = workspace.referrals().transition(run.positional().at(0), to, details);
    if (run.json()) {
        run.printJson(fullReferral(workspace, r));
        return Cli::Success;
    }
    run.out() << r.code << ": " << ReferralStatuses::label(r.status) << '\n';
    if (to == ReferralStatus::Transferred) {
        const QList<ReferralEvent> history = workspace.referrals().history(r.id);
        run.out() << history.last().detail << '\n';
    }
    return Cli::Success;
}

int runReferralsDocument(CliRun& run)
{
    DocumentRecord record;
    record.code = run.positional().at(1);
    record.present = !run.isSet(QStringLiteral("missing"));
    record.issuedOn = dateOption(run, QStringLiteral("issued"));
    record.note = run.value(QStringLiteral("note"));
    Workspace& workspace = run.workspace();
    workspace.referrals().recordDocument(run.positional().at(0), record);
    printReferral(run, workspace, *workspace.referrals().find(run.positional().at(0)));
    return Cli::Success;
}

int runImportIcd(CliRun& run)
{
    QFile file(run.positional().at(0));
    if (!file.open(QIODevice::ReadOnly)) {
        run.err() << CliText::tr("Cannot read %1: %2. Check the path.").arg(file.fileName(), file.errorString())
                  << '\n';
        return Cli::Failure;
    }
    const ImportReport report = run.workspace().diagnoses().importCsv(&file, run.isSet(QStringLiteral("skip-bad")));
    for (const ImportReport::BadRow& bad : report.badRows)
        run.err() << CliText::tr("line %1: %2").arg(bad.line).arg(bad.reason) << '\n';
    (report.committed ? run.out() : run.err()) << report.summary() << '\n';
    return report.committed ? Cli::Success : Cli::Failure;
}

} // namespace

void addReferralCommands(Cli& cli)
{
    cli.add({QStringLiteral("hospitals list"),
             {},
             QStringLiteral("list hospitals (JSON: code, name, region_code, ...)"),
             {CliOptions::json(), opt("region", "only this region (KATO code)", "RR"),
              opt("profile", "only hospitals admitting to this bed profile", "CODE")},
             0,
             0,
             true,
             runHospitalsList});
    cli.add({QStringLiteral("profiles list"),
             {},
             QStringLiteral("list bed profiles (JSON: code, name, ...)"),
             {CliOptions::json()},
             0,
             0,
             true,
             runProfilesList});
    cli.add(
        {QStringLiteral("referrals add"),
         {},
         QStringLiteral("register a referral and print its code (JSON key code)"),
         {opt("iin", "the patient's IIN (required; the patient must be registered)", "IIN"),
          opt("hospital", "receiving hospital code (required)", "CODE"),
          opt("profile", "bed profile code (required)", "CODE"),
          opt("diagnosis", "ICD-10 code (required)", "ICD10"),
          opt("diagnosis-name",
              "the diagnosis in words; required for a code not yet in the dictionary, which then learns it", "TEXT"),
          opt("second-referral-reason",
              "why the patient needs a second place in a queue of the same bed profile (refused without it)", "TEXT"),
          opt("referring-region", "KATO region of the referring organization (default: the patient's)", "RR"),
          opt("referring-org", "referring organization", "TEXT"),
          opt("doctor", "referring doctor", "NAME"),
          opt("purpose", "surgical, conservative (default), diagnostics or rehabilitation", "PURPOSE"),
          opt("funding", "gobmp (default), osms, htmc or paid", "FUNDING"),
          opt("quota-profile", "with --funding htmc: the HTMC profile whose quota of the patient's region it takes",
              "CODE"),
          opt("form", "round_the_clock or day (default: from the profile)", "FORM"),
          opt("territory", "city (default) or village", "TERRITORY"),
          opt("priority", "0 (usual, default) to 9 (most urgent)", "N"),
          opt("notes", "notes", "TEXT"),
          opt("emergency", "record an emergency admission without a referral: ambulance, self or transfer", "SOURCE"),
          opt("date", "emergency admission day, YYYY-MM-DD (default today)", "DATE"),
          CliOptions::yes(),
          CliOptions::json()},
         0,
         0,
         true,
         runReferralsAdd});
    cli.add({QStringLiteral("referrals show"),
             QStringLiteral("CODE"),
             QStringLiteral("show a referral with its history and documents"),
             {CliOptions::json()},
             1,
             1,
             true,
             runReferralsShow});
    cli.add(
        {QStringLiteral("referrals transition"),
         QStringLiteral("CODE STATUS"),
         QStringLiteral("move a referral on: scheduled, hospitalized, discharged, refused, cancelled, no_show, "
                        "transferred"),
         {opt("reason", "why (required to cancel; with refusals, the text beside the reason code)", "TEXT"),
          opt("reason-code", "refusal reason from the bureau's list (default: other)", "CODE"),
          opt("date", "scheduled: the confirmed day; hospitalized/discharged: the day (default today)", "YYYY-MM-DD"),
          opt("hospital", "transferred: the hospital the patient chose", "CODE"),
          opt("override-documents", "hospitalized with missing or expired documents: why admitted anyway", "TEXT"),
          CliOptions::json()},
         2,
         2,
         true,
         runReferralsTransition});
    cli.add({QStringLiteral("referrals document"),
             QStringLiteral("CODE TYPE"),
             QStringLiteral("record a document the patient has (TYPE from the checklist, e.g. blood_count)"),
             {opt("issued", "date of issue, YYYY-MM-DD", "DATE"), opt("missing", "record the document as missing"),
              opt("note", "note", "TEXT"), CliOptions::json()},
             2,
             2,
             true,
             runReferralsDocument});
    cli.add(
        {QStringLiteral("import icd10"),
         QStringLiteral("FILE.csv"),
         QStringLiteral("import the ICD-10 dictionary: CSV in UTF-8 or Windows-1251, names in Russian, Kazakh and/or "
                        "English, with a header (code,name_ru,name_kk,name_en in any order) or without"),
         {opt("skip-bad", "import the good rows and report the bad ones")},
         1,
         1,
         true,
         runImportIcd});
    cli.add({QStringLiteral("export referrals"),
             {},
             QStringLiteral("write every referral as CSV or JSON"),
             {CliOptions::format(), CliOptions::output()},
             0,
             0,
             true,
             [](CliRun& run) {
                 const RecordExport::Format format = CliOutput::exportFormat(run);
                 return CliOutput::write(run, [&](QIODevice* out) {
                     return RecordExport::referrals(run.workspace().referrals(), run.workspace().patients(), out,
                                                    format);
                 });
             }});
}
