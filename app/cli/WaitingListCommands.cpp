#include "WaitingListCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "domain/DisplayFormat.h"
#include "domain/ReferralCode.h"
#include "services/BedService.h"
#include "services/CalendarService.h"
#include "services/DashboardService.h"
#include "services/HospitalService.h"
#include "services/ReferenceDataService.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"

#include <QFile>
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

QDate dateOption(const CliRun& run, const QString& name, const QDate& fallback = {})
{
    if (!run.isSet(name))
        return fallback;
    const QDate date = QDate::fromString(run.value(name), Qt::ISODate);
    if (!date.isValid())
        throw CliUsageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, run.value(name)));
    return date;
}

Hospital requiredHospital(CliRun& run)
{
    if (!run.isSet(QStringLiteral("hospital")))
        throw CliUsageError(QStringLiteral("--hospital is required."));
    const std::optional<Hospital> h = run.workspace().hospitals().find(run.value(QStringLiteral("hospital")));
    if (!h)
        throw OperationError(OperationError::Kind::NotFound,
                             QStringLiteral("No hospital has the code %1. See joldama-cli hospitals list.")
                                 .arg(run.value(QStringLiteral("hospital"))));
    return *h;
}

QString requiredProfile(const CliRun& run)
{
    if (!run.isSet(QStringLiteral("profile")))
        throw CliUsageError(QStringLiteral("--profile is required."));
    return run.value(QStringLiteral("profile")).toUpper();
}

int runLookup(CliRun& run)
{
    // What a scanner typed under the Kazakh or Russian layout is read back to the printed code.
    const QString code = ReferralCode::parseScanned(run.positional().at(0)).isValid()
                             ? ReferralCode::parseScanned(run.positional().at(0)).text()
                             : run.positional().at(0);
    const WaitingListService::Lookup l = run.workspace().waitingList().lookup(code);
    // Counted once answered, and written before the command ends (UsageService); never makes it fail.
    run.workspace().usage().countLookup();
    if (run.json()) {
        QJsonArray documents;
        for (const DocumentType& d : l.documentsToBring)
            documents.append(
                QJsonObject{{QStringLiteral("code"), d.code},
                            {QStringLiteral("name"), d.name(run.language())},
                            {QStringLiteral("validity_days"),
                             d.validityDays > 0 ? QJsonValue(d.validityDays) : QJsonValue(QJsonValue::Null)}});
        run.printJson(QJsonObject{
            {QStringLiteral("code"), l.referral.code},
            {QStringLiteral("status"), ReferralStatuses::code(l.referral.status)},
            {QStringLiteral("hospital"), l.hospital.code},
            {QStringLiteral("hospital_name"), l.hospital.name},
            {QStringLiteral("hospital_address"), l.hospital.address},
            {QStringLiteral("hospital_phone"), l.hospital.phone},
            {QStringLiteral("profile"), l.profileCode},
            {QStringLiteral("position"), l.position > 0 ? QJsonValue(l.position) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("queue_length"), l.queueLength},
            {QStringLiteral("preliminary_date"), dateOrNull(l.preliminaryDate)},
            {QStringLiteral("scheduled_date"), dateOrNull(l.referral.scheduledDate)},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("bureau_phone"), l.bureau ? l.bureau->dialString() : QString()}});
        return Cli::Success;
    }
    QTextStream& out = run.out();
    const auto line = [&out](const QString& label, const QString& value) {
        out << QString(label + QLatin1Char(':')).leftJustified(12) << ' ' << value << '\n';
    };
    line(CliText::tr("Code"), l.referral.code);
    line(CliText::tr("Status"), ReferralStatuses::label(l.referral.status));
    line(CliText::tr("Hospital"), l.hospital.code + QLatin1Char(' ') + l.hospital.name);
    line(CliText::tr("Profile"), l.profileCode);
    if (l.position > 0) {
        line(CliText::tr("Position"), CliText::tr("%1 of %2").arg(l.position).arg(l.queueLength));
        line(CliText::tr("Preliminary"), DisplayFormat::date(l.preliminaryDate));
    }
    line(CliText::tr("Bureau"), l.bureau ? l.bureau->dialString() : QString());
    out.flush();
    return Cli::Success;
}

int runQueue(CliRun& run)
{
    const Hospital h = requiredHospital(run);
    const QString profile = requiredProfile(run);
    const QList<WaitingListService::QueueEntry> entries = run.workspace().waitingList().queue(h.id, profile);
    if (run.json()) {
        QJsonArray array;
        for (const auto& e : entries)
            array.append(QJsonObject{{QStringLiteral("position"), e.position},
                                     {QStringLiteral("code"), e.code},
                                     {QStringLiteral("registered"), Clock::stamp(e.registeredAt)},
                                     {QStringLiteral("preliminary_date"), dateOrNull(e.preliminaryDate)},
                                     {QStringLiteral("scheduled_date"), dateOrNull(e.scheduledDate)},
                                     {QStringLiteral("status"), ReferralStatuses::code(e.status)},
                                     {QStringLiteral("priority"), e.priority},
                                     {QStringLiteral("days_waited"), e.daysWaited},
                                     {QStringLiteral("documents_complete"), e.documentsOk}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const auto& e : entries)
        rows << QStringList{QString::number(e.position), e.code, DisplayFormat::date(e.registeredAt.date()),
                            DisplayFormat::date(e.preliminaryDate), ReferralStatuses::label(e.status)};
    run.printTable({CliText::tr("POS"), CliText::tr("CODE"), CliText::tr("REGISTERED"), CliText::tr("PRELIMINARY"),
                    CliText::tr("STATUS")},
                   rows);
    return Cli::Success;
}

int runCapacitySet(CliRun& run)
{
    const Hospital h = requiredHospital(run);
    const QString profile = requiredProfile(run);
    std::optional<int> perDay;
    if (run.isSet(QStringLiteral("per-day")) && run.value(QStringLiteral("per-day")) != QLatin1String("auto"))
        perDay = run.intValue(QStringLiteral("per-day"), 1);
    run.workspace().waitingList().setCapacity(h.id, profile, perDay, run.intValue(QStringLiteral("lead-days"), 0));
    run.out() << h.code << ' ' << profile << ": "
              << CliText::tr("%n planned admission(s) a day", nullptr,
                             run.workspace().waitingList().capacityPerDay(h.id, profile))
              << '\n';
    return Cli::Success;
}

int runBedsList(CliRun& run)
{
    const QList<BedAvailability> rows = run.workspace().beds().availability(
        run.value(QStringLiteral("region")), run.value(QStringLiteral("profile")).toUpper());
    auto count = [](const std::optional<BedCount>& c, int BedCount::*field) {
        return c ? QJsonValue((*c).*field) : QJsonValue(QJsonValue::Null);
    };
    auto freeOf = [](const std::optional<BedCount>& c) {
        return c ? QJsonValue(c->free()) : QJsonValue(QJsonValue::Null);
    };
    if (run.json()) {
        QJsonArray array;
        for (const BedAvailability& r : rows)
            array.append(QJsonObject{{QStringLiteral("hospital"), r.hospitalCode},
                                     {QStringLiteral("hospital_name"), r.hospitalName},
                                     {QStringLiteral("region_code"), r.regionCode},
                                     {QStringLiteral("profile"), r.profileCode},
                                     {QStringLiteral("care_form"), r.careForm},
                                     {QStringLiteral("total"), count(r.days[0], &BedCount::total)},
                                     {QStringLiteral("occupied"), count(r.days[0], &BedCount::occupied)},
                                     {QStringLiteral("reserved"), count(r.days[0], &BedCount::reserved)},
                                     {QStringLiteral("free_today"), freeOf(r.days[0])},
                                     {QStringLiteral("free_tomorrow"), freeOf(r.days[1])},
                                     {QStringLiteral("free_day_after"), freeOf(r.days[2])},
                                     {QStringLiteral("admissions_tomorrow"), r.admissions[1]},
                                     {QStringLiteral("admissions_day_after"), r.admissions[2]},
                                     {QStringLiteral("reported_for"), dateOrNull(r.reportedFor)}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> table;
    for (const BedAvailability& r : rows) {
        auto text = [](const std::optional<BedCount>& c) {
            return c ? QString::number(c->free()) : QStringLiteral("-");
        };
        table << QStringList{r.regionCode,    r.hospitalCode,
                             r.profileCode,   r.days[0] ? QString::number(r.days[0]->total) : QStringLiteral("-"),
                             text(r.days[0]), text(r.days[1]),
                             text(r.days[2])};
    }
    run.printTable({CliText::tr("REGION"), CliText::tr("HOSPITAL"), CliText::tr("PROFILE"), CliText::tr("BEDS"),
                    CliText::tr("FREE_TODAY"), CliText::tr("TOMORROW"), CliText::tr("DAY_AFTER")},
                   table);
    return Cli::Success;
}

int runBedsSet(CliRun& run)
{
    const Hospital h = requiredHospital(run);
    const QString profile = requiredProfile(run);
    if (!run.isSet(QStringLiteral("total")) || !run.isSet(QStringLiteral("occupied")))
        throw CliUsageError(QStringLiteral("--total and --occupied are required."));
    const BedCount count{run.intValue(QStringLiteral("total"), 0), run.intValue(QStringLiteral("occupied"), 0),
                         run.intValue(QStringLiteral("reserved"), 0)};
    run.workspace().beds().report(h.code, profile, dateOption(run, QStringLiteral("date")), count,
                                  run.value(QStringLiteral("form")), run.isSet(QStringLiteral("yes")));
    run.out() << h.code << ' ' << profile << ": " << CliText::tr("%1 free of %2").arg(count.free()).arg(count.total)
              << '\n';
    return Cli::Success;
}

int runBedsHistory(CliRun& run)
{
    const Hospital h = requiredHospital(run);
    const QList<BedStore::Report> reports = run.workspace().beds().history(h.code, requiredProfile(run));
    if (run.json()) {
        QJsonArray array;
        for (const BedStore::Report& r : reports)
            array.append(QJsonObject{{QStringLiteral("date"), r.forDate.toString(Qt::ISODate)},
                                     {QStringLiteral("care_form"), r.careForm},
                                     {QStringLiteral("total"), r.count.total},
                                     {QStringLiteral("occupied"), r.count.occupied},
                                     {QStringLiteral("reserved"), r.count.reserved},
                                     {QStringLiteral("reported_at"), r.reportedAt},
                                     {QStringLiteral("actor"), r.actor}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const BedStore::Report& r : reports)
        rows << QStringList{DisplayFormat::date(r.forDate),
                            QString::number(r.count.total),
                            QString::number(r.count.occupied),
                            QString::number(r.count.reserved),
                            r.reportedAt,
                            r.actor};
    run.printTable({CliText::tr("DATE"), CliText::tr("TOTAL"), CliText::tr("OCCUPIED"), CliText::tr("RESERVED"),
                    CliText::tr("REPORTED_AT"), CliText::tr("BY")},
                   rows);
    return Cli::Success;
}

int runImport(CliRun& run, bool beds)
{
    QFile file(run.positional().at(0));
    if (!file.open(QIODevice::ReadOnly)) {
        run.err() << CliText::tr("Cannot read %1: %2. Check the path.").arg(file.fileName(), file.errorString())
                  << '\n';
        return Cli::Failure;
    }
    HospitalService& hospitals = run.workspace().hospitals();
    const bool skipBad = run.isSet(QStringLiteral("skip-bad"));
    const ImportReport report = beds ? hospitals.importBedsCsv(&file, skipBad, run.isSet(QStringLiteral("yes")))
                                     : hospitals.importCsv(&file, skipBad);
    for (const ImportReport::BadRow& bad : report.badRows)
        run.err() << CliText::tr("line %1: %2").arg(bad.line).arg(bad.reason) << '\n';
    (report.committed ? run.out() : run.err()) << report.summary() << '\n';
    return report.committed ? Cli::Success : Cli::Failure;
}

int runHolidaysList(CliRun& run)
{
    const int year = run.intValue(QStringLiteral("year"), run.clock().today().year());
    const QList<CalendarDay> days = run.workspace().calendar().year(year);
    if (run.json()) {
        QJsonArray array;
        for (const CalendarDay& d : days)
            array.append(
                QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                            {QStringLiteral("kind"), d.kind},
                            {QStringLiteral("name"), Languages::pick(run.language(), d.nameKk, d.nameRu, d.nameEn)}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const CalendarDay& d : days)
        rows << QStringList{DisplayFormat::date(d.day),
                            d.kind == QLatin1String("working_day") ? CliText::tr("working day")
                                                                   : CliText::tr("day off"),
                            Languages::pick(run.language(), d.nameKk, d.nameRu, d.nameEn)};
    run.printTable({CliText::tr("DATE"), CliText::tr("KIND"), CliText::tr("NAME")}, rows);
    return Cli::Success;
}

int runHolidaysAdd(CliRun& run)
{
    const QDate day = QDate::fromString(run.positional().at(0), Qt::ISODate);
    if (!day.isValid())
        throw CliUsageError(QStringLiteral("Give the day as YYYY-MM-DD."));
    if (run.isSet(QStringLiteral("working"))) {
        run.workspace().calendar().setWorkingDay(day, run.value(QStringLiteral("name")));
    } else {
        const QString name = run.value(QStringLiteral("name"));
        run.workspace().calendar().setDayOff(
            day, run.value(QStringLiteral("name-kk")).isEmpty() ? name : run.value(QStringLiteral("name-kk")),
            run.value(QStringLiteral("name-ru")).isEmpty() ? name : run.value(QStringLiteral("name-ru")), name);
    }
    run.out() << CliText::tr("%1 saved; waiting lists planned again").arg(DisplayFormat::date(day)) << '\n';
    return Cli::Success;
}

int runHolidaysRemove(CliRun& run)
{
    const QDate day = QDate::fromString(run.positional().at(0), Qt::ISODate);
    if (!day.isValid())
        throw CliUsageError(QStringLiteral("Give the day as YYYY-MM-DD."));
    run.workspace().calendar().clear(day);
    run.out() << CliText::tr("%1 is an ordinary day again").arg(DisplayFormat::date(day)) << '\n';
    return Cli::Success;
}

int runDashboard(CliRun& run)
{
    const DashboardService::Summary s = run.workspace().dashboard().summary();
    QJsonObject statuses;
    for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonArray waits;
    for (const auto& w : s.waits)
        waits.append(QJsonObject{{QStringLiteral("profile"), w.profileCode},
                                 {QStringLiteral("waiting"), w.waiting},
                                 {QStringLiteral("median_days"), w.medianDays},
                                 {QStringLiteral("p90_days"), w.p90Days}});
    QJsonArray beds;
    for (const auto& b : s.beds)
        beds.append(QJsonObject{{QStringLiteral("region_code"), b.regionCode},
                                {QStringLiteral("total"), b.total},
                                {QStringLiteral("occupied"), b.occupied},
                                {QStringLiteral("free"), b.free},
                                {QStringLiteral("occupancy"), b.occupancy()}});
    const QJsonObject object{{QStringLiteral("by_status"), statuses},
                             {QStringLiteral("total"), s.total},
                             {QStringLiteral("registered_today"), s.registeredToday},
                             {QStringLiteral("registered_this_month"), s.registeredThisMonth},
                             {QStringLiteral("refused_share"), s.refusedShare},
                             {QStringLiteral("waiting_by_profile"), waits},
                             {QStringLiteral("beds_by_region"), beds},
                             {QStringLiteral("lookups_today"), s.lookupsToday},
                             {QStringLiteral("lookups_yesterday"), s.lookupsYesterday},
                             {QStringLiteral("lookups_month"), s.lookupsMonth},
                             {QStringLiteral("workstations_online"), s.workstationsOnline}};
    if (run.json()) {
        run.printJson(object);
        return Cli::Success;
    }
    run.out() << CliText::tr("Referrals: %1, registered today %2, this month %3, refused share %4%")
                     .arg(s.total)
                     .arg(s.registeredToday)
                     .arg(s.registeredThisMonth)
                     .arg(QString::number(100.0 * s.refusedShare, 'f', 1))
              << '\n';
    run.out() << CliText::tr("Lookups: today %1, yesterday %2, this month %3; workstations online %4")
                     .arg(s.lookupsToday)
                     .arg(s.lookupsYesterday)
                     .arg(s.lookupsMonth)
                     .arg(s.workstationsOnline)
              << '\n';
    QList<QStringList> rows;
    for (const auto& w : s.waits)
        rows << QStringList{w.profileCode, QString::number(w.waiting), QString::number(w.medianDays),
                            QString::number(w.p90Days)};
    run.printTable(
        {CliText::tr("PROFILE"), CliText::tr("WAITING"), CliText::tr("MEDIAN_DAYS"), CliText::tr("P90_DAYS")}, rows);
    return Cli::Success;
}

QList<QCommandLineOption> hospitalProfile()
{
    return {opt("hospital", "hospital code (required)", "CODE"), opt("profile", "bed profile code (required)", "CODE")};
}

} // namespace

void addWaitingListCommands(Cli& cli)
{
    cli.add(
        {QStringLiteral("lookup"),
         QStringLiteral("CODE"),
         QStringLiteral("where a referral stands: status, hospital, position, preliminary date (exit 1 when unknown)"),
         {CliOptions::json()},
         1,
         1,
         true,
         runLookup});
    cli.add({QStringLiteral("queue"),
             {},
             QStringLiteral("the waiting list of a hospital × profile in order"),
             hospitalProfile() + QList<QCommandLineOption>{CliOptions::json()},
             0,
             0,
             true,
             runQueue});
    cli.add(
        {QStringLiteral("capacity set"),
         {},
         QStringLiteral("planned admissions a day for a hospital × profile (auto: a tenth of the beds)"),
         hospitalProfile() +
             QList<QCommandLineOption>{opt("per-day", "admissions a day, or auto", "N"),
                                       opt("lead-days", "days between registration and the earliest admission", "N")},
         0,
         0,
         true,
         runCapacitySet});
    cli.add({QStringLiteral("beds list"),
             {},
             QStringLiteral("free beds today, tomorrow and the day after"),
             {opt("region", "only this region (KATO code)", "RR"), opt("profile", "only this bed profile", "CODE"),
              CliOptions::json()},
             0,
             0,
             true,
             runBedsList});
    cli.add({QStringLiteral("beds set"),
             {},
             QStringLiteral("record a hospital's beds in a profile for a day"),
             hospitalProfile() +
                 QList<QCommandLineOption>{opt("total", "beds in the profile (required)", "N"),
                                           opt("occupied", "occupied beds (required)", "N"),
                                           opt("reserved", "beds held for planned patients", "N"),
                                           opt("date", "the day, YYYY-MM-DD (default today)", "DATE"),
                                           opt("form", "round_the_clock or day (default: the profile's)", "FORM"),
                                           CliOptions::yes()},
             0,
             0,
             true,
             runBedsSet});
    cli.add({QStringLiteral("beds history"),
             {},
             QStringLiteral("every bed report of a hospital × profile, newest first"),
             hospitalProfile() + QList<QCommandLineOption>{CliOptions::json()},
             0,
             0,
             true,
             runBedsHistory});
    cli.add(
        {QStringLiteral("import hospitals"),
         QStringLiteral("FILE.csv"),
         QStringLiteral("import the hospital registry (code,name,region_code[,address,phone,kind,active,profiles])"),
         {opt("skip-bad", "import the good rows and report the bad ones")},
         1,
         1,
         true,
         [](CliRun& run) { return runImport(run, false); }});
    cli.add({QStringLiteral("import beds"),
             QStringLiteral("FILE.csv"),
             QStringLiteral("import bed reports (hospital_code,profile_code,date,total,occupied[,reserved,care_form])"),
             {opt("skip-bad", "import the good rows and report the bad ones"), CliOptions::yes()},
             1,
             1,
             true,
             [](CliRun& run) { return runImport(run, true); }});
    cli.add({QStringLiteral("holidays list"),
             {},
             QStringLiteral("public holidays and moved days of a year"),
             {opt("year", "the year (default this year)", "Y"), CliOptions::json()},
             0,
             0,
             true,
             runHolidaysList});
    cli.add({QStringLiteral("holidays add"),
             QStringLiteral("YYYY-MM-DD"),
             QStringLiteral("make a day a day off (or, with --working, a weekend day a working day)"),
             {opt("name", "name of the holiday (English, and the default for the others)", "TEXT"),
              opt("name-ru", "name in Russian", "TEXT"), opt("name-kk", "name in Kazakh", "TEXT"),
              opt("working", "the day is a working day")},
             1,
             1,
             true,
             runHolidaysAdd});
    cli.add({QStringLiteral("holidays remove"),
             QStringLiteral("YYYY-MM-DD"),
             QStringLiteral("make a day an ordinary day again"),
             {},
             1,
             1,
             true,
             runHolidaysRemove});
    cli.add({QStringLiteral("dashboard"),
             {},
             QStringLiteral("referrals by status, days waited, refusals, beds by region"),
             {CliOptions::json()},
             0,
             0,
             true,
             runDashboard});
}
