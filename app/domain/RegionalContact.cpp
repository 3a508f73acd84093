#include "RegionalContact.h"

#include <QRegularExpression>

QString RegionalContact::dialString() const
{
    if (!hasPhone())
        return {};
    return QStringLiteral("8 (%1) %2").arg(areaCode, phone.trimmed());
}

QString RegionalContact::checkAreaCode(const QString& areaCode)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3,5}$"));
    if (!digits.match(areaCode.trimmed()).hasMatch())
        return tr("The area code is 3 to 5 digits, for example 7172.");
    return {};
}

QString RegionalContact::checkPhone(const QString& phone)
{
    // Empty is allowed: the portal itself leaves some numbers out, and an unknown number must not be invented.
    static const QRegularExpression allowed(QStringLiteral("^[0-9][0-9 \\-]*[0-9]$|^[0-9]?$"));
    const QString trimmed = phone.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return tr("The phone number may hold only digits, spaces and dashes, for example 557-290.");
    int digitCount = 0;
    for (const QChar ch : trimmed)
        digitCount += ch.isDigit() ? 1 : 0;
    if (!trimmed.isEmpty() && (digitCount < 5 || digitCount > 8))
        return tr("A local number has 5 to 8 digits; check it.");
    return {};
}
