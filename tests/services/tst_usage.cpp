#include "TestSupport.h"
#include "domain/AppInfo.h"
#include "domain/PersonalDataFilter.h"
#include "platform/ApplicationLog.h"
#include "platform/PrivateFiles.h"
#include "services/DashboardService.h"
#include "services/PatientService.h"
#include "services/ProblemReportService.h"
#include "services/ReferralService.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "store/Query.h"
#include "store/UsageStore.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The portal's counters (lookups today, yesterday, this month; workstations online) and its problem-report form
// with its two answers; the application log they draw on, which keeps no personal data.
class TestUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countersAfterLookups();
    void countsAreBatchedAndNeverMakeTheClerkWait();
    void theLookupItselfWritesNothing();
    void workstationsOnline();
    void problemReportIsStoredWithWhatTheProgramKnew();
    void problemReportOnAnUnwritableDatabase();
    void personalDataIsMasked_data();
    void personalDataIsMasked();
    void logRotatesAndStaysPrivate();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_code;
    int m_file = 0;
};

void TestUsage::initTestCase()
{
    TestSupport::isolateUserFolders();
}

void TestUsage::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("u%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    m_code = m_workspace->referrals().registerReferral(in).code;
}

void TestUsage::cleanup()
{
    m_workspace.reset();
    ApplicationLog::uninstall();
}

void TestUsage::countersAfterLookups()
{
    UsageService& usage = m_workspace->usage();
    auto lookUp = [&](int times) {
        for (int i = 0; i < times; ++i) {
            (void)m_workspace->waitingList().lookup(m_code);
            usage.countLookup();
        }
    };
    // 30 October: 4 lookups; 15 and 16 November: 2 and 3.
    m_clock->set(QDateTime(QDate(2026, 10, 30), QTime(9, 0)));
    lookUp(4);
    m_clock->set(QDateTime(QDate(2026, 11, 15), QTime(12, 0)));
    lookUp(2);
    m_clock->set(TestSupport::fixedNow());
    lookUp(3);
    const UsageService::Counters c = usage.counters();
    QCOMPARE(c.lookupsToday, 3);
    QCOMPARE(c.lookupsYesterday, 2);
    QCOMPARE(c.lookupsMonth, 5);
    // Written, another process sees the same (the dashboard command).
    QVERIFY(usage.flush());
    const DashboardService::Summary s = m_workspace->dashboard().summary();
    QCOMPARE(s.lookupsToday, 3);
    QCOMPARE(s.lookupsYesterday, 2);
    QCOMPARE(s.lookupsMonth, 5);
    // The first of December starts a new month.
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(8, 0)));
    lookUp(1);
    const UsageService::Counters d = usage.counters();
    QCOMPARE(d.lookupsToday, 1);
    QCOMPARE(d.lookupsYesterday, 0);
    QCOMPARE(d.lookupsMonth, 1);
}

void TestUsage::countsAreBatchedAndNeverMakeTheClerkWait()
{
    UsageService& usage = m_workspace->usage();
    auto stored = [&] { return UsageService::stored(m_workspace->database(), *m_clock).lookupsToday; };
    usage.countLookup(); // the first is written at once (a command's only lookup)
    QCOMPARE(stored(), 1);
    m_clock->advance(10);
    usage.countLookup();
    usage.countLookup();
    QCOMPARE(stored(), 1); // within half a minute: kept for the next write
    QCOMPARE(usage.pendingLookups(), 2);
    QCOMPARE(usage.counters().lookupsToday, 3);
    m_clock->advance(UsageService::batchSeconds);
    usage.countLookup();
    QCOMPARE(stored(), 4);
    QCOMPARE(usage.pendingLookups(), 0);

    // Another workstation holds the write lock (an import): counting waits a moment, no more, and keeps the count.
    auto other = m_workspace->database().openAnother();
    Query(*other, QStringLiteral("BEGIN IMMEDIATE")).exec();
    m_clock->advance(UsageService::batchSeconds);
    QElapsedTimer timer;
    timer.start();
    usage.countLookup();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(usage.pendingLookups(), 1);
    Query(*other, QStringLiteral("ROLLBACK")).exec();
    // The connection waits as long as usual again for everything else.
    {
        WriteTransaction t(m_workspace->database(), *m_clock);
        t.commit();
    }
    QVERIFY(usage.flush());
    QCOMPARE(stored(), 5);
    // What is still counted when the workspace closes is written then.
    usage.countLookup();
    QCOMPARE(usage.pendingLookups(), 1);
    const QString path = m_workspace->database().location().path;
    m_workspace.reset();
    m_workspace = Workspace::open(DatabaseLocation::sqliteFile(path), *m_clock);
    QCOMPARE(stored(), 6);
}

void TestUsage::theLookupItselfWritesNothing()
{
    // The benchmark times WaitingListService::lookup against raw SQLite: it must stay a pure read.
    const auto changes = [&] {
        return Query(m_workspace->database(), QStringLiteral("SELECT total_changes()")).scalar().toLongLong();
    };
    const qint64 before = changes();
    for (int i = 0; i < 20; ++i)
        (void)m_workspace->waitingList().lookup(m_code);
    QCOMPARE(changes(), before);
    QCOMPARE(UsageService::stored(m_workspace->database(), *m_clock).lookupsToday, 0);
}

void TestUsage::workstationsOnline()
{
    UsageService& usage = m_workspace->usage();
    QCOMPARE(usage.counters().workstationsOnline, 0); // no window open
    QVERIFY(usage.heartbeat(true));
    QCOMPARE(usage.counters().workstationsOnline, 1); // on a single desk: this one
    // A second workstation on a shared database, seen a minute ago.
    {
        WriteTransaction t(m_workspace->database(), *m_clock);
        UsageStore(m_workspace->database())
            .seen(QStringLiteral("desk-2"), QStringLiteral("clerk2"), QStringLiteral("0.1.0"),
                  Clock::stamp(m_clock->now().addSecs(-60)), true);
        t.commit();
    }
    QCOMPARE(usage.counters().workstationsOnline, 2);
    // Minutes later only the one that kept its heartbeat is online.
    m_clock->advance(4 * 60);
    QVERIFY(usage.heartbeat());
    m_clock->advance(2 * 60);
    QCOMPARE(usage.counters().workstationsOnline, 1);
    QCOMPARE(m_workspace->dashboard().summary().workstationsOnline, 1);
    // A window that closes is offline at once.
    QVERIFY(usage.leave());
    QCOMPARE(usage.counters().workstationsOnline, 0);
    QVERIFY(usage.heartbeat(true));
    QCOMPARE(usage.counters().workstationsOnline, 1);
}

void TestUsage::problemReportIsStoredWithWhatTheProgramKnew()
{
    ApplicationLog::install(m_dir.filePath(QStringLiteral("logs%1").arg(m_file)));
    qInfo("Joldama started");
    qWarning("Printing failed for the ticket of IIN 900115300013 (Әлиханов Нұрлан Серікұлы)");
    ProblemReportService reports(m_workspace->database(), *m_clock);
    try {
        reports.submit(QStringLiteral("   "));
        QFAIL("an empty report was accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("description"));
    }
    const ProblemReportService::Outcome o =
        reports.submit(QStringLiteral("The ticket did not print after I pressed Print."));
    QVERIFY(o.stored);
    QCOMPARE(o.answer, ProblemReportService::accepted());
    const QList<ProblemReportStore::Report> list = reports.list(10, true);
    QCOMPARE(list.size(), 1);
    const ProblemReportStore::Report& r = list.first();
    QCOMPARE(r.uid, o.uid);
    QCOMPARE(r.description, QStringLiteral("The ticket did not print after I pressed Print."));
    QCOMPARE(r.status, QStringLiteral("new"));
    QCOMPARE(r.databaseKind, QStringLiteral("sqlite"));
    QCOMPARE(r.appVersion, AppInfo::version());
    QCOMPARE(r.schemaVersion, m_workspace->schemaVersion());
    QCOMPARE(r.createdAt, m_clock->nowStamp());
    QCOMPARE(r.rowVersion, 1);
    QVERIFY(!r.workstation.isEmpty());
    QVERIFY(r.recentErrors.contains(QStringLiteral("Printing failed")));
    QVERIFY(r.applicationLog.contains(QStringLiteral("Joldama started")));
    // No personal data in what the program adds.
    for (const QString& text : {r.recentErrors, r.applicationLog}) {
        QVERIFY2(!text.contains(QStringLiteral("900115300013")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Әлиханов")), qPrintable(text));
    }
    // It travels like every other record: noted in the change log.
    QCOMPARE(Query(m_workspace->database(),
                   QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'problem_report' AND uid = ?"))
                 .bind(o.uid)
                 .scalar()
                 .toInt(),
             1);
}

void TestUsage::problemReportOnAnUnwritableDatabase()
{
    ProblemReportService reports(m_workspace->database(), *m_clock);
    // A read-only connection (chmod 0444 would not stop root, who runs the CI).
    Query(m_workspace->database(), QStringLiteral("PRAGMA query_only = ON")).exec();
    const ProblemReportService::Outcome o = reports.submit(QStringLiteral("Nothing can be saved."));
    QVERIFY(!o.stored);
    QCOMPARE(o.answer, ProblemReportService::unavailable());
    QVERIFY(!o.error.isEmpty());
    Query(m_workspace->database(), QStringLiteral("PRAGMA query_only = OFF")).exec();
    QCOMPARE(reports.list().size(), 0);
    // Later, the same report goes through.
    QVERIFY(reports.submit(QStringLiteral("Nothing can be saved.")).stored);
}

void TestUsage::personalDataIsMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iin") << QStringLiteral("IIN 900115300013 is already registered")
                         << QStringLiteral("IIN [number] is already registered");
    QTest::newRow("name") << QStringLiteral("IIN 900115300013 is already registered as Әлиханов Нұрлан Серікұлы.")
                          << QStringLiteral("IIN [number] is already registered as [name].");
    QTest::newRow("russian name") << QStringLiteral("пациент Иванова-Петрова Анна ждёт")
                                  << QStringLiteral("пациент [name] ждёт");
    QTest::newRow("phone") << QStringLiteral("call +7 701 123 45 67 or 87011234567")
                           << QStringLiteral("call [number] or [number]");
    QTest::newRow("e-mail") << QStringLiteral("sent to aigerim.k@mail.kz") << QStringLiteral("sent to [e-mail]");
    QTest::newRow("home") << QStringLiteral("Cannot open /home/aigerim/Joldama/joldama.sqlite")
                          << QStringLiteral("Cannot open /home/…/Joldama/joldama.sqlite");
    QTest::newRow("kept") << QStringLiteral("No referral has the code 71.7101.CAR.1F; planned 16.11.2026, 2026-11-16")
                          << QStringLiteral("No referral has the code 71.7101.CAR.1F; planned 16.11.2026, 2026-11-16");
    QTest::newRow("versions") << QStringLiteral("schema version 20, Qt 6.4.2, 42 rows")
                              << QStringLiteral("schema version 20, Qt 6.4.2, 42 rows");
}

void TestUsage::personalDataIsMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PersonalDataFilter::scrub(text), expected);
}

void TestUsage::logRotatesAndStaysPrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("rotating"));
    ApplicationLog::install(folder, 8 * 1024, 2);
    const QString path = ApplicationLog::filePath();
    QCOMPARE(path, QDir(folder).filePath(QStringLiteral("joldama.log")));
    for (int i = 0; i < 400; ++i)
        qInfo("line %d of the log, patient 900115300013", i);
    qWarning("the last warning");
    for (const QString& file : QStringList{path, path + QStringLiteral(".1"), path + QStringLiteral(".2")}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY(QFileInfo(file).size() <= 8 * 1024);
        QVERIFY(PrivateFiles::isPrivate(file));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".3")));
    const QString tail = ApplicationLog::tail(4096);
    QVERIFY(tail.size() <= 4096);
    QVERIFY(tail.contains(QStringLiteral("line 399 of the log, patient [number]")));
    QVERIFY(tail.endsWith(QStringLiteral("W the last warning\n")));
    QVERIFY(!tail.contains(QStringLiteral("900115300013")));
    QCOMPARE(ApplicationLog::recentErrors().size(), 1);
    QVERIFY(ApplicationLog::recentErrors().first().endsWith(QStringLiteral("the last warning")));
}

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
