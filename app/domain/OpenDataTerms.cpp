#include "OpenDataTerms.h"

#include "LocalInstant.h"
#include "NameText.h"

namespace OpenDataTerms {

QString territory(const QString& text)
{
    const QString t = NameText::fold(text);
    if (t.startsWith(QStringLiteral("сел")) || t.startsWith(QStringLiteral("ауыл")) ||
        t.startsWith(QStringLiteral("village")) || t.startsWith(QStringLiteral("rural")))
        return QStringLiteral("village");
    return QStringLiteral("city");
}

QString purpose(const QString& text)
{
    const QString t = NameText::fold(text);
    if (t.contains(QStringLiteral("хирург")) || t.contains(QStringLiteral("surg")) ||
        t.contains(QStringLiteral("операц")))
        return QStringLiteral("surgical");
    if (t.contains(QStringLiteral("диагност")) || t.contains(QStringLiteral("diagnos")) ||
        t.contains(QStringLiteral("обследов")))
        return QStringLiteral("diagnostics");
    if (t.contains(QStringLiteral("реабил")) || t.contains(QStringLiteral("оңалт")) ||
        t.contains(QStringLiteral("rehab")))
        return QStringLiteral("rehabilitation");
    return QStringLiteral("conservative");
}

QString funding(const QString& text)
{
    const QString t = NameText::fold(text);
    if (t.contains(QStringLiteral("осмс")) || t.contains(QStringLiteral("мәмс")) ||
        t.contains(QStringLiteral("osms")) || t.contains(QStringLiteral("страхов")))
        return QStringLiteral("osms");
    if (t.contains(QStringLiteral("втм")) || t.contains(QStringLiteral("высокотехнол")) ||
        t.contains(QStringLiteral("квот")) || t.contains(QStringLiteral("htmc")) || t.contains(QStringLiteral("жтм")))
        return QStringLiteral("htmc");
    if (t.contains(QStringLiteral("платн")) || t.contains(QStringLiteral("ақылы")) ||
        t.contains(QStringLiteral("paid")))
        return QStringLiteral("paid");
    return QStringLiteral("gobmp");
}

QDateTime dateTime(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // The shapes the Bureau writes, read digit by digit; QDateTime's format parser is the slowest part of an
    // import when asked for every date.
    if (const LocalInstant instant = LocalInstant::parse(t); instant.isValid())
        return instant.toDateTime();
    static const QStringList formats{QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                     QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
                                     QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"),
                                     QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"),
                                     QStringLiteral("yyyy-MM-dd HH:mm"),
                                     QStringLiteral("dd.MM.yyyy HH:mm:ss"),
                                     QStringLiteral("dd.MM.yyyy HH:mm"),
                                     QStringLiteral("dd.MM.yyyy"),
                                     QStringLiteral("yyyy-MM-dd")};
    for (const QString& format : formats) {
        const QDateTime dt = QDateTime::fromString(t, format);
        if (dt.isValid())
            return dt;
    }
    return {};
}

} // namespace OpenDataTerms
