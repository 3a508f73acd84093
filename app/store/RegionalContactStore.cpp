#include "RegionalContactStore.h"

#include "Query.h"
#include "domain/Clock.h"

namespace {
const QString selectContact = QStringLiteral(
    "SELECT id, uid, region_code, area_code, phone, note, updated_on FROM regional_contact WHERE deleted = 0");

RegionalContact readContact(const Query& q)
{
    RegionalContact c;
    c.id = q.integer(0);
    c.uid = q.text(1);
    c.regionCode = q.text(2);
    c.areaCode = q.text(3);
    c.phone = q.text(4);
    c.note = q.text(5);
    c.updatedOn = Clock::dateFromText(q.text(6));
    return c;
}
} // namespace

QList<RegionalContact> RegionalContactStore::all() const
{
    Query q(m_database, selectContact + QStringLiteral(" ORDER BY region_code, id"));
    q.exec();
    QList<RegionalContact> contacts;
    while (q.next())
        contacts << readContact(q);
    return contacts;
}

std::optional<RegionalContact> RegionalContactStore::find(qint64 id) const
{
    Query q(m_database, selectContact + QStringLiteral(" AND id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readContact(q);
}

QList<RegionalContact> RegionalContactStore::forRegion(const QString& regionCode) const
{
    Query q(m_database, selectContact + QStringLiteral(" AND region_code = ? ORDER BY id"));
    q.bind(regionCode).exec();
    QList<RegionalContact> contacts;
    while (q.next())
        contacts << readContact(q);
    return contacts;
}

qint64 RegionalContactStore::insert(const RegionalContact& contact, const QString& now) const
{
    Query q(m_database, QStringLiteral("INSERT INTO regional_contact (uid, region_code, area_code, phone, note, "
                                       "updated_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.bind(contact.uid)
        .bind(contact.regionCode)
        .bind(contact.areaCode)
        .bind(contact.phone)
        .bind(contact.note)
        .bind(Clock::dateText(contact.updatedOn))
        .bind(now)
        .scalar()
        .toLongLong();
}

void RegionalContactStore::update(const RegionalContact& contact, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE regional_contact SET region_code = ?, area_code = ?, phone = ?, note = ?, "
                                     "updated_on = ?, updated_at = ? WHERE id = ?"))
        .bind(contact.regionCode)
        .bind(contact.areaCode)
        .bind(contact.phone)
        .bind(contact.note)
        .bind(Clock::dateText(contact.updatedOn))
        .bind(now)
        .bind(contact.id)
        .exec();
}

void RegionalContactStore::markDeleted(qint64 id, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE regional_contact SET deleted = 1, updated_at = ? WHERE id = ?"))
        .bind(now)
        .bind(id)
        .exec();
}
