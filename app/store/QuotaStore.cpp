#include "QuotaStore.h"

#include "Query.h"
#include "domain/Clock.h"
#include "domain/QuotaConsumption.h"

namespace {
// "?, ?, …" for the statuses that hold a quota; the codes themselves are bound.
QString statusPlaceholders()
{
    QStringList marks;
    for (qsizetype i = 0; i < QuotaConsumption::statusCodes().size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

void bindStatuses(Query& q)
{
    for (const QString& code : QuotaConsumption::statusCodes())
        q.bind(code);
}

// The quotas held per plan: referral quota columns grouped, joined to the plans by their key.
QString usageSubquery()
{
    return QStringLiteral("SELECT quota_year, quota_region, quota_profile, count(*) AS used FROM referral "
                          "WHERE quota_profile IS NOT NULL AND deleted = 0 AND status IN (%1) "
                          "GROUP BY quota_year, quota_region, quota_profile")
        .arg(statusPlaceholders());
}

QuotaPlan readPlan(const Query& q)
{
    QuotaPlan p;
    p.id = q.integer(0);
    p.uid = q.text(1);
    p.year = int(q.integer(2));
    p.regionCode = q.text(3);
    p.profileCode = q.text(4);
    p.allocated = int(q.integer(5));
    p.note = q.text(6);
    p.used = int(q.integer(7));
    p.population = int(q.integer(8));
    p.populationYear = int(q.integer(9));
    return p;
}
} // namespace

QList<QuotaPlan> QuotaStore::plans(int year) const
{
    Query q(m_database,
            QStringLiteral("SELECT p.id, p.uid, p.plan_year, p.region_code, p.profile_code, p.allocated, p.note, "
                           "COALESCE(u.used, 0), g.population, g.population_year FROM quota_plan p "
                           "JOIN region g ON g.code = p.region_code LEFT JOIN (%1) u ON u.quota_year = p.plan_year "
                           "AND u.quota_region = p.region_code AND u.quota_profile = p.profile_code "
                           "WHERE p.deleted = 0%2 ORDER BY p.plan_year, p.region_code, p.profile_code")
                .arg(usageSubquery(), year > 0 ? QStringLiteral(" AND p.plan_year = ?") : QString()));
    bindStatuses(q);
    if (year > 0)
        q.bind(year);
    q.exec();
    QList<QuotaPlan> plans;
    while (q.next())
        plans << readPlan(q);
    return plans;
}

QList<QuotaPlan> QuotaStore::regionPlans(int year, const QString& profileCode) const
{
    Query q(m_database,
            QStringLiteral("SELECT COALESCE(p.id, 0), COALESCE(p.uid, ''), 0, g.code, '', COALESCE(p.allocated, 0), "
                           "COALESCE(p.note, ''), COALESCE(u.used, 0), g.population, g.population_year FROM region g "
                           "LEFT JOIN quota_plan p ON p.region_code = g.code AND p.plan_year = ? AND "
                           "p.profile_code = ? AND p.deleted = 0 "
                           "LEFT JOIN (%1) u ON u.quota_region = g.code AND u.quota_year = ? AND u.quota_profile = ? "
                           "ORDER BY g.code")
                .arg(usageSubquery()));
    q.bind(year).bind(profileCode);
    bindStatuses(q);
    q.bind(year).bind(profileCode);
    q.exec();
    QList<QuotaPlan> plans;
    while (q.next()) {
        // Year and profile are known; PostgreSQL cannot type a bound value standing alone in a select list.
        QuotaPlan plan = readPlan(q);
        plan.year = year;
        plan.profileCode = profileCode;
        plans << plan;
    }
    return plans;
}

std::optional<QuotaPlan> QuotaStore::find(int year, const QString& regionCode, const QString& profileCode) const
{
    Query q(m_database,
            QStringLiteral("SELECT p.id, p.uid, p.plan_year, p.region_code, p.profile_code, p.allocated, p.note, 0, "
                           "g.population, g.population_year FROM quota_plan p JOIN region g ON g.code = p.region_code "
                           "WHERE p.plan_year = ? AND p.region_code = ? AND p.profile_code = ? AND p.deleted = 0"));
    q.bind(year).bind(regionCode).bind(profileCode).exec();
    if (!q.next())
        return std::nullopt;
    QuotaPlan plan = readPlan(q);
    q.finish();
    plan.used = used(year, regionCode, profileCode);
    return plan;
}

QList<int> QuotaStore::years() const
{
    Query q(m_database,
            QStringLiteral("SELECT DISTINCT plan_year FROM quota_plan WHERE deleted = 0 ORDER BY plan_year"));
    q.exec();
    QList<int> years;
    while (q.next())
        years << int(q.integer(0));
    return years;
}

std::pair<qint64, QString> QuotaStore::save(const QString& newUid, int year, const QString& regionCode,
                                            const QString& profileCode, int allocated, const QString& note,
                                            const QString& now) const
{
    Query q(m_database,
            QStringLiteral("INSERT INTO quota_plan (uid, plan_year, region_code, profile_code, allocated, note, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_year, region_code, "
                           "profile_code) DO UPDATE SET allocated = excluded.allocated, note = excluded.note, "
                           "updated_at = excluded.updated_at, deleted = 0 "
                           "RETURNING id, uid"));
    q.bind(newUid).bind(year).bind(regionCode).bind(profileCode).bind(allocated).bind(note).bind(now).exec();
    if (!q.next())
        return {0, {}};
    return {q.integer(0), q.text(1)};
}

void QuotaStore::addChange(qint64 planId, const QuotaPlanChange& change, const QString& now) const
{
    Query(m_database, QStringLiteral("INSERT INTO quota_plan_change (plan_id, changed_at, actor, allocated_before, "
                                     "allocated_after, source, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(planId)
        .bind(now)
        .bind(change.actor)
        .bind(change.allocatedBefore >= 0 ? QVariant(change.allocatedBefore) : QVariant())
        .bind(change.allocatedAfter)
        .bind(change.source)
        .bind(change.detail)
        .exec();
}

QList<QuotaPlanChange> QuotaStore::changes(qint64 planId) const
{
    Query q(m_database,
            QStringLiteral("SELECT changed_at, actor, allocated_before, allocated_after, source, detail FROM "
                           "quota_plan_change WHERE plan_id = ? ORDER BY id"));
    q.bind(planId).exec();
    QList<QuotaPlanChange> changes;
    while (q.next()) {
        QuotaPlanChange c;
        c.changedAt = Clock::fromStamp(q.text(0));
        c.actor = q.text(1);
        c.allocatedBefore = q.isNull(2) ? -1 : int(q.integer(2));
        c.allocatedAfter = int(q.integer(3));
        c.source = q.text(4);
        c.detail = q.text(5);
        changes << c;
    }
    return changes;
}

bool QuotaStore::lockPlan(int year, const QString& regionCode, const QString& profileCode) const
{
    // An update that changes nothing still takes the row lock on PostgreSQL; the row version stays, because
    // counting quotas is not a change of the plan that would have to travel to other workstations.
    Query q(m_database, QStringLiteral("UPDATE quota_plan SET row_version = row_version WHERE plan_year = ? AND "
                                       "region_code = ? AND profile_code = ? AND deleted = 0"));
    q.bind(year).bind(regionCode).bind(profileCode).exec();
    return q.rowsAffected() > 0;
}

int QuotaStore::used(int year, const QString& regionCode, const QString& profileCode) const
{
    Query q(m_database, QStringLiteral("SELECT count(*) FROM referral WHERE quota_year = ? AND quota_region = ? AND "
                                       "quota_profile = ? AND deleted = 0 AND status IN (%1)")
                            .arg(statusPlaceholders()));
    q.bind(year).bind(regionCode).bind(profileCode);
    bindStatuses(q);
    return q.scalar().toInt();
}
