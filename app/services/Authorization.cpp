#include "Authorization.h"

#include "domain/AccessPolicy.h"
#include "domain/AuditEntry.h"
#include "store/AuditStore.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

bool Authorization::allows(const Database& database, Permission permission)
{
    const AccessContext& access = database.access();
    if (!access.accountsRequired)
        return true;
    Role role;
    if (!access.signedIn() || !Roles::fromCode(access.role, &role))
        return false;
    return AccessPolicy::allows(role, permission);
}

QString Authorization::refusal(const Database& database, Permission permission)
{
    QStringList names;
    for (Role role : AccessPolicy::rolesAllowing(permission))
        names << Roles::name(role);
    const QString needed = names.join(tr(" or "));
    const AccessContext& access = database.access();
    Role role;
    if (!access.signedIn() || !Roles::fromCode(access.role, &role))
        return tr("Sign in first: this database has user accounts, and %1 is for the %2.")
            .arg(Permissions::description(permission), needed);
    return tr("Refused: %1 is for the %2; you are signed in as %3, %4. Ask a colleague with that role, or the "
              "administrator.")
        .arg(Permissions::description(permission), needed, access.login, Roles::name(role));
}

void Authorization::require(Database& database, Permission permission, const Clock& clock)
{
    if (allows(database, permission))
        return;
    const QString message = refusal(database, permission);
    // A refused attempt at patients' data is itself worth recording. Inside a write transaction the record
    // would be undone with it, so only a refusal at the start of an action is written.
    if (database.access().auditKey && database.writeDepth() == 0) {
        try {
            WriteTransaction transaction(database, clock);
            AuditEntry entry;
            entry.at = transaction.now();
            entry.action = AuditActions::Refused;
            entry.outcome = QStringLiteral("refused");
            entry.details = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("permission"), Permissions::code(permission)}})
                    .toJson(QJsonDocument::Compact));
            AuditStore(database).append(entry);
            transaction.commit();
        } catch (const OperationError&) {
            // The refusal stands whether or not it could be recorded.
        }
    }
    throw OperationError(OperationError::Kind::Forbidden, message);
}
