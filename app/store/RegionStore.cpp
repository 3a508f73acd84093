#include "RegionStore.h"

#include "Query.h"
#include "domain/NameText.h"

namespace {
const QString selectRegion =
    QStringLiteral("SELECT code, name_kk, name_ru, name_en, population, population_year FROM region");

Region readRegion(const Query& q)
{
    Region r;
    r.code = q.text(0);
    r.nameKk = q.text(1);
    r.nameRu = q.text(2);
    r.nameEn = q.text(3);
    r.population = int(q.integer(4));
    r.populationYear = int(q.integer(5));
    return r;
}
} // namespace

QList<Region> RegionStore::all() const
{
    Query q(m_database, selectRegion + QStringLiteral(" ORDER BY code"));
    q.exec();
    QList<Region> regions;
    while (q.next())
        regions << readRegion(q);
    return regions;
}

std::optional<Region> RegionStore::find(const QString& code) const
{
    Query q(m_database, selectRegion + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readRegion(q);
}

void RegionStore::upsert(const Region& region, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO region (code, name_kk, name_ru, name_en, population, population_year, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                         "name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
                         "population = excluded.population, population_year = excluded.population_year, "
                         "updated_at = excluded.updated_at"))
        .bind(region.code)
        .bind(region.nameKk)
        .bind(region.nameRu)
        .bind(region.nameEn)
        .bind(region.population)
        .bind(region.populationYear)
        .bind(now)
        .exec();
}

void RegionStore::setPopulation(const QString& code, int population, int year, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE region SET population = ?, population_year = ?, updated_at = ? WHERE code = ?"))
        .bind(population)
        .bind(year)
        .bind(now)
        .bind(code)
        .exec();
}

void RegionStore::addAlias(const QString& foldedAlias, const QString& code) const
{
    Query(m_database, QStringLiteral("INSERT INTO region_alias (alias, region_code) VALUES (?, ?) "
                                     "ON CONFLICT (alias) DO UPDATE SET region_code = excluded.region_code"))
        .bind(foldedAlias)
        .bind(code)
        .exec();
}

QString RegionStore::resolve(const QString& codeOrName) const
{
    const QString trimmed = codeOrName.trimmed();
    if (trimmed.isEmpty())
        return {};
    {
        Query q(m_database, QStringLiteral("SELECT code FROM region WHERE code = ?"));
        const QVariant code = q.bind(trimmed).scalar();
        if (code.isValid())
            return code.toString();
    }
    Query q(m_database, QStringLiteral("SELECT region_code FROM region_alias WHERE alias = ?"));
    return q.bind(NameText::fold(trimmed)).scalar().toString();
}
