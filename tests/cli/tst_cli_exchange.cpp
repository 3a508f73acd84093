#include "ExchangeHarness.h"
#include "TestSupport.h"
#include "io/ExchangePackage.h"
#include "store/Query.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ExchangeHarness;

// joldama-cli exchange as an administrator uses it, on real files: enrol and join, a package exported and imported
// (once, again, ten times: the same database), a damaged package refused with its name and reason and nothing
// written, conflicts listed; and the real process killed with SIGKILL at random points of an import and of an
// export: the database is as before or as after, intact, and no half-written package is ever left under a
// package's name.
class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enrolJoinExportImport();
    void damagedPackagesAreRefusedWithNothingWritten();
    void killedImportLeavesTheDatabaseBeforeOrAfter();
    void killedExportLeavesNoHalfPackage();

private:
    TestSupport::CliResult cli(const QString& file, QStringList arguments) const
    {
        return TestSupport::runCli(QStringList{QStringLiteral("--db"), m_dir.filePath(file)} + arguments);
    }
    static QJsonObject json(const TestSupport::CliResult& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString copy(const QString& from, const QString& to) const
    {
        QFile::remove(m_dir.filePath(to));
        if (!QFile::copy(m_dir.filePath(from), m_dir.filePath(to)))
            qFatal("cannot copy %s", qPrintable(from));
        return m_dir.filePath(to);
    }
    struct State
    {
        QByteArray full;
        QByteArray canonical;
        int packages = 0;
        QString integrity;
    };
    State state(const QString& file) const
    {
        Node node = openNode(m_dir, file, TestSupport::fixedNow());
        State s;
        s.full = fullDump(node.db());
        s.canonical = canonicalDump(node.db());
        s.packages = Query(node.db(), QStringLiteral("SELECT count(*) FROM exchange_inbox")).scalar().toInt();
        s.integrity = Query(node.db(), QStringLiteral("PRAGMA integrity_check")).scalar().toString();
        return s;
    }
    // Starts joldama-cli and kills it after at most delayMs; true when it was killed before it finished.
    static bool runAndKill(const QStringList& arguments, int delayMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/joldama-test-data"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(JOLDAMA_CLI_PATH), arguments);
        if (!process.waitForStarted())
            qFatal("joldama-cli did not start");
        if (process.waitForFinished(delayMs))
            return false;
        process.kill(); // SIGKILL: no handler runs, nothing is flushed
        process.waitForFinished();
        return true;
    }

    QTemporaryDir m_dir;
    QString m_package; // the clinic's package, exported by the CLI
    State m_before;    // the bureau before the package
    State m_after;     // and after it
    int m_importMs = 0;
    int m_changes = 0;
};

void TestCliExchange::initTestCase()
{
    TestSupport::isolateUserFolders();
    // The bureau enrols the clinic and the clinic joins, through the CLI.
    QVERIFY(cli(QStringLiteral("bureau.sqlite"), {QStringLiteral("init")}).exitCode == 0);
    QVERIFY(cli(QStringLiteral("clinic.sqlite"), {QStringLiteral("init")}).exitCode == 0);
    const QString enrolment = m_dir.filePath(QStringLiteral("ws1.enrol"));
    TestSupport::CliResult r = cli(QStringLiteral("bureau.sqlite"),
                                   {QStringLiteral("exchange"), QStringLiteral("enroll"),
                                    QStringLiteral("Polyclinic 4"), QStringLiteral("--region"), QStringLiteral("71"),
                                    QStringLiteral("-o"), enrolment, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("workstation")).toString(), QStringLiteral("WS-001"));
    r = cli(QStringLiteral("clinic.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("join"), enrolment, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A database joins once.
    r = cli(QStringLiteral("clinic.sqlite"), {QStringLiteral("exchange"), QStringLiteral("join"), enrolment});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already joined")), qPrintable(r.err));
    // A bureau joins nobody.
    r = cli(QStringLiteral("bureau.sqlite"), {QStringLiteral("exchange"), QStringLiteral("join"), enrolment});
    QCOMPARE(r.exitCode, 1);

    // The clinic works offline: enough referrals that an import takes a while to kill in the middle of.
    {
        Node clinic = openNode(m_dir, QStringLiteral("clinic.sqlite"), TestSupport::fixedNow());
        for (int i = 0; i < 400; ++i) {
            registerPatient(*clinic.workspace, iin(i));
            registerReferral(*clinic.workspace, iin(i));
        }
    }
    m_package = m_dir.filePath(QStringLiteral("ws1-1.jpkg"));
    r = cli(QStringLiteral("clinic.sqlite"), {QStringLiteral("exchange"), QStringLiteral("export"),
                                              QStringLiteral("-o"), m_package, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_changes = json(r).value(QStringLiteral("changes")).toInt();
    QVERIFY2(m_changes >= 800, qPrintable(r.out)); // the patients and referrals, with what belongs to them

    copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-before.sqlite"));
    m_before = state(QStringLiteral("bureau-before.sqlite"));
    copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-after.sqlite"));
    QElapsedTimer timer;
    timer.start();
    r = cli(QStringLiteral("bureau-after.sqlite"), {QStringLiteral("exchange"), QStringLiteral("import"), m_package});
    m_importMs = int(timer.elapsed());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_after = state(QStringLiteral("bureau-after.sqlite"));
    QVERIFY(m_after.canonical != m_before.canonical);
    QCOMPARE(m_after.packages, m_before.packages + 1);
}

void TestCliExchange::enrolJoinExportImport()
{
    copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-1.sqlite"));
    TestSupport::CliResult r =
        cli(QStringLiteral("bureau-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("import"), m_package, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject report = json(r);
    QCOMPARE(report.value(QStringLiteral("changes")).toInt(), m_changes);
    QCOMPARE(report.value(QStringLiteral("applied")).toInt() + report.value(QStringLiteral("merged")).toInt(),
             m_changes);
    QCOMPARE(report.value(QStringLiteral("conflicts")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("parked")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("already_imported")).toBool(), false);
    const State once = state(QStringLiteral("bureau-1.sqlite"));
    QCOMPARE(once.canonical, m_after.canonical);

    // Twice, then ten times: nothing more changes, and the report says so.
    for (int i = 2; i <= 10; ++i) {
        r = cli(QStringLiteral("bureau-1.sqlite"),
                {QStringLiteral("exchange"), QStringLiteral("import"), m_package, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = json(r);
        QCOMPARE(report.value(QStringLiteral("already_imported")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 0);
        if (i == 2 || i == 10)
            QCOMPARE(state(QStringLiteral("bureau-1.sqlite")).full, once.full);
    }
    r = cli(QStringLiteral("bureau-1.sqlite"), {QStringLiteral("exchange"), QStringLiteral("import"), m_package});
    QVERIFY2(r.out.contains(QStringLiteral("imported before; nothing changed")), qPrintable(r.out));

    // The clinic's codes work at the bureau.
    {
        Node clinic = openNode(m_dir, QStringLiteral("clinic.sqlite"), TestSupport::fixedNow());
        const QString code =
            Query(clinic.db(), QStringLiteral("SELECT code FROM referral ORDER BY code LIMIT 1")).scalar().toString();
        QVERIFY2(code.startsWith(QStringLiteral("71.7101.CAR.1")), qPrintable(code));
        r = cli(QStringLiteral("bureau-1.sqlite"), {QStringLiteral("lookup"), code, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("code")).toString(), code);
        r = cli(QStringLiteral("bureau-1.sqlite"), {QStringLiteral("referrals"), QStringLiteral("show"), code});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    r = cli(QStringLiteral("bureau-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("workstations"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray stations = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(stations.size(), 1);
    r = cli(QStringLiteral("bureau-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("conflicts"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

    // The bureau's answer goes back; the clinic has nothing left that has not reached the bureau.
    const QString answer = m_dir.filePath(QStringLiteral("answer-1.jpkg"));
    r = cli(QStringLiteral("bureau-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--to"),
             QStringLiteral("Polyclinic 4"), QStringLiteral("-o"), answer, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("standing")).toInt(), 400);
    copy(QStringLiteral("clinic.sqlite"), QStringLiteral("clinic-1.sqlite"));
    r = cli(QStringLiteral("clinic-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("pending"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 400);
    r = cli(QStringLiteral("clinic-1.sqlite"), {QStringLiteral("exchange"), QStringLiteral("import"), answer});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringLiteral("clinic-1.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("pending"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
}

void TestCliExchange::damagedPackagesAreRefusedWithNothingWritten()
{
    QFile file(m_package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QRandomGenerator random(12);
    QByteArray flipped = bytes;
    const int at = int(random.bounded(qint64(flipped.size() / 2)));
    flipped[at] = char(flipped.at(at) ^ 0x20);
    QByteArray foreign = bytes;
    {
        // A package signed with another key: the clinic of another bureau.
        QTemporaryDir other;
        Node bureau = openNode(other, QStringLiteral("other-bureau.sqlite"), TestSupport::fixedNow());
        Node clinic = enrolAndJoin(bureau, other, QStringLiteral("ws1"));
        registerPatient(*clinic.workspace, iin(900));
        QFile theirs(exportPackage(clinic, other));
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        foreign = theirs.readAll();
    }
    const QList<std::pair<QString, QByteArray>> cases = {
        {QStringLiteral("truncated.jpkg"), bytes.left(int(random.bounded(qint64(bytes.size()))))},
        {QStringLiteral("flipped.jpkg"), flipped},
        {QStringLiteral("foreign.jpkg"), foreign},
    };
    for (const auto& [name, content] : cases) {
        QFile out(m_dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-2.sqlite"));
        const TestSupport::CliResult r = cli(QStringLiteral("bureau-2.sqlite"),
                                             {QStringLiteral("exchange"), QStringLiteral("import"), out.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(name) && r.err.contains(QStringLiteral("was not imported")), qPrintable(r.err));
        QCOMPARE(state(QStringLiteral("bureau-2.sqlite")).full, m_before.full);
    }
}

void TestCliExchange::killedImportLeavesTheDatabaseBeforeOrAfter()
{
    QRandomGenerator random(20261116);
    int before = 0;
    int after = 0;
    int finished = 0;
    for (int trial = 0; trial < 16; ++trial) {
        const QString path = copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-kill.sqlite"));
        // Anywhere from the start to a little past the time a whole import took (the commit comes near the end).
        const int delay = int(random.bounded(m_importMs * 13 / 10 + 1));
        finished +=
            runAndKill({QStringLiteral("--db"), path, QStringLiteral("exchange"), QStringLiteral("import"), m_package},
                       delay)
                ? 0
                : 1;
        const State s = state(QStringLiteral("bureau-kill.sqlite"));
        QCOMPARE(s.integrity, QStringLiteral("ok"));
        if (s.full == m_before.full) {
            ++before;
        } else {
            QVERIFY2(s.canonical == m_after.canonical && s.packages == m_after.packages,
                     qPrintable(QStringLiteral("killed after %1 ms: neither before nor after").arg(delay)));
            ++after;
        }
        // The import runs again to the same end.
        const TestSupport::CliResult r =
            TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("exchange"), QStringLiteral("import"),
                                 m_package, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(state(QStringLiteral("bureau-kill.sqlite")).canonical, m_after.canonical);
    }
    qInfo("import of %d ms killed at random 16 times: %d found as before, %d as after (%d had finished)", m_importMs,
          before, after, finished);
    QVERIFY(before > 0);
}

void TestCliExchange::killedExportLeavesNoHalfPackage()
{
    QElapsedTimer timer;
    timer.start();
    const QString folder = m_dir.filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    TestSupport::CliResult r =
        cli(QStringLiteral("clinic.sqlite"),
            {QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("-o"), folder + "/full.jpkg"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int exportMs = int(timer.elapsed());
    QFile::remove(folder + "/full.jpkg");
    QRandomGenerator random(7);
    int killed = 0;
    for (int trial = 0; trial < 12; ++trial) {
        // Named as a workstation names its packages in a shared folder (ExchangeService::packageFileName).
        const QString target = folder + QStringLiteral("/WS-001-to-BUREAU-%1.jpkg").arg(trial, 3, 10, QLatin1Char('0'));
        killed += runAndKill({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("clinic.sqlite")),
                              QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("-o"), target},
                             int(random.bounded(exportMs + 1)))
                      ? 1
                      : 0;
        // Under a package's name there is a whole package or nothing.
        for (const QString& name : QDir(folder).entryList({QStringLiteral("*.jpkg")}, QDir::Files)) {
            QFile f(folder + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ExchangePackage::Reading reading = ExchangePackage::read(f.readAll());
            QVERIFY2(reading.ok(), qPrintable(name + QStringLiteral(": ") + reading.reason));
        }
    }
    qInfo("export of %d ms killed at random: %d of 12 before it finished", exportMs, killed);
    const bool complete = !QDir(folder).entryList({QStringLiteral("WS-001-to-BUREAU-*.jpkg")}, QDir::Files).isEmpty();
    // A folder exchange at the bureau takes the whole packages and refuses nothing.
    copy(QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-3.sqlite"));
    r = cli(QStringLiteral("bureau-3.sqlite"), {QStringLiteral("exchange"), QStringLiteral("sync"),
                                                QStringLiteral("--folder"), folder, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("\"refused\":[\"")), qPrintable(r.out));
    QCOMPARE(Query(openNode(m_dir, QStringLiteral("bureau-3.sqlite"), TestSupport::fixedNow()).db(),
                   QStringLiteral("SELECT count(*) FROM referral"))
                 .scalar()
                 .toInt(),
             complete ? 400 : 0);
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
