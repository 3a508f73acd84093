#include "PhoneNumber.h"

QString PhoneNumber::normalize(const QString& text, QString* problem)
{
    QString digits;
    bool plus = false;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += QChar(QLatin1Char(char('0' + ch.digitValue())));
        else if (ch == QLatin1Char('+') && digits.isEmpty())
            plus = true;
        else if (!(ch.isSpace() || ch == QLatin1Char('-') || ch == QLatin1Char('(') || ch == QLatin1Char(')'))) {
            if (problem)
                *problem = tr("A phone number may hold only digits, spaces, dashes, brackets and a leading +.");
            return {};
        }
    }
    QString national;
    if (digits.size() == 11 && (digits.startsWith(QLatin1Char('7')) || (!plus && digits.startsWith(QLatin1Char('8')))))
        national = digits.mid(1);
    else if (digits.size() == 10 && !plus && digits.startsWith(QLatin1Char('7')))
        national = digits; // typed without the trunk prefix: Kazakhstan numbers start with 7 here
    if (national.size() != 10) {
        if (problem)
            *problem = tr("Enter a Kazakhstan number with 10 digits after +7 or 8, for example 8 701 123 45 67.");
        return {};
    }
    if (problem)
        problem->clear();
    return QStringLiteral("+7") + national;
}

QString PhoneNumber::display(const QString& normalized)
{
    if (normalized.size() != 12 || !normalized.startsWith(QLatin1String("+7")))
        return normalized;
    return QStringLiteral("+7 %1 %2 %3 %4")
        .arg(normalized.mid(2, 3), normalized.mid(5, 3), normalized.mid(8, 2), normalized.mid(10, 2));
}
