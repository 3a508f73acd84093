#include "BedStore.h"

#include "Query.h"
#include "domain/Clock.h"

QString BedStore::keyText(qint64 hospitalId, const QString& profileCode, const QString& careForm)
{
    return QStringLiteral("%1|%2|%3").arg(hospitalId).arg(profileCode, careForm);
}

QList<BedAvailability> BedStore::offeredProfiles(const QString& regionCode, const QString& profileCode) const
{
    Query q(m_database,
            QStringLiteral("SELECT h.id, h.code, h.name, h.region_code, p.code, p.care_form FROM hospital_profile hp "
                           "JOIN hospital h ON h.id = hp.hospital_id JOIN bed_profile p ON p.code = hp.profile_code "
                           "WHERE hp.active = 1 AND h.active = 1 AND h.deleted = 0 AND (? = '' OR h.region_code = ?) "
                           "AND (? = '' OR p.code = ?) ORDER BY h.region_code, h.name_sort_key, h.code, p.sort_order"));
    q.bind(regionCode).bind(regionCode).bind(profileCode).bind(profileCode).exec();
    QList<BedAvailability> rows;
    while (q.next()) {
        BedAvailability row;
        row.hospitalId = q.integer(0);
        row.hospitalCode = q.text(1);
        row.hospitalName = q.text(2);
        row.regionCode = q.text(3);
        row.profileCode = q.text(4);
        row.careForm = q.text(5);
        rows << row;
    }
    return rows;
}

QHash<QString, std::pair<BedCount, QDate>> BedStore::countsOn(const QDate& day) const
{
    Query q(m_database, QStringLiteral("SELECT b.hospital_id, b.profile_code, b.care_form, b.total, b.occupied, "
                                       "b.reserved, b.for_date FROM bed_status b WHERE b.for_date = (SELECT "
                                       "max(b2.for_date) FROM bed_status b2 WHERE b2.hospital_id = b.hospital_id AND "
                                       "b2.profile_code = b.profile_code AND b2.care_form = b.care_form AND "
                                       "b2.for_date <= ?)"));
    q.bind(Clock::dateText(day)).exec();
    QHash<QString, std::pair<BedCount, QDate>> counts;
    while (q.next()) {
        BedCount count{int(q.integer(3)), int(q.integer(4)), int(q.integer(5))};
        counts.insert(keyText(q.integer(0), q.text(1), q.text(2)), {count, Clock::dateFromText(q.text(6))});
    }
    return counts;
}
