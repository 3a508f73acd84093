#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

// A prepared, forward-only statement with bound values that throws OperationError instead of returning
// false. Forward-only keeps Qt from caching every row; finishing in the destructor releases SQLite's read
// snapshot as soon as the caller is done, and the prepared statement goes back to the database for reuse.
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
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }
    QSqlQuery& raw() { return *m_query; }

    // Runs the statement and returns the first column of its first row (or an invalid QVariant).
    QVariant scalar();

    // A NULL for an empty text: optional columns store NULL, never "".
    static QVariant nullIfEmpty(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }

private:
    const Database& m_database;
    std::unique_ptr<QSqlQuery> m_query; // borrowed from the database's prepared statements
    QString m_sql;
};
