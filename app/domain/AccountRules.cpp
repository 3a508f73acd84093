#include "AccountRules.h"

#include <QRegularExpression>

QString AccountRules::normalizedLogin(const QString& login)
{
    return login.trimmed().toLower();
}

QString AccountRules::loginProblem(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(normalizedLogin(login)).hasMatch())
        return tr("\"%1\" cannot be a login. Use 2 to 32 Latin letters, digits, dots, hyphens or underscores, "
                  "beginning with a letter, for example aigerim.s.")
            .arg(login);
    return {};
}

QString AccountRules::passwordProblem(const QString& login, const QString& password)
{
    if (password.size() < minPasswordLength)
        return tr("The password is too short: use at least %1 characters. A few words that belong together are "
                  "easier to remember than a short jumble.")
            .arg(minPasswordLength);
    if (password.size() > maxPasswordLength)
        return tr("The password is too long: use at most %1 characters.").arg(maxPasswordLength);
    if (password.contains(normalizedLogin(login), Qt::CaseInsensitive) && !login.trimmed().isEmpty())
        return tr("The password must not contain the login. Choose another one.");
    if (password.count(password.at(0)) == password.size())
        return tr("The password must not be one character repeated. Choose another one.");
    return {};
}
