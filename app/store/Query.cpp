#include "Query.h"

#include "SqlValue.h"

#include <QSqlRecord>

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
    m_query = database.borrowStatement(sql);
    if (m_query)
        return;
    m_query = std::make_unique<QSqlQuery>(database.connection());
    // Not forward-only: QPSQL then reads a result whole instead of row by row, so the store may run another
    // statement while it walks a result (a forward-only result is cut off by the next statement on the
    // connection). Results are pages and single rows; whole tables are never read this way into a list.
    m_query->setForwardOnly(false);
    if (!m_query->prepare(sql))
        throw m_database.failure(m_query->lastError(), QCoreApplication::translate("Query", "preparing a query"));
}

Query::~Query()
{
    if (m_statement)
        m_database.returnSqliteStatement(m_sql, m_statement);
    else
        m_database.returnStatement(m_sql, std::move(m_query));
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
    if (m_statement)
        bindSqlite(m_nextIndex++, value);
    else
        m_query->addBindValue(SqlValue::normalized(value));
    return *this;
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    if (m_statement) {
        const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
        if (index == 0)
            throw OperationError(OperationError::Kind::Storage,
                                 QStringLiteral("No parameter %1 in: %2").arg(placeholder, m_sql.left(80)));
        bindSqlite(index, value);
    } else {
        m_query->bindValue(placeholder, SqlValue::normalized(value));
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
        if (!m_query->exec())
            throw m_database.failure(m_query->lastError(),
                                     QCoreApplication::translate("Query", "reading or writing data"));
        return *this;
    }
    // Run again from the start, keeping the bound values (as QSqlQuery does).
    sqlite3_reset(m_statement);
    m_rowPending = false;
    m_done = false;
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

bool Query::next()
{
    if (!m_statement)
        return m_query->next();
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
    if (!m_statement) {
        // As on SQLite: a NULL is a valid, null QVariant whatever the column's type.
        if (m_query->isNull(column))
            return QVariant::fromValue(nullptr);
        return m_query->value(column);
    }
    return SqlValue::readSqlite(m_statement, column);
}

QString Query::text(int column) const
{
    if (!m_statement)
        return m_query->value(column).toString();
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!chars)
        return QString();
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column));
}

qint64 Query::integer(int column) const
{
    if (!m_statement)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool Query::isNull(int column) const
{
    if (!m_statement)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Query::rowsAffected() const
{
    if (!m_statement)
        return m_query->numRowsAffected();
    return sqlite3_changes(m_database.sqliteHandle());
}

int Query::columnCount() const
{
    if (!m_statement)
        return m_query->record().count();
    return sqlite3_column_count(m_statement);
}

void Query::finish()
{
    if (!m_statement) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
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
