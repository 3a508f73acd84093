#include "DisplayFormat.h"

#include "Clock.h"

namespace DisplayFormat {

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString dateFromStored(const QString& isoDate)
{
    return isoDate.isEmpty() ? QString() : date(Clock::dateFromText(isoDate));
}

QString dateTime(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString dateTimeFromStored(const QString& stamp)
{
    return stamp.isEmpty() ? QString() : dateTime(Clock::fromStamp(stamp));
}

} // namespace DisplayFormat
