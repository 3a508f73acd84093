#include "PatientCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliText.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/Iin.h"
#include "io/RecordJson.h"
#include "services/PatientService.h"
#include "services/RecordExport.h"
#include "services/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

int runCheckIin(CliRun& run)
{
    const Iin iin = Iin::parse(run.positional().at(0));
    if (run.json()) {
        run.printJson(
            QJsonObject{{QStringLiteral("iin"), iin.digits()},
                        {QStringLiteral("valid"), iin.isValid()},
                        {QStringLiteral("reason"), iin.problemCode()},
                        {QStringLiteral("message"), iin.problemText()},
                        {QStringLiteral("birth_date"), iin.isValid() ? QJsonValue(iin.birthDate().toString(Qt::ISODate))
                                                                     : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("sex"),
                         iin.isValid() ? QJsonValue(Iin::sexCode(iin.sex())) : QJsonValue(QJsonValue::Null)}});
    } else if (iin.isValid()) {
        run.out() << CliText::tr("%1: valid, born %2, %3")
                         .arg(iin.digits(), DisplayFormat::date(iin.birthDate()),
                              CareTerms::sexLabel(Iin::sexCode(iin.sex())))
                  << '\n';
    } else {
        run.out() << CliText::tr("%1: invalid (%2). %3").arg(iin.digits(), iin.problemCode(), iin.problemText())
                  << '\n';
    }
    return iin.isValid() ? Cli::Success : Cli::Failure;
}

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

int runPatientsAdd(CliRun& run)
{
    Patient p;
    p.iin = run.value(QStringLiteral("iin"));
    p.lastName = run.value(QStringLiteral("last-name"));
    p.firstName = run.value(QStringLiteral("first-name"));
    p.middleName = run.value(QStringLiteral("middle-name"));
    p.phone = run.value(QStringLiteral("phone"));
    p.address = run.value(QStringLiteral("address"));
    p.regionCode = run.value(QStringLiteral("region"));
    p.clinic = run.value(QStringLiteral("clinic"));
    p.insured = run.isSet(QStringLiteral("insured"));
    p.benefit = run.value(QStringLiteral("benefit"));
    const Patient saved = run.workspace().patients().registerPatient(p);
    if (run.json())
        run.printJson(RecordJson::patient(saved));
    else
        run.out() << CliText::tr("Registered %1 %2").arg(saved.iin, saved.fullName()) << '\n';
    return Cli::Success;
}

void printPatients(CliRun& run, const QList<Patient>& patients)
{
    if (run.json()) {
        QJsonArray array;
        for (const Patient& p : patients)
            array.append(RecordJson::patient(p));
        run.printJson(array);
        return;
    }
    QList<QStringList> rows;
    for (const Patient& p : patients)
        rows << QStringList{p.iin,   p.fullName(), DisplayFormat::date(p.birthDate), CareTerms::sexLabel(p.sex),
                            p.phone, p.regionCode};
    run.printTable({CliText::tr("IIN"), CliText::tr("NAME"), CliText::tr("BORN"), CliText::tr("SEX"),
                    CliText::tr("PHONE"), CliText::tr("REGION")},
                   rows);
}

int runPatientsFind(CliRun& run)
{
    const int limit = run.intValue(QStringLiteral("limit"), 200);
    printPatients(run, run.workspace().patients().search(run.positional().join(QLatin1Char(' ')), limit));
    return Cli::Success;
}

int runPatientsShow(CliRun& run)
{
    const std::optional<Patient> p = run.workspace().patients().openCard(run.positional().at(0));
    if (!p) {
        run.err() << CliText::tr("No patient with IIN %1 is registered.").arg(run.positional().at(0)) << '\n';
        return Cli::Failure;
    }
    if (run.json()) {
        run.printJson(RecordJson::patient(*p));
        return Cli::Success;
    }
    printPatients(run, {*p});
    return Cli::Success;
}

void printReport(CliRun& run, const ImportReport& report)
{
    for (const ImportReport::BadRow& bad : report.badRows)
        run.err() << CliText::tr("line %1: %2").arg(bad.line).arg(bad.reason) << '\n';
    (report.committed ? run.out() : run.err()) << report.summary() << '\n';
}

int runImportPatients(CliRun& run)
{
    QFile file(run.positional().at(0));
    if (!file.open(QIODevice::ReadOnly)) {
        run.err() << CliText::tr("Cannot read %1: %2. Check the path.").arg(file.fileName(), file.errorString())
                  << '\n';
        return Cli::Failure;
    }
    const ImportReport report = run.workspace().patients().importCsv(&file, run.isSet(QStringLiteral("skip-bad")));
    printReport(run, report);
    return report.committed ? Cli::Success : Cli::Failure;
}

} // namespace

void addPatientCommands(Cli& cli)
{
    cli.add({QStringLiteral("check-iin"),
             QStringLiteral("IIN"),
             QStringLiteral("check an IIN; exit 0 when valid, 1 when not (JSON: valid, reason, birth_date, sex)"),
             {CliOptions::json()},
             1,
             1,
             false,
             runCheckIin});
    cli.add({QStringLiteral("patients add"),
             {},
             QStringLiteral("register a patient (birth date and sex come from the IIN)"),
             {opt("iin", "the patient's IIN (required)", "IIN"), opt("last-name", "last name (required)", "NAME"),
              opt("first-name", "first name (required)", "NAME"), opt("middle-name", "middle name", "NAME"),
              opt("phone", "phone, e.g. 87011234567", "PHONE"), opt("address", "address", "TEXT"),
              opt("region", "region KATO code or name", "RR"), opt("clinic", "attached clinic", "TEXT"),
              opt("insured", "insured in OSMS"),
              opt("benefit",
                  "benefit category: disability_1, disability_2, disability_3, disabled_child, war_veteran, "
                  "large_family, low_income, pensioner, other",
                  "CODE"),
              CliOptions::json()},
             0,
             0,
             true,
             runPatientsAdd});
    cli.add({QStringLiteral("patients find"),
             QStringLiteral("TEXT"),
             QStringLiteral("find patients by IIN or name prefixes, in alphabetical order"),
             {CliOptions::json(), opt("limit", "at most N patients (default 200)", "N")},
             1,
             8,
             true,
             runPatientsFind});
    cli.add({QStringLiteral("patients show"),
             QStringLiteral("IIN"),
             QStringLiteral("show one patient"),
             {CliOptions::json()},
             1,
             1,
             true,
             runPatientsShow});
    cli.add({QStringLiteral("import patients"),
             QStringLiteral("FILE.csv"),
             QStringLiteral("import patients from UTF-8 CSV (iin,last_name,first_name[,middle_name,phone,address,"
                            "region_code,clinic,insured,benefit]); nothing is imported if a row is bad"),
             {opt("skip-bad", "import the good rows and report the bad ones")},
             1,
             1,
             true,
             runImportPatients});
    cli.add({QStringLiteral("export patients"),
             {},
             QStringLiteral("write every patient as CSV or JSON"),
             {CliOptions::format(), CliOptions::output()},
             0,
             0,
             true,
             [](CliRun& run) {
                 const RecordExport::Format format = CliOutput::exportFormat(run);
                 return CliOutput::write(run, [&](QIODevice* out) {
                     return RecordExport::patients(run.workspace().patients(), out, format);
                 });
             }});
}
