#include "PrintTools.h"
#include "TestSupport.h"
#include "documents/PrintLanguage.h"
#include "services/BedService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// joldama-cli print …: the real executable writing real PDF files, and refusing cleanly.
class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsATicket();
    void ticketInKazakhOnA5();
    void unknownCodeLeavesNoFile();
    void unwritablePathFails();
    void queueListsPublicAndInternal();
    void bedsContactsRefusals();
    void usageErrors();
    void bureauHeading();
    void manyTicketsInOnePdf();
    void dashboard();
    void form001InKazakhAndRussian();
    void ticketsToAPrinter();

private:
    TestSupport::CliResult cli(QStringList arguments) const;
    QString out(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QStringList m_codes;
    QString m_refused;
    QString m_emergency;
};

void TestCliPrint::initTestCase()
{
    TestSupport::isolateUserFolders();
    // The database is prepared in-process, then closed: the CLI opens it as any script would.
    std::unique_ptr<Workspace> workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("cli-print.sqlite"));
    const char* people[][3] = {{"900115300013", "Әлиханов", "Нұрлан"},
                               {"850720400126", "Иванова", "Алёна"},
                               {"051231600017", "Қасымова", "Айгерім"}};
    for (const auto& person : people) {
        Patient p;
        p.iin = QLatin1String(person[0]);
        p.lastName = QString::fromUtf8(person[1]);
        p.firstName = QString::fromUtf8(person[2]);
        p.regionCode = QStringLiteral("71");
        workspace->patients().registerPatient(p);
        ReferralService::Registration in;
        in.iin = p.iin;
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        m_codes << workspace->referrals().registerReferral(in).code;
    }
    m_refused = m_codes.takeLast();
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("no_beds");
    workspace->referrals().transition(m_refused, ReferralStatus::Refused, refusal);
    workspace->beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2});
    // An emergency admission: the journal of admissions and refusals lists it.
    Patient brought;
    brought.iin = QStringLiteral("010203500078");
    brought.lastName = QStringLiteral("Серікбаев");
    brought.firstName = QStringLiteral("Асқар");
    brought.address = QStringLiteral("г. Астана, ул. Кенесары, 40");
    brought.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(brought);
    ReferralService::Registration emergency;
    emergency.iin = brought.iin;
    emergency.hospitalCode = QStringLiteral("7101");
    emergency.profileCode = QStringLiteral("CAR");
    emergency.diagnosisCode = QStringLiteral("I21.0");
    emergency.emergency = true;
    emergency.emergencySource = QStringLiteral("ambulance");
    m_emergency = workspace->referrals().registerReferral(emergency).code;
}

TestSupport::CliResult TestCliPrint::cli(QStringList arguments) const
{
    arguments.prepend(TestSupport::dbArgument(m_dir, QStringLiteral("cli-print.sqlite")));
    arguments.prepend(QStringLiteral("--db"));
    return TestSupport::runCli(arguments);
}

void TestCliPrint::printsATicket()
{
    const QString file = out(QStringLiteral("ticket.pdf"));
    const auto result =
        cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.first(), QStringLiteral("-o"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("1 page")));
    QCOMPARE(PrintTools::pageCount(file), 1);
    QCOMPARE(qRound(PrintTools::pageSizePoints(file).width()), 595); // A4
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY(text.contains(m_codes.first()));
    QVERIFY(text.contains(QStringLiteral("Әлиханов Нұрлан")));
    QVERIFY(text.contains(QStringLiteral("Identity document"))); // --lang defaults to English
    for (const PrintTools::Font& font : PrintTools::fonts(file))
        QVERIFY2(font.embedded, qPrintable(font.name));
    QCOMPARE(PrintTools::scanQr(file), m_codes.first());
    // Lower case and spaces around the code are read as the code.
    const auto again =
        cli({QStringLiteral("print"), QStringLiteral("referral"), QStringLiteral(" ") + m_codes.first().toLower(),
             QStringLiteral("--output=") + out(QStringLiteral("ticket2.pdf"))});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCliPrint::ticketInKazakhOnA5()
{
    const QString file = out(QStringLiteral("ticket-kk.pdf"));
    const auto result =
        cli({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("print"), QStringLiteral("referral"),
             m_codes.at(1), QStringLiteral("-o"), file, QStringLiteral("--a5")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(PrintTools::pageCount(file), 1);
    QCOMPARE(qRound(PrintTools::pageSizePoints(file).width()), 420); // A5
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY(text.contains(QStringLiteral("Жеке басын куәландыратын құжат")));
    QVERIFY(text.contains(QStringLiteral("Астана қаласы")));
    QVERIFY(text.contains(PrintLanguage(Language::Kazakh).careFormLabel(QStringLiteral("round_the_clock"))));
    QCOMPARE(PrintTools::scanQr(file), m_codes.at(1));
}

void TestCliPrint::unknownCodeLeavesNoFile()
{
    const QString file = out(QStringLiteral("unknown.pdf"));
    const auto result = cli({QStringLiteral("print"), QStringLiteral("referral"), QStringLiteral("71.7101.CAR.ZZZ"),
                             QStringLiteral("-o"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("71.7101.CAR.ZZZ")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("unknown*")}).size(), 0); // no temporary left either
    // An existing file stays as it was.
    const QString existing = out(QStringLiteral("existing.pdf"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("referral"), QStringLiteral("not-a-code"),
                  QStringLiteral("-o"), existing})
                 .exitCode,
             1);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestCliPrint::unwritablePathFails()
{
    const QString file = out(QStringLiteral("no/such/folder/ticket.pdf"));
    const auto result =
        cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.first(), QStringLiteral("-o"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Cannot write")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
    // A folder where the file should be.
    const auto folder = cli({QStringLiteral("print"), QStringLiteral("contacts"), QStringLiteral("-o"), m_dir.path()});
    QCOMPARE(folder.exitCode, 1);
}

void TestCliPrint::queueListsPublicAndInternal()
{
    const QString publicFile = out(QStringLiteral("queue-public.pdf"));
    const auto result = cli({QStringLiteral("print"), QStringLiteral("queue"), QStringLiteral("--hospital"),
                             QStringLiteral("7101"), QStringLiteral("--profile"), QStringLiteral("car"),
                             QStringLiteral("--public"), QStringLiteral("-o"), publicFile});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString publicText = PrintTools::flat(PrintTools::text(publicFile));
    const QString internalFile = out(QStringLiteral("queue-internal.pdf"));
    QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("queue"),
                  QStringLiteral("--hospital"), QStringLiteral("7101"), QStringLiteral("--profile"),
                  QStringLiteral("CAR"), QStringLiteral("-o"), internalFile})
                 .exitCode,
             0);
    const QString internalText = PrintTools::flat(PrintTools::text(internalFile));
    for (const QString& code : m_codes) {
        QVERIFY(publicText.contains(code));
        QVERIFY(internalText.contains(code));
    }
    for (const char* word : {"Әлиханов", "Иванова", "900115300013", "850720400126"}) {
        QVERIFY2(!publicText.contains(QString::fromUtf8(word)), word);
        QVERIFY2(internalText.contains(QString::fromUtf8(word)), word);
    }
    QCOMPARE(
        cli({QStringLiteral("print"), QStringLiteral("queue"), QStringLiteral("--hospital"), QStringLiteral("0000"),
             QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("-o"), out(QStringLiteral("q0.pdf"))})
            .exitCode,
        1);
    QVERIFY(!QFile::exists(out(QStringLiteral("q0.pdf"))));
}

void TestCliPrint::bedsContactsRefusals()
{
    const QString beds = out(QStringLiteral("beds.pdf"));
    auto result = cli({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("print"), QStringLiteral("beds"),
                       QStringLiteral("--region"), QStringLiteral("71"), QStringLiteral("-o"), beds});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(PrintTools::flat(PrintTools::text(beds)).contains(QStringLiteral("Астана қаласы")));
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("beds"), QStringLiteral("--region"), QStringLiteral("98"),
                  QStringLiteral("-o"), out(QStringLiteral("beds98.pdf"))})
                 .exitCode,
             1);

    const QString contacts = out(QStringLiteral("contacts.pdf"));
    result = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("contacts"),
                  QStringLiteral("-o"), contacts, QStringLiteral("--landscape")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(PrintTools::pageSizePoints(contacts).width() > PrintTools::pageSizePoints(contacts).height());
    QVERIFY(PrintTools::flat(PrintTools::text(contacts)).contains(QStringLiteral("8 (7162) 721-517")));

    const QString journal = out(QStringLiteral("refusals.pdf"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    result = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("refusals"),
                  QStringLiteral("--from"), QDate::currentDate().addDays(-30).toString(Qt::ISODate),
                  QStringLiteral("--to"), today, QStringLiteral("-o"), journal});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString journalText = PrintTools::flat(PrintTools::text(journal));
    QVERIFY(journalText.contains(m_refused));
    QVERIFY(journalText.contains(QStringLiteral("Қасымова Айгерім")));
    QVERIFY(journalText.contains(QStringLiteral("Нет свободных коек")));
    // An inverted period is the user's mistake, said plainly.
    result = cli({QStringLiteral("print"), QStringLiteral("refusals"), QStringLiteral("--from"), today,
                  QStringLiteral("--to"), QStringLiteral("2020-01-01"), QStringLiteral("-o"),
                  out(QStringLiteral("inverted.pdf"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(out(QStringLiteral("inverted.pdf"))));
}

void TestCliPrint::usageErrors()
{
    // Without -o, with a bad date, without the queue: wrong usage, exit 2.
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.first()}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("print"), QStringLiteral("refusals"), QStringLiteral("--from"), QStringLiteral("yesterday"),
             QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("-o"), out(QStringLiteral("x.pdf"))})
            .exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("queue"), QStringLiteral("-o"), out(QStringLiteral("x.pdf"))})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
    const auto help =
        TestSupport::runCli({QStringLiteral("print"), QStringLiteral("referral"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--a5")));
}

void TestCliPrint::bureauHeading()
{
    auto result =
        cli({QStringLiteral("bureau"), QStringLiteral("set"), QStringLiteral("--name"),
             QStringLiteral("Бюро госпитализации г. Астаны"), QStringLiteral("--region"), QStringLiteral("71")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = cli({QStringLiteral("bureau"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("region_code")).toString(),
             QStringLiteral("71"));
    const QString file = out(QStringLiteral("named.pdf"));
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("contacts"), QStringLiteral("-o"), file}).exitCode, 0);
    QVERIFY(PrintTools::flat(PrintTools::text(file)).contains(QStringLiteral("БЮРО ГОСПИТАЛИЗАЦИИ Г. АСТАНЫ")));
    QCOMPARE(cli({QStringLiteral("bureau"), QStringLiteral("set"), QStringLiteral("--region"), QStringLiteral("00")})
                 .exitCode,
             1);
    QCOMPARE(
        cli({QStringLiteral("bureau"), QStringLiteral("set"), QStringLiteral("--name="), QStringLiteral("--region=")})
            .exitCode,
        0);
}

void TestCliPrint::manyTicketsInOnePdf()
{
    const QString file = out(QStringLiteral("tickets.pdf"));
    const auto result = cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.at(0), m_codes.at(1),
                             QStringLiteral("-o"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("2 page")), qPrintable(result.out));
    QCOMPARE(PrintTools::pageCount(file), 2);
    QCOMPARE(PrintTools::scanQr(file, 1), m_codes.at(0));
    QCOMPARE(PrintTools::scanQr(file, 2), m_codes.at(1));
    const QStringList pages = PrintTools::pages(file);
    QVERIFY(PrintTools::flat(pages.value(0)).contains(QStringLiteral("Әлиханов Нұрлан")));
    QVERIFY(PrintTools::flat(pages.value(1)).contains(QStringLiteral("Иванова Алёна")));
    // One unknown code among them: nothing is written.
    const QString none = out(QStringLiteral("tickets-none.pdf"));
    const auto refused = cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.at(0),
                              QStringLiteral("71.7101.CAR.ZZZ"), QStringLiteral("-o"), none});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFile::exists(none));
}

void TestCliPrint::dashboard()
{
    const QString file = out(QStringLiteral("dashboard.pdf"));
    const auto result = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"),
                             QStringLiteral("dashboard"), QStringLiteral("-o"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY2(text.contains(QStringLiteral("Бюро в цифрах")), qPrintable(text));
    QVERIFY(text.contains(PrintLanguage(Language::Russian).statusLabelForCode(QStringLiteral("refused"))));
    QVERIFY(text.contains(QStringLiteral("Астана")));
    PrintTools::keepFirstPage(file, QStringLiteral("cli-dashboard-ru"));
}

namespace {
// The words in this order: a column's title or cell wraps inside its column, and pdftotext may put the
// neighbouring columns' lines between its lines.
bool hasInOrder(const QString& text, const char* words)
{
    QStringList parts;
    for (const QString& word : QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts << QRegularExpression::escape(word);
    return QRegularExpression(parts.join(QStringLiteral(".{0,200}?")), QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}
} // namespace

void TestCliPrint::form001InKazakhAndRussian()
{
    // The refusal journal is the hospital's journal of admissions and refusals, form 001/у, with its columns.
    const QString from = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    const QString russian = out(QStringLiteral("form-001-ru.pdf"));
    auto result =
        cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("refusals"),
             QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--hospital"),
             QStringLiteral("7101"), QStringLiteral("--landscape"), QStringLiteral("-o"), russian});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString ru = PrintTools::flat(PrintTools::text(russian));
    for (const char* words :
         {"Форма № 001/у", "Журнал учёта приёма пациентов и отказов в госпитализации", "Дата и время поступления",
          "Дата рождения", "Кем направлен или доставлен", "Отделение (профиль койки)",
          "Диагноз направившей организации", "Причина отказа в госпитализации и принятые меры", "Серікбаев Асқар",
          "03.02.2001", "ул. Кенесары, 40", "Доставлен скорой помощью", "Нет свободных коек", "Қасымова Айгерім"})
        QVERIFY2(hasInOrder(ru, words), words);
    QVERIFY(ru.contains(m_emergency) && ru.contains(m_refused));
    QVERIFY2(ru.contains(QStringLiteral("Госпитализировано за период: 1. Отказано: 1.")), qPrintable(ru));
    PrintTools::keepFirstPage(russian, QStringLiteral("cli-form-001-ru"));
    const QString kazakh = out(QStringLiteral("form-001-kk.pdf"));
    result = cli({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("print"), QStringLiteral("refusals"),
                  QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--landscape"),
                  QStringLiteral("-o"), kazakh});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString kk = PrintTools::flat(PrintTools::text(kazakh));
    for (const char* words :
         {"№ 001/е нысан", "Пациенттерді қабылдау және емдеуге жатқызудан бас тартуды есепке алу журналы",
          "Келіп түскен күні мен уақыты", "Емдеуге жатқызудан бас тарту себебі", "Жедел жәрдеммен жеткізілді",
          "Серікбаев Асқар"})
        QVERIFY2(hasInOrder(kk, words), words);
    PrintTools::keepFirstPage(kazakh, QStringLiteral("cli-form-001-kk"));
}

void TestCliPrint::ticketsToAPrinter()
{
    // --printer sends the same pages to a printer: a CUPS queue that writes PDF files (the cups_queue fixture).
    QFile status(QStringLiteral(JOLDAMA_CUPS_STATUS));
    if (!status.open(QIODevice::ReadOnly))
        QSKIP("the cups_queue fixture did not run");
    const QStringList lines = QString::fromUtf8(status.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.value(0).startsWith(QLatin1String("unavailable:")))
        QSKIP(qPrintable(QStringLiteral("CUPS cannot be used here: ") + lines.value(0)));
    QCOMPARE(lines.value(0), QStringLiteral("ready"));
    const QDir folder(lines.value(1).trimmed());
    const QStringList before = folder.entryList({QStringLiteral("*.pdf")}, QDir::Files);
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    auto result = cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.at(0), m_codes.at(1),
                       QStringLiteral("--printer"), QStringLiteral("JoldamaPDF")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("JoldamaPDF")), qPrintable(result.out));
    const auto pending = [] {
        QProcess lpstat;
        lpstat.start(QStringLiteral("lpstat"), {QStringLiteral("-o"), QStringLiteral("JoldamaPDF")});
        lpstat.waitForFinished(10000);
        return QString::fromUtf8(lpstat.readAllStandardOutput()).trimmed();
    };
    QTRY_VERIFY_WITH_TIMEOUT(pending().isEmpty(), 90000);
    QString written;
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time)) {
        if (!before.contains(info.fileName()) && info.lastModified() >= started) {
            written = info.filePath();
            break;
        }
    }
    QVERIFY2(!written.isEmpty(), qPrintable(QStringLiteral("no new PDF in %1").arg(folder.path())));
    QCOMPARE(PrintTools::pageCount(written), 2); // both tickets, one job
    QCOMPARE(PrintTools::scanQr(written, 1), m_codes.at(0));
    QCOMPARE(PrintTools::scanQr(written, 2), m_codes.at(1));
    QFile::remove(written);
    // A printer that does not exist is named, and the printers there are listed.
    result = cli({QStringLiteral("print"), QStringLiteral("referral"), m_codes.at(0), QStringLiteral("--printer"),
                  QStringLiteral("NoSuchPrinter")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("NoSuchPrinter")) && result.err.contains(QStringLiteral("JoldamaPDF")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
