#include "IcdCode.h"

#include <QHash>
#include <QRegularExpression>

QString IcdCode::normalize(const QString& text)
{
    // A clerk on a Russian layout types the letter of a code in Cyrillic: "І25.1", "С50.9".
    static const QHash<QChar, QChar> lookalikes{
        {QChar(0x0410), QLatin1Char('A')}, {QChar(0x0412), QLatin1Char('B')}, {QChar(0x0421), QLatin1Char('C')},
        {QChar(0x0415), QLatin1Char('E')}, {QChar(0x041D), QLatin1Char('H')}, {QChar(0x0406), QLatin1Char('I')},
        {QChar(0x041A), QLatin1Char('K')}, {QChar(0x041C), QLatin1Char('M')}, {QChar(0x041E), QLatin1Char('O')},
        {QChar(0x0420), QLatin1Char('P')}, {QChar(0x0422), QLatin1Char('T')}, {QChar(0x0425), QLatin1Char('X')},
    };
    QString code = text.trimmed().toUpper();
    code.replace(QLatin1Char(','), QLatin1Char('.'));
    for (QChar& ch : code)
        ch = lookalikes.value(ch, ch);
    return code;
}

bool IcdCode::isValid(const QString& normalized)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9]{1,2})?$"));
    return pattern.match(normalized).hasMatch();
}

QString IcdCode::problemText(const QString& text)
{
    if (isValid(normalize(text)))
        return {};
    if (text.trimmed().isEmpty())
        return tr("Enter the diagnosis: an ICD-10 code such as I25.1, or start typing its name.");
    return tr("\"%1\" is not an ICD-10 code. A code is a Latin letter and two digits, with an optional part after a "
              "dot: I25, I25.1, M17.11.")
        .arg(text.trimmed());
}
