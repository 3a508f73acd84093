#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an account may do, in the bureau's own ranks. The codes are stored and typed on the command line
// (users add --role senior); the names are for people.
enum class Role { Clerk, Senior, Admin, Auditor };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString code(Role role);
    static bool fromCode(const QString& code, Role* role);
    // "clerk", "senior clerk", … in the interface language.
    static QString name(Role role);
    static QList<Role> all();
};
