#include "TestSupport.h"
#include "domain/OperationError.h"
#include "services/ChangeFeed.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"
#include "store/Query.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The bureau's server restarts (or its network drops) under an open workspace: a save in between is refused
// with a clear message within seconds and leaves nothing half-written; the change feed says the server is gone
// and, once it is back, reconnects and asks for everything to be refreshed; the next save goes through. Runs on
// a PostgreSQL cluster of its own (tests/support/pg_cluster.sh), since it stops and starts the server; fails,
// never skips, when that server cannot start.
class TestServerOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aServerRestartedUnderAnOpenWorkspace();

private:
    static bool cluster(const QString& action, const QString& status);
    QTemporaryDir m_dir;
    QString m_status;
};

bool TestServerOutage::cluster(const QString& action, const QString& status)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral(JOLDAMA_SOURCE_DIR "/tests/support/pg_cluster.sh"), action, status});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        qWarning("pg_cluster.sh %s: %s", qPrintable(action), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestServerOutage::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_status = m_dir.filePath(QStringLiteral("cluster.status"));
    QVERIFY2(cluster(QStringLiteral("start"), m_status), "the test's own PostgreSQL server did not start");
}

void TestServerOutage::cleanupTestCase()
{
    cluster(QStringLiteral("stop"), m_status);
}

void TestServerOutage::aServerRestartedUnderAnOpenWorkspace()
{
    QFile status(m_status);
    QVERIFY(status.open(QIODevice::ReadOnly));
    QString url;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("url="))
            url = QString::fromUtf8(line.mid(4));
    }
    DatabaseLocation where = DatabaseLocation::fromArgument(url);
    QVERIFY(where.kind == SqlDialect::Kind::Postgres);
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = Workspace::open(where, clock);
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
    workspace->referrals().registerReferral(in);
    // The saves below are the same patient's second cardiology place: with a reason, so only the server refuses.
    in.secondReferralReason = QStringLiteral("a second hospital's opinion");

    ChangeFeed feed(workspace->database());
    QSignalSpy online(&feed, &ChangeFeed::onlineChanged);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();
    QVERIFY(feed.online());

    QVERIFY(cluster(QStringLiteral("pause"), m_status));
    QElapsedTimer timer;
    timer.start();
    try {
        workspace->referrals().registerReferral(in);
        QFAIL("a save went through with the server stopped");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("does not answer")) ||
                     e.message().contains(QStringLiteral("connection")),
                 qPrintable(e.message()));
    }
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(!feed.online(), 10000); // the heartbeat notices
    QCOMPARE(online.count(), 1);

    QVERIFY(cluster(QStringLiteral("resume"), m_status));
    QTRY_VERIFY_WITH_TIMEOUT(feed.online(), 15000); // reconnected by itself
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.last().at(0).value<QSet<QString>>().isEmpty()); // everything may have changed

    // The workspace goes on: the next save is written, the refused one is nowhere.
    const Referral second = workspace->referrals().registerReferral(in);
    QCOMPARE(second.code, QStringLiteral("71.7101.CAR.2"));
    QCOMPARE(Query(workspace->database(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 2);
}

QTEST_GUILESS_MAIN(TestServerOutage)
#include "tst_server_outage.moc"
