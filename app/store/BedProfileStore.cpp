#include "BedProfileStore.h"

#include "Query.h"

namespace {
const QString selectProfile =
    QStringLiteral("SELECT code, name_kk, name_ru, name_en, age_group, care_form, active FROM bed_profile");

BedProfile readProfile(const Query& q)
{
    BedProfile p;
    p.code = q.text(0);
    p.nameKk = q.text(1);
    p.nameRu = q.text(2);
    p.nameEn = q.text(3);
    p.ageGroup = BedProfile::ageGroupFromCode(q.text(4));
    p.careForm = BedProfile::careFormFromCode(q.text(5));
    p.active = q.integer(6) != 0;
    return p;
}
} // namespace

QList<BedProfile> BedProfileStore::all(bool activeOnly) const
{
    Query q(m_database, selectProfile + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                            QStringLiteral(" ORDER BY sort_order, code"));
    q.exec();
    QList<BedProfile> profiles;
    while (q.next())
        profiles << readProfile(q);
    return profiles;
}

std::optional<BedProfile> BedProfileStore::find(const QString& code) const
{
    Query q(m_database, selectProfile + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

void BedProfileStore::upsert(const BedProfile& profile, int sortOrder, const QString& now) const
{
    const int order =
        sortOrder >= 0 ? sortOrder
                       : Query(m_database, QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 10 FROM bed_profile"))
                             .scalar()
                             .toInt();
    Query(m_database,
          QStringLiteral("INSERT INTO bed_profile (code, name_kk, name_ru, name_en, age_group, care_form, active, "
                         "sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                         "name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
                         "age_group = excluded.age_group, care_form = excluded.care_form, active = excluded.active, "
                         "updated_at = excluded.updated_at"))
        .bind(profile.code)
        .bind(profile.nameKk)
        .bind(profile.nameRu)
        .bind(profile.nameEn)
        .bind(BedProfile::ageGroupCode(profile.ageGroup))
        .bind(BedProfile::careFormCode(profile.careForm))
        .bind(profile.active ? 1 : 0)
        .bind(order)
        .bind(now)
        .exec();
}

void BedProfileStore::update(const BedProfile& profile, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE bed_profile SET name_kk = ?, name_ru = ?, name_en = ?, age_group = ?, "
                                     "care_form = ?, active = ?, updated_at = ? WHERE code = ?"))
        .bind(profile.nameKk)
        .bind(profile.nameRu)
        .bind(profile.nameEn)
        .bind(BedProfile::ageGroupCode(profile.ageGroup))
        .bind(BedProfile::careFormCode(profile.careForm))
        .bind(profile.active ? 1 : 0)
        .bind(now)
        .bind(profile.code)
        .exec();
}
