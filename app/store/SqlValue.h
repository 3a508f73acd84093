#pragma once

#include <QVariant>

#include <optional>

struct sqlite3_stmt;
struct pg_result;

// The one rule for values bound to a statement and read back, on both back ends. Query, BulkStore and
// ListingReader all bind through here, so a value means the same in every table whoever wrote it:
//   - an invalid QVariant, or one holding nullptr        → SQL NULL (an optional column left empty)
//   - a QString, null or not                             → text; a null QString is '' (text columns are
//                                                          NOT NULL with '' for "nothing"; NULL is only
//                                                          ever bound on purpose, as an invalid QVariant)
//   - bool and every integer type                        → integer (a bool is 0 or 1)
//   - double and float                                   → real
//   - QByteArray                                         → blob
//   - QDate                                              → 'YYYY-MM-DD'
//   - QDateTime                                          → UTC ISO 8601 with milliseconds and Z (Clock::stamp),
//                                                          so text order is time order
//   - anything else                                      → its text
// Reading back: integer → qlonglong, real → double, blob → QByteArray, text → QString, NULL → a valid but
// null QVariant (std::nullptr_t), as QtSql gives it: "a row with NULL" is not "no row". PostgreSQL's own
// types beyond those come back as QtSql's QPSQL driver gives them: boolean → bool, date → QDate, numeric →
// double, timestamps → QDateTime.
namespace SqlValue {

// The value as it is stored: one of NULL (invalid QVariant), qlonglong, double, QByteArray or QString.
QVariant normalized(const QVariant& value);

// Binds value to the 1-based parameter index of an SQLite statement; returns SQLite's result code.
int bindSqlite(sqlite3_stmt* statement, int index, const QVariant& value);

// Column of the current row of an SQLite statement.
QVariant readSqlite(sqlite3_stmt* statement, int column);

// The text libpq sends for a value (the server reads it as the parameter's type); nullopt for NULL.
std::optional<QByteArray> postgresText(const QVariant& value);

// A cell of a libpq result in text format.
QVariant readPostgres(const pg_result* result, int row, int column);

} // namespace SqlValue
