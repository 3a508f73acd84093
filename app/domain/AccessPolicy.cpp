#include "AccessPolicy.h"

#include <QHash>

namespace {
// Every action that changes something: the auditor is refused each one explicitly, so that a grant added to
// the auditor's list by mistake cannot let them change a record.
const QSet<Permission>& changes()
{
    static const QSet<Permission> set{Permission::EditPatients,         Permission::RegisterReferrals,
                                      Permission::CancelReferrals,      Permission::OverrideDocuments,
                                      Permission::ImportRecords,        Permission::ManageQuotas,
                                      Permission::ManageReferenceLists, Permission::ManageBeds,
                                      Permission::ManageContacts,       Permission::EditAbroad,
                                      Permission::DecideAbroad,         Permission::ManageUsers,
                                      Permission::ManageSettings,       Permission::Backup,
                                      Permission::GenerateDemo};
    return set;
}
} // namespace

const AccessPolicy::Rules& AccessPolicy::rules(Role role)
{
    static const QHash<Role, Rules> table = [] {
        QHash<Role, Rules> t;
        t.insert(Role::Clerk,
                 {{},
                  {Permission::ViewPatients, Permission::EditPatients, Permission::ViewReferrals,
                   Permission::RegisterReferrals, Permission::LookUp, Permission::ViewQueues, Permission::ViewLists,
                   Permission::PrintTickets, Permission::PrintPublicLists, Permission::EditAbroad},
                  {}});
        t.insert(Role::Senior, {{Role::Clerk},
                                {Permission::CancelReferrals, Permission::OverrideDocuments,
                                 Permission::PrintInternalLists, Permission::ExportRecords, Permission::ImportRecords,
                                 Permission::ManageQuotas, Permission::ManageReferenceLists, Permission::ManageBeds,
                                 Permission::ManageContacts, Permission::DecideAbroad},
                                {}});
        t.insert(Role::Auditor, {{},
                                 {Permission::ReadAudit, Permission::VerifyAudit, Permission::ViewLists,
                                  Permission::ViewQueues, Permission::ViewPatients, Permission::ViewReferrals,
                                  Permission::LookUp, Permission::PrintPublicLists},
                                 changes()});
        // No patient data by default: the administrator keeps the bureau running, not its patients' records.
        t.insert(
            Role::Admin,
            {{},
             {Permission::ManageUsers, Permission::ManageSettings, Permission::Backup, Permission::VerifyAudit,
              Permission::ViewLists, Permission::PrintPublicLists, Permission::GenerateDemo},
             {Permission::ViewPatients, Permission::EditPatients, Permission::ViewReferrals,
              Permission::RegisterReferrals, Permission::CancelReferrals, Permission::OverrideDocuments,
              Permission::LookUp, Permission::ViewQueues, Permission::PrintTickets, Permission::PrintInternalLists,
              Permission::ExportRecords, Permission::EditAbroad, Permission::DecideAbroad, Permission::ReadAudit}});
        return t;
    }();
    return *table.find(role);
}

bool AccessPolicy::grants(Role role, Permission permission)
{
    const Rules& r = rules(role);
    if (r.grants.contains(permission))
        return true;
    for (Role parent : r.inherits) {
        if (grants(parent, permission))
            return true;
    }
    return false;
}

bool AccessPolicy::refuses(Role role, Permission permission)
{
    const Rules& r = rules(role);
    if (r.refuses.contains(permission))
        return true;
    for (Role parent : r.inherits) {
        if (refuses(parent, permission))
            return true;
    }
    return false;
}

bool AccessPolicy::allows(Role role, Permission permission)
{
    return !refuses(role, permission) && grants(role, permission);
}

QList<Role> AccessPolicy::rolesAllowing(Permission permission)
{
    QList<Role> roles;
    for (Role role : Roles::all()) {
        if (allows(role, permission))
            roles << role;
    }
    return roles;
}

QList<Permission> AccessPolicy::granted(Role role)
{
    QList<Permission> list;
    for (Permission p : Permissions::all()) {
        if (allows(role, p))
            list << p;
    }
    return list;
}
