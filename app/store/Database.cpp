#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include "BackgroundCheckpoint.h"
#include "Query.h"

#include "domain/Workstation.h"
#include "platform/PrivateFiles.h"

#include <atomic>
#include <initializer_list>
#include <libpq-fe.h>
#include <sqlite3.h>

Database::Database(DatabaseLocation location)
    : m_location(std::move(location))
    , m_dialect(m_location.kind)
    , m_connectionName(QStringLiteral("joldama-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_actor(Workstation::currentUser())
    , m_workstation(Workstation::hostName())
{}

Database::~Database()
{
    // The checkpoint's connection ends before this one: the last to close checkpoints whatever is left.
    m_checkpoint.reset();
    // Every prepared statement is finalized before the connection closes, or SQLite keeps it open.
    dropStatements();
    m_sqlite = nullptr;
    m_postgres = nullptr;
    m_connection = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    if (!m_connection.isValid())
        m_connection = QSqlDatabase::database(m_connectionName, false);
    return m_connection;
}

sqlite3_stmt* Database::borrowSqliteStatement(const QString& sql) const
{
    auto found = m_sqliteStatements.find(sql);
    if (found == m_sqliteStatements.end() || found->second.empty())
        return nullptr;
    sqlite3_stmt* statement = found->second.back();
    found->second.pop_back();
    --m_statementCount;
    return statement;
}

void Database::returnSqliteStatement(const QString& sql, sqlite3_stmt* statement) const
{
    // Reset at once: a statement left stepping would hold its read snapshot and block checkpoints.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_statementCount >= maxStatements)
        const_cast<Database*>(this)->dropStatements();
    m_sqliteStatements[sql].push_back(statement);
    ++m_statementCount;
}

void Database::dropStatements()
{
    // A PostgreSQL connection's statements are forgotten here only when the connection goes (closed, or
    // reconnected after the server was lost): the server has dropped them with it.
    m_postgresStatements.clear();
    for (auto& [sql, statements] : m_sqliteStatements) {
        for (sqlite3_stmt* statement : statements)
            sqlite3_finalize(statement);
    }
    m_sqliteStatements.clear();
    m_statementCount = 0;
}

void Database::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!db.isValid())
        throw OperationError(OperationError::Kind::Storage,
                             tr("The Qt database driver %1 is not installed. Install the package that provides it "
                                "(libqt6sql6-sqlite or libqt6sql6-psql).")
                                 .arg(m_dialect.driverName()));
    if (m_dialect.isSqlite()) {
        const QFileInfo info(m_location.path);
        if (info.isDir())
            throw OperationError(OperationError::Kind::Storage,
                                 tr("%1 is a folder, not a database file. Give the path of a file, for example %2.")
                                     .arg(QDir::toNativeSeparators(m_location.path),
                                          QDir(m_location.path).filePath(QStringLiteral("joldama.sqlite"))));
        // Only the default file in the user's data folder is created with its folder. A folder named with --db
        // that does not exist is a typing mistake more often than a wish: creating it would open a new, empty
        // database, and every look-up in it would answer "no such referral".
        if (!info.absoluteDir().exists()) {
            const bool isDefault =
                info.absoluteFilePath() == QFileInfo(DatabaseLocation::defaultSqlitePath()).absoluteFilePath();
            if (!isDefault)
                throw OperationError(
                    OperationError::Kind::Storage,
                    tr("The folder %1 does not exist, so there is no database %2 in it. Check the "
                       "path given with --db for a typing mistake, or create the folder first if "
                       "a new database is meant to be there.")
                        .arg(QDir::toNativeSeparators(info.absolutePath()), QDir::toNativeSeparators(m_location.path)));
            if (!QDir().mkpath(info.absolutePath()))
                throw OperationError(OperationError::Kind::Storage,
                                     tr("Cannot create the folder %1 for the database. Choose a folder you may write "
                                        "to, or another file with --db.")
                                         .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        // The patients' records are private to the user who runs Joldama: a new file is made readable by its owner
        // alone before SQLite opens it (SQLite gives its -wal and -shm the file's permissions), an older one is
        // made so.
        if (!info.exists() && !m_location.readOnly)
            PrivateFiles::createEmpty(m_location.path);
        if (!m_location.readOnly)
            PrivateFiles::restrictDatabase(m_location.path);
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs) +
                             (m_location.readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.databaseName);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        // A server that does not answer is noticed within seconds, not left to TCP's minutes: the connect times
        // out after 10 s, and keepalives and the user timeout find a dropped network under an open connection.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=joldama;keepalives=1;"
                                            "keepalives_idle=5;keepalives_interval=2;keepalives_count=3;"
                                            "tcp_user_timeout=10000;options='-c client_min_messages=warning'") +
                             (m_location.options.isEmpty() ? QString() : QLatin1Char(';') + m_location.options));
    }
    if (!db.open())
        throw m_dialect.isSqlite() ? failure(db.lastError(), tr("opening the database")) : refusedLogin(db.lastError());
    if (m_dialect.isSqlite())
        applySqlitePragmas();
    m_tracksChanges = db.tables().contains(QStringLiteral("change_context"));
}

void Database::applySqlitePragmas()
{
    // Reading the schema first tells a damaged or foreign file apart before anything is written to it.
    // Another program's database is refused before any pragma changes it: switching a file to WAL rewrites
    // its header, and that program may not expect it. Joldama's own files hold schema_version; an empty file
    // is a new database.
    const QString probeSql = QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN type = 'table' AND name = "
                                            "'schema_version' THEN 1 ELSE 0 END), 0) FROM sqlite_master");
    QSqlQuery probe(connection());
    if (!probe.exec(probeSql) || !probe.next()) {
        // A WAL database on a read-only medium (or in a folder this process may not write) cannot be read the
        // usual way: SQLite cannot create its -shm beside it. Nothing can change the file there, so it is read
        // as immutable, read-only.
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        const QFileInfo info(m_location.path);
        if (code != SQLITE_CANTOPEN || !info.isFile() || !info.isReadable() || m_immutable)
            throw failure(probe.lastError(), tr("opening the database"));
        probe = QSqlQuery();
        QSqlDatabase db = connection();
        db.close();
        m_sqlite = nullptr;
        m_postgres = nullptr;
        m_immutable = true;
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath())
                               .toString(QUrl::FullyEncoded)
                               .replace(0, 7, QStringLiteral("file:")) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open())
            throw failure(db.lastError(), tr("opening the database"));
        probe = QSqlQuery(connection());
        if (!probe.exec(probeSql) || !probe.next())
            throw failure(probe.lastError(), tr("opening the database"));
    }
    const bool foreign = probe.value(0).toInt() > 0 && probe.value(1).toInt() == 0;
    const bool empty = probe.value(0).toInt() == 0;
    probe.finish();
    if (foreign)
        throw OperationError(OperationError::Kind::Storage,
                             tr("%1 is a database of another program, not of Joldama. Nothing was changed. Choose "
                                "another file with --db.")
                                 .arg(m_location.describe()));

    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    // SQLite's default cache of 2 MB holds 125 pages of 16 KB (below): the first page of a waiting list (256
    // referrals and their patients) then read pages again and took 0.56 ms instead of 0.16 with 4 KB pages;
    // with 4 MB, 0.17. It fills only as far as it is used; the window's six connections (the loaders' own)
    // may hold 12 MB more than with the default, where 8 MB measured 30 MB more at a million referrals.
    execute(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    // Nothing is written through a read-only connection, and its journal mode cannot be changed.
    if (isReadOnly())
        return;
    // A new database gets pages of 16 KB instead of SQLite's 4 KB: a bureau's first open-data import (a hundred
    // thousand referrals, ten indexes, written to the WAL and then into the file) took 2.4-2.6 s instead of
    // 2.8-3.0. The size is fixed with the first page written, so an existing database keeps its own.
    if (empty)
        execute(QStringLiteral("PRAGMA page_size = %1").arg(newPageSizeBytes));
    QSqlQuery wal(connection());
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
        throw failure(wal.lastError(), tr("switching the database to write-ahead logging"));
    const QString mode = wal.value(0).toString().toLower();
    wal.finish();
    if (mode != QLatin1String("wal"))
        throw OperationError(OperationError::Kind::Storage,
                             tr("The database %1 cannot use write-ahead logging (journal mode stays \"%2\"). Put "
                                "the file on a local disk, not a network folder.")
                                 .arg(m_location.describe(), mode));
    // FULL: the WAL is synced at every commit. NORMAL loses commits already reported as saved on power loss.
    execute(QStringLiteral("PRAGMA synchronous = FULL"));
    execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
    execute(QStringLiteral("PRAGMA journal_size_limit = %1").arg(walSizeLimitBytes));
}

void Database::checkpointInBackground()
{
    if (!m_dialect.isSqlite() || m_immutable)
        return;
    m_checkpoint.reset(); // one at a time
    m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_location.path);
}

void Database::waitForCheckpoint()
{
    if (m_checkpoint)
        m_checkpoint->wait();
}

bool Database::isReadOnly() const
{
    sqlite3* handle = sqliteHandle();
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

bool Database::reconnect()
{
    dropStatements();
    m_sqlite = nullptr;
    m_postgres = nullptr;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    if (m_dialect.isSqlite())
        applySqlitePragmas();
    return true;
}

bool Database::ping() const
{
    if (m_dialect.isSqlite())
        return isOpen();
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

std::unique_ptr<Database> Database::openAnother() const
{
    auto other = std::make_unique<Database>(m_location);
    other->m_actor = m_actor;
    other->m_workstation = m_workstation;
    other->m_access = m_access;
    other->open();
    return other;
}

pg_conn* Database::postgresHandle() const
{
    if (m_dialect.isSqlite())
        return nullptr;
    if (m_postgres)
        return m_postgres;
    if (!connection().isOpen())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    // QPSQL hands its PGconn over as "pg_conn*" (the struct's own name; older Qt said "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    m_postgres = *static_cast<pg_conn* const*>(handle.data());
    return m_postgres;
}

QByteArray Database::postgresStatement(const QString& sql) const
{
    if (const auto found = m_postgresStatements.find(sql); found != m_postgresStatements.end())
        return found->second;
    PGconn* conn = postgresHandle();
    // A long session with ad hoc SQL (filters, sorts) must not grow without bound: start again, when no Query
    // holds a name and the connection can take commands (not inside a failed transaction).
    if (m_postgresStatements.size() >= maxStatements && m_postgresQueries == 0 &&
        PQtransactionStatus(conn) != PQTRANS_INERROR) {
        for (const auto& [text, name] : m_postgresStatements)
            PQclear(PQexec(conn, QByteArray("DEALLOCATE " + name).constData()));
        m_postgresStatements.clear();
    }
    const QByteArray name = "joldama_" + QByteArray::number(++m_postgresSerial);
    PGresult* result = PQprepare(conn, name.constData(), SqlDialect::numberedParameters(sql).constData(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        const QSqlError error = postgresError(result);
        PQclear(result);
        throw failure(error, QCoreApplication::translate("Query", "preparing a query"));
    }
    PQclear(result);
    m_postgresStatements.emplace(sql, name);
    return name;
}

QSqlError Database::postgresError(const pg_result* constResult) const
{
    auto* result = const_cast<PGresult*>(constResult);
    PGconn* conn = m_postgres;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : (conn ? PQerrorMessage(conn) : "")).trimmed();
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const bool lost = !conn || PQstatus(conn) == CONNECTION_BAD;
    return QSqlError(QString(), message, lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

void Database::postgresStatementRan() const
{
    QSqlDriver* driver = connection().driver();
    if (*m_notificationCheckQueued || driver->subscribedToNotifications().isEmpty())
        return;
    // QPSQL's own check (a private slot of the driver, found by name): it reads what came and emits
    // notification(). Queued once at a time, on the connection's thread.
    *m_notificationCheckQueued = true;
    QMetaObject::invokeMethod(
        driver,
        [driver, queued = m_notificationCheckQueued] {
            *queued = false;
            QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::DirectConnection);
        },
        Qt::QueuedConnection);
}

sqlite3* Database::sqliteHandle() const
{
    if (!m_dialect.isSqlite())
        return nullptr;
    if (m_sqlite)
        return m_sqlite;
    if (!connection().isOpen())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    m_sqlite = *static_cast<sqlite3* const*>(handle.data());
    return m_sqlite;
}

void Database::execute(const QString& sql) const
{
    traced(sql, {});
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw failure(query.lastError(), sql.left(60));
}

void Database::control(const QString& sql) const
{
    if (m_dialect.isSqlite()) {
        Query(*this, sql).exec();
        return;
    }
    execute(sql);
}

OperationError Database::failure(const QSqlError& error, const QString& doing) const
{
    const QString detail = error.text().trimmed();
    const QString where = m_location.describe();
    if (m_dialect.isSqlite()) {
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return OperationError(OperationError::Kind::Busy,
                                  tr("Another workstation is writing to the database and did not finish in time. "
                                     "Nothing was saved; try again in a moment."));
        case SQLITE_FULL:
            return OperationError(
                OperationError::Kind::Storage,
                tr("The disk holding %1 is full. Nothing was saved; free some space and try again.").arg(where));
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return OperationError(OperationError::Kind::Storage,
                                  tr("The database %1 is read-only for you. Nothing was saved; ask the administrator "
                                     "for write access or open another file.")
                                      .arg(where));
        case SQLITE_CANTOPEN:
            return OperationError(OperationError::Kind::Storage,
                                  tr("Cannot open the database file %1. Check that the folder exists and you may "
                                     "write to it, or choose another file with --db.")
                                      .arg(where));
        case SQLITE_NOTADB:
            return OperationError(OperationError::Kind::Storage,
                                  tr("%1 is not a Joldama database (it is not an SQLite file). Choose another file "
                                     "with --db.")
                                      .arg(where));
        case SQLITE_CORRUPT:
            return OperationError(OperationError::Kind::Storage,
                                  tr("The database %1 is damaged. Stop working with it and restore the latest backup; "
                                     "the administrator can help.")
                                      .arg(where));
        case SQLITE_IOERR:
            return OperationError(OperationError::Kind::Storage,
                                  tr("The disk reported an error while %1 (%2). Nothing was saved; check the disk and "
                                     "try again.")
                                      .arg(doing, detail));
        case SQLITE_CONSTRAINT:
            return OperationError(OperationError::Kind::Conflict,
                                  tr("The change breaks a rule of the database (%1). Nothing was saved.").arg(detail));
        default:
            break;
        }
    } else {
        // PostgreSQL names the condition by its SQLSTATE, which QPSQL reports as the native code.
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
            return OperationError(OperationError::Kind::Busy,
                                  tr("Another workstation changed the same records at the same moment. Nothing was "
                                     "saved; try again."));
        if (state == QLatin1String("23505") || state == QLatin1String("23503") || state == QLatin1String("23514"))
            return OperationError(OperationError::Kind::Conflict,
                                  tr("The change breaks a rule of the database (%1). Nothing was saved.").arg(detail));
        if (state == QLatin1String("53100"))
            return OperationError(
                OperationError::Kind::Storage,
                tr("The database server's disk is full. Nothing was saved; ask the administrator to free some space."));
        if (state == QLatin1String("42501"))
            return OperationError(OperationError::Kind::Storage,
                                  tr("The database server does not allow this account to do that (%1). Nothing was "
                                     "saved; ask the administrator.")
                                      .arg(detail));
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
            error.type() == QSqlError::ConnectionError || !connection().isOpen())
            return OperationError(OperationError::Kind::Storage,
                                  tr("The database server %1 does not answer (%2). Nothing was saved; check the "
                                     "network and the server, then try again.")
                                      .arg(where, detail.isEmpty() ? tr("connection lost") : detail));
    }
    return OperationError(
        OperationError::Kind::Storage,
        tr("The database failed while %1: %2").arg(doing, detail.isEmpty() ? tr("unknown error") : detail));
}

OperationError Database::refusedLogin(const QSqlError& error) const
{
    // QPSQL gives no SQLSTATE for a connection that failed, only libpq's and the server's words: the server's
    // in its own language (English or Russian on a bureau's server), libpq's "no password supplied" untranslated.
    const QString detail =
        error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    const QString where = m_location.describe();
    const auto says = [&detail](std::initializer_list<const char*> phrases) {
        for (const char* phrase : phrases) {
            if (detail.contains(QString::fromUtf8(phrase), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (says({"no password supplied"}))
        return OperationError(OperationError::Kind::Forbidden,
                              tr("The server %1 asks for the password of the user %2, and none was given. Give the "
                                 "password, or keep it in the user's ~/.pgpass file.")
                                  .arg(where, m_location.user),
                              QStringLiteral("password"));
    if (says({"password authentication failed", "authentication failed", "не прошёл проверку подлинности"}))
        return OperationError(OperationError::Kind::Forbidden,
                              tr("The server %1 did not accept the password of the user %2. Check the user name and "
                                 "type the password again; the administrator can set a new one.")
                                  .arg(where, m_location.user),
                              QStringLiteral("password"));
    if (says({"pg_hba.conf"}))
        return OperationError(OperationError::Kind::Forbidden,
                              tr("The server %1 does not let this computer in (%2). Ask the administrator to allow "
                                 "this workstation in the server's pg_hba.conf.")
                                  .arg(where, detail));
    const QString quotedName = QLatin1Char('"') + m_location.databaseName + QLatin1Char('"');
    if (detail.contains(quotedName) && says({"does not exist", "не существует"}))
        return OperationError(OperationError::Kind::NotFound,
                              tr("The server %1 has no database named %2. Check the name with the administrator, who "
                                 "creates the database once (createdb).")
                                  .arg(where, m_location.databaseName),
                              QStringLiteral("database"));
    return failure(error, tr("opening the database"));
}

bool Database::writeLockTaken(const DatabaseLocation& location)
{
    if (location.kind != SqlDialect::Kind::Sqlite || !QFileInfo::exists(location.path))
        return false;
    static std::atomic<int> probes{0};
    const QString name = QStringLiteral("joldama_lock_probe_%1").arg(++probes);
    bool taken = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(location.path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (probe.open()) {
            QSqlQuery begin(probe);
            taken = !begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!taken)
                QSqlQuery(probe).exec(QStringLiteral("ROLLBACK"));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return taken;
}
