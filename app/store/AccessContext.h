#pragma once

#include <QString>

#include <memory>

class AuditKey;

// Who uses a connection, once the database has accounts: the signed-in account (its role is what every
// service checks, through Authorization) and the audit key the connection seals its transactions with. It
// travels with the connection (Database::openAnother), so a loader or an import on another thread acts as
// the same person.
struct AccessContext
{
    // The database has accounts: nothing may be read or changed without a sign-in.
    bool accountsRequired = false;
    qint64 accountId = 0; // 0: nobody signed in
    QString login;
    QString role; // the role's code (Roles::code)
    // Set while the database keeps an audit log: every write transaction seals its changes with it.
    std::shared_ptr<const AuditKey> auditKey;

    bool signedIn() const { return accountId > 0; }
};
