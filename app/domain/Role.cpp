#include "Role.h"

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Senior:
        return QStringLiteral("senior");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

bool Roles::fromCode(const QString& code, Role* role)
{
    for (Role r : all()) {
        if (Roles::code(r) == code.trimmed().toLower()) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("clerk");
    case Role::Senior:
        return tr("senior clerk");
    case Role::Admin:
        return tr("administrator");
    case Role::Auditor:
        return tr("auditor");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::Clerk, Role::Senior, Role::Admin, Role::Auditor};
}
