#pragma once

#include "domain/Clock.h"
#include "domain/Permission.h"
#include "store/Database.h"

#include <QCoreApplication>

// The one authorization check. Every service method that reads personal data or changes anything asks it
// first, with the connection's signed-in account (Database::access) against the permission matrix
// (AccessPolicy, where a refusal wins). A database without accounts is a single desk, as before accounts
// existed: everything is allowed. Widgets never decide; menus only hide what this would refuse.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    static bool allows(const Database& database, Permission permission);
    // Throws OperationError(Forbidden) saying which role the action needs, or that nobody is signed in. A
    // refusal outside a write transaction is recorded in the audit log.
    static void require(Database& database, Permission permission, const Clock& clock = Clock::system());
    // The message require() throws.
    static QString refusal(const Database& database, Permission permission);
};
