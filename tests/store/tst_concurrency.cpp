#include "TestSupport.h"
#include "services/PatientService.h"
#include "store/Query.h"

#include <QProcess>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

// Two workstations, one file: both register referrals at the same moment into the same queue. Both must
// succeed, with no duplicate code, no lost referral and no "database is locked".
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoProcessesRegisterIntoTheSameQueue();
    void twoCliLoopsRegisterAtTheSameTime();
    void thirtyClerksRegisterIntoOneQueueAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestConcurrency::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_db = TestSupport::dbArgument(m_dir, QStringLiteral("shared.sqlite")); // a file, or a PostgreSQL database
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
}

void TestConcurrency::twoProcessesRegisterIntoTheSameQueue()
{
    const int perProcess = 150;
    QProcess a, b;
    for (QProcess* p : {&a, &b})
        p->start(QStringLiteral(JOLDAMA_BINARY_DIR "/tests/register_worker"),
                 {m_db, QStringLiteral("900115300013"), QStringLiteral("7101"), QString::number(perProcess)});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    const QString errA = QString::fromUtf8(a.readAllStandardError());
    const QString errB = QString::fromUtf8(b.readAllStandardError());
    QVERIFY2(a.exitCode() == 0, qPrintable(errA));
    QVERIFY2(b.exitCode() == 0, qPrintable(errB));
    QVERIFY(!errA.contains(QStringLiteral("locked")) && !errB.contains(QStringLiteral("locked")));
    QStringList codes = QString::fromUtf8(a.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList codesB =
        QString::fromUtf8(b.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), perProcess);
    QCOMPARE(codesB.size(), perProcess);
    codes += codesB;
    const QSet<QString> unique(codes.begin(), codes.end());
    QCOMPARE(unique.size(), 2 * perProcess); // no duplicates
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    Database& db = workspace->database();
    QCOMPARE(
        Query(db,
              QStringLiteral(
                  "SELECT count(*) FROM referral WHERE hospital_id = (SELECT id FROM hospital WHERE code = '7101')"))
            .scalar()
            .toInt(),
        2 * perProcess); // none lost
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM referral_event")).scalar().toInt(), 2 * perProcess);
    // The numbers are exactly 1 … 2N: nothing skipped, nothing taken twice.
    for (int n = 1; n <= 2 * perProcess; ++n)
        QVERIFY2(unique.contains(QStringLiteral("71.7101.CAR.") + QString::number(n, 36).toUpper()),
                 qPrintable(QString::number(n)));
}

void TestConcurrency::twoCliLoopsRegisterAtTheSameTime()
{
    // The same through joldama-cli, as two scripts on two workstations would do it.
    const int perLoop = 12;
    const QString script =
        QStringLiteral(
            "for i in $(seq %1); do \"%2\" --db \"%3\" referrals add --iin 900115300013 "
            "--hospital 7102 --profile CAR --diagnosis I25.1 --second-referral-reason \"load test\" || exit 1; done")
            .arg(perLoop)
            .arg(QStringLiteral(JOLDAMA_CLI_PATH), m_db);
    QProcess a, b;
    a.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    b.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QStringList codes = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput())
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 2 * perLoop);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 2 * perLoop);
}

void TestConcurrency::thirtyClerksRegisterIntoOneQueueAtOnce()
{
    // A bureau's morning: thirty workstations register into the same hospital × profile at the same time. On
    // PostgreSQL (READ COMMITTED, writers side by side) the queue's numbers must still be unique and gapless.
    const int clerks = 30;
    const int perClerk = 5;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clerks; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(
            QStringLiteral(JOLDAMA_BINARY_DIR "/tests/register_worker"),
            {m_db, QStringLiteral("900115300013"), QStringLiteral("7104"), QString::number(perClerk)});
    }
    QStringList codes;
    for (auto& p : processes) {
        QVERIFY(p->waitForFinished(180000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 0, qPrintable(err)); // no clerk saw a retryable failure
        codes += QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QCOMPARE(codes.size(), clerks * perClerk);
    const QSet<QString> unique(codes.begin(), codes.end());
    QCOMPARE(unique.size(), clerks * perClerk);
    for (int n = 1; n <= clerks * perClerk; ++n)
        QVERIFY2(unique.contains(QStringLiteral("71.7104.CAR.") + QString::number(n, 36).toUpper()),
                 qPrintable(QString::number(n)));
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    QCOMPARE(Query(workspace->database(),
                   QStringLiteral("SELECT count(*) FROM referral WHERE hospital_id = (SELECT id FROM hospital WHERE "
                                  "code = '7104')"))
                 .scalar()
                 .toInt(),
             clerks * perClerk);
    // The queue's positions too: one referral per place, 1 … N.
    QCOMPARE(Query(workspace->database(),
                   QStringLiteral("SELECT count(DISTINCT queue_key) FROM referral WHERE hospital_id = (SELECT id FROM "
                                  "hospital WHERE code = '7104')"))
                 .scalar()
                 .toInt(),
             clerks * perClerk);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
