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

private:
    QStringList columns(const QString& table) const;

    Database& m_database;
};
