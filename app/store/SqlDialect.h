#pragma once

#include <QString>

// Everything that differs between SQLite and PostgreSQL lives here, so the rest of the store writes
// one SQL for both. Upserts (ON CONFLICT … DO UPDATE), RETURNING and row-value comparisons are the
// same in SQLite ≥ 3.35 and PostgreSQL ≥ 9.5 and need nothing from this class.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

    // Migrations are written once, with these placeholders filled in per dialect:
    //   {{ID}}   an auto-numbered 64-bit primary key
    //   {{KEY}}  text compared byte by byte (search terms and sort keys rely on binary order)
    QString expandMigration(const QString& sql) const;

    // Starts a write transaction that holds the write lock from its first statement. On SQLite a plain
    // BEGIN would fail at once with "database is locked" when another process commits first.
    QString beginWrite() const;
    QString beginRead() const;
    // Qt driver name: QSQLITE or QPSQL.
    QString driverName() const;

private:
    Kind m_kind;
};
