#include "TestSupport.h"
#include "store/BulkStore.h"
#include "store/Database.h"
#include "store/ListingReader.h"
#include "store/Migrator.h"
#include "store/Query.h"
#include "store/SqlDialect.h"
#include "store/SqlScript.h"
#include "store/SqlValue.h"
#include "store/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QSqlDatabase>
#include <QThread>
#include <functional>

// The store on real SQLite files: durability pragmas, migrations, refusals, transactions, locks.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void freshDatabaseIsDurable();
    void existingFileKeepsItsPageSize();
    void bigTransactionDoesNotLeaveABigWal();
    void reopenKeepsDataAndSchema();
    void newerDatabaseIsRefusedUntouched();
    void failingMigrationRollsBack();
    void migrationNumberedBelowTheLatestIsStillApplied();
    void foreignDatabaseIsRefused();
    void notADatabaseSaysSo();
    void folderInsteadOfFile();
    void scriptSplitting();
    void transactionRollsBackWhenNotCommitted();
    void nestedTransactionsJoinTheOuter();
    void failedNestedTransactionUndoesOnlyItself();
    void preparedStatementsAreReusedSafely();
    void secondWriterWaitsInsteadOfFailing();
    void fullDatabaseLosesNothingSaved();
    void everyWriterBindsByOneRule();
    void valuesReadBackAlikeOnBothBackEnds();

private:
    static QVariant pragma(Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA ") + name);
        q.next();
        return q.value(0);
    }
};

void TestStore::freshDatabaseIsDurable()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: the file, WAL and synchronous=FULL");
    QTemporaryDir dir;
    // The folder must exist: only the default database's folder is created (a missing one named with --db is
    // refused, tst_cli missingFolderIsRefusedNotCreated).
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/folder")));
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("sub/folder/fresh.sqlite"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sub/folder/fresh.sqlite"))));
    Database& db = workspace->database();
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), Database::busyTimeoutMs);
    QCOMPARE(pragma(db, QStringLiteral("page_size")).toInt(), Database::newPageSizeBytes);
    QCOMPARE(pragma(db, QStringLiteral("cache_size")).toInt(), -Database::cacheKiB);
    QCOMPARE(workspace->schemaVersion(), Migrator(db).latestVersion());
    QVERIFY(workspace->schemaVersion() >= 1);
    // A second connection (as a loader thread opens) gets the same settings.
    auto other = db.openAnother();
    QCOMPARE(pragma(*other, QStringLiteral("synchronous")).toInt(), 2);
    QCOMPARE(pragma(*other, QStringLiteral("foreign_keys")).toInt(), 1);
}

void TestStore::existingFileKeepsItsPageSize()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: the file's pages");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.sqlite"));
    {
        // A file whose pages were sized before (as every database made before Joldama chose 16 KB).
        QSqlDatabase older = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        older.setDatabaseName(path);
        QVERIFY(older.open());
        QSqlQuery q(older);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(q.exec(QStringLiteral("VACUUM")));
        q.finish();
        older.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    QVERIFY(QFileInfo(path).size() > 0);
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("older.sqlite"));
    QCOMPARE(pragma(workspace->database(), QStringLiteral("page_size")).toInt(), 4096);
    QCOMPARE(pragma(workspace->database(), QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
}

void TestStore::bigTransactionDoesNotLeaveABigWal()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: the WAL file");
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("wal.sqlite"));
    Database& db = workspace->database();
    const QString wal = dir.filePath(QStringLiteral("wal.sqlite-wal"));
    // One transaction of twice the limit (a large import), then an ordinary small write while the program runs.
    {
        WriteTransaction tx(db);
        Query(db, QStringLiteral("CREATE TABLE bulk (payload BLOB)")).exec();
        const QByteArray payload(64 * 1024, 'x');
        for (qint64 written = 0; written < 2 * Database::walSizeLimitBytes; written += payload.size())
            Query(db, QStringLiteral("INSERT INTO bulk (payload) VALUES (?)")).bind(payload).exec();
        tx.commit();
    }
    QVERIFY2(QFileInfo(wal).size() > Database::walSizeLimitBytes, "the big transaction did not go through the WAL");
    {
        WriteTransaction tx(db);
        Query(db, QStringLiteral("DELETE FROM bulk WHERE rowid = 1")).exec();
        tx.commit();
    }
    QVERIFY2(QFileInfo(wal).size() <= Database::walSizeLimitBytes, qPrintable(QString::number(QFileInfo(wal).size())));
    QCOMPARE(pragma(db, QStringLiteral("journal_size_limit")).toLongLong(), Database::walSizeLimitBytes);
}

void TestStore::reopenKeepsDataAndSchema()
{
    QTemporaryDir dir;
    int versions = 0;
    {
        auto workspace = TestSupport::openWorkspace(dir);
        Database& db = workspace->database();
        WriteTransaction tx(db);
        Query(db,
              QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('probe', 'Қазақ ё \"quoted\" 🙂')"))
            .exec();
        tx.commit();
        versions = Query(db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt();
    }
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    QCOMPARE(Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'probe'")).scalar().toString(),
             QStringLiteral("Қазақ ё \"quoted\" 🙂"));
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(), versions);
}

void TestStore::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    {
        auto workspace = TestSupport::openWorkspace(dir);
        Database& db = workspace->database();
        WriteTransaction tx(db);
        Query(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"))
            .exec();
        tx.commit();
    }
    Database db(TestSupport::location(dir, QStringLiteral("test.sqlite")));
    db.open();
    Migrator migrator(db);
    try {
        migrator.migrate();
        QFAIL("a newer database was accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::NewerDatabase);
        QVERIFY2(e.message().contains(QStringLiteral("newer Joldama")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("999")));
    }
    QCOMPARE(migrator.currentVersion(), 999);
    // Workspace::open refuses it the same way.
    QVERIFY_THROWS_EXCEPTION(OperationError, TestSupport::openWorkspace(dir));
}

void TestStore::failingMigrationRollsBack()
{
    QTemporaryDir dir;
    Database db(TestSupport::location(dir, QStringLiteral("m.sqlite")));
    db.open();
    const QList<Migrator::Migration> good{{1, QStringLiteral("first"),
                                           QStringLiteral("CREATE TABLE a (id {{ID}}, t TEXT);\n"
                                                          "INSERT INTO a (t) VALUES ('kept; really');")}};
    Migrator(db, good).migrate();
    QList<Migrator::Migration> bad = good;
    bad << Migrator::Migration{2, QStringLiteral("second"),
                               QStringLiteral("CREATE TABLE b (id INTEGER);\nINSERT INTO a (t) VALUES ('lost');\n"
                                              "INSERT INTO no_such_table VALUES (1);")};
    Migrator migrator(db, bad);
    try {
        migrator.migrate();
        QFAIL("the broken migration succeeded");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("version 2")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("left as it was")));
    }
    QCOMPARE(migrator.currentVersion(), 1);
    QVERIFY(!db.connection().tables().contains(QStringLiteral("b")));
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM a")).scalar().toInt(), 1);
    QCOMPARE(Query(db, QStringLiteral("SELECT t FROM a")).scalar().toString(), QStringLiteral("kept; really"));
}

void TestStore::migrationNumberedBelowTheLatestIsStillApplied()
{
    // Two branches number their migrations apart (009, 010); a database upgraded by the one with 010 first
    // must still receive 009 when both are merged.
    QTemporaryDir dir;
    Database db(TestSupport::location(dir, QStringLiteral("gap.sqlite")));
    db.open();
    const Migrator::Migration first{1, QStringLiteral("first"), QStringLiteral("CREATE TABLE a (id INTEGER);")};
    const Migrator::Migration third{3, QStringLiteral("third"), QStringLiteral("CREATE TABLE c (id INTEGER);")};
    const Migrator::Migration second{2, QStringLiteral("second"), QStringLiteral("CREATE TABLE b (id INTEGER);")};
    Migrator(db, {first, third}).migrate();
    QVERIFY(!db.connection().tables().contains(QStringLiteral("b")));
    Migrator merged(db, {first, second, third});
    merged.migrate();
    QVERIFY(db.connection().tables().contains(QStringLiteral("b")));
    QCOMPARE(merged.currentVersion(), 3);
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(), 3);
    merged.migrate(); // nothing left to do
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(), 3);
}

void TestStore::foreignDatabaseIsRefused()
{
    QTemporaryDir dir;
    if (TestSupport::onPostgres()) {
        // Another program's schema on the server: refused by the workspace, left as it was.
        const DatabaseLocation where = TestSupport::location(dir, QStringLiteral("other.sqlite"));
        {
            Database other(where);
            other.open();
            other.execute(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)"));
        }
        try {
            Workspace::open(where);
            QFAIL("another program's database was accepted");
        } catch (const OperationError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("another program")), qPrintable(e.message()));
        }
        Database check(where);
        check.open();
        QCOMPARE(check.connection().tables(), QStringList{QStringLiteral("customers")});
        return;
    }
    // SQLite: refused by the connection itself, before any pragma changes the file.
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    const auto tables = [&] {
        // Read as the other program would, without Joldama's connection (which would refuse it).
        QStringList names;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            other.open();
            names = other.tables();
            QSqlQuery mode(other);
            mode.exec(QStringLiteral("PRAGMA journal_mode"));
            mode.next();
            names << mode.value(0).toString();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return names;
    };
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    for (const auto& open : {std::function<void()>([&] { Workspace::open(DatabaseLocation::sqliteFile(path)); }),
                             std::function<void()>([&] { Database(DatabaseLocation::sqliteFile(path)).open(); })}) {
        try {
            open();
            QFAIL("another program's database was accepted");
        } catch (const OperationError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("another program")), qPrintable(e.message()));
        }
    }
    // Left exactly as it was: its tables, and its journal mode (not switched to WAL).
    QCOMPARE(tables(), (QStringList{QStringLiteral("customers"), QStringLiteral("delete")}));
}

void TestStore::notADatabaseSaysSo()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: a file that is not a database");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    try {
        Workspace::open(DatabaseLocation::sqliteFile(path));
        QFAIL("a text file was opened as a database");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("not a Joldama database")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("--db")));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

void TestStore::folderInsteadOfFile()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: a folder given as the database file");
    QTemporaryDir dir;
    try {
        Workspace::open(DatabaseLocation::sqliteFile(dir.path()));
        QFAIL("a folder was opened as a database");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("folder")), qPrintable(e.message()));
    }
}

void TestStore::scriptSplitting()
{
    const QString script =
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE t (x TEXT DEFAULT 'a;b', y TEXT DEFAULT 'it''s; fine');\n"
                       "/* block; comment */ INSERT INTO t (x) VALUES (\"q;q\");\n"
                       "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET y = 'z;'; SELECT 1;\nEND;\n"
                       "CREATE INDEX i ON t (x)");
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE t")));
    QVERIFY(statements.at(0).contains(QStringLiteral("'it''s; fine'")));
    QVERIFY(statements.at(1).contains(QStringLiteral("\"q;q\"")));
    QVERIFY(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(statements.at(2).endsWith(QStringLiteral("END")));
    QCOMPARE(statements.at(3), QStringLiteral("CREATE INDEX i ON t (x)"));
}

void TestStore::transactionRollsBackWhenNotCommitted()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    try {
        WriteTransaction tx(db);
        Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('half', 'written')")).exec();
        throw OperationError(OperationError::Kind::Invalid, QStringLiteral("stop"));
    } catch (const OperationError&) {
    }
    QVERIFY(!Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'half'")).scalar().isValid());
    QCOMPARE(db.writeDepth(), 0);
}

void TestStore::nestedTransactionsJoinTheOuter()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    {
        WriteTransaction outer(db);
        {
            WriteTransaction inner(db);
            QVERIFY(!inner.isOutermost());
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('inner', '1')")).exec();
            inner.commit(); // joins: nothing is committed yet
        }
        // Not committed: the outer one rolls everything back.
    }
    QVERIFY(!Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'inner'")).scalar().isValid());
}

void TestStore::failedNestedTransactionUndoesOnlyItself()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    {
        WriteTransaction outer(db);
        Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('before', '1')")).exec();
        // A row of an import that fails half-way: its first write must not survive.
        try {
            WriteTransaction row(db);
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('half', '1')")).exec();
            {
                WriteTransaction deeper(db);
                Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('deeper', '1')")).exec();
                deeper.commit();
            }
            throw OperationError(OperationError::Kind::Invalid, QStringLiteral("bad row"));
        } catch (const OperationError&) {
        }
        {
            WriteTransaction next(db);
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('after', '1')")).exec();
            next.commit();
        }
        outer.commit();
    }
    const auto has = [&db](const char* key) {
        return Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = ?"))
            .bind(QString::fromLatin1(key))
            .scalar()
            .isValid();
    };
    QVERIFY(has("before"));
    QVERIFY(!has("half"));
    QVERIFY(!has("deeper")); // committed into the failed part, undone with it
    QVERIFY(has("after"));
    QCOMPARE(db.writeDepth(), 0);
}

void TestStore::preparedStatementsAreReusedSafely()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    const QString insert = QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)");
    const QString read = QStringLiteral("SELECT key, value FROM app_setting WHERE key LIKE 'reuse-%' ORDER BY key");
    {
        WriteTransaction tx(db);
        for (int i = 0; i < 3; ++i)
            Query(db, insert).bind(QStringLiteral("reuse-%1").arg(i)).bind(QString::number(i * 10)).exec();
        tx.commit();
    }
    // The same statement while it is still stepping: the inner Query must get its own, or the outer
    // one would lose its rows.
    QStringList pairs;
    Query outer(db, read);
    outer.exec();
    while (outer.next()) {
        Query inner(db, read);
        inner.exec();
        int innerRows = 0;
        while (inner.next())
            ++innerRows;
        QCOMPARE(innerRows, 3);
        pairs << outer.text(0) + QLatin1Char('=') + outer.text(1);
    }
    QCOMPARE(pairs,
             QStringList({QStringLiteral("reuse-0=0"), QStringLiteral("reuse-1=10"), QStringLiteral("reuse-2=20")}));
    // A statement that failed (a duplicate key) goes back usable: the next run binds afresh.
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             Query(db, insert).bind(QStringLiteral("reuse-0")).bind(QStringLiteral("x")).exec());
    Query(db, insert).bind(QStringLiteral("reuse-3")).bind(QStringLiteral("30")).exec();
    QCOMPARE(Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = ?"))
                 .bind(QStringLiteral("reuse-3"))
                 .scalar()
                 .toString(),
             QStringLiteral("30"));
    QCOMPARE(Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = ?"))
                 .bind(QStringLiteral("reuse-0"))
                 .scalar()
                 .toString(),
             QStringLiteral("0"));
    // One Query run again with new values, as a loop over keys does: after its rows were read to the end,
    // after only the first was read, and after none. (SQLite refuses values bound to a statement that has run
    // and was not reset: the found referrals of a name search failed so whenever it found two patients.)
    Query byKey(db, QStringLiteral("SELECT value FROM app_setting WHERE key >= ? AND key LIKE 'reuse-%' ORDER BY "
                                   "key LIMIT 2"));
    QStringList seen;
    for (const char* key : {"reuse-0", "reuse-1", "reuse-2", "reuse-3"}) {
        byKey.bind(QString::fromLatin1(key));
        byKey.exec();
        QVERIFY(byKey.next());
        seen << byKey.text(0);
        if (qstrcmp(key, "reuse-1") == 0)
            continue; // its second row left unread
        while (byKey.next())
            seen << byKey.text(0);
    }
    QCOMPARE(seen.join(QLatin1Char(',')), QStringLiteral("0,10,10,20,30,30"));
    byKey.bind(QStringLiteral("reuse-2")); // bound again with nothing of the last run read
    byKey.exec();
    byKey.bind(QStringLiteral("reuse-3"));
    QCOMPARE(byKey.scalar().toString(), QStringLiteral("30"));
}

void TestStore::secondWriterWaitsInsteadOfFailing()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: one writer at a time (PostgreSQL writers of different rows do not wait)");
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    const DatabaseLocation location = workspace->database().location();
    // Another "workstation" holds the write lock for a while, then commits.
    QSemaphore lockHeld;
    QThread* holder = QThread::create([location, &lockHeld] {
        Database other(location);
        other.open();
        WriteTransaction tx(other);
        Query(other, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('first', '1')")).exec();
        lockHeld.release();
        QThread::msleep(700); // the other clerk's long save
        tx.commit();
    });
    holder->start();
    lockHeld.acquire(); // ordered by the holder's word, not by a guess of how long it takes to start
    Database& db = workspace->database();
    QElapsedTimer timer;
    timer.start();
    {
        WriteTransaction tx(db); // waits for the lock instead of failing with "database is locked"
        Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('second', '2')")).exec();
        tx.commit();
    }
    QVERIFY(timer.elapsed() >= 300);
    holder->wait();
    delete holder;
    QCOMPARE(
        Query(db, QStringLiteral("SELECT count(*) FROM app_setting WHERE key IN ('first', 'second')")).scalar().toInt(),
        2);
}

void TestStore::fullDatabaseLosesNothingSaved()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: a full disk under the file");
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    {
        WriteTransaction tx(db);
        Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('saved', 'before')")).exec();
        tx.commit();
    }
    // A database that may not grow behaves like a full disk.
    const int pages = pragma(db, QStringLiteral("page_count")).toInt();
    db.execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
    try {
        WriteTransaction tx(db);
        for (int i = 0; i < 2000; ++i)
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"))
                .bind(QString::number(i))
                .bind(QString(200, QLatin1Char('x')))
                .exec();
        tx.commit();
        QFAIL("the full database accepted everything");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Storage);
        QVERIFY2(e.message().contains(QStringLiteral("full")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("Nothing was saved")));
    }
    QCOMPARE(Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'saved'")).scalar().toString(),
             QStringLiteral("before"));
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM app_setting WHERE key = '5'")).scalar().toInt(), 0);
}

// Query, BulkStore and ListingReader bind through SqlValue: the same value is stored the same way by each,
// and reads back the same. A null QString is '' everywhere (it was NULL in one of them), NULL only when meant.
void TestStore::everyWriterBindsByOneRule()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: the stored types are read with typeof()");
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    const QDateTime instant(QDate(2026, 11, 16), QTime(10, 0, 0, 250), Qt::UTC);
    const QList<std::pair<QVariant, QString>> cases = {
        {QVariant(QString()), QStringLiteral("text:")},
        {QVariant(QStringLiteral("Әлихан")), QStringLiteral("text:Әлихан")},
        {QVariant(), QStringLiteral("null:")},
        {QVariant::fromValue(nullptr), QStringLiteral("null:")},
        {QVariant(true), QStringLiteral("integer:1")},
        {QVariant(qint64(1) << 40), QStringLiteral("integer:1099511627776")},
        {QVariant(2.5), QStringLiteral("real:2.5")},
        {QVariant(QDate(2026, 1, 2)), QStringLiteral("text:2026-01-02")},
        {QVariant(QDate()), QStringLiteral("null:")},
        {QVariant(instant), QStringLiteral("text:2026-11-16T10:00:00.250Z")},
    };
    {
        WriteTransaction tx(db);
        db.execute(QStringLiteral("CREATE TABLE bound (id INTEGER PRIMARY KEY, via TEXT, n INTEGER, v)"));
        // The bulk loader, on a real table: a null QString is '' and a bool 1, as through Query.
        BulkStore(db).insert(BulkStore::Table::Icd,
                             {QStringLiteral("Z99.8"), QStringLiteral("Болезнь"), QString(), QString(), true, instant});
        for (int i = 0; i < cases.size(); ++i) {
            Query(db, QStringLiteral("INSERT INTO bound (via, n, v) VALUES ('query', ?, ?)"))
                .bind(i)
                .bind(cases[i].first)
                .exec();
        }
        tx.commit();
    }
    auto stored = [&](const QString& via, int n) {
        Query q(db, QStringLiteral("SELECT typeof(v) || ':' || coalesce(CAST(v AS TEXT), '') FROM bound "
                                   "WHERE via = ? AND n = ?"));
        return q.bind(via).bind(n).scalar().toString();
    };
    for (int i = 0; i < cases.size(); ++i)
        QCOMPARE(stored(QStringLiteral("query"), i), cases[i].second);
    QCOMPARE(Query(db, QStringLiteral("SELECT typeof(name_kk) || ':' || name_kk || '|' || typeof(common) || ':' || "
                                      "common || '|' || updated_at FROM icd10 WHERE code = 'Z99.8'"))
                 .scalar()
                 .toString(),
             QStringLiteral("text:|integer:1|2026-11-16T10:00:00.250Z"));

    // Read back: NULL is a valid, null value; integers come back as 64-bit integers.
    Query q(db, QStringLiteral("SELECT v FROM bound WHERE via = 'query' AND n = ?"));
    QCOMPARE(q.bind(2).scalar().typeId(), int(QMetaType::Nullptr));
    QCOMPARE(q.bind(5).scalar().typeId(), int(QMetaType::LongLong));
    QCOMPARE(q.bind(1).scalar().toString(), QStringLiteral("Әлихан"));

    // The listing reader binds its filters by the same rule: a null QString finds the '' row.
    Listing listing;
    listing.from = QStringLiteral("bound");
    listing.idColumn = QStringLiteral("id");
    listing.columns = {{QStringLiteral("v"), QStringLiteral("v"), QString()}};
    listing.filter = [](const ListingRequest&, QStringList& where, QVariantList& binds) {
        where << QStringLiteral("v = ?");
        binds << QVariant(QString());
    };
    const ListingReader reader(db, listing, ListingRequest{});
    qint64 count = 0;
    QList<ListingCursor> boundaries;
    QVERIFY(reader.scan(1, &count, &boundaries, {}));
    QCOMPARE(count, 1);
    QCOMPARE(reader.fetch(std::nullopt, 10).size(), 1);
    // And the normalized form is what the PostgreSQL driver is given.
    QCOMPARE(SqlValue::normalized(QVariant(QString())).toString(), QStringLiteral(""));
    QVERIFY(!SqlValue::normalized(QVariant(QString())).toString().isNull());
    QVERIFY(!SqlValue::normalized(QVariant()).isValid());
    QCOMPARE(SqlValue::normalized(QVariant(int(7))).typeId(), int(QMetaType::LongLong));
}

// Query runs each back end's C API (sqlite3_step, libpq's PQexecPrepared): what a statement gives back must
// not depend on which. Runs again as tst_store_pg.
void TestStore::valuesReadBackAlikeOnBothBackEnds()
{
    // The store writes ? for both; PostgreSQL numbers them, leaving quoted texts and names alone.
    QCOMPARE(SqlDialect::numberedParameters(QStringLiteral("SELECT 'a?b', \"c?\" FROM t WHERE x = ? AND y IN (?, ?)")),
             QByteArray("SELECT 'a?b', \"c?\" FROM t WHERE x = $1 AND y IN ($2, $3)"));
    QCOMPARE(SqlDialect::numberedParameters(QStringLiteral("SELECT 'it''s?' || ?")),
             QByteArray("SELECT 'it''s?' || $1"));

    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    Database& db = workspace->database();
    {
        WriteTransaction tx(db);
        for (int i = 1; i <= 3; ++i)
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"))
                .bind(QStringLiteral("alike-%1").arg(i))
                .bind(i == 2 ? QStringLiteral("Ә?лихан") : QString())
                .exec();
        tx.commit();
    }
    Query q(db,
            QStringLiteral("SELECT key, value, length(key), 'a?b', CAST(? AS BIGINT), CAST(? AS TEXT) FROM app_setting "
                           "WHERE key LIKE 'alike-%' ORDER BY key"));
    q.bind(qint64(1) << 40).bind(QVariant()).exec();
    QStringList rows;
    while (q.next()) {
        QCOMPARE(q.columnCount(), 6);
        QCOMPARE(q.value(2).typeId(), int(QMetaType::LongLong));
        QCOMPARE(q.integer(4), qint64(1) << 40);
        QVERIFY(q.isNull(5));
        QCOMPARE(q.value(5).typeId(), int(QMetaType::Nullptr));
        QVERIFY(!q.text(1).isNull()); // '' is stored for "nothing", and read back as ''
        rows << q.text(0) + QLatin1Char('=') + q.text(1) + QLatin1Char('|') + q.value(3).toString();
    }
    QCOMPARE(rows, QStringList({QStringLiteral("alike-1=|a?b"), QStringLiteral("alike-2=Ә?лихан|a?b"),
                                QStringLiteral("alike-3=|a?b")}));
    // A NULL column of a row is a null text and a valid, null value; no row is an invalid value.
    Query nothing(db, QStringLiteral("SELECT NULL, count(*) FROM app_setting WHERE key = ?"));
    nothing.bind(QStringLiteral("no such key")).exec();
    QVERIFY(nothing.next());
    QVERIFY(nothing.text(0).isNull());
    QCOMPARE(nothing.integer(1), qint64(0));
    QVERIFY(!nothing.next());
    QVERIFY(!Query(db, QStringLiteral("SELECT key FROM app_setting WHERE key = ?"))
                 .bind(QStringLiteral("none"))
                 .scalar()
                 .isValid());
    // Sums and comparisons read as numbers whatever type the server gives them (numeric, boolean).
    QCOMPARE(Query(db, QStringLiteral("SELECT sum(CAST(? AS BIGINT))")).bind(7).scalar().toLongLong(), qint64(7));
    QCOMPARE(Query(db, QStringLiteral("SELECT CASE WHEN 2 > 1 THEN 1 ELSE 0 END")).scalar().toInt(), 1);
    // Rows changed, and a broken rule is the clerk's "conflict", with nothing saved.
    {
        WriteTransaction tx(db);
        Query update(db, QStringLiteral("UPDATE app_setting SET value = 'x' WHERE key LIKE 'alike-%'"));
        update.exec();
        QCOMPARE(update.rowsAffected(), 3);
        try {
            Query(db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, '')"))
                .bind(QStringLiteral("alike-1"))
                .exec();
            QFAIL("a second row with the same key was saved");
        } catch (const OperationError& e) {
            QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        }
    }
    QCOMPARE(Query(db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'alike-2'")).scalar().toString(),
             QStringLiteral("Ә?лихан"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
