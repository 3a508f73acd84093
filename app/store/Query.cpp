#include "Query.h"

#include "SqlValue.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <utility>

Query::Query(const Database& database, const QString& sql)
    : m_database(database)
    , m_sql(sql)
{
    if (sqlite3* db = database.sqliteHandle()) {
        m_statement = database.borrowSqliteStatement(sql);
        if (m_statement)
            return;
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            failSqlite(rc, QCoreApplication::translate("Query", "preparing a query"));
        }
        return;
    }
    m_postgres = database.postgresHandle();
    if (!m_postgres)
        throw database.failure(QSqlError(QString(), QString(), QSqlError::ConnectionError),
                               QCoreApplication::translate("Query", "preparing a query"));
    m_postgresName = database.postgresStatement(sql);
    database.postgresQueryStarted();
}

Query::~Query()
{
    if (m_statement) {
        m_database.returnSqliteStatement(m_sql, m_statement);
    } else if (m_postgres) {
        PQclear(m_result);
        m_database.postgresQueryEnded();
    }
}

void Query::failSqlite(int code, const QString& doing) const
{
    sqlite3* db = m_database.sqliteHandle();
    const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    throw m_database.failure(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)), doing);
}

void Query::bindSqlite(int index, const QVariant& value)
{
    if (const int rc = SqlValue::bindSqlite(m_statement, index, value); rc != SQLITE_OK)
        failSqlite(rc, QCoreApplication::translate("Query", "reading or writing data"));
}

Query& Query::bind(const QVariant& value)
{
    if (m_database.isTraced()) {
        if (std::exchange(m_traceRebind, false))
            m_traceValues.clear();
        m_traceValues << SqlValue::normalized(value);
    }
    if (m_statement) {
        // The first value of a new run: SQLite takes values only for a statement reset since it last ran (a
        // loop binding one Query again for each key).
        if (std::exchange(m_ran, false)) {
            sqlite3_reset(m_statement);
            m_rowPending = false;
            m_done = true;
        }
        bindSqlite(m_nextIndex++, value);
    } else {
        if (m_nextValue >= m_postgresValues.size())
            m_postgresValues.resize(m_nextValue + 1);
        m_postgresValues[m_nextValue++] = SqlValue::postgresText(value);
    }
    return *this;
}

Query& Query::exec()
{
    if (m_database.isTraced()) {
        m_database.traced(m_sql, m_traceValues);
        m_traceRebind = true;
    }
    if (!m_statement) {
        execPostgres();
        return *this;
    }
    // Run again from the start, keeping the bound values (as QSqlQuery does).
    sqlite3_reset(m_statement);
    m_rowPending = false;
    m_done = false;
    m_ran = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        m_done = true;
        // The error code of a failed step is reported by the reset, with the statement ready again.
        const int code = sqlite3_reset(m_statement);
        failSqlite(code == SQLITE_OK ? rc : code, QCoreApplication::translate("Query", "reading or writing data"));
    }
    m_nextIndex = 1;
    return *this;
}

void Query::execPostgres()
{
    PQclear(std::exchange(m_result, nullptr));
    m_row = -1;
    m_nextValue = 0;
    std::vector<const char*> values;
    values.reserve(m_postgresValues.size());
    for (const std::optional<QByteArray>& v : m_postgresValues)
        values.push_back(v ? v->constData() : nullptr);
    m_result =
        PQexecPrepared(m_postgres, m_postgresName.constData(), int(values.size()), values.data(), nullptr, nullptr, 0);
    m_database.postgresStatementRan();
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QSqlError error = m_database.postgresError(m_result);
        PQclear(std::exchange(m_result, nullptr));
        throw m_database.failure(error, QCoreApplication::translate("Query", "reading or writing data"));
    }
}

bool Query::next()
{
    if (!m_statement) {
        if (!m_result || m_row + 1 >= PQntuples(m_result))
            return false;
        ++m_row;
        return true;
    }
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_reset(m_statement);
    failSqlite(code == SQLITE_OK ? rc : code, QCoreApplication::translate("Query", "reading data"));
}

QVariant Query::value(int column) const
{
    if (!m_statement)
        return SqlValue::readPostgres(m_result, m_row, column);
    return SqlValue::readSqlite(m_statement, column);
}

QString Query::text(int column) const
{
    if (!m_statement) {
        if (PQgetisnull(m_result, m_row, column))
            return QString();
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!chars)
        return QString();
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column));
}

qint64 Query::integer(int column) const
{
    if (!m_statement) {
        bool ok = false;
        const qint64 n =
            QByteArray::fromRawData(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column))
                .toLongLong(&ok);
        return ok ? n : SqlValue::readPostgres(m_result, m_row, column).toLongLong();
    }
    return sqlite3_column_int64(m_statement, column);
}

bool Query::isNull(int column) const
{
    if (!m_statement)
        return PQgetisnull(m_result, m_row, column) != 0;
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Query::rowsAffected() const
{
    if (!m_statement)
        return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : 0;
    return sqlite3_changes(m_database.sqliteHandle());
}

int Query::columnCount() const
{
    if (!m_statement)
        return m_result ? PQnfields(m_result) : 0;
    return sqlite3_column_count(m_statement);
}

void Query::finish()
{
    if (!m_statement) {
        PQclear(std::exchange(m_result, nullptr));
        m_row = -1;
        return;
    }
    sqlite3_reset(m_statement);
    m_ran = false;
    m_rowPending = false;
    m_done = true;
}

QVariant Query::scalar()
{
    exec();
    if (!next())
        return {};
    QVariant v = value(0);
    finish();
    return v;
}
