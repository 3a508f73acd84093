#pragma once

#include "Database.h"

#include <QString>
#include <QStringList>

// Every insert, update and delete of a record that travels between workstations or is audited is written to
// change_log by the database itself, in the same transaction, by triggers this class installs: nothing a
// service, a bulk load, an import or a later maintainer writes can forget to record its change. The triggers
// also advance each record's row_version, so a record's versions and its change entries always agree.
//
// An entry holds entity (the table), uid (the record's global key), change (insert, update, delete — a
// record marked deleted counts as deleted), the record's row version after the change, when, who and on
// which workstation (from the write transaction's context), and for an update the fields that changed as
// {"field": [old, new], …}. Derived values the planner recomputes (a referral's preliminary date, whether its
// documents will be valid then, its queue key; the sort keys of names) are not part of a record's history.
//
// The triggers are generated from the tables' current columns, so a migration that adds a column gets it
// tracked: install() runs after every migration and rebuilds them when the schema has changed.
class ChangeTracking
{
public:
    struct Table
    {
        QString name;
        // The record's global key as an SQL expression of a row, with %1 standing for NEW or OLD: its uid,
        // its code, or its parent's uid and its own key for a row that belongs to another.
        QString key;
        QStringList derived; // columns not recorded as changes
    };

    explicit ChangeTracking(Database& database)
        : m_database(database)
    {}

    static const QList<Table>& tables();
    // Columns never recorded: the local id and the bookkeeping the triggers or the store keep themselves.
    static const QStringList& bookkeeping();

    // (Re)creates the triggers when the schema or the tracked tables changed since the last install. Runs in
    // its own write transaction.
    void install();

    // A bulk load of new rows into one table (an open-data import of a million referrals), inside a write
    // transaction. On SQLite the table's insert trigger costs almost half of each row's insert (a trigger program
    // per row, and a statement journal for every statement that may write twice): while a BulkInsert lives it is
    // set aside, and finish() writes the very entries it would have written, for every row inserted meanwhile, in
    // one statement, then puts the trigger back, all in the same transaction. No other writer can come between
    // (the write lock is held) and no reader ever sees the table without its trigger (a rollback puts it back
    // too). Only inserts: an update or delete of those rows before finish() would be recorded out of order, so
    // finish() comes before anything else touches them. On PostgreSQL the triggers simply keep working.
    class BulkInsert
    {
    public:
        BulkInsert(Database& database, const QString& table);
        // Lives inside the scope of the write transaction it loads in. Records and puts back what finish() would,
        // unless an exception is unwinding (the transaction's rollback then restores the trigger).
        ~BulkInsert();
        BulkInsert(const BulkInsert&) = delete;
        BulkInsert& operator=(const BulkInsert&) = delete;

        void finish();

    private:
        Database& m_database;
        QString m_table;
        QString m_key;
        QString m_trigger; // the insert trigger's own SQL; empty when nothing was set aside
        qint64 m_lastId = 0;
    };

    // While only columns a table's changes do not record are updated (ChangeTracking::Table::derived: the preliminary
    // dates an import's queues are planned with), its update trigger would record nothing, yet it costs each row a
    // copy of every column and a comparison of thirty, and every statement a statement journal. It is set aside
    // meanwhile (SQLite only), inside the write transaction, and put back when this goes out of scope; a rollback
    // puts it back too. Nothing but derived columns may be written meanwhile.
    class DerivedUpdates
    {
    public:
        DerivedUpdates(Database& database, const QString& table);
        // Puts the trigger back unless restore() did or an exception is unwinding (the rollback then does).
        ~DerivedUpdates();
        DerivedUpdates(const DerivedUpdates&) = delete;
        DerivedUpdates& operator=(const DerivedUpdates&) = delete;

        // Puts the trigger back; throws when it cannot, so that the transaction does not commit without it.
        void restore();

    private:
        Database& m_database;
        QString m_trigger;
    };

private:
    // The SQL of a trigger of the current schema, dropped; empty when there is none to set aside (not SQLite, no
    // change tracking, outside a write transaction).
    static QString setAside(Database& database, const QString& trigger);

    QStringList columns(const QString& table) const;

    Database& m_database;
};
