#include "HtmcProfileStore.h"

#include "Query.h"

namespace {
const QString selectProfile = QStringLiteral("SELECT code, name_kk, name_ru, name_en, active FROM htmc_profile");

HtmcProfile readProfile(const Query& q)
{
    HtmcProfile p;
    p.code = q.text(0);
    p.nameKk = q.text(1);
    p.nameRu = q.text(2);
    p.nameEn = q.text(3);
    p.active = q.integer(4) != 0;
    return p;
}
} // namespace

QList<HtmcProfile> HtmcProfileStore::all(bool activeOnly) const
{
    Query q(m_database, selectProfile + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<HtmcProfile> profiles;
    while (q.next())
        profiles << readProfile(q);
    return profiles;
}

std::optional<HtmcProfile> HtmcProfileStore::find(const QString& code) const
{
    Query q(m_database, selectProfile + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

void HtmcProfileStore::upsert(const HtmcProfile& profile, int sortOrder, const QString& now) const
{
    int order = sortOrder;
    if (order < 0)
        order = Query(m_database, QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 10 FROM htmc_profile"))
                    .scalar()
                    .toInt();
    Query(m_database,
          QStringLiteral("INSERT INTO htmc_profile (code, name_kk, name_ru, name_en, active, sort_order, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name_kk = excluded.name_kk, "
                         "name_ru = excluded.name_ru, name_en = excluded.name_en, active = excluded.active, "
                         "updated_at = excluded.updated_at"))
        .bind(profile.code)
        .bind(profile.nameKk)
        .bind(profile.nameRu)
        .bind(profile.nameEn)
        .bind(profile.active ? 1 : 0)
        .bind(order)
        .bind(now)
        .exec();
}
