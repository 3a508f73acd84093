#include "PrintCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "documents/BedsPrintout.h"
#include "documents/ContactsPrintout.h"
#include "documents/DashboardPrintout.h"
#include "documents/DocumentBundle.h"
#include "documents/PdfExport.h"
#include "documents/PrintSetup.h"
#include "documents/QueuePrintout.h"
#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "domain/OperationError.h"
#include "services/BureauService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QJsonObject>
#include <QPrinter>
#include <QPrinterInfo>

namespace {

QCommandLineOption opt(const char* name, const char* description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

// Builds first and writes after, so an unknown code or hospital never leaves a file behind; the PDF
// itself appears only once complete (PdfExport writes through QSaveFile).
// landscape: a printout made for landscape paper whatever --landscape says (the eleven columns of form 001/u do
// not fit across a portrait page).
int writePdf(CliRun& run, PagedDocument& document, bool landscape = false)
{
    PrintSetup setup = printoutSetup(run);
    if (landscape)
        setup.orientation = QPageLayout::Landscape;
    if (run.isSet(QStringLiteral("printer"))) {
        // A printer instead of a file: the same pages through Qt's printing, as the window's Print button.
        const QString name = run.value(QStringLiteral("printer")).trimmed();
        const QStringList printers = QPrinterInfo::availablePrinterNames();
        if (!printers.contains(name))
            throw OperationError(
                OperationError::Kind::NotFound,
                CliText::tr("There is no printer named \"%1\". Printers here: %2.")
                    .arg(name, printers.isEmpty() ? CliText::tr("none") : printers.join(QStringLiteral(", "))),
                QStringLiteral("printer"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(name);
        printer.setDocName(document.title());
        printer.setPageLayout(setup.pageLayout());
        const int pages = document.pageCount(setup.pageLayout());
        document.print(printer);
        run.out() << CliText::tr("%n page(s) sent to the printer %1", nullptr, pages).arg(name) << '\n';
        return Cli::Success;
    }
    const QString path = run.value(QStringLiteral("output"));
    const int pages = PdfExport::write(document, setup.pageLayout(), path);
    run.out() << QDir::toNativeSeparators(path) << ": " << CliText::tr("%n page(s)", nullptr, pages) << '\n';
    return Cli::Success;
}

void requireOutput(const CliRun& run)
{
    const bool file = run.isSet(QStringLiteral("output")) && !run.value(QStringLiteral("output")).trimmed().isEmpty();
    const bool printer =
        run.isSet(QStringLiteral("printer")) && !run.value(QStringLiteral("printer")).trimmed().isEmpty();
    if (file == printer)
        throw CliUsageError(QStringLiteral("Give either -o FILE.pdf (the file to write) or --printer NAME."));
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
    // Every ticket is built before anything is written: an unknown code among many leaves no file behind.
    auto bundle = std::make_unique<DocumentBundle>();
    for (const QString& code : run.positional())
        bundle->add(TicketPrintout::build(run.workspace(), code, run.language()));
    if (run.positional().size() == 1)
        return writePdf(run, *bundle->takeFirst());
    return writePdf(run, *bundle);
}

int runPrintDashboard(CliRun& run)
{
    requireOutput(run);
    const std::unique_ptr<TableDocument> dashboard = DashboardPrintout::build(run.workspace(), run.language());
    return writePdf(run, *dashboard);
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
    const std::unique_ptr<TableDocument> journal =
        RefusalsPrintout::build(run.workspace(), from, to, run.language(), run.value(QStringLiteral("hospital")));
    return writePdf(run, *journal, true);
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
                               QStringLiteral("the PDF file to write (replaced only when complete)"),
                               QStringLiteral("FILE.pdf")),
            opt("printer", "send to this printer instead of a file (the name lpstat -p shows)", "NAME"),
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
    cli.add({QStringLiteral("print referral"), QStringLiteral("CODE [CODE…]"),
             QStringLiteral("referral tickets with their QR codes, one after another in one PDF or print job (--lang "
                            "picks their language)"),
             printoutOptions(), 1, 10000, true, runPrintReferral});
    cli.add({QStringLiteral("print dashboard"),
             {},
             QStringLiteral("the bureau at a glance: referrals by status, days waited by profile, beds by region"),
             printoutOptions(),
             0,
             0,
             true,
             runPrintDashboard});
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
             QStringLiteral("the refusal journal of a period as form 001/u, the journal of admissions and refusals "
                            "(always on landscape paper, as the form)"),
             printoutOptions() + QList<QCommandLineOption>{opt("from", "first day, YYYY-MM-DD (required)", "DATE"),
                                                           opt("to", "last day, YYYY-MM-DD (required)", "DATE"),
                                                           opt("hospital", "one hospital's journal (code)", "CODE")},
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
