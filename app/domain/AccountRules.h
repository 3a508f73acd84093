#pragma once

#include <QCoreApplication>
#include <QString>

// What a login and a password must be. Logins are short Latin names typed every day ("aigerim.s"); they are
// compared without regard to case. Passwords follow NIST SP 800-63B for staff: long rather than
// complicated — at least 12 characters, no composition rules, not the login, not one repeated character.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static constexpr int minPasswordLength = 12;
    static constexpr int maxPasswordLength = 256;

    // The login as stored (lower case, trimmed).
    static QString normalizedLogin(const QString& login);
    // An empty string when good, otherwise what is wrong and what to do.
    static QString loginProblem(const QString& login);
    static QString passwordProblem(const QString& login, const QString& password);
};
