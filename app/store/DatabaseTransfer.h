#pragma once

#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Moves a single desk's database onto a bureau's server: every table both schemas have, row by row with their
// ids, then the same tables read back on both sides and compared record by record (an order-free digest of
// every row's values). The caller holds the target's write transaction, so a move is whole or not at all.
class DatabaseTransfer
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
        qint64 rows = 0;
    };

    DatabaseTransfer(Database& source, Database& target);

    // The tables to move, in the order the source created them (a table after those it refers to). Left out:
    // the schema's own bookkeeping (its version, the running transaction's change context) and tables only
    // one side has.
    QList<Table> tables() const;
    // Whether the target already holds a clerk's work (patients or referrals): nothing is moved over it.
    bool targetHasWork() const;
    // Replaces the target's tables (the reference data it was created with) with the source's rows, resets its
    // id sequences past them, and fills each Table's row count. progress(table, rows so far).
    void copy(QList<Table>& tables, const std::function<void(const QString&, qint64)>& progress = {});
    // The table's rows on one database: count and a digest that does not depend on their order.
    static QByteArray digest(Database& database, const Table& table, qint64* rows);

private:
    QStringList tableNames(Database& database) const;
    static QStringList columns(Database& database, const QString& table);

    Database& m_source;
    Database& m_target;
};
