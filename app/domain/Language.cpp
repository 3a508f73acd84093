#include "Language.h"

#include <QLocale>

namespace Languages {

QString code(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("kk");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

Language fromCode(const QString& code, bool* ok)
{
    const QString c = code.trimmed().toLower().left(2);
    if (ok)
        *ok = true;
    if (c == QLatin1String("kk"))
        return Language::Kazakh;
    if (c == QLatin1String("ru"))
        return Language::Russian;
    if (c != QLatin1String("en") && ok)
        *ok = false;
    return Language::English;
}

QString nativeName(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("Қазақша");
    case Language::Russian:
        return QStringLiteral("Русский");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

Language current()
{
    switch (QLocale().language()) {
    case QLocale::Kazakh:
        return Language::Kazakh;
    case QLocale::Russian:
        return Language::Russian;
    default:
        return Language::English;
    }
}

QString pick(Language language, const QString& kk, const QString& ru, const QString& en)
{
    const QString& wanted = language == Language::Kazakh ? kk : language == Language::Russian ? ru : en;
    if (!wanted.isEmpty())
        return wanted;
    if (!ru.isEmpty())
        return ru;
    return !kk.isEmpty() ? kk : en;
}

} // namespace Languages
