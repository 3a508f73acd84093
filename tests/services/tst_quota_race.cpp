#include "TestSupport.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "store/Query.h"

#include <QDateTime>
#include <QProcess>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

// Two workstations, one file, one quota left: both try to take it at the same moment. Exactly one wins,
// the other is told that none is left and what to do, and the referrals holding a quota never outnumber the
// plan.
class TestQuotaRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastQuotaGoesToExactlyOne();
    void manyAttemptsNeverExceedThePlan();
    void twoCliRunsRaceForTheLastQuota();
    void fortyWorkstationsRaceForFiveQuotas();

private:
    struct Attempts
    {
        QStringList taken;   // codes
        QStringList refused; // messages
        QList<qint64> startedAt;
        QString err;
        int exitCode = -1;
    };
    static Attempts read(QProcess& process);
    void startWorker(QProcess& process, int count, qint64 startAt) const;
    // Sets the plan to what referrals hold now plus free, and returns the new allocation.
    int leaveFree(int free);
    int used();

    QTemporaryDir m_dir;
    QString m_db;
    int m_year = 0;
};

void TestQuotaRace::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_db = TestSupport::dbArgument(m_dir, QStringLiteral("race.sqlite")); // a file, or a PostgreSQL database
    m_year = QDate::currentDate().year();                                 // the workers register with the real clock
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
}

int TestQuotaRace::used()
{
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    const std::optional<QuotaPlan> plan = workspace->quotas().plan(m_year, QStringLiteral("71"), QStringLiteral("CSU"));
    return plan ? plan->used : 0;
}

int TestQuotaRace::leaveFree(int free)
{
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(m_db));
    const std::optional<QuotaPlan> plan = workspace->quotas().plan(m_year, QStringLiteral("71"), QStringLiteral("CSU"));
    const int allocated = (plan ? plan->used : 0) + free;
    workspace->quotas().setAllocated(m_year, QStringLiteral("71"), QStringLiteral("CSU"), allocated);
    return allocated;
}

void TestQuotaRace::startWorker(QProcess& process, int count, qint64 startAt) const
{
    process.start(QStringLiteral(JOLDAMA_BINARY_DIR "/tests/quota_worker"),
                  {m_db, QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("CSU"),
                   QString::number(count), QString::number(startAt)});
}

TestQuotaRace::Attempts TestQuotaRace::read(QProcess& process)
{
    Attempts a;
    a.exitCode = process.exitCode();
    a.err = QString::fromUtf8(process.readAllStandardError());
    for (const QString& line :
         QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.value(0) == QLatin1String("taken")) {
            a.taken << parts.value(1);
            a.startedAt << parts.value(2).toLongLong();
        } else if (parts.value(0) == QLatin1String("refused")) {
            a.startedAt << parts.value(1).toLongLong();
            a.refused << line.section(QLatin1Char(' '), 2);
        }
    }
    return a;
}

void TestQuotaRace::lastQuotaGoesToExactlyOne()
{
    const int rounds = qEnvironmentVariableIntValue("JOLDAMA_RACE_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("JOLDAMA_RACE_ROUNDS")
                           : 20;
    int wonByA = 0, wonByB = 0;
    qint64 widestGap = 0;
    for (int round = 0; round < rounds; ++round) {
        const int allocated = leaveFree(1);
        QProcess a, b;
        // Both processes open the database first and then wait for the same moment.
        const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 600;
        startWorker(a, 1, startAt);
        startWorker(b, 1, startAt);
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const Attempts ra = read(a);
        const Attempts rb = read(b);
        QVERIFY2(ra.exitCode == 0 && ra.err.isEmpty(), qPrintable(ra.err));
        QVERIFY2(rb.exitCode == 0 && rb.err.isEmpty(), qPrintable(rb.err));
        QCOMPARE(ra.taken.size() + rb.taken.size(), 1); // exactly one wins
        QCOMPARE(ra.refused.size() + rb.refused.size(), 1);
        const QString message = ra.refused.isEmpty() ? rb.refused.first() : ra.refused.first();
        QVERIFY2(message.contains(QStringLiteral("No HTMC quota is left")) &&
                     message.contains(QStringLiteral("another funding")),
                 qPrintable(message));
        QCOMPARE(used(), allocated); // never more than the plan
        (ra.taken.isEmpty() ? wonByB : wonByA) += 1;
        widestGap = std::max(widestGap, std::abs(ra.startedAt.value(0) - rb.startedAt.value(0)));
    }
    qInfo("%d rounds for the last quota: the first process won %d, the second %d; never both, never neither. "
          "The two attempts started at most %lld ms apart.",
          rounds, wonByA, wonByB, widestGap);
}

void TestQuotaRace::manyAttemptsNeverExceedThePlan()
{
    const int free = 25;
    const int perProcess = 20;
    const int allocated = leaveFree(free);
    QProcess a, b;
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 600;
    startWorker(a, perProcess, startAt);
    startWorker(b, perProcess, startAt);
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    const Attempts ra = read(a);
    const Attempts rb = read(b);
    QVERIFY2(ra.exitCode == 0 && !ra.err.contains(QStringLiteral("locked")), qPrintable(ra.err));
    QVERIFY2(rb.exitCode == 0 && !rb.err.contains(QStringLiteral("locked")), qPrintable(rb.err));
    QCOMPARE(ra.taken.size() + ra.refused.size(), perProcess);
    QCOMPARE(rb.taken.size() + rb.refused.size(), perProcess);
    QCOMPARE(ra.taken.size() + rb.taken.size(), free);
    QCOMPARE(ra.refused.size() + rb.refused.size(), 2 * perProcess - free);
    const QStringList codes = ra.taken + rb.taken;
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), free);
    QCOMPARE(used(), allocated);
    qInfo("%d quotas free, 2 × %d attempts: %lld and %lld taken, %lld refused; held %d of %d.", free, perProcess,
          qlonglong(ra.taken.size()), qlonglong(rb.taken.size()), qlonglong(ra.refused.size() + rb.refused.size()),
          used(), allocated);
}

void TestQuotaRace::twoCliRunsRaceForTheLastQuota()
{
    const int allocated = leaveFree(1);
    const QStringList args{QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("referrals"),
                           QStringLiteral("add"),
                           QStringLiteral("--iin"),
                           QStringLiteral("900115300013"),
                           QStringLiteral("--hospital"),
                           QStringLiteral("7102"),
                           QStringLiteral("--profile"),
                           QStringLiteral("CAR"),
                           QStringLiteral("--diagnosis"),
                           QStringLiteral("I25.1"),
                           QStringLiteral("--funding"),
                           QStringLiteral("htmc"),
                           QStringLiteral("--quota-profile"),
                           QStringLiteral("CSU"),
                           QStringLiteral("--second-referral-reason"),
                           QStringLiteral("quota race test")};
    QProcess a, b;
    a.start(QStringLiteral(JOLDAMA_CLI_PATH), args);
    b.start(QStringLiteral(JOLDAMA_CLI_PATH), args);
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    const QList<int> codes{a.exitCode(), b.exitCode()};
    QCOMPARE(codes.count(0), 1);
    QCOMPARE(codes.count(1), 1);
    const QString err = QString::fromUtf8(a.exitCode() == 1 ? a.readAllStandardError() : b.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("No HTMC quota is left")), qPrintable(err));
    QCOMPARE(used(), allocated);
}

void TestQuotaRace::fortyWorkstationsRaceForFiveQuotas()
{
    // Forty workstations at the same moment, five quotas left: exactly five referrals get one.
    const int racers = 40;
    const int free = 5;
    const int allocated = leaveFree(free);
    std::vector<std::unique_ptr<QProcess>> processes;
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 4000; // every process has opened by then
    for (int i = 0; i < racers; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        startWorker(*processes.back(), 1, startAt);
    }
    int taken = 0;
    int refused = 0;
    QStringList codes;
    for (auto& p : processes) {
        QVERIFY(p->waitForFinished(180000));
        const Attempts a = read(*p);
        QVERIFY2(a.exitCode == 0 && a.err.isEmpty(), qPrintable(a.err));
        taken += int(a.taken.size());
        refused += int(a.refused.size());
        codes += a.taken;
    }
    QCOMPARE(taken, free);
    QCOMPARE(refused, racers - free);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), free);
    QCOMPARE(used(), allocated);
}

QTEST_GUILESS_MAIN(TestQuotaRace)
#include "tst_quota_race.moc"
