#include "ChecklistStore.h"

#include "Query.h"

namespace {
const QString selectDocumentType =
    QStringLiteral("SELECT code, name_kk, name_ru, name_en, validity_days, required, active FROM document_type");
const QString selectRefusalReason =
    QStringLiteral("SELECT code, name_kk, name_ru, name_en, active FROM refusal_reason");

DocumentType readDocumentType(const Query& q)
{
    DocumentType t;
    t.code = q.text(0);
    t.nameKk = q.text(1);
    t.nameRu = q.text(2);
    t.nameEn = q.text(3);
    t.validityDays = q.isNull(4) ? 0 : int(q.integer(4));
    t.required = q.integer(5) != 0;
    t.active = q.integer(6) != 0;
    return t;
}

RefusalReason readRefusalReason(const Query& q)
{
    return RefusalReason{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0};
}

// The table is named by the caller's code, never by text from outside.
int orderAtEnd(const Database& database, const char* table, int sortOrder)
{
    if (sortOrder >= 0)
        return sortOrder;
    return Query(database, QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 10 FROM %1").arg(QLatin1String(table)))
        .scalar()
        .toInt();
}
} // namespace

QList<DocumentType> ChecklistStore::documentTypes(bool activeOnly) const
{
    Query q(m_database, selectDocumentType + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<DocumentType> types;
    while (q.next())
        types << readDocumentType(q);
    return types;
}

std::optional<DocumentType> ChecklistStore::findDocumentType(const QString& code) const
{
    Query q(m_database, selectDocumentType + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readDocumentType(q);
}

void ChecklistStore::updateDocumentType(const DocumentType& type, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE document_type SET name_kk = ?, name_ru = ?, name_en = ?, validity_days = ?, "
                         "required = ?, active = ?, updated_at = ? WHERE code = ?"))
        .bind(type.nameKk)
        .bind(type.nameRu)
        .bind(type.nameEn)
        .bind(type.validityDays > 0 ? QVariant(type.validityDays) : QVariant())
        .bind(type.required ? 1 : 0)
        .bind(type.active ? 1 : 0)
        .bind(now)
        .bind(type.code)
        .exec();
}

void ChecklistStore::upsertDocumentType(const DocumentType& type, int sortOrder, const QString& now) const
{
    const int order = orderAtEnd(m_database, "document_type", sortOrder);
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
        .bind(order)
        .bind(now)
        .exec();
}

QList<RefusalReason> ChecklistStore::refusalReasons(bool activeOnly) const
{
    Query q(m_database, selectRefusalReason + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<RefusalReason> reasons;
    while (q.next())
        reasons << readRefusalReason(q);
    return reasons;
}

std::optional<RefusalReason> ChecklistStore::findRefusalReason(const QString& code) const
{
    Query q(m_database, selectRefusalReason + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readRefusalReason(q);
}

void ChecklistStore::updateRefusalReason(const RefusalReason& reason, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE refusal_reason SET name_kk = ?, name_ru = ?, name_en = ?, active = ?, "
                                     "updated_at = ? WHERE code = ?"))
        .bind(reason.nameKk)
        .bind(reason.nameRu)
        .bind(reason.nameEn)
        .bind(reason.active ? 1 : 0)
        .bind(now)
        .bind(reason.code)
        .exec();
}

void ChecklistStore::upsertRefusalReason(const RefusalReason& reason, int sortOrder, const QString& now) const
{
    const int order = orderAtEnd(m_database, "refusal_reason", sortOrder);
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
        .bind(order)
        .bind(now)
        .exec();
}
