#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "domain/OperationError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

struct sqlite3;

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

    // Opens (creating an SQLite file and its folder if needed). Throws OperationError with a message for
    // the user when the file cannot be opened or is not a database.
    void open();
    bool isOpen() const;

    const DatabaseLocation& location() const { return m_location; }
    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // A second connection to the same database, for another thread.
    std::unique_ptr<Database> openAnother() const;

    // The raw handle, for the few places where the store steps through many rows (SQLite only).
    sqlite3* sqliteHandle() const;

    // Runs a statement without bound values (schema, pragmas). Throws on failure.
    void execute(const QString& sql) const;

    // Turns a driver error into a message that says what to do, without losing the driver's words.
    OperationError failure(const QSqlError& error, const QString& doing) const;

    // Write-transaction depth, managed by WriteTransaction so nested service calls share one transaction.
    int& writeDepth() { return m_writeDepth; }

    // How long a write waits for another workstation before giving up (milliseconds).
    static constexpr int busyTimeoutMs = 5000;

private:
    void applySqlitePragmas();

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_writeDepth = 0;
};
