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

QString Clock::dateText(const QDate& date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    // Written digit by digit: QDate::toString goes through a general formatter, and an import writes a date
    // for each of a million rows.
    QString text(10, QLatin1Char('-'));
    QChar* out = text.data();
    const auto digits = [](QChar* at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            at[i] = QChar(u'0' + value % 10);
    };
    digits(out, year, 4);
    digits(out + 5, month, 2);
    digits(out + 8, day, 2);
    return text;
}

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}
