#include "TestSupport.h"
#include "domain/BackupRetention.h"
#include "platform/PrivateFiles.h"
#include "services/BackupService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "services/RestoreService.h"
#include "store/BackupLogStore.h"
#include "store/Query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// Backups made while another process writes, checked before they count; restore that refuses what it must and
// replaces the database in one step; automatic retention over more than a year of days.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupWhileAnotherProcessRegisters();
    void backupIsPrivateCheckedAndNoted();
    void backupRefusesTheDatabaseItself();
    void verifyFindsEveryKindOfDamage();
    void restoreOfAGoodBackup();
    void restoreRefusesATruncatedBackupAndChangesNothing();
    void restoreRefusesWhileTheDatabaseIsOpen();
    void restoreWhenTheDatabaseWasLost();
    void retentionKeepsNewestOfEachPeriod();
    void automaticRetentionOverFourHundredDays();

private:
    std::unique_ptr<Workspace> freshWorkspace(const QString& name, const Clock& clock = Clock::system());
    QString registerOne(Workspace& workspace);
    static QStringList codesIn(const QString& databaseFile);
    static QByteArray sha(const QString& file);
    static QStringList listing(const QString& folder);

    QTemporaryDir m_dir;
};

void TestBackup::initTestCase()
{
    TestSupport::isolateUserFolders();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Workspace> TestBackup::freshWorkspace(const QString& name, const Clock& clock)
{
    QDir().mkpath(m_dir.filePath(name));
    auto workspace =
        Workspace::open(DatabaseLocation::sqliteFile(m_dir.filePath(name + QStringLiteral("/db.sqlite"))), clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
    return workspace;
}

QString TestBackup::registerOne(Workspace& workspace)
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.secondReferralReason = QStringLiteral("backup test: the same patient's next place");
    return workspace.referrals().registerReferral(in).code;
}

QStringList TestBackup::codesIn(const QString& databaseFile)
{
    // A plain connection, not a workspace, which would upgrade and seed the file under test. Read-write, so that
    // a WAL left by a killed writer is recovered rather than refused; reading changes no row.
    sqlite3* db = nullptr;
    QStringList codes;
    if (sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT code FROM referral", -1, &s, nullptr) != SQLITE_OK)
            qWarning("Cannot read %s: %s", qPrintable(databaseFile), sqlite3_errmsg(db));
        while (sqlite3_step(s) == SQLITE_ROW)
            codes << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return codes;
}

QByteArray TestBackup::sha(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList TestBackup::listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestBackup::backupWhileAnotherProcessRegisters()
{
    const QString db = m_dir.filePath(QStringLiteral("busy/db.sqlite"));
    freshWorkspace(QStringLiteral("busy")).reset();
    QProcess worker;
    worker.start(QStringLiteral(JOLDAMA_BINARY_DIR "/tests/register_worker"),
                 {db, QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("100000")});
    QVERIFY(worker.waitForStarted());
    // Codes the worker printed were committed before it printed them.
    QStringList reported;
    auto readReported = [&] {
        reported += QString::fromUtf8(worker.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QTRY_VERIFY_WITH_TIMEOUT((readReported(), reported.size() >= 40), 60000);

    // A backup by another process (the real joldama-cli) while the worker goes on registering.
    QVERIFY(worker.state() == QProcess::Running);
    const QStringList before = reported;
    const QString backup = m_dir.filePath(QStringLiteral("busy-backup.sqlite"));
    const TestSupport::CliResult cli =
        TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), backup});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    // And one through the service on a connection of this process, still while the worker writes.
    readReported();
    const QStringList beforeSecond = reported;
    const QString second = m_dir.filePath(QStringLiteral("busy-backup-2.sqlite"));
    {
        auto workspace = Workspace::open(DatabaseLocation::sqliteFile(db));
        BackupService(workspace->database()).backUp(second);
    }
    // The worker was never stopped: it goes on registering after both backups.
    readReported();
    const qsizetype afterBackups = reported.size();
    QTRY_VERIFY_WITH_TIMEOUT((readReported(), reported.size() >= afterBackups + 10), 60000);
    QVERIFY(worker.state() == QProcess::Running);
    worker.kill();
    worker.waitForFinished();

    for (const auto& [file, expected] : {std::pair{backup, before}, std::pair{second, beforeSecond}}) {
        const BackupStore::Check check = BackupService::verify(file);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.sidecar, BackupStore::Check::Sidecar::Matches);
        const QStringList codes = codesIn(file);
        const QSet<QString> inBackup(codes.cbegin(), codes.cend());
        for (const QString& code : expected)
            QVERIFY2(inBackup.contains(code), qPrintable(code + QStringLiteral(" reported before the backup began")));
        // One snapshot: every referral has its registration event, nothing half-written.
        QCOMPARE(check.rowCounts.value(QStringLiteral("referral_event")),
                 check.rowCounts.value(QStringLiteral("referral")));
        QCOMPARE(check.rowCounts.value(QStringLiteral("referral")), qint64(codes.size()));
    }
    // The first backup does not hold what was registered after it.
    QVERIFY(codesIn(db).size() > codesIn(backup).size());
}

void TestBackup::backupIsPrivateCheckedAndNoted()
{
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = freshWorkspace(QStringLiteral("private"), clock);
    registerOne(*workspace);
    const QString db = workspace->database().location().path;
    QVERIFY(PrivateFiles::isPrivate(db));
    BackupService service(workspace->database(), clock);
    QVERIFY(service.status().stale); // none yet
    QVERIFY(!service.status().lastGood);

    const QString target = m_dir.filePath(QStringLiteral("private/out/copy.sqlite"));
    const BackupService::Result r = service.backUp(target);
    QCOMPARE(r.path, target);
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    QVERIFY(PrivateFiles::isPrivate(target));
    QVERIFY(PrivateFiles::isPrivate(BackupStore::sidecarPath(target)));
    QCOMPARE(QFile(m_dir.filePath(QStringLiteral("private/out"))).permissions() &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(r.recordError.isEmpty());
    QCOMPARE(r.manifest.rows(QStringLiteral("referral")), 1);
    QCOMPARE(r.manifest.madeAt, clock.nowStamp());
    // sha256sum's own format, so `sha256sum -c` checks the file too.
    QFile sidecar(BackupStore::sidecarPath(target));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(sidecar.readAll()), r.sha256 + QStringLiteral("  copy.sqlite\n"));
    QCOMPARE(QString::fromLatin1(sha(target)), r.sha256);
    // A backup is one file: no -wal needed beside it, and checking it creates none.
    QVERIFY(BackupService::verify(target).ok);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-journal")));

    // Noted in the database: the status bar's last good backup, stale two days later.
    BackupService::Status s = service.status();
    QVERIFY(s.lastGood);
    QCOMPARE(s.lastGood->path, target);
    QCOMPARE(s.lastGood->sha256, r.sha256);
    QVERIFY(!s.stale);
    clock.advance(47 * 3600);
    QVERIFY(!service.status().stale);
    clock.advance(2 * 3600);
    QVERIFY(service.status().stale);
}

void TestBackup::backupRefusesTheDatabaseItself()
{
    auto workspace = freshWorkspace(QStringLiteral("self"));
    const QString db = workspace->database().location().path;
    for (const QString& target : QStringList{db, db + QStringLiteral("-wal")}) {
        try {
            BackupService(workspace->database()).backUp(target);
            QFAIL("a backup over the database itself was allowed");
        } catch (const OperationError& e) {
            QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        }
    }
    registerOne(*workspace); // still the database, and still writable
    QCOMPARE(codesIn(db).size(), 1);
}

void TestBackup::verifyFindsEveryKindOfDamage()
{
    auto workspace = freshWorkspace(QStringLiteral("damage"));
    for (int i = 0; i < 30; ++i)
        registerOne(*workspace);
    const QString good = m_dir.filePath(QStringLiteral("damage/good.sqlite"));
    BackupService(workspace->database()).backUp(good);
    QVERIFY(BackupService::verify(good).ok);
    auto copyOf = [&](const QString& name) {
        const QString path = m_dir.filePath(QStringLiteral("damage/") + name);
        QFile::remove(path);
        QFile::copy(good, path);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    auto problemsOf = [](const QString& path) {
        const BackupStore::Check c = BackupService::verify(path);
        return c.ok ? QString() : c.problems.join(QLatin1Char(' '));
    };

    // Truncated: half the file.
    const QString truncated = copyOf(QStringLiteral("truncated.sqlite"));
    QVERIFY(QFile(truncated).resize(QFileInfo(good).size() / 2));
    QVERIFY(!problemsOf(truncated).isEmpty());

    // A byte changed inside a row: SQLite's own check finds nothing wrong, the content checksum does.
    const QString flipped = copyOf(QStringLiteral("flipped.sqlite"));
    {
        QFile f(flipped);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // The patient's first name lives in the table row alone (its search terms are folded to lower case).
        const QByteArray all = f.readAll();
        const QByteArray name = QStringLiteral("Нұрлан").toUtf8();
        const qsizetype at = all.indexOf(name);
        QVERIFY(at > 0);
        QCOMPARE(all.indexOf(name, at + 1), -1);
        f.seek(at + name.size() - 1);
        f.write("\xbc"); // Нұрлан → Нұрлам
    }
    QVERIFY2(problemsOf(flipped).contains(QStringLiteral("checksum")), qPrintable(problemsOf(flipped)));

    // A row removed behind the manifest's back.
    const QString removed = copyOf(QStringLiteral("removed.sqlite"));
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(removed).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; DELETE FROM referral_event WHERE id = 3", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    QVERIFY2(problemsOf(removed).contains(QStringLiteral("referral_event")), qPrintable(problemsOf(removed)));

    // The sidecar tells when the file's bytes changed, even where the rows did not.
    const QString vacuumed = copyOf(QStringLiteral("vacuumed.sqlite"));
    QFile::copy(BackupStore::sidecarPath(good), BackupStore::sidecarPath(vacuumed));
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(vacuumed).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 7", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    QVERIFY2(problemsOf(vacuumed).contains(QStringLiteral(".sha256")), qPrintable(problemsOf(vacuumed)));

    // Foreign files: not SQLite, another program's database, Joldama's live database (no manifest), nothing.
    const QString text = m_dir.filePath(QStringLiteral("damage/notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite is not in here\n");
    }
    QVERIFY(problemsOf(text).contains(QStringLiteral("not an SQLite database")));
    const QString other = m_dir.filePath(QStringLiteral("damage/other.db"));
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    QVERIFY(problemsOf(other).contains(QStringLiteral("another program")));
    QVERIFY(problemsOf(workspace->database().location().path).contains(QStringLiteral("no manifest")));
    QVERIFY(!problemsOf(m_dir.filePath(QStringLiteral("damage/none.sqlite"))).isEmpty());
    // None of the checks changed the good backup.
    QVERIFY(BackupService::verify(good).ok);
}

void TestBackup::restoreOfAGoodBackup()
{
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = freshWorkspace(QStringLiteral("restore"), clock);
    const QString db = workspace->database().location().path;
    QStringList atBackup;
    for (int i = 0; i < 5; ++i)
        atBackup << registerOne(*workspace);
    const QString backup = m_dir.filePath(QStringLiteral("restore-backup.sqlite"));
    BackupService(workspace->database(), clock).backUp(backup);
    QStringList later;
    for (int i = 0; i < 3; ++i)
        later << registerOne(*workspace);
    workspace.reset();

    clock.advance(3600);
    const RestoreService::Outcome o = RestoreService::restore(DatabaseLocation::sqliteFile(db), backup, clock);
    QVERIFY2(o.warning.isEmpty(), qPrintable(o.warning));
    QCOMPARE(o.restored.rows(QStringLiteral("referral")), 5);
    QStringList now = codesIn(db);
    now.sort();
    atBackup.sort();
    QCOMPARE(now, atBackup);
    QVERIFY(PrivateFiles::isPrivate(db));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".restoring")));
    // The database as it was, kept aside and checked: it holds the referrals registered after the backup.
    QCOMPARE(o.safetyCopy, QFileInfo(db).absolutePath() + QStringLiteral("/db-before-restore-20261116-110000.sqlite"));
    QVERIFY(BackupService::verify(o.safetyCopy).ok);
    QCOMPARE(codesIn(o.safetyCopy).size(), 8);
    QVERIFY(PrivateFiles::isPrivate(o.safetyCopy));

    // The restored database opens and works, and its backup log says what happened.
    workspace = Workspace::open(DatabaseLocation::sqliteFile(db), clock);
    // Codes handed out after the backup (printed on tickets, perhaps) are never given to another referral.
    const QString next = registerOne(*workspace);
    QVERIFY2(!later.contains(next), qPrintable(next));
    QCOMPARE(next, QStringLiteral("71.7101.CAR.9"));
    const QList<BackupLogStore::Entry> log = BackupLogStore(workspace->database()).recent(10);
    // The restore and the safety copy; the backup's own entry was written after its snapshot, so not in it.
    QCOMPARE(log.size(), 2);
    const BackupService::Status status = BackupService(workspace->database(), clock).status();
    QVERIFY(status.lastGood);
    QCOMPARE(status.lastGood->kind, QStringLiteral("restored"));
    QCOMPARE(status.lastGood->path, backup);
    // No manifest left in the live database.
    QCOMPARE(Query(workspace->database(), QStringLiteral("SELECT count(*) FROM app_setting WHERE key LIKE 'backup.%'"))
                 .scalar()
                 .toInt(),
             0);
}

void TestBackup::restoreRefusesATruncatedBackupAndChangesNothing()
{
    auto workspace = freshWorkspace(QStringLiteral("refuse"));
    const QString db = workspace->database().location().path;
    registerOne(*workspace);
    const QString backup = m_dir.filePath(QStringLiteral("refuse-backup.sqlite"));
    BackupService(workspace->database()).backUp(backup);
    registerOne(*workspace);
    workspace.reset();
    const QString truncated = m_dir.filePath(QStringLiteral("refuse-truncated.sqlite"));
    QVERIFY(QFile::copy(backup, truncated));
    QVERIFY(QFile(truncated).resize(QFileInfo(backup).size() * 2 / 3));

    const QString folder = QFileInfo(db).absolutePath();
    const QStringList filesBefore = listing(folder);
    const QByteArray before = sha(db);
    try {
        RestoreService::restore(DatabaseLocation::sqliteFile(db), truncated);
        QFAIL("a truncated backup was restored");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QVERIFY(e.message().contains(QStringLiteral("Nothing was changed")));
    }
    QCOMPARE(sha(db), before);
    QCOMPARE(listing(folder), filesBefore); // no safety copy, no leftovers
    QCOMPARE(codesIn(db).size(), 2);
}

void TestBackup::restoreRefusesWhileTheDatabaseIsOpen()
{
    auto workspace = freshWorkspace(QStringLiteral("open"));
    const QString db = workspace->database().location().path;
    registerOne(*workspace);
    const QString backup = m_dir.filePath(QStringLiteral("open-backup.sqlite"));
    BackupService(workspace->database()).backUp(backup);
    registerOne(*workspace);
    const QStringList filesBefore = listing(QFileInfo(db).absolutePath());

    // Open here (a window's connection) …
    try {
        RestoreService::restore(DatabaseLocation::sqliteFile(db), backup);
        QFAIL("restored under an open connection");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Busy);
    }
    QCOMPARE(codesIn(db).size(), 2);
    QCOMPARE(listing(QFileInfo(db).absolutePath()), filesBefore);
    workspace.reset();

    // … or in another process, idle between two statements.
    QProcess holder;
    holder.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                             QStringLiteral("import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n"
                                                            "c.execute('select count(*) from referral').fetchall()\n"
                                                            "print('open',flush=True)\nsys.stdin.read()"),
                                             db});
    QVERIFY(holder.waitForReadyRead(20000));
    const TestSupport::CliResult cli =
        TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup, QStringLiteral("--yes")});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("Close every Joldama")), qPrintable(cli.err));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20000));
    QCOMPARE(codesIn(db).size(), 2);
    // Closed everywhere, the same restore goes through.
    const TestSupport::CliResult done =
        TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup, QStringLiteral("--yes")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(codesIn(db).size(), 1);
}

void TestBackup::restoreWhenTheDatabaseWasLost()
{
    auto workspace = freshWorkspace(QStringLiteral("lost"));
    const QString db = workspace->database().location().path;
    registerOne(*workspace);
    const QString backup = m_dir.filePath(QStringLiteral("lost-backup.sqlite"));
    BackupService(workspace->database()).backUp(backup);
    workspace.reset();
    QVERIFY(QFile::remove(db));
    // A stray WAL of the lost file must not be replayed onto the restored one.
    {
        QFile stray(db + QStringLiteral("-wal"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(QByteArray(4096, 'x'));
    }
    const RestoreService::Outcome o = RestoreService::restore(DatabaseLocation::sqliteFile(db), backup);
    QVERIFY(o.safetyCopy.isEmpty());
    QCOMPARE(codesIn(db).size(), 1);
    workspace = Workspace::open(DatabaseLocation::sqliteFile(db));
    registerOne(*workspace);
}

void TestBackup::retentionKeepsNewestOfEachPeriod()
{
    // Weekdays only, with a gap: days without a backup are not counted.
    QList<QDateTime> made;
    QDate d(2026, 1, 5); // a Monday
    for (int i = 0; i < 200; ++i, d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !(d >= QDate(2026, 6, 1) && d <= QDate(2026, 6, 20)))
            made << QDateTime(d, QTime(9, 30)) << QDateTime(d, QTime(17, 0)); // two a day: the later is kept
    }
    const QSet<int> kept = BackupRetention::keep(made);
    QSet<QDateTime> keptAt;
    for (int i : kept)
        keptAt << made.at(i);
    const QDate last = made.last().date();
    // Daily: the last 7 days that had backups (weekdays), their evening copy.
    QList<QDate> days;
    for (QDate x = last; days.size() < 7; x = x.addDays(-1)) {
        if (x.dayOfWeek() <= 5)
            days << x;
    }
    for (const QDate& x : days) {
        QVERIFY2(keptAt.contains(QDateTime(x, QTime(17, 0))), qPrintable(x.toString()));
        QVERIFY(!keptAt.contains(QDateTime(x, QTime(9, 30))));
    }
    // Monthly: the newest of each month reaches back twelve months — here every month with backups (7).
    QSet<int> months;
    QSet<int> weeks;
    for (const QDateTime& t : keptAt) {
        months << t.date().month();
        weeks << t.date().weekNumber();
        QCOMPARE(t.time(), QTime(17, 0));
    }
    QCOMPARE(months.size(), 7);
    QVERIFY(weeks.size() >= 5);
    QVERIFY(kept.size() <= 7 + 5 + 12);
}

void TestBackup::automaticRetentionOverFourHundredDays()
{
    FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(10, 0)));
    auto workspace = freshWorkspace(QStringLiteral("auto"), clock);
    registerOne(*workspace);
    const QString folder = m_dir.filePath(QStringLiteral("auto/backups"));
    QDir().mkpath(folder);
    // Files that are not automatic backups are never touched.
    for (const char* name : {"notes.txt", "joldama-manual.sqlite", "joldama-20240101-100000.sqlite.bak"}) {
        QFile f(QDir(folder).filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    BackupService service(workspace->database(), clock);
    const int days = 400;
    for (int day = 0; day < days; ++day) {
        const BackupService::AutomaticRun run = service.runAutomatic(folder);
        QVERIFY(run.made);
        if (day % 97 == 0) { // the window stays open all day: later runs of the same day make nothing
            clock.advance(5 * 3600);
            QVERIFY(!service.runAutomatic(folder).made);
            clock.advance(-5 * 3600);
        }
        clock.advance(24 * 3600);
    }
    const QDate last = QDate(2025, 1, 1).addDays(days - 1);

    // What must be left, reckoned by the calendar (the last day, 4 February 2026, is a Wednesday): the last 7
    // days; the newest day of each of the last 5 weeks — this Wednesday and the 4 Sundays before it; the newest
    // of each of the last 12 months — this Wednesday and the last days of the 11 months before.
    QCOMPARE(last, QDate(2026, 2, 4));
    QSet<QDate> expected;
    for (int i = 0; i < 7; ++i)
        expected << last.addDays(-i);
    for (int w = 0; w < 4; ++w)
        expected << QDate(2026, 2, 1).addDays(-7 * w);
    for (int m = 1; m < 12; ++m) {
        const QDate monthStart = QDate(2026, 2, 1).addMonths(-m);
        expected << monthStart.addDays(monthStart.daysInMonth() - 1);
    }
    QSet<QDate> found;
    for (const auto& [path, made] : BackupService::automaticBackups(folder)) {
        found << made.date();
        QVERIFY(QFileInfo::exists(BackupStore::sidecarPath(path)));
    }
    QCOMPARE(found, expected);
    // 1 February is a daily copy too, and so is 31 January, the newest of January.
    QCOMPARE(found.size(), 7 + 3 + 10);
    for (const char* name : {"notes.txt", "joldama-manual.sqlite", "joldama-20240101-100000.sqlite.bak"})
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QLatin1String(name))));
    // Nothing but our files and their sidecars.
    QCOMPARE(listing(folder).size(), 3 + 2 * int(found.size()));
    // Each one verified, and the last one is the status bar's last good backup.
    const BackupService::Status s = service.status();
    QVERIFY(s.lastGood && !s.stale);
    QCOMPARE(s.lastGood->kind, QStringLiteral("automatic"));
    QCOMPARE(Clock::fromStamp(s.lastGood->madeAt).date(), last);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
