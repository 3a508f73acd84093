#include "NameText.h"

#include <QHash>

namespace {

// The Kazakh Cyrillic alphabet in its official order; Russian letters keep their relative order in it.
const QString& kazakhAlphabet()
{
    static const QString letters = QStringLiteral("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя");
    return letters;
}

const QHash<QChar, int>& letterRanks()
{
    static const QHash<QChar, int> ranks = [] {
        QHash<QChar, int> r;
        const QString& letters = kazakhAlphabet();
        for (int i = 0; i < letters.size(); ++i)
            r.insert(letters.at(i), i);
        return r;
    }();
    return ranks;
}

bool isSeparator(QChar ch)
{
    return ch.isSpace() || ch == QLatin1Char('-') || ch == QChar(0x2010) || ch == QChar(0x2013) ||
           ch == QLatin1Char('\'') || ch == QChar(0x2019) || ch == QLatin1Char('.') || ch == QLatin1Char(',');
}

} // namespace

namespace NameText {

QString fold(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_C).trimmed().toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return folded;
}

QStringList searchTerms(const QString& text)
{
    const QString folded = fold(text);
    QStringList terms;
    QString current;
    for (const QChar ch : folded) {
        if (ch.isSpace() || ch == QLatin1Char(',')) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!current.isEmpty())
        terms << current;
    QStringList result;
    for (const QString& term : std::as_const(terms)) {
        result << term;
        if (term.contains(QLatin1Char('-'))) {
            const QStringList parts = term.split(QLatin1Char('-'), Qt::SkipEmptyParts);
            for (const QString& part : parts)
                result << part;
        }
    }
    result.removeDuplicates();
    return result;
}

QString prefixEnd(const QString& prefix)
{
    // U+FFFF sorts after every character a name can hold, in UTF-8 and UTF-16 alike.
    return prefix + QChar(0xFFFF);
}

QString sortKey(const QString& text)
{
    const QString lower = text.normalized(QString::NormalizationForm_C).trimmed().toLower();
    const QHash<QChar, int>& ranks = letterRanks();
    QString key;
    key.reserve(lower.size());
    bool lastWasSeparator = false;
    for (const QChar ch : lower) {
        if (isSeparator(ch)) {
            // Separators sort before every letter, so "Ли Анна" comes before "Лиев".
            if (!lastWasSeparator && !key.isEmpty())
                key += QLatin1Char(' ');
            lastWasSeparator = true;
            continue;
        }
        lastWasSeparator = false;
        const auto it = ranks.constFind(ch);
        if (it != ranks.constEnd())
            // Upper-case Cyrillic code points never survive toLower(), so they are free to carry the ranks;
            // they also keep Cyrillic after digits and Latin letters.
            key += QChar(char16_t(0x0400 + *it));
        else
            key += ch;
    }
    while (key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    return key;
}

bool lessThan(const QString& a, const QString& b)
{
    const QString ka = sortKey(a);
    const QString kb = sortKey(b);
    if (ka != kb)
        return ka < kb;
    return a < b;
}

} // namespace NameText
