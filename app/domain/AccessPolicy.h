#pragma once

#include "Permission.h"
#include "Role.h"

#include <QList>
#include <QSet>

// The bureau's permission matrix: what each role is granted and what it is refused. A refusal wins over any
// grant, also one a role inherits (a senior clerk is granted all a clerk is); what is granted nowhere is
// refused. The one table services consult (through Authorization), so a role's rights are read and tested
// in one place, never in widgets.
//
//   clerk    patients, referrals, lookups, waiting lists, printing tickets and public lists
//   senior   a clerk's rights, plus cancellations, document overrides, quotas, reference lists, beds,
//            contacts, imports, exports and internal lists, the commission's decisions
//   auditor  reads the audit log and the lists (every view recorded); refused every change
//   admin    users, settings, backups, checking the audit chain; refused patient data
class AccessPolicy
{
public:
    struct Rules
    {
        QList<Role> inherits;
        QSet<Permission> grants;
        QSet<Permission> refuses;
    };

    static const Rules& rules(Role role);
    static bool allows(Role role, Permission permission);
    // The roles that may do it, lowest first (a refusal names them).
    static QList<Role> rolesAllowing(Permission permission);
    static QList<Permission> granted(Role role);

private:
    static bool grants(Role role, Permission permission);
    static bool refuses(Role role, Permission permission);
};
