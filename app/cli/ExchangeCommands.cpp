#include "ExchangeCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "domain/Clock.h"
#include "domain/DisplayFormat.h"
#include "services/ExchangeService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

ExchangeService service(CliRun& run)
{
    return ExchangeService(run.workspace().database(), run.clock());
}

QString stamp(const QDateTime& t)
{
    return t.isValid() ? Clock::stamp(t) : QString();
}

QString shown(const QDateTime& t)
{
    return t.isValid() ? DisplayFormat::dateTime(t) : QStringLiteral("-");
}

QString roleName(const ExchangeIdentity& identity)
{
    switch (identity.role) {
    case ExchangeIdentity::Role::Bureau:
        return QStringLiteral("bureau");
    case ExchangeIdentity::Role::Workstation:
        return QStringLiteral("workstation");
    case ExchangeIdentity::Role::None:
        break;
    }
    return QStringLiteral("none");
}

QString requireOutput(CliRun& run)
{
    const QString path = run.value(QStringLiteral("output"));
    if (path.trimmed().isEmpty())
        throw CliUsageError(QStringLiteral("Give the file to write with -o FILE."));
    return path;
}

int runEnroll(CliRun& run)
{
    const QString path = requireOutput(run);
    ExchangeService exchange = service(run);
    const EnrolmentFile file = exchange.enroll(run.positional().at(0), run.value(QStringLiteral("region")),
                                               run.isSet(QStringLiteral("again")));
    exchange.writeEnrolment(file, path);
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("workstation"), ExchangeIdentity::label(file.workstationCode)},
                                  {QStringLiteral("code"), file.workstationCode},
                                  {QStringLiteral("name"), file.workstationName},
                                  {QStringLiteral("region"), file.regionCode},
                                  {QStringLiteral("issue"), file.issue},
                                  {QStringLiteral("code_floor"), file.codeFloor},
                                  {QStringLiteral("file"), path}});
        return Cli::Success;
    }
    run.out() << "Enrolled " << file.workstationName << " as " << ExchangeIdentity::label(file.workstationCode)
              << (file.issue > 1 ? QStringLiteral(" (file issued again, number %1)").arg(file.issue) : QString())
              << ". Its enrolment file is " << path
              << ": take it to the workstation and run \"joldama-cli exchange join FILE\" there. The file holds the "
                 "workstation's key: keep it like one.\n";
    return Cli::Success;
}

int runJoin(CliRun& run)
{
    const ExchangeIdentity identity = service(run).join(run.positional().at(0));
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("workstation"), ExchangeIdentity::label(identity.workstationCode)},
                                  {QStringLiteral("name"), identity.workstationName},
                                  {QStringLiteral("bureau"), identity.bureauName},
                                  {QStringLiteral("code_floor"), identity.codeFloor}});
        return Cli::Success;
    }
    run.out() << "This database is now " << ExchangeIdentity::label(identity.workstationCode) << " ("
              << identity.workstationName << ") of " << identity.bureauName
              << ". Send your work with \"joldama-cli exchange export -o FILE\".\n";
    return Cli::Success;
}

int runExport(CliRun& run)
{
    const QString path = requireOutput(run);
    const ExchangeService::Export made = service(run).exportPackage(path, run.value(QStringLiteral("to")));
    if (run.json()) {
        run.printJson(QJsonObject{{QStringLiteral("file"), made.path},
                                  {QStringLiteral("package"), made.packageUid},
                                  {QStringLiteral("target"), made.target},
                                  {QStringLiteral("changes"), made.changes},
                                  {QStringLiteral("standing"), made.standing},
                                  {QStringLiteral("conflicts"), made.conflicts},
                                  {QStringLiteral("from_seq"), made.fromSeq},
                                  {QStringLiteral("to_seq"), made.toSeq}});
        return Cli::Success;
    }
    run.out() << "Package for " << made.target << " written to " << made.path << ": " << made.changes << " change(s)";
    if (made.standing > 0 || made.conflicts > 0)
        run.out() << ", " << made.standing << " referral standing(s), " << made.conflicts << " conflict(s)";
    run.out() << ".\n";
    return Cli::Success;
}

int runImport(CliRun& run)
{
    const ExchangeReport report = service(run).importPackage(run.positional().at(0));
    if (run.json()) {
        run.printJson(report.toJson());
        return Cli::Success;
    }
    run.out() << report.summary() << '\n';
    for (const QString& note : report.notes)
        run.out() << "  " << note << '\n';
    return Cli::Success;
}

QJsonObject conflictJson(const ExchangeConflict& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("uid"), c.uid},
                       {QStringLiteral("entity"), c.entity},
                       {QStringLiteral("record"), c.recordUid},
                       {QStringLiteral("label"), c.label},
                       {QStringLiteral("field"), c.field},
                       {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("kept"), c.keptValue},
                       {QStringLiteral("other"), c.otherValue},
                       {QStringLiteral("base_version"), c.baseVersion},
                       {QStringLiteral("workstation"), ExchangeIdentity::label(c.workstationCode)},
                       {QStringLiteral("origin_actor"), c.originActor},
                       {QStringLiteral("origin_at"), c.originAt},
                       {QStringLiteral("detected_at"), stamp(c.detectedAt)},
                       {QStringLiteral("status"), c.resolved ? QStringLiteral("resolved") : QStringLiteral("open")},
                       {QStringLiteral("resolved_by"), c.resolvedBy},
                       {QStringLiteral("resolution"), c.resolution}};
}

int runConflicts(CliRun& run)
{
    const QList<ExchangeConflict> list = service(run).conflicts(!run.isSet(QStringLiteral("all")));
    if (run.json()) {
        QJsonArray array;
        for (const ExchangeConflict& c : list)
            array.append(conflictJson(c));
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const ExchangeConflict& c : list)
        rows << QStringList{QString::number(c.id),
                            c.label.isEmpty() ? c.recordUid : c.label,
                            c.field,
                            c.kind,
                            c.keptValue,
                            c.otherValue,
                            ExchangeIdentity::label(c.workstationCode),
                            c.resolved ? QStringLiteral("resolved") : QStringLiteral("open")};
    run.printTable({QStringLiteral("ID"), QStringLiteral("RECORD"), QStringLiteral("FIELD"), QStringLiteral("KIND"),
                    QStringLiteral("KEPT"), QStringLiteral("OTHER"), QStringLiteral("FROM"), QStringLiteral("STATUS")},
                   rows);
    return Cli::Success;
}

int runResolve(CliRun& run)
{
    bool ok = false;
    const qint64 id = run.positional().at(0).toLongLong(&ok);
    if (!ok)
        throw CliUsageError(QStringLiteral("ID is the number \"exchange conflicts\" shows."));
    service(run).resolveConflict(id, run.value(QStringLiteral("note")));
    run.out() << "Conflict " << id << " marked as reviewed.\n";
    return Cli::Success;
}

int runStatus(CliRun& run)
{
    ExchangeService exchange = service(run);
    const ExchangeService::Status s = exchange.status();
    if (run.json()) {
        run.printJson(
            QJsonObject{{QStringLiteral("role"), roleName(s.identity)},
                        {QStringLiteral("workstation"),
                         s.identity.isWorkstation() ? ExchangeIdentity::label(s.identity.workstationCode) : QString()},
                        {QStringLiteral("name"), s.identity.workstationName},
                        {QStringLiteral("bureau"), s.identity.bureauName},
                        {QStringLiteral("code_floor"), s.identity.codeFloor},
                        {QStringLiteral("last_import"), stamp(s.lastIn)},
                        {QStringLiteral("last_export"), stamp(s.lastOut)},
                        {QStringLiteral("waiting_changes"), s.waitingChanges},
                        {QStringLiteral("not_at_bureau"), int(exchange.referralsNotAtBureau().size())},
                        {QStringLiteral("open_conflicts"), s.openConflicts},
                        {QStringLiteral("parked"), s.parked}});
        return Cli::Success;
    }
    switch (s.identity.role) {
    case ExchangeIdentity::Role::None:
        run.out() << "This database exchanges with nobody: join a bureau (exchange join FILE), or enrol a "
                     "workstation to become one (exchange enroll NAME -o FILE).\n";
        return Cli::Success;
    case ExchangeIdentity::Role::Bureau:
        run.out() << "Bureau \"" << s.identity.bureauName << "\" with " << exchange.workstations().size()
                  << " enrolled workstation(s); open conflicts: " << s.openConflicts << ", parked changes: " << s.parked
                  << ". See \"exchange workstations\".\n";
        return Cli::Success;
    case ExchangeIdentity::Role::Workstation:
        break;
    }
    run.out() << ExchangeIdentity::label(s.identity.workstationCode) << " (" << s.identity.workstationName << ") of "
              << s.identity.bureauName << "\n"
              << "Last package sent: " << shown(s.lastOut) << "\nLast answer imported: " << shown(s.lastIn)
              << "\nChanges not yet acknowledged by the bureau: " << s.waitingChanges
              << "\nReferrals not yet at the bureau: " << exchange.referralsNotAtBureau().size()
              << "\nOpen conflicts: " << s.openConflicts << "\n";
    return Cli::Success;
}

int runWorkstations(CliRun& run)
{
    const QList<ExchangeService::WorkstationStatus> list = service(run).workstationStatus();
    if (run.json()) {
        QJsonArray array;
        for (const ExchangeService::WorkstationStatus& w : list)
            array.append(QJsonObject{{QStringLiteral("workstation"), ExchangeIdentity::label(w.peer.workstationCode)},
                                     {QStringLiteral("code"), w.peer.workstationCode},
                                     {QStringLiteral("name"), w.peer.name},
                                     {QStringLiteral("region"), w.peer.regionCode},
                                     {QStringLiteral("enrolled_at"), w.peer.enrolledAt},
                                     {QStringLiteral("issues"), w.peer.issues},
                                     {QStringLiteral("last_package_in"), stamp(w.peer.lastInAt)},
                                     {QStringLiteral("last_answer_out"), stamp(w.peer.lastOutAt)},
                                     {QStringLiteral("code_high_water"), w.peer.codeHighWater},
                                     {QStringLiteral("waiting"), w.waitingForIt},
                                     {QStringLiteral("open_conflicts"), w.openConflicts},
                                     {QStringLiteral("parked"), w.parked},
                                     {QStringLiteral("retired"), w.peer.retired}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const ExchangeService::WorkstationStatus& w : list)
        rows << QStringList{ExchangeIdentity::label(w.peer.workstationCode),
                            w.peer.name,
                            w.peer.regionCode,
                            shown(w.peer.lastInAt),
                            shown(w.peer.lastOutAt),
                            QString::number(w.waitingForIt),
                            QString::number(w.openConflicts),
                            w.peer.retired ? QStringLiteral("retired") : QStringLiteral("active")};
    run.printTable({QStringLiteral("CODE"), QStringLiteral("NAME"), QStringLiteral("REGION"),
                    QStringLiteral("LAST PACKAGE"), QStringLiteral("LAST ANSWER"), QStringLiteral("WAITING"),
                    QStringLiteral("CONFLICTS"), QStringLiteral("STATE")},
                   rows);
    return Cli::Success;
}

int runPending(CliRun& run)
{
    const QList<ExchangeService::PendingReferral> list = service(run).referralsNotAtBureau();
    if (run.json()) {
        QJsonArray array;
        for (const ExchangeService::PendingReferral& p : list)
            array.append(QJsonObject{{QStringLiteral("code"), p.code},
                                     {QStringLiteral("patient"), p.patient},
                                     {QStringLiteral("registered"), stamp(p.registeredAt)},
                                     {QStringLiteral("sent"), !p.neverSent},
                                     {QStringLiteral("quota_awaiting"), p.quotaAwaiting}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const ExchangeService::PendingReferral& p : list)
        rows << QStringList{p.code, p.patient, shown(p.registeredAt),
                            p.neverSent ? QStringLiteral("not sent") : QStringLiteral("sent, not acknowledged"),
                            p.quotaAwaiting ? QStringLiteral("quota awaiting") : QString()};
    run.printTable({QStringLiteral("CODE"), QStringLiteral("PATIENT"), QStringLiteral("REGISTERED"),
                    QStringLiteral("STATE"), QStringLiteral("QUOTA")},
                   rows);
    return Cli::Success;
}

int runParked(CliRun& run)
{
    const QList<ParkedChange> list = service(run).parked();
    if (run.json()) {
        QJsonArray array;
        for (const ParkedChange& p : list)
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("workstation"), ExchangeIdentity::label(p.workstationCode)},
                                     {QStringLiteral("entity"), p.entity},
                                     {QStringLiteral("record"), p.recordUid},
                                     {QStringLiteral("reason"), p.reason},
                                     {QStringLiteral("parked_at"), stamp(p.parkedAt)},
                                     {QStringLiteral("attempts"), p.attempts}});
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const ParkedChange& p : list)
        rows << QStringList{QString::number(p.id), ExchangeIdentity::label(p.workstationCode), p.entity, p.recordUid,
                            p.reason};
    run.printTable({QStringLiteral("ID"), QStringLiteral("FROM"), QStringLiteral("RECORD"), QStringLiteral("KEY"),
                    QStringLiteral("WAITING FOR")},
                   rows);
    return Cli::Success;
}

int runSync(CliRun& run)
{
    const QString folder = run.value(QStringLiteral("folder"));
    if (folder.trimmed().isEmpty())
        throw CliUsageError(QStringLiteral("Give the shared folder with --folder DIR."));
    const ExchangeService::FolderRound round = service(run).exchangeFolder(folder);
    if (run.json()) {
        QJsonArray imported;
        for (const ExchangeReport& r : round.imported)
            imported.append(r.toJson());
        QJsonArray exported;
        for (const ExchangeService::Export& e : round.exported)
            exported.append(QJsonObject{{QStringLiteral("file"), e.path},
                                        {QStringLiteral("target"), e.target},
                                        {QStringLiteral("changes"), e.changes}});
        run.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                  {QStringLiteral("refused"), QJsonArray::fromStringList(round.refused)},
                                  {QStringLiteral("exported"), exported}});
        return round.refused.isEmpty() ? Cli::Success : Cli::Failure;
    }
    for (const ExchangeReport& r : round.imported)
        run.out() << r.summary() << '\n';
    for (const QString& refused : round.refused)
        run.err() << refused << '\n';
    for (const ExchangeService::Export& e : round.exported)
        run.out() << "Package for " << e.target << ": " << e.path << " (" << e.changes << " change(s))\n";
    return round.refused.isEmpty() ? Cli::Success : Cli::Failure;
}

int runRetire(CliRun& run)
{
    service(run).retire(run.positional().at(0));
    run.out() << "Workstation " << run.positional().at(0)
              << " retired: its code is never given again and its packages are no longer taken.\n";
    return Cli::Success;
}

} // namespace

void addExchangeCommands(Cli& cli)
{
    cli.add({QStringLiteral("exchange enroll"),
             QStringLiteral("NAME"),
             QStringLiteral("bureau: enrol a workstation (a code never reused, a key) and write its enrolment file"),
             {CliOptions::output(), opt("region", "the workstation's region (KATO code)", "RR"),
              opt("again", "issue the file of an enrolled workstation anew for its reinstalled computer"),
              CliOptions::json()},
             1,
             1,
             true,
             runEnroll});
    cli.add({QStringLiteral("exchange join"),
             QStringLiteral("FILE"),
             QStringLiteral("workstation: become the workstation the bureau's enrolment file names (once)"),
             {CliOptions::json()},
             1,
             1,
             true,
             runJoin});
    cli.add({QStringLiteral("exchange export"),
             {},
             QStringLiteral("write a signed package: a workstation's work for its bureau, or (--to) the bureau's "
                            "answer to a workstation"),
             {CliOptions::output(), opt("to", "bureau: the workstation the answer is for (name or code)", "NAME"),
              CliOptions::json()},
             0,
             0,
             true,
             runExport});
    cli.add({QStringLiteral("exchange import"),
             QStringLiteral("FILE"),
             QStringLiteral("apply a package (checked whole first; a second import changes nothing)"),
             {CliOptions::json()},
             1,
             1,
             true,
             runImport});
    cli.add({QStringLiteral("exchange conflicts"),
             {},
             QStringLiteral("changes that met and were kept for review (--all: reviewed ones too)"),
             {CliOptions::json(), opt("all", "also the conflicts already reviewed")},
             0,
             0,
             true,
             runConflicts});
    cli.add({QStringLiteral("exchange resolve"),
             QStringLiteral("ID"),
             QStringLiteral("mark a conflict as reviewed"),
             {opt("note", "what was decided", "TEXT")},
             1,
             1,
             true,
             runResolve});
    cli.add({QStringLiteral("exchange status"),
             {},
             QStringLiteral("this database in the exchange: its role, last packages, what is waiting"),
             {CliOptions::json()},
             0,
             0,
             true,
             runStatus});
    cli.add({QStringLiteral("exchange workstations"),
             {},
             QStringLiteral("bureau: enrolled workstations, their last packages and what waits for them"),
             {CliOptions::json()},
             0,
             0,
             true,
             runWorkstations});
    cli.add({QStringLiteral("exchange pending"),
             {},
             QStringLiteral("workstation: referrals that have not reached the bureau yet"),
             {CliOptions::json()},
             0,
             0,
             true,
             runPending});
    cli.add({QStringLiteral("exchange parked"),
             {},
             QStringLiteral("changes kept until what they belong to arrives"),
             {CliOptions::json()},
             0,
             0,
             true,
             runParked});
    cli.add({QStringLiteral("exchange sync"),
             {},
             QStringLiteral("exchange through a shared folder: import the packages for this database, leave its own"),
             {opt("folder", "the shared folder", "DIR"), CliOptions::json()},
             0,
             0,
             true,
             runSync});
    cli.add({QStringLiteral("exchange retire"),
             QStringLiteral("NAME"),
             QStringLiteral("bureau: retire a workstation (its code is never reused)"),
             {},
             1,
             1,
             true,
             runRetire});
}
