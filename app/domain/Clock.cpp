#include "Clock.h"

QDateTime Clock::now() const
{
    return QDateTime::currentDateTime();
}

QString Clock::stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromStamp(const QString& text)
{
    QDateTime utc = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!utc.isValid())
        utc = QDateTime::fromString(text, Qt::ISODate);
    return utc.toLocalTime();
}

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}
