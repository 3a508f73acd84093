#include "ChangeTracking.h"

#include "Query.h"
#include "ServerPrivileges.h"
#include "SettingStore.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>

#include <exception>
#include <utility>

const QList<ChangeTracking::Table>& ChangeTracking::tables()
{
    static const QString uid = QStringLiteral("%1.uid");
    static const QString code = QStringLiteral("%1.code");
    static const QString hospitalUid = QStringLiteral("(SELECT uid FROM hospital WHERE id = %1.hospital_id)");
    static const QList<Table> list = {
        {QStringLiteral("region"), code, {}},
        {QStringLiteral("regional_contact"), uid, {}},
        {QStringLiteral("bed_profile"), code, {}},
        {QStringLiteral("hospital"), uid, {QStringLiteral("name_sort_key")}},
        {QStringLiteral("hospital_profile"), hospitalUid + QStringLiteral(" || '/' || %1.profile_code"), {}},
        {QStringLiteral("patient"), uid, {QStringLiteral("name_sort_key")}},
        {QStringLiteral("icd10"), code, {}},
        {QStringLiteral("refusal_reason"), code, {}},
        {QStringLiteral("document_type"), code, {}},
        {QStringLiteral("referral"),
         uid,
         {QStringLiteral("preliminary_date"), QStringLiteral("documents_ok"), QStringLiteral("queue_key")}},
        {QStringLiteral("referral_event"), uid, {}},
        {QStringLiteral("referral_document"),
         QStringLiteral("(SELECT uid FROM referral WHERE id = %1.referral_id) || '/' || %1.document_code"),
         {}},
        {QStringLiteral("bed_status"),
         hospitalUid + QStringLiteral(" || '/' || %1.profile_code || '/' || %1.care_form || '/' || %1.for_date"),
         {}},
        {QStringLiteral("calendar_day"), QStringLiteral("%1.day"), {}},
        {QStringLiteral("htmc_profile"), code, {}},
        {QStringLiteral("quota_plan"), uid, {}},
        {QStringLiteral("abroad_disease"), code, {}},
        {QStringLiteral("abroad_category"), code, {}},
        {QStringLiteral("abroad_application"), uid, {}},
        {QStringLiteral("abroad_event"), uid, {}},
        {QStringLiteral("abroad_document"), uid, {}},
        {QStringLiteral("problem_report"), uid, {}},
    };
    return list;
}

const QStringList& ChangeTracking::bookkeeping()
{
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("row_version"),
                                        QStringLiteral("updated_at"), QStringLiteral("created_at")};
    return columns;
}

QStringList ChangeTracking::columns(const QString& table) const
{
    Query q(m_database, m_database.dialect().columnsQuery());
    q.bind(table).exec();
    QStringList result;
    while (q.next())
        result << q.text(0);
    return result;
}

void ChangeTracking::install()
{
    QStringList statements;
    for (const Table& table : tables()) {
        const QStringList all = columns(table.name);
        if (all.isEmpty() || !all.contains(QStringLiteral("row_version")))
            continue; // a table of a later version, or a test's partial schema
        QStringList tracked;
        for (const QString& column : all) {
            if (!bookkeeping().contains(column) && !table.derived.contains(column))
                tracked << column;
        }
        statements << m_database.dialect().changeTriggers(table.name, table.key, tracked,
                                                          all.contains(QStringLiteral("deleted")));
    }
    if (statements.isEmpty())
        return;
    // The triggers are rebuilt only when what they would be differs from what is installed.
    const QString signature = QString::fromLatin1(
        QCryptographicHash::hash(statements.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString key = QStringLiteral("change_tracking.signature");
    if (SettingStore(m_database).value(key) == signature)
        return;
    ServerPrivileges(m_database).requireSchemaChange();
    WriteTransaction transaction(m_database);
    if (const QString lock = m_database.dialect().lockSchema(); !lock.isEmpty())
        m_database.execute(lock);
    if (SettingStore(m_database).value(key) == signature)
        return transaction.commit(); // another workstation installed them while this one waited
    for (const QString& statement : std::as_const(statements))
        m_database.execute(statement);
    SettingStore(m_database).setValue(key, signature);
    transaction.commit();
}

ChangeTracking::BulkInsert::BulkInsert(Database& database, const QString& table)
    : m_database(database)
    , m_table(table)
{
    for (const Table& t : tables()) {
        if (t.name == table)
            m_key = t.key;
    }
    if (m_key.isEmpty())
        return;
    // The last id before the load: the rows past it are the load's (SQLite numbers new rows from the largest id).
    m_lastId =
        Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)).scalar().toLongLong();
    m_trigger = setAside(m_database, QStringLiteral("track_%1_insert").arg(table));
}

QString ChangeTracking::setAside(Database& database, const QString& trigger)
{
    if (!database.dialect().isSqlite() || !database.tracksChanges() || database.writeDepth() == 0)
        return {};
    const QString sql =
        Query(database, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"))
            .bind(trigger)
            .scalar()
            .toString();
    if (!sql.isEmpty())
        database.execute(QStringLiteral("DROP TRIGGER ") + trigger);
    return sql;
}

ChangeTracking::DerivedUpdates::DerivedUpdates(Database& database, const QString& table)
    : m_database(database)
    , m_trigger(setAside(database, QStringLiteral("track_%1_update").arg(table)))
{}

ChangeTracking::DerivedUpdates::~DerivedUpdates()
{
    if (std::uncaught_exceptions() > 0)
        return;
    try {
        restore();
    } catch (const OperationError&) {
        // Only a caller that forgot restore() gets here; its commit fails the same way on a full disk.
    }
}

void ChangeTracking::DerivedUpdates::restore()
{
    if (const QString trigger = std::exchange(m_trigger, QString()); !trigger.isEmpty())
        m_database.execute(trigger);
}

ChangeTracking::BulkInsert::~BulkInsert()
{
    // Unwinding: the write transaction around it (a savepoint when nested) is rolled back next, which undoes the rows
    // and puts the trigger back by itself. Otherwise a caller that forgot finish() still commits entries and trigger.
    if (std::uncaught_exceptions() > 0)
        return;
    try {
        finish();
    } catch (const OperationError&) {
    }
}

void ChangeTracking::BulkInsert::finish()
{
    if (m_trigger.isEmpty())
        return;
    const QString trigger = std::exchange(m_trigger, QString());
    Query(m_database, m_database.dialect().insertChangesAfter(m_table, m_key)).bind(m_lastId).exec();
    m_database.execute(trigger);
}
