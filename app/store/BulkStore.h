#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

// Fast, row-by-row inserts for bulk loads (demo data, open-data imports): each statement is prepared
// once and executed again with new values, inside the caller's transaction.
class BulkStore
{
public:
    explicit BulkStore(const Database& database);

    enum class Table { Patient, PatientTerm, Referral, Event, Document, Icd, Hospital, HospitalProfile, Profile };
    // Inserts one row; values in the column order of columns(table). Returns the new row's id where the
    // table has one (0 otherwise).
    qint64 insert(Table table, const QVariantList& values);
    static QStringList columns(Table table);

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

    const Database& m_database;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    // On SQLite the C API is used directly: binding through QSqlQuery costs more than the insert itself.
    struct sqlite3* m_sqlite = nullptr;
    std::map<int, struct sqlite3_stmt*> m_sqliteStatements;
};
