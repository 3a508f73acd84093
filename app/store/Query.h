#pragma once

#include "Database.h"

#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

// A prepared statement with bound values that throws OperationError instead of returning false.
//
// It drives each database's own C API on the connection QtSql opened. On SQLite, QtSql turns every value
// into a QVariant through UTF-16 and caches rows, which cost more than the indexed lookups Joldama runs
// all day; on PostgreSQL, QtSql's driver sends each execution as an EXECUTE statement with the values
// written into its text (the simple protocol), which the server parses again every time: measured on a
// code lookup's four statements, 10–70 µs more each than libpq's own PQexecPrepared, so a lookup cost up
// to 3.7 times the same SQL sent through libpq. The SQLite statement is borrowed from the database and
// given back, reset, when the Query ends, so it holds its read snapshot only as long as the caller needs
// it; a PostgreSQL statement is prepared once per connection and its result read whole.
class Query
{
public:
    Query(const Database& database, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    int rowsAffected() const;
    int columnCount() const;
    void finish();

    // Runs the statement and returns the first column of its first row (or an invalid QVariant when
    // there is no row; a NULL in the row is a valid, null QVariant).
    QVariant scalar();

    // A NULL for an empty text: optional columns store NULL, never "".
    static QVariant nullIfEmpty(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }

private:
    void bindSqlite(int index, const QVariant& value);
    [[noreturn]] void failSqlite(int code, const QString& doing) const;
    void execPostgres();

    const Database& m_database;
    QString m_sql;
    // SQLite
    sqlite3_stmt* m_statement = nullptr;
    int m_nextIndex = 1;
    bool m_rowPending = false; // exec() stepped onto the first row; next() hands it out
    bool m_done = true;
    bool m_ran = false; // stepped since the last reset
    // PostgreSQL: the statement's name on the server, the values bound as the text libpq sends (nullopt for
    // NULL), the last result and the row next() stands on.
    pg_conn* m_postgres = nullptr;
    QByteArray m_postgresName;
    std::vector<std::optional<QByteArray>> m_postgresValues;
    std::size_t m_nextValue = 0;
    pg_result* m_result = nullptr;
    int m_row = -1;
    // The values bound since the last exec(), kept only while the database is traced.
    QVariantList m_traceValues;
    bool m_traceRebind = false;
};
