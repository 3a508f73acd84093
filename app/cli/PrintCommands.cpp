#include "PrintCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "documents/BedsPrintout.h"
#include "documents/ContactsPrintout.h"
#include "documents/PdfExport.h"
#include "documents/PrintSetup.h"
#include "documents/QueuePrintout.h"
#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "services/BureauService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QJsonObject>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

// Builds first and writes after, so an unknown code or hospital never leaves a file behind; the PDF
// itself appears only once complete (PdfExport writes through QSaveFile).
int writePdf(CliRun& run, PagedDocument& document)
{
    const PrintSetup setup = printoutSetup(run);
    const QString path = run.value(QStringLiteral("output"));
    const int pages = PdfExport::write(document, setup.pageLayout(), path);
    run.out() << QDir::toNativeSeparators(path) << ": " << pages << " page(s)\n";
    return Cli::Success;
}

void requireOutput(const CliRun& run)
{
    if (!run.isSet(QStringLiteral("output")) || run.value(QStringLiteral("output")).trimmed().isEmpty())
        throw CliUsageError(QStringLiteral("-o FILE.pdf is required: the file to write."));
}

QDate dateOption(const CliRun& run, const QString& name)
{
    if (!run.isSet(name))
        throw CliUsageError(QStringLiteral("--%1 is required (YYYY-MM-DD).").arg(name));
    const QString text = run.value(name).trimmed();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    if (!date.isValid())
        throw CliUsageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, text));
    return date;
}

int runPrintReferral(CliRun& run)
{
    requireOutput(run);
    const std::unique_ptr<TicketDocument> ticket =
        TicketPrintout::build(run.workspace(), run.positional().at(0), run.language());
    return writePdf(run, *ticket);
}

int runPrintQueue(CliRun& run)
{
    requireOutput(run);
    if (!run.isSet(QStringLiteral("hospital")) || !run.isSet(QStringLiteral("profile")))
        throw CliUsageError(QStringLiteral("--hospital and --profile are required."));
    const std::unique_ptr<TableDocument> list = QueuePrintout::build(
        run.workspace(), run.value(QStringLiteral("hospital")), run.value(QStringLiteral("profile")),
        run.isSet(QStringLiteral("public")) ? QueuePrintout::Version::Public : QueuePrintout::Version::Internal,
        run.language());
    return writePdf(run, *list);
}

int runPrintBeds(CliRun& run)
{
    requireOutput(run);
    const std::unique_ptr<TableDocument> beds =
        BedsPrintout::build(run.workspace(), run.value(QStringLiteral("region")), run.language());
    return writePdf(run, *beds);
}

int runPrintContacts(CliRun& run)
{
    requireOutput(run);
    const std::unique_ptr<TableDocument> contacts = ContactsPrintout::build(run.workspace(), run.language());
    return writePdf(run, *contacts);
}

int runPrintRefusals(CliRun& run)
{
    requireOutput(run);
    const QDate from = dateOption(run, QStringLiteral("from"));
    const QDate to = dateOption(run, QStringLiteral("to"));
    const std::unique_ptr<TableDocument> journal = RefusalsPrintout::build(run.workspace(), from, to, run.language());
    return writePdf(run, *journal);
}

int runBureauShow(CliRun& run)
{
    const BureauService::Info info = run.workspace().bureau().info();
    if (run.json()) {
        run.printJson(
            QJsonObject{{QStringLiteral("name"), info.name}, {QStringLiteral("region_code"), info.regionCode}});
        return Cli::Success;
    }
    run.out() << "Name:   "
              << (info.name.isEmpty() ? QStringLiteral("(not set: \"Bureau of Hospitalization\")") : info.name)
              << "\nRegion: "
              << (info.regionCode.isEmpty() ? QStringLiteral("(not set: the region of what is printed)")
                                            : info.regionCode)
              << '\n';
    return Cli::Success;
}

int runBureauSet(CliRun& run)
{
    if (!run.isSet(QStringLiteral("name")) && !run.isSet(QStringLiteral("region")))
        throw CliUsageError(QStringLiteral("Give --name, --region or both (an empty value clears it)."));
    BureauService& bureau = run.workspace().bureau();
    BureauService::Info info = bureau.info();
    if (run.isSet(QStringLiteral("name")))
        info.name = run.value(QStringLiteral("name"));
    if (run.isSet(QStringLiteral("region")))
        info.regionCode = run.value(QStringLiteral("region"));
    bureau.setInfo(info);
    return runBureauShow(run);
}

} // namespace

QList<QCommandLineOption> printoutOptions()
{
    return {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                               QStringLiteral("the PDF file to write (required; replaced only when complete)"),
                               QStringLiteral("FILE.pdf")),
            opt("a5", "A5 paper instead of A4"), opt("landscape", "landscape instead of portrait")};
}

PrintSetup printoutSetup(const CliRun& run)
{
    PrintSetup setup;
    setup.pageSize = run.isSet(QStringLiteral("a5")) ? QPageSize::A5 : QPageSize::A4;
    setup.orientation = run.isSet(QStringLiteral("landscape")) ? QPageLayout::Landscape : QPageLayout::Portrait;
    setup.marginMm = PrintSetup::defaultMargin(setup.pageSize);
    setup.language = run.language();
    return setup;
}

void addPrintCommands(Cli& cli)
{
    cli.add({QStringLiteral("print referral"), QStringLiteral("CODE"),
             QStringLiteral("the referral ticket with its QR code, as a PDF (--lang picks its language)"),
             printoutOptions(), 1, 1, true, runPrintReferral});
    cli.add({QStringLiteral("print queue"),
             {},
             QStringLiteral("the waiting list of a hospital × profile as a PDF; --public leaves out names and IIN"),
             printoutOptions() + QList<QCommandLineOption>{opt("hospital", "hospital code (required)", "CODE"),
                                                           opt("profile", "bed profile code (required)", "CODE"),
                                                           opt("public", "the public version: codes, dates and places "
                                                                         "only")},
             0,
             0,
             true,
             runPrintQueue});
    cli.add({QStringLiteral("print beds"),
             {},
             QStringLiteral("free beds today, tomorrow and the day after, by region, as a PDF"),
             printoutOptions() + QList<QCommandLineOption>{opt("region", "only this region (KATO code)", "RR")},
             0,
             0,
             true,
             runPrintBeds});
    cli.add({QStringLiteral("print contacts"),
             {},
             QStringLiteral("the regional bureaus' telephones as a PDF"),
             printoutOptions(),
             0,
             0,
             true,
             runPrintContacts});
    cli.add({QStringLiteral("print refusals"),
             {},
             QStringLiteral("the refusal journal of a period as a PDF"),
             printoutOptions() + QList<QCommandLineOption>{opt("from", "first day, YYYY-MM-DD (required)", "DATE"),
                                                           opt("to", "last day, YYYY-MM-DD (required)", "DATE")},
             0,
             0,
             true,
             runPrintRefusals});
    cli.add({QStringLiteral("bureau show"),
             {},
             QStringLiteral("the bureau's name and region as printouts show them"),
             {CliOptions::json()},
             0,
             0,
             true,
             runBureauShow});
    cli.add({QStringLiteral("bureau set"),
             {},
             QStringLiteral("set the bureau's name and region for printouts (an empty value clears it)"),
             {opt("name", "the bureau's name as printed", "TEXT"), opt("region", "its region (KATO code)", "RR"),
              CliOptions::json()},
             0,
             0,
             true,
             runBureauSet});
}
