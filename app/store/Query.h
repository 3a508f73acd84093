#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

struct sqlite3_stmt;

// A prepared statement with bound values that throws OperationError instead of returning false.
//
// On SQLite it drives the C API directly: QtSql turns every value into a QVariant through UTF-16 and
// caches rows, which cost more than the indexed lookups Joldama runs all day (measured by the
// benchmark). On PostgreSQL it is a forward-only QSqlQuery. Either way the prepared statement is
// borrowed from the database and given back, reset, when the Query ends, so a statement runs its
// read snapshot only as long as the caller needs it.
class Query
{
public:
    Query(const Database& database, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& bind(const QString& placeholder, const QVariant& value);
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

    const Database& m_database;
    QString m_sql;
    // SQLite
    sqlite3_stmt* m_statement = nullptr;
    int m_nextIndex = 1;
    bool m_rowPending = false; // exec() stepped onto the first row; next() hands it out
    bool m_done = true;
    // PostgreSQL
    std::unique_ptr<QSqlQuery> m_query;
    // The values bound since the last exec(), kept only while the database is traced.
    QVariantList m_traceValues;
    bool m_traceRebind = false;
};
