#include "ChecklistStore.h"

#include "Query.h"

QList<DocumentType> ChecklistStore::documentTypes(bool activeOnly) const
{
    Query q(m_database, QStringLiteral("SELECT code, name_kk, name_ru, name_en, validity_days, required, active FROM "
                                       "document_type") +
                            (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<DocumentType> types;
    while (q.next()) {
        DocumentType t;
        t.code = q.text(0);
        t.nameKk = q.text(1);
        t.nameRu = q.text(2);
        t.nameEn = q.text(3);
        t.validityDays = q.isNull(4) ? 0 : int(q.integer(4));
        t.required = q.integer(5) != 0;
        t.active = q.integer(6) != 0;
        types << t;
    }
    return types;
}

void ChecklistStore::upsertDocumentType(const DocumentType& type, int sortOrder, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO document_type (code, name_kk, name_ru, name_en, validity_days, required, "
                         "active, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                         "(code) DO UPDATE SET name_kk = excluded.name_kk, name_ru = excluded.name_ru, "
                         "name_en = excluded.name_en, validity_days = excluded.validity_days, required = "
                         "excluded.required, active = excluded.active, sort_order = excluded.sort_order, "
                         "updated_at = excluded.updated_at"))
        .bind(type.code)
        .bind(type.nameKk)
        .bind(type.nameRu)
        .bind(type.nameEn)
        .bind(type.validityDays > 0 ? QVariant(type.validityDays) : QVariant())
        .bind(type.required ? 1 : 0)
        .bind(type.active ? 1 : 0)
        .bind(sortOrder)
        .bind(now)
        .exec();
}

QList<RefusalReason> ChecklistStore::refusalReasons(bool activeOnly) const
{
    Query q(m_database, QStringLiteral("SELECT code, name_kk, name_ru, name_en, active FROM refusal_reason") +
                            (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<RefusalReason> reasons;
    while (q.next())
        reasons << RefusalReason{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0};
    return reasons;
}

void ChecklistStore::upsertRefusalReason(const RefusalReason& reason, int sortOrder, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO refusal_reason (code, name_kk, name_ru, name_en, active, sort_order, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name_kk "
                         "= excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
                         "active = excluded.active, sort_order = excluded.sort_order, updated_at = "
                         "excluded.updated_at"))
        .bind(reason.code)
        .bind(reason.nameKk)
        .bind(reason.nameRu)
        .bind(reason.nameEn)
        .bind(reason.active ? 1 : 0)
        .bind(sortOrder)
        .bind(now)
        .exec();
}
