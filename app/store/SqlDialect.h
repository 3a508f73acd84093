#pragma once

#include <QString>
#include <QStringList>

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
    // Starts a read of the change log that sees every change numbered up to its last entry: the exchange sends
    // entries after the last one a peer acknowledged, so none may commit later under a lower number. SQLite has
    // one writer at a time; PostgreSQL numbers entries as transactions write them, so the read waits until those
    // writing the change log have committed.
    QStringList beginChangeSnapshot() const;
    // The statement with its ? marks numbered as PostgreSQL's own parameters ($1, $2 …); a ? inside a quoted
    // text or name is left alone. (The store writes ? for both back ends.)
    static QByteArray numberedParameters(const QString& sql);
    // Qt driver name: QSQLITE or QPSQL.
    QString driverName() const;

    // The column names of a table (bound value: the table's name), in their order.
    QString columnsQuery() const;
    // The schema's tables in the order they were created (SQLite) or by name (PostgreSQL).
    QString tablesQuery() const;
    // Which table refers to which (rows: table, referenced table) — the order a move writes them in.
    QString foreignKeysQuery() const;
    // A database move (DatabaseTransfer) writes a table's rows as they were: its own triggers (change
    // tracking, the audit log's guards) off while it does, on again after — inside the transaction. Empty on
    // SQLite, where a move is not made (a file is copied whole).
    QString setTriggersEnabled(const QString& table, bool enabled) const;
    // After rows were written with their ids: the next id a table gives is past them (empty: nothing to do).
    // (idSequenceQuery: the sequence behind a table's id, bound to the table's name; no row or NULL: none.)
    QString idSequenceQuery() const;
    QString resetIdSequence(const QString& table, const QString& sequence) const;

    // The statements that make the database record every insert, update and delete of a table in change_log
    // and advance its row_version (see ChangeTracking). key is the record's global key as an expression of
    // a row with %1 for NEW or OLD; tracked the columns whose changes are recorded; hasDeleted whether the
    // table marks deleted records (a record marked deleted is recorded as a delete).
    QStringList changeTriggers(const QString& table, const QString& key, const QStringList& tracked,
                               bool hasDeleted) const;
    // SQLite: the change entries an insert trigger of changeTriggers() would have written, written at once for
    // every row of table whose id is greater than the one bound value (ChangeTracking::BulkInsert).
    QString insertChangesAfter(const QString& table, const QString& key) const;
    // Inside a write transaction: waits until no other workstation is upgrading the schema (PostgreSQL runs
    // writers side by side; SQLite's write lock already does this). Empty where nothing is needed.
    QString lockSchema() const;
    // Taken at the start of a write transaction that seals its changes into the audit chain (empty: not needed).
    QString serializeSealedWrites() const;
    // Tells the triggers who writes in this transaction (bound: actor, workstation, the instant), and clears
    // it before the commit; an empty statement where nothing is needed.
    QString setChangeContext() const;
    QString clearChangeContext() const;

private:
    Kind m_kind;
};
