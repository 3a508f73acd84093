#include "BulkStore.h"

#include "SqlValue.h"

#include <QSqlError>

#include <algorithm>

#include <sqlite3.h>

BulkStore::BulkStore(const Database& database)
    : m_database(database)
    , m_sqlite(database.sqliteHandle())
{
    // Bulk loads write to a dozen indexes, several keyed by random UUIDs: with SQLite's default 2 MB page
    // cache every insert would read pages back from disk.
    if (m_sqlite)
        m_database.execute(QStringLiteral("PRAGMA cache_size = -131072"));
}

BulkStore::~BulkStore()
{
    // Rows still kept are not written: the caller's transaction is being abandoned (an exception), or the
    // caller forgot flush() — which the tests of the demo data would show as missing rows.
    for (auto& [table, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    if (m_sqlite) {
        try {
            m_database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(Database::cacheKiB));
        } catch (const OperationError&) {
            // Only the cache size is lost; the connection goes on with the larger one.
        }
    }
}

QStringList BulkStore::columns(Table table)
{
    switch (table) {
    case Table::Patient:
        return {QStringLiteral("uid"),        QStringLiteral("iin"),         QStringLiteral("last_name"),
                QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("name_sort_key"),
                QStringLiteral("birth_date"), QStringLiteral("sex"),         QStringLiteral("phone"),
                QStringLiteral("address"),    QStringLiteral("region_code"), QStringLiteral("clinic"),
                QStringLiteral("insured"),    QStringLiteral("benefit"),     QStringLiteral("created_at"),
                QStringLiteral("updated_at")};
    case Table::PatientTerm: // the patient's sort key beside each term keeps a term's patients in order
        return {QStringLiteral("term"), QStringLiteral("patient_id"), QStringLiteral("name_sort_key")};
    case Table::Referral:
        return {QStringLiteral("uid"),
                QStringLiteral("code"),
                QStringLiteral("patient_id"),
                QStringLiteral("referring_region"),
                QStringLiteral("referring_org"),
                QStringLiteral("referring_doctor"),
                QStringLiteral("hospital_id"),
                QStringLiteral("profile_code"),
                QStringLiteral("care_form"),
                QStringLiteral("purpose"),
                QStringLiteral("funding"),
                QStringLiteral("territory"),
                QStringLiteral("priority"),
                QStringLiteral("diagnosis_code"),
                QStringLiteral("diagnosis_name"),
                QStringLiteral("status"),
                QStringLiteral("registered_at"),
                QStringLiteral("scheduled_date"),
                QStringLiteral("preliminary_date"),
                QStringLiteral("hospitalized_on"),
                QStringLiteral("discharged_on"),
                QStringLiteral("closed_at"),
                QStringLiteral("emergency"),
                QStringLiteral("emergency_source"),
                QStringLiteral("transferred_from_id"),
                QStringLiteral("notes"),
                QStringLiteral("source"),
                QStringLiteral("created_at"),
                QStringLiteral("updated_at"),
                QStringLiteral("queue_key")};
    case Table::Event:
        return {QStringLiteral("uid"),         QStringLiteral("referral_id"), QStringLiteral("happened_at"),
                QStringLiteral("actor"),       QStringLiteral("from_status"), QStringLiteral("to_status"),
                QStringLiteral("reason_code"), QStringLiteral("reason"),      QStringLiteral("event_date"),
                QStringLiteral("detail")};
    case Table::Document:
        return {QStringLiteral("referral_id"), QStringLiteral("document_code"), QStringLiteral("present"),
                QStringLiteral("issued_on"),   QStringLiteral("note"),          QStringLiteral("updated_at")};
    case Table::Icd:
        return {QStringLiteral("code"),    QStringLiteral("name_ru"), QStringLiteral("name_kk"),
                QStringLiteral("name_en"), QStringLiteral("common"),  QStringLiteral("updated_at")};
    case Table::Hospital:
        return {QStringLiteral("uid"),           QStringLiteral("code"),        QStringLiteral("name"),
                QStringLiteral("name_sort_key"), QStringLiteral("region_code"), QStringLiteral("address"),
                QStringLiteral("phone"),         QStringLiteral("kind"),        QStringLiteral("active"),
                QStringLiteral("demo"),          QStringLiteral("updated_at")};
    case Table::HospitalProfile:
        return {QStringLiteral("hospital_id"), QStringLiteral("profile_code"), QStringLiteral("active"),
                QStringLiteral("updated_at")};
    case Table::Profile:
        return {QStringLiteral("code"),       QStringLiteral("name_kk"),   QStringLiteral("name_ru"),
                QStringLiteral("name_en"),    QStringLiteral("age_group"), QStringLiteral("care_form"),
                QStringLiteral("sort_order"), QStringLiteral("updated_at")};
    }
    return {};
}

namespace {

const char* const tableNames[] = {"patient", "patient_term", "referral",         "referral_event", "referral_document",
                                  "icd10",   "hospital",     "hospital_profile", "bed_profile"};

bool hasId(BulkStore::Table table)
{
    using T = BulkStore::Table;
    return table == T::Patient || table == T::Referral || table == T::Event || table == T::Hospital;
}

} // namespace

QString BulkStore::sql(Table table) const
{
    const QStringList cols = columns(table);
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(tableNames[int(table)]), cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QSqlQuery& BulkStore::statement(Table table)
{
    auto it = m_statements.find(int(table));
    if (it != m_statements.end())
        return *it->second;
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql(table) + (hasId(table) ? QStringLiteral(" RETURNING id") : QString())))
        throw m_database.failure(query->lastError(), QStringLiteral("preparing a bulk insert"));
    return *(m_statements[int(table)] = std::move(query));
}

qint64 BulkStore::insertSqlite(Table table, const QVariantList& values)
{
    sqlite3_stmt*& statement = m_sqliteStatements[int(table)];
    if (!statement) {
        const QByteArray text = sql(table).toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            throw OperationError(OperationError::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    }
    for (int i = 0; i < values.size(); ++i) {
        if (const int rc = SqlValue::bindSqlite(statement, i + 1, values.at(i)); rc != SQLITE_OK)
            throw OperationError(OperationError::Kind::Storage, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(m_sqlite);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        throw m_database.failure(QSqlError(message, message, QSqlError::StatementError, QString::number(code)),
                                 QStringLiteral("loading data"));
    }
    return sqlite3_last_insert_rowid(m_sqlite);
}

void BulkStore::bufferRows()
{
    m_buffered = !m_sqlite;
}

qint64 BulkStore::nextId(Table table)
{
    QList<qint64>& ids = m_reservedIds[int(table)];
    if (ids.isEmpty()) {
        // A thousand at a time from the table's own sequence: other workstations' rows take the numbers between.
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, "
                                       "1000)")
                            .arg(QLatin1String(tableNames[int(table)]))))
            throw m_database.failure(query.lastError(), QStringLiteral("loading data"));
        while (query.next())
            ids << query.value(0).toLongLong();
        std::reverse(ids.begin(), ids.end());
    }
    return ids.takeLast();
}

void BulkStore::flushTable(Table table)
{
    QList<QVariantList>& rows = m_rows[int(table)];
    if (rows.isEmpty())
        return;
    QStringList cols = columns(table);
    if (hasId(table))
        cols.prepend(QStringLiteral("id"));
    // At most 30,000 values to a statement (the protocol counts them in 16 bits), and 1,000 rows.
    const int perStatement = std::min(1000, 30000 / int(cols.size()));
    QString mark = QStringLiteral("(?");
    for (int i = 1; i < cols.size(); ++i)
        mark += QStringLiteral(", ?");
    mark += QLatin1Char(')');
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const int count = int(std::min<qsizetype>(perStatement, rows.size() - start));
        std::unique_ptr<QSqlQuery>& query = m_batchStatements[{int(table), count}];
        if (!query) {
            QStringList marks;
            for (int i = 0; i < count; ++i)
                marks << mark;
            query = std::make_unique<QSqlQuery>(m_database.connection());
            query->setForwardOnly(true);
            if (!query->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(QLatin1String(tableNames[int(table)]), cols.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", ")))))
                throw m_database.failure(query->lastError(), QStringLiteral("preparing a bulk insert"));
        }
        int index = 0;
        for (qsizetype r = start; r < start + count; ++r) {
            for (const QVariant& value : std::as_const(rows.at(r)))
                query->bindValue(index++, SqlValue::normalized(value));
        }
        if (!query->exec())
            throw m_database.failure(query->lastError(), QStringLiteral("loading data"));
        query->finish();
    }
    m_bufferedRows -= rows.size();
    rows.clear();
}

void BulkStore::flush()
{
    // Referenced tables first: reference lists, hospitals, patients, then referrals and what hangs on them.
    for (Table table : {Table::Profile, Table::Icd, Table::Hospital, Table::HospitalProfile, Table::Patient,
                        Table::PatientTerm, Table::Referral, Table::Event, Table::Document})
        flushTable(table);
}

qint64 BulkStore::insert(Table table, const QVariantList& values)
{
    if (m_sqlite)
        return insertSqlite(table, values);
    if (m_buffered) {
        QVariantList row;
        row.reserve(values.size() + 1);
        qint64 id = 0;
        if (hasId(table))
            row << (id = nextId(table));
        row << values;
        m_rows[int(table)] << row;
        if (++m_bufferedRows >= 20000)
            flush();
        return id;
    }
    QSqlQuery& query = statement(table);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, SqlValue::normalized(values.at(i)));
    if (!query.exec())
        throw m_database.failure(query.lastError(), QStringLiteral("loading data"));
    qint64 id = 0;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void BulkStore::setSequence(qint64 hospitalId, const QString& profileCode, qint64 next)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO referral_sequence (hospital_id, profile_code, next_value) VALUES (?, ?, ?) ON "
        "CONFLICT (hospital_id, profile_code) DO UPDATE SET next_value = CASE WHEN excluded.next_value > "
        "referral_sequence.next_value THEN excluded.next_value ELSE referral_sequence.next_value END"));
    query.addBindValue(hospitalId);
    query.addBindValue(profileCode);
    query.addBindValue(next);
    if (!query.exec())
        throw m_database.failure(query.lastError(), QStringLiteral("loading data"));
}

void BulkStore::analyze()
{
    m_database.execute(QStringLiteral("ANALYZE"));
}
