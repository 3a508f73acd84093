#include "SqlScript.h"

#include <QRegularExpression>

namespace SqlScript {

QStringList split(const QString& script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // inside CREATE TRIGGER … BEGIN … END
    const int n = int(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar ch = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (ch == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (ch == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            const QChar quote = ch;
            current += ch;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == quote) {
                    if (i + 1 < n && script.at(i + 1) == quote) { // doubled quote inside a literal
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (ch.isLetter()) {
            int j = i;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = script.mid(i, j - i);
            const QString upper = word.toUpper();
            static const QRegularExpression triggerStart(
                QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (upper == QLatin1String("BEGIN") && triggerStart.match(current).hasMatch())
                ++blockDepth;
            else if (upper == QLatin1String("END") && blockDepth > 0)
                --blockDepth;
            current += word;
            i = j - 1;
            continue;
        }
        if (ch == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += ch;
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        statements << tail;
    return statements;
}

} // namespace SqlScript
