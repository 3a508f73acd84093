#pragma once

#include "AccessContext.h"
#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "domain/OperationError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class BackgroundCheckpoint;
struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

// One open connection to the Joldama database. A connection belongs to the thread that opened it: a
// loader thread opens its own with openAnother().
//
// SQLite is opened for durability first: WAL, synchronous=FULL (records a clerk saw as saved must
// survive a power cut), foreign keys on, and a busy timeout so a second workstation waits instead of
// failing.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(DatabaseLocation location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens, creating an SQLite file in an existing folder (the folder too only for the default file in the
    // user's data folder). Throws OperationError with a message for the user when the folder does not exist,
    // the file cannot be opened, is not a database, or is another program's database (left unchanged).
    void open();
    bool isOpen() const;
    // Whether nothing can be saved through this connection, as SQLite sees it: a file, folder or medium this
    // process may not write (which file permissions cannot tell for root), or a location opened read-only.
    bool isReadOnly() const;

    const DatabaseLocation& location() const { return m_location; }
    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Opens the connection again after the server was lost (PostgreSQL): prepared statements of the old one
    // are gone with it. Returns whether the server answered. A write transaction cannot be under way.
    bool reconnect();
    // Whether the server still answers (a round trip on PostgreSQL; SQLite is always there).
    bool ping() const;

    // Called after every commit of a write on this connection, on its thread: the change feed tells the
    // window at once what this workstation itself changed.
    void setCommitObserver(std::function<void()> observer) { m_commitObserver = std::move(observer); }
    void committed() const
    {
        if (m_commitObserver)
            m_commitObserver();
    }

    // Every statement this connection runs, with its bound values, told just before it runs (nothing while
    // unset). The benchmark sends the same statements through the database's own client library, to measure
    // what Joldama's layers cost over the SQL itself.
    using StatementTrace = std::function<void(const QString& sql, const QVariantList& values)>;
    void setStatementTrace(StatementTrace trace) { m_statementTrace = std::move(trace); }
    bool isTraced() const { return bool(m_statementTrace); }
    void traced(const QString& sql, const QVariantList& values) const
    {
        if (m_statementTrace)
            m_statementTrace(sql, values);
    }

    // A second connection to the same database, for another thread.
    std::unique_ptr<Database> openAnother() const;

    // The raw handle, for the few places where the store steps through many rows (SQLite only).
    sqlite3* sqliteHandle() const;
    // libpq's connection under QtSql's driver (PostgreSQL only), on which Query runs its statements.
    pg_conn* postgresHandle() const;

    // After a commit that filled the WAL with a bulk load: its pages are copied into the SQLite file on a thread
    // and connection of their own (BackgroundCheckpoint), so that the load is over once it is durable. Nothing
    // on PostgreSQL. The connection's own checkpoints after commits must have been held back (OpenDataStore).
    void checkpointInBackground();
    // Returns once that copy has ended; closing the connection waits for it too.
    void waitForCheckpoint();

    // Runs a statement without bound values (schema, pragmas). Throws on failure.
    void execute(const QString& sql) const;
    // Runs a transaction-control statement (BEGIN, COMMIT, ROLLBACK, SAVEPOINT …). SQLite keeps them
    // prepared for reuse; PostgreSQL cannot prepare them, so they are sent as they are.
    void control(const QString& sql) const;

    // Turns a driver error into a message that says what to do, without losing the driver's words.
    OperationError failure(const QSqlError& error, const QString& doing) const;

    // Prepared statements are kept for reuse: preparing costs more than running most of Joldama's
    // statements, which look up one row by an index. An SQLite statement is lent to one Query at a time; a
    // nested Query with the same SQL gets a second one. A PostgreSQL statement is prepared on the server once
    // per connection, by a name any number of Queries use. Only Query uses these.
    sqlite3_stmt* borrowSqliteStatement(const QString& sql) const;
    void returnSqliteStatement(const QString& sql, sqlite3_stmt* statement) const;
    // The name of sql prepared on the server (prepared now if it was not); throws as failure() does.
    QByteArray postgresStatement(const QString& sql) const;
    void postgresQueryStarted() const { ++m_postgresQueries; }
    void postgresQueryEnded() const { --m_postgresQueries; }
    // A libpq result's error as QtSql reports one: the SQLSTATE as the native code, a lost connection as a
    // ConnectionError.
    QSqlError postgresError(const pg_result* result) const;
    // Told after every statement Query ran through libpq: QtSql's driver looks for notifications (the change
    // feed's LISTEN) after each statement it runs itself, and a statement run past it may have read them.
    void postgresStatementRan() const;

    // Who writes through this connection, recorded with every change: the person's login (the operating-system
    // account until Joldama has accounts of its own), and the workstation (its enrolled code or host name).
    const QString& actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }
    const QString& workstation() const { return m_workstation; }
    void setWorkstation(const QString& workstation) { m_workstation = workstation; }
    // Whether the schema records changes by itself (ChangeTracking), so write transactions tell it who writes.
    bool tracksChanges() const { return m_tracksChanges; }
    void setTracksChanges(bool tracks) { m_tracksChanges = tracks; }

    // Who is signed in on this connection and the audit key it seals with (AccountService, AuditStore).
    AccessContext& access() { return m_access; }
    const AccessContext& access() const { return m_access; }

    // Write-transaction depth, managed by WriteTransaction so nested service calls share one transaction.
    int& writeDepth() { return m_writeDepth; }
    int writeDepth() const { return m_writeDepth; }

    // True while another connection holds the write lock of this SQLite file (a second workstation saving),
    // asked without waiting on a short-lived connection of its own. The window asks before a save, to show
    // the clerk why the save waits; never true for PostgreSQL, whose writers do not lock a whole file.
    static bool writeLockTaken(const DatabaseLocation& location);

    // How long a write waits for another workstation before giving up (milliseconds).
    static constexpr int busyTimeoutMs = 5000;
    // The size the WAL file is cut back to once a checkpoint has emptied it: after an import of a million rows it
    // would otherwise keep that import's size (a gigabyte) on the disk for as long as the program runs.
    static constexpr qint64 walSizeLimitBytes = 16 * 1024 * 1024;
    // The page size of a new SQLite database, and the page cache of every connection (in KiB).
    static constexpr int newPageSizeBytes = 16384;
    static constexpr int cacheKiB = 4096;

private:
    void applySqlitePragmas();
    // Why a server refused the connection, in words that say what to do (a password, a database name, a
    // computer the server does not let in), the field at fault named; anything else is failure()'s.
    OperationError refusedLogin(const QSqlError& error) const;
    void dropStatements();

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_writeDepth = 0;
    QString m_actor;
    QString m_workstation;
    std::function<void()> m_commitObserver;
    StatementTrace m_statementTrace;
    bool m_tracksChanges = false;
    AccessContext m_access;
    // The connection itself, kept: looking it up by name takes a global lock on every statement.
    mutable QSqlDatabase m_connection;
    mutable sqlite3* m_sqlite = nullptr;
    // Opened as an immutable file: a WAL database on a read-only medium (applySqlitePragmas).
    bool m_immutable = false;
    mutable std::unordered_map<QString, std::vector<sqlite3_stmt*>> m_sqliteStatements;
    mutable int m_statementCount = 0;
    mutable pg_conn* m_postgres = nullptr;
    mutable std::unordered_map<QString, QByteArray> m_postgresStatements;
    mutable int m_postgresSerial = 0;
    mutable int m_postgresQueries = 0; // Queries alive: a statement is only deallocated when none is
    std::shared_ptr<bool> m_notificationCheckQueued = std::make_shared<bool>(false);
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
    static constexpr int maxStatements = 256;
};
