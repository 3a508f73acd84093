#include "ServerAccessService.h"

#include "Authorization.h"
#include "store/ServerPrivileges.h"
#include "store/WriteTransaction.h"

ServerAccessService::ServerAccessService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

ServerAccessService::Grant ServerAccessService::grantWorkstations(const QString& role)
{
    // The server's own rule (only the owner grants) comes on top of the bureau's: with accounts, an administrator.
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    ServerPrivileges privileges(m_database);
    {
        WriteTransaction transaction(m_database, m_clock);
        privileges.grantApplication(role.trimmed());
        transaction.commit();
    }
    return {privileges.currentRole(), privileges.applicationRoles()};
}
