#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

// Fast, row-by-row inserts for bulk loads (demo data, open-data imports): each statement is prepared
// once and executed again with new values, inside the caller's transaction.
//
// On PostgreSQL each statement is a round trip to the server; a load of millions of rows (the demo data, the
// benchmark's million referrals) asks for batches instead: after bufferRows() rows are kept and sent many to
// one INSERT, their ids taken ahead from the tables' own sequences so insert() still returns them at once.
// The caller then calls flush() before it commits (a row not flushed is not written). SQLite needs none of this.
class BulkStore
{
public:
    explicit BulkStore(const Database& database);

    enum class Table { Patient, PatientTerm, Referral, Event, Document, Icd, Hospital, HospitalProfile, Profile };
    // Inserts one row; values in the column order of columns(table). Returns the new row's id where the
    // table has one (0 otherwise).
    qint64 insert(Table table, const QVariantList& values);
    static QStringList columns(Table table);

    // PostgreSQL: keep rows and send them in multi-row INSERTs (nothing on SQLite). Call flush() before commit.
    void bufferRows();
    // Writes the rows kept so far, parents before the rows that refer to them.
    void flush();

    void setSequence(qint64 hospitalId, const QString& profileCode, qint64 next);
    // Statistics for the query planner after a bulk load.
    void analyze();

    ~BulkStore();
    BulkStore(const BulkStore&) = delete;
    BulkStore& operator=(const BulkStore&) = delete;

private:
    QString sql(Table table) const;
    QSqlQuery& statement(Table table);
    qint64 insertSqlite(Table table, const QVariantList& values);
    qint64 nextId(Table table);
    void flushTable(Table table);

    const Database& m_database;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    // On SQLite the C API is used directly: binding through QSqlQuery costs more than the insert itself.
    struct sqlite3* m_sqlite = nullptr;
    std::map<int, struct sqlite3_stmt*> m_sqliteStatements;
    // PostgreSQL, buffered: rows kept per table (their id first where the table has one), ids reserved ahead,
    // and the multi-row statements by table and row count.
    bool m_buffered = false;
    qint64 m_bufferedRows = 0;
    std::map<int, QList<QVariantList>> m_rows;
    std::map<int, QList<qint64>> m_reservedIds;
    std::map<std::pair<int, int>, std::unique_ptr<QSqlQuery>> m_batchStatements;
};
