#include "IcdStore.h"

#include "Query.h"
#include "domain/NameText.h"

namespace {
const QString selectEntry = QStringLiteral("SELECT code, name_ru, name_kk, name_en, common, source FROM icd10");

IcdEntry readEntry(const Query& q)
{
    return IcdEntry{q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0, q.text(5)};
}
} // namespace

std::optional<IcdEntry> IcdStore::find(const QString& code) const
{
    Query q(m_database, selectEntry + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

void IcdStore::upsert(const IcdEntry& e, const QString& now) const
{
    Query(
        m_database,
        QStringLiteral("INSERT INTO icd10 (code, name_ru, name_kk, name_en, common, updated_at, source) VALUES (?, ?, "
                       "?, ?, ?, ?, 'dictionary') ON CONFLICT (code) DO UPDATE SET name_ru = CASE WHEN "
                       "excluded.name_ru = '' THEN icd10.name_ru ELSE excluded.name_ru END, name_kk = "
                       "CASE WHEN excluded.name_kk = '' THEN icd10.name_kk ELSE excluded.name_kk END, "
                       "name_en = CASE WHEN excluded.name_en = '' THEN icd10.name_en ELSE excluded.name_en "
                       "END, common = CASE WHEN excluded.common > icd10.common THEN excluded.common ELSE "
                       "icd10.common END, updated_at = excluded.updated_at, source = 'dictionary'"))
        .bind(e.code)
        .bind(e.nameRu)
        .bind(e.nameKk)
        .bind(e.nameEn)
        .bind(e.common ? 1 : 0)
        .bind(now)
        .exec();
}

void IcdStore::learn(const QString& code, const QString& name, const QString& source, const QString& now) const
{
    Query(
        m_database,
        QStringLiteral("INSERT INTO icd10 (code, name_ru, name_kk, name_en, common, updated_at, source) VALUES (?, ?, "
                       "'', '', 0, ?, ?) ON CONFLICT (code) DO UPDATE SET name_ru = excluded.name_ru, updated_at = "
                       "excluded.updated_at WHERE icd10.name_ru = icd10.code AND excluded.name_ru <> excluded.code"))
        .bind(code)
        .bind(name.isEmpty() ? code : name)
        .bind(now)
        .bind(source)
        .exec();
}

void IcdStore::complete(const IcdEntry& e, const QString& now) const
{
    Query(
        m_database,
        QStringLiteral("INSERT INTO icd10 (code, name_ru, name_kk, name_en, common, updated_at, source) VALUES (?, ?, "
                       "?, ?, ?, ?, 'dictionary') ON CONFLICT (code) DO UPDATE SET name_ru = CASE WHEN "
                       "icd10.source <> 'dictionary' OR icd10.name_ru = '' THEN excluded.name_ru ELSE icd10.name_ru "
                       "END, name_kk = CASE WHEN icd10.name_kk = '' THEN excluded.name_kk ELSE icd10.name_kk END, "
                       "name_en = CASE WHEN icd10.name_en = '' THEN excluded.name_en ELSE icd10.name_en END, common "
                       "= CASE WHEN excluded.common > icd10.common THEN excluded.common ELSE icd10.common END, "
                       "updated_at = excluded.updated_at, source = 'dictionary'"))
        .bind(e.code)
        .bind(e.nameRu)
        .bind(e.nameKk)
        .bind(e.nameEn)
        .bind(e.common ? 1 : 0)
        .bind(now)
        .exec();
}

QList<IcdEntry> IcdStore::withCodePrefix(const QString& prefix, int limit) const
{
    Query q(m_database,
            selectEntry +
                QStringLiteral(" WHERE code >= ? AND code < ? ORDER BY common DESC, code LIMIT %1").arg(limit));
    q.bind(prefix).bind(NameText::prefixEnd(prefix)).exec();
    QList<IcdEntry> entries;
    while (q.next())
        entries << readEntry(q);
    return entries;
}

QList<IcdEntry> IcdStore::all() const
{
    Query q(m_database, selectEntry + QStringLiteral(" ORDER BY code"));
    q.exec();
    QList<IcdEntry> entries;
    while (q.next())
        entries << readEntry(q);
    return entries;
}

qint64 IcdStore::count() const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM icd10")).scalar().toLongLong();
}
