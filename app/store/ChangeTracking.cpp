#include "ChangeTracking.h"

#include "Query.h"
#include "ServerPrivileges.h"
#include "SettingStore.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>

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
