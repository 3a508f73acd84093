#include "RegionalContactService.h"

#include "Authorization.h"
#include "store/RegionStore.h"
#include "store/RegionalContactStore.h"
#include "store/WriteTransaction.h"

#include <QUuid>

RegionalContactService::RegionalContactService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<RegionalContact> RegionalContactService::contacts() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return RegionalContactStore(m_database).all();
}

std::optional<RegionalContact> RegionalContactService::forRegion(const QString& regionCode) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    const QList<RegionalContact> contacts = RegionalContactStore(m_database).forRegion(regionCode);
    for (const RegionalContact& contact : contacts) {
        if (contact.hasPhone())
            return contact;
    }
    if (!contacts.isEmpty())
        return contacts.first();
    return std::nullopt;
}

void RegionalContactService::validate(const RegionalContact& contact) const
{
    if (!RegionStore(m_database).find(contact.regionCode))
        throw OperationError(OperationError::Kind::Invalid, tr("Choose the region this bureau serves."),
                             QStringLiteral("region_code"));
    if (const QString problem = RegionalContact::checkAreaCode(contact.areaCode); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("area_code"));
    if (const QString problem = RegionalContact::checkPhone(contact.phone); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("phone"));
}

RegionalContact RegionalContactService::add(const QString& regionCode, const QString& areaCode, const QString& phone,
                                            const QString& note)
{
    Authorization::require(m_database, Permission::ManageContacts, m_clock);
    RegionalContact contact;
    contact.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    contact.regionCode = regionCode.trimmed();
    contact.areaCode = areaCode.trimmed();
    contact.phone = phone.trimmed();
    contact.note = note.trimmed();
    contact.updatedOn = m_clock.today();
    validate(contact);
    WriteTransaction transaction(m_database, m_clock);
    contact.id = RegionalContactStore(m_database).insert(contact, transaction.now());
    transaction.commit();
    return contact;
}

RegionalContact RegionalContactService::update(const RegionalContact& changed)
{
    Authorization::require(m_database, Permission::ManageContacts, m_clock);
    RegionalContact contact = changed;
    contact.areaCode = contact.areaCode.trimmed();
    contact.phone = contact.phone.trimmed();
    contact.note = contact.note.trimmed();
    validate(contact);
    WriteTransaction transaction(m_database, m_clock);
    const RegionalContactStore store(m_database);
    const std::optional<RegionalContact> saved = store.find(contact.id);
    if (!saved)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("This contact was removed on another workstation. Refresh the list."));
    if (saved->regionCode == contact.regionCode && saved->areaCode == contact.areaCode &&
        saved->phone == contact.phone && saved->note == contact.note)
        return *saved;
    contact.uid = saved->uid;
    contact.updatedOn = m_clock.today();
    store.update(contact, transaction.now());
    transaction.commit();
    return contact;
}

void RegionalContactService::remove(qint64 id)
{
    Authorization::require(m_database, Permission::ManageContacts, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    const RegionalContactStore store(m_database);
    const std::optional<RegionalContact> saved = store.find(id);
    if (!saved)
        return;
    store.markDeleted(id, transaction.now());
    transaction.commit();
}
