#include "HospitalStore.h"

#include "Query.h"
#include "domain/NameText.h"

#include <QUuid>

namespace {
const QString selectHospital = QStringLiteral(
    "SELECT h.id, h.uid, h.code, h.name, h.region_code, h.address, h.phone, h.kind, h.active, h.demo FROM hospital h");

Hospital readHospital(const Query& q)
{
    Hospital h;
    h.id = q.integer(0);
    h.uid = q.text(1);
    h.code = q.text(2);
    h.name = q.text(3);
    h.regionCode = q.text(4);
    h.address = q.text(5);
    h.phone = q.text(6);
    h.kind = q.text(7);
    h.active = q.integer(8) != 0;
    h.demo = q.integer(9) != 0;
    return h;
}
} // namespace

QList<Hospital> HospitalStore::all(bool activeOnly) const
{
    Query q(m_database, selectHospital + QStringLiteral(" WHERE h.deleted = 0") +
                            (activeOnly ? QStringLiteral(" AND h.active = 1") : QString()) +
                            QStringLiteral(" ORDER BY h.region_code, h.name_sort_key, h.code"));
    q.exec();
    QList<Hospital> hospitals;
    while (q.next())
        hospitals << readHospital(q);
    return hospitals;
}

std::optional<Hospital> HospitalStore::find(qint64 id) const
{
    Query q(m_database, selectHospital + QStringLiteral(" WHERE h.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readHospital(q);
}

std::optional<Hospital> HospitalStore::findByCode(const QString& code) const
{
    Query q(m_database, selectHospital + QStringLiteral(" WHERE h.code = ? AND h.deleted = 0"));
    q.bind(code.trimmed().toUpper()).exec();
    if (!q.next())
        return std::nullopt;
    return readHospital(q);
}

QList<Hospital> HospitalStore::offering(const QString& regionCode, const QString& profileCode) const
{
    Query q(m_database,
            selectHospital + QStringLiteral(" JOIN hospital_profile hp ON hp.hospital_id = h.id AND hp.active = 1"
                                            " WHERE h.deleted = 0 AND h.active = 1 AND hp.profile_code = ?"
                                            " AND (? = '' OR h.region_code = ?)"
                                            " ORDER BY h.region_code, h.name_sort_key, h.code"));
    q.bind(profileCode).bind(regionCode).bind(regionCode).exec();
    QList<Hospital> hospitals;
    while (q.next())
        hospitals << readHospital(q);
    return hospitals;
}

qint64 HospitalStore::upsert(const Hospital& hospital, const QString& now) const
{
    const QString uid = hospital.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : hospital.uid;
    Query q(m_database,
            QStringLiteral("INSERT INTO hospital (uid, code, name, name_sort_key, region_code, address, phone, kind, "
                           "active, demo, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO "
                           "UPDATE SET name = excluded.name, name_sort_key = excluded.name_sort_key, region_code = "
                           "excluded.region_code, address = excluded.address, phone = excluded.phone, kind = "
                           "excluded.kind, active = excluded.active, demo = excluded.demo, updated_at = "
                           "excluded.updated_at, deleted = 0 RETURNING id"));
    return q.bind(uid)
        .bind(hospital.code.trimmed().toUpper())
        .bind(hospital.name)
        .bind(NameText::sortKey(hospital.name))
        .bind(hospital.regionCode)
        .bind(hospital.address)
        .bind(hospital.phone)
        .bind(hospital.kind)
        .bind(hospital.active ? 1 : 0)
        .bind(hospital.demo ? 1 : 0)
        .bind(now)
        .scalar()
        .toLongLong();
}

void HospitalStore::setProfile(qint64 hospitalId, const QString& profileCode, bool active, const QString& now) const
{
    Query(m_database, QStringLiteral("INSERT INTO hospital_profile (hospital_id, profile_code, active, updated_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (hospital_id, profile_code) DO UPDATE SET "
                                     "active = excluded.active, updated_at = excluded.updated_at"))
        .bind(hospitalId)
        .bind(profileCode)
        .bind(active ? 1 : 0)
        .bind(now)
        .exec();
}

QStringList HospitalStore::profileCodes(qint64 hospitalId) const
{
    Query q(m_database,
            QStringLiteral("SELECT hp.profile_code FROM hospital_profile hp JOIN bed_profile p ON p.code = "
                           "hp.profile_code WHERE hp.hospital_id = ? AND hp.active = 1 ORDER BY p.sort_order"));
    q.bind(hospitalId).exec();
    QStringList codes;
    while (q.next())
        codes << q.text(0);
    return codes;
}
