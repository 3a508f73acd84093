#include "EligibleListStore.h"

#include "Query.h"

namespace {
// The table is chosen by the enum, never by text from outside.
QString table(EligibleList list)
{
    return list == EligibleList::Diseases ? QStringLiteral("abroad_disease") : QStringLiteral("abroad_category");
}

QString select(EligibleList list)
{
    const bool diseases = list == EligibleList::Diseases;
    return QStringLiteral("SELECT code, name_kk, name_ru, name_en, %1, active, starter, %2 FROM %3")
        .arg(diseases ? QStringLiteral("icd10") : QStringLiteral("''"),
             diseases ? QStringLiteral("NULL, NULL") : QStringLiteral("min_age, max_age"), table(list));
}

EligibleEntry readEntry(const Query& q)
{
    EligibleEntry e;
    e.code = q.text(0);
    e.nameKk = q.text(1);
    e.nameRu = q.text(2);
    e.nameEn = q.text(3);
    e.icd10 = q.text(4);
    e.active = q.integer(5) != 0;
    e.starter = q.integer(6) != 0;
    if (!q.isNull(7))
        e.minAge = int(q.integer(7));
    if (!q.isNull(8))
        e.maxAge = int(q.integer(8));
    return e;
}
} // namespace

QList<EligibleEntry> EligibleListStore::all(EligibleList list, bool activeOnly) const
{
    Query q(m_database, select(list) + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<EligibleEntry> entries;
    while (q.next())
        entries << readEntry(q);
    return entries;
}

std::optional<EligibleEntry> EligibleListStore::find(EligibleList list, const QString& code) const
{
    Query q(m_database, select(list) + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

void EligibleListStore::upsert(EligibleList list, const EligibleEntry& entry, int sortOrder, const QString& now) const
{
    int order = sortOrder;
    if (order < 0)
        order = Query(m_database, QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 10 FROM %1").arg(table(list)))
                    .scalar()
                    .toInt();
    const bool diseases = list == EligibleList::Diseases;
    Query q(
        m_database,
        QStringLiteral("INSERT INTO %1 (code, name_kk, name_ru, name_en, %2active, starter, sort_order, updated_at) "
                       "VALUES (?, ?, ?, ?, %3?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name_kk = "
                       "excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, %4active = "
                       "excluded.active, starter = excluded.starter, updated_at = excluded.updated_at")
            .arg(table(list), diseases ? QStringLiteral("icd10, ") : QStringLiteral("min_age, max_age, "),
                 diseases ? QStringLiteral("?, ") : QStringLiteral("?, ?, "),
                 diseases ? QStringLiteral("icd10 = excluded.icd10, ")
                          : QStringLiteral("min_age = excluded.min_age, max_age = excluded.max_age, ")));
    q.bind(entry.code).bind(entry.nameKk).bind(entry.nameRu).bind(entry.nameEn);
    if (diseases)
        q.bind(entry.icd10);
    else
        q.bind(entry.minAge ? QVariant(*entry.minAge) : QVariant())
            .bind(entry.maxAge ? QVariant(*entry.maxAge) : QVariant());
    q.bind(entry.active ? 1 : 0).bind(entry.starter ? 1 : 0).bind(order).bind(now).exec();
}
