#include "DataCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "services/DatabaseMove.h"
#include "services/DemoDataGenerator.h"
#include "services/OpenDataService.h"
#include "services/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

int runDemo(CliRun& run)
{
    DemoDataGenerator::Options options;
    options.patients = run.intValue(QStringLiteral("patients"), 1000);
    options.referrals = run.intValue(QStringLiteral("referrals"), 2000);
    options.seed = quint64(run.intValue(QStringLiteral("seed"), 1));
    options.years = run.intValue(QStringLiteral("years"), 4);
    if (run.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(run.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            throw CliUsageError(QStringLiteral("--until takes a date as YYYY-MM-DD."));
    }
    if (options.patients < 1 || options.referrals < 0)
        throw CliUsageError(QStringLiteral("--patients must be at least 1 and --referrals not negative."));
    QElapsedTimer timer;
    timer.start();
    QTextStream& err = run.err();
    DemoDataGenerator generator(run.workspace().database(), run.workspace().clock(), options);
    generator.run([&](qint64 done, qint64 total, const QString& stage) {
        err << '\r' << CliText::tr("%1: %2 / %3   (%4 s)").arg(stage).arg(done).arg(total).arg(timer.elapsed() / 1000);
        err.flush();
    });
    err << '\n';
    run.out() << CliText::tr("Generated %1 patients and %2 referrals in %3 s")
                     .arg(options.patients)
                     .arg(options.referrals)
                     .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
              << '\n';
    return Cli::Success;
}

int runOpenData(CliRun& run, bool waiting)
{
    QFile file(run.positional().at(0));
    if (!file.open(QIODevice::ReadOnly)) {
        run.err() << CliText::tr("Cannot read %1: %2. Check the path.").arg(file.fileName(), file.errorString())
                  << '\n';
        return Cli::Failure;
    }
    QElapsedTimer timer;
    timer.start();
    QTextStream& err = run.err();
    OpenDataService service(run.workspace().database(), run.clock());
    auto progress = [&](qint64 done, qint64 total, qint64 rows) {
        err << '\r' << CliText::tr("%1 rows, %2%").arg(rows).arg(total > 0 ? 100 * done / total : 0) << "   ";
        err.flush();
    };
    const ImportReport report = waiting ? service.importWaitingList(&file, file.fileName(), progress)
                                        : service.importReferrals(&file, file.fileName(), progress);
    err << '\n';
    for (const ImportReport::BadRow& bad : report.badRows.mid(0, 200))
        err << CliText::tr("line %1: %2").arg(bad.line).arg(bad.reason) << '\n';
    if (report.badRows.size() > 200)
        err << CliText::tr("… and %1 more bad rows").arg(report.badRows.size() - 200) << '\n';
    (report.committed ? run.out() : err) << report.summary() << " ("
                                         << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s)\n";
    return report.committed ? Cli::Success : Cli::Failure;
}

int runImportDatabase(CliRun& run)
{
    QTextStream& err = run.err();
    const DatabaseMove::Report report =
        DatabaseMove(run.workspace()).from(run.positional().at(0), [&](const QString& table, qint64 rows) {
            err << '\r' << table << ": " << rows << "          ";
            err.flush();
        });
    err << '\n';
    if (run.json()) {
        QJsonObject tables;
        for (const DatabaseTransfer::Table& table : report.tables)
            tables.insert(table.name, table.rows);
        run.printJson(QJsonObject{{QStringLiteral("patients"), report.rows(QStringLiteral("patient"))},
                                  {QStringLiteral("referrals"), report.rows(QStringLiteral("referral"))},
                                  {QStringLiteral("tables"), tables},
                                  {QStringLiteral("seconds"), report.milliseconds / 1000.0}});
    } else {
        run.out() << "Moved " << report.rows(QStringLiteral("patient")) << " patients and "
                  << report.rows(QStringLiteral("referral")) << " referrals (" << report.tables.size()
                  << " tables, every one checked record by record) in "
                  << QString::number(report.milliseconds / 1000.0, 'f', 1) << " s\n";
    }
    return Cli::Success;
}

} // namespace

void addDataCommands(Cli& cli)
{
    cli.add({QStringLiteral("import database"),
             QStringLiteral("FILE.sqlite"),
             QStringLiteral("move a single desk's database file onto the server given with --db postgresql://… "
                            "(into a new, empty database; every table checked after)"),
             {CliOptions::json()},
             1,
             1,
             true,
             runImportDatabase});
    cli.add({QStringLiteral("import opendata-referrals"),
             QStringLiteral("FILE.csv"),
             QStringLiteral("import the Bureau's open-data referrals export (bad rows are reported and skipped)"),
             {},
             1,
             1,
             true,
             [](CliRun& run) { return runOpenData(run, false); }});
    cli.add({QStringLiteral("import opendata-waiting"),
             QStringLiteral("FILE.csv"),
             QStringLiteral("import the Bureau's open-data waiting-list export"),
             {},
             1,
             1,
             true,
             [](CliRun& run) { return runOpenData(run, true); }});
    cli.add(
        {QStringLiteral("demo"),
         {},
         QStringLiteral("fill the database with deterministic synthetic patients and referrals (progress on stderr)"),
         {opt("patients", "how many patients (default 1000)", "N"),
          opt("referrals", "how many referrals (default 2000)", "M"),
          opt("seed", "random seed: the same seed gives the same data (default 1)", "S"),
          opt("until", "the last day of the data, YYYY-MM-DD (default today)", "DATE"),
          opt("years", "how many years back registrations go (default 4)", "N")},
         0,
         0,
         true,
         runDemo});
}
