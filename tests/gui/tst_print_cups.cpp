#include "PrintTools.h"
#include "TestSupport.h"
#include "documents/PrintSetup.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "printing/DocumentPrinter.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// One real print job: a referral ticket through QPrinter — the same path the preview's Print button
// takes — to a CUPS queue that writes PDF files (cups-pdf), then the file the queue wrote, scanned back.
// The cups_queue fixture (tests/cups_queue.sh) starts cupsd and adds the queue; the test runs the same
// idempotent script again, so it also works run on its own. It skips only where CUPS itself cannot be
// used (not installed, not root).
class TestPrintCups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsATicketThroughCups();

private:
    QString pendingJobs() const;

    QTemporaryDir m_dir;
    QString m_output; // where cups-pdf writes this user's files
    const QString m_queue = QStringLiteral("JoldamaPDF");
};

void TestPrintCups::initTestCase()
{
    TestSupport::isolateUserFolders();
    QFile status(QStringLiteral(JOLDAMA_CUPS_STATUS));
    QProcess script;
    script.start(QStringLiteral("sh"), {QStringLiteral(JOLDAMA_CUPS_SCRIPT), m_queue, status.fileName()});
    QVERIFY(script.waitForFinished(120000));
    QVERIFY2(status.open(QIODevice::ReadOnly), "tests/cups_queue.sh wrote no status");
    const QStringList lines = QString::fromUtf8(status.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    status.close();
    const QString state = lines.value(0).trimmed();
    m_output = lines.value(1).trimmed();
    if (state.startsWith(QLatin1String("unavailable:")))
        QSKIP(qPrintable(QStringLiteral("CUPS cannot be used here: ") + state.mid(12).trimmed()));
    QVERIFY2(state == QLatin1String("ready"), qPrintable(state));
    QVERIFY2(!m_output.isEmpty(), "the cups_queue fixture did not say where cups-pdf writes");
    QVERIFY2(QPrinterInfo::availablePrinterNames().contains(m_queue),
             qPrintable(QStringLiteral("Qt does not see the queue %1 (it sees: %2)")
                            .arg(m_queue, QPrinterInfo::availablePrinterNames().join(QStringLiteral(", ")))));
}

QString TestPrintCups::pendingJobs() const
{
    QProcess lpstat;
    lpstat.start(QStringLiteral("lpstat"), {QStringLiteral("-o"), m_queue});
    lpstat.waitForFinished(10000);
    return QString::fromUtf8(lpstat.readAllStandardOutput()).trimmed();
}

void TestPrintCups::printsATicketThroughCups()
{
    FixedClock clock(TestSupport::fixedNow()); // the ticket's dates; the printed file's time is the machine's
    std::unique_ptr<Workspace> workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("cups.sqlite"), clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    const QString code = workspace->referrals().registerReferral(in).code;
    const std::unique_ptr<TicketDocument> ticket = TicketPrintout::build(*workspace, code, Language::Kazakh);

    const QDir out(m_output);
    const QStringList before = out.entryList({QStringLiteral("*.pdf")}, QDir::Files);
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_queue);
    QCOMPARE(printer.printerName(), m_queue);
    QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat); // a real queue, not Qt's own PDF writer
    PrintSetup setup;
    printer.setPageLayout(setup.pageLayout());
    DocumentPrinter::print(*ticket, printer); // what the preview's Print button does

    // A job leaves the queue once cups-pdf has written its file completely.
    QTRY_VERIFY_WITH_TIMEOUT(pendingJobs().isEmpty(), 90000);
    QString written;
    for (const QFileInfo& info : out.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time)) {
        if (!before.contains(info.fileName()) && info.lastModified() >= started) {
            written = info.filePath();
            break;
        }
    }
    QVERIFY2(!written.isEmpty(), qPrintable(QStringLiteral("no new PDF in %1").arg(out.path())));
    qInfo("the queue %s wrote %s", qPrintable(m_queue), qPrintable(written));
    // cups-pdf makes its PDF from PostScript (the PPD's filter chain) and Ghostscript drops the fonts'
    // Unicode maps on the way, so pdftotext reads no words from it whatever was printed. What came out
    // is checked the way a hospital's scanner would read it: the QR code on the printed page is exactly
    // the referral's code. (The text of the same ticket is checked in the PDFs Joldama writes itself.)
    QCOMPARE(PrintTools::pageCount(written), 1);
    QCOMPARE(qRound(PrintTools::pageSizePoints(written).width()), 595); // A4, as set up
    QCOMPARE(PrintTools::scanQr(written), code);
    PrintTools::keepFirstPage(written, QStringLiteral("print-cups-ticket"));
    QFile::remove(written); // the queue's folder is the machine's, not ours
}

QTEST_MAIN(TestPrintCups)
#include "tst_print_cups.moc"
