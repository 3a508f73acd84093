#include "PersonalDataFilter.h"

#include <QRegularExpression>

namespace PersonalDataFilter {

QString scrub(const QString& text)
{
    static const QRegularExpression home(QStringLiteral("((?:/home|/Users|\\\\Users|/root)[/\\\\])[^/\\\\\\s]+"));
    static const QRegularExpression mail(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    // Digits with the separators telephone numbers and dates are written with.
    static const QRegularExpression number(QStringLiteral("\\+?\\d[\\d \\-().]*\\d"));
    static const QRegularExpression date(QStringLiteral("^(\\d{2}\\.\\d{2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression name(
        QStringLiteral("\\b\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*)+"),
        QRegularExpression::UseUnicodePropertiesOption);

    QString out = text;
    out.replace(home, QStringLiteral("\\1…"));
    out.replace(mail, QStringLiteral("[e-mail]"));
    // Only runs of seven digits or more: referral codes (71.7101.CAR.1F), counts and versions stay readable.
    QString masked;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = number.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString run = m.captured(0);
        qsizetype digits = 0;
        for (QChar c : run)
            digits += c.isDigit() ? 1 : 0;
        // A day (16.11.2026, 2026-11-16) says when, not who: it stays.
        if (digits < 7 || date.match(run).hasMatch())
            continue;
        masked += QStringView(out).mid(last, m.capturedStart() - last);
        masked += QStringLiteral("[number]");
        last = m.capturedEnd();
    }
    masked += QStringView(out).mid(last);
    masked.replace(name, QStringLiteral("[name]"));
    return masked;
}

} // namespace PersonalDataFilter
