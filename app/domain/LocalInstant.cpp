#include "LocalInstant.h"

#include "Clock.h"

namespace {

// The value of n digits at text[at], or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype at, int n)
{
    if (at + n > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "HH:mm", "HH:mm:ss" or "HH:mm:ss.zzz" filling text from at to its end; -1 when it is not one of them.
int timeOfDay(QStringView text, qsizetype at)
{
    const qsizetype length = text.size() - at;
    if (length != 5 && length != 8 && length != 12)
        return -1;
    const int hours = digits(text, at, 2);
    const int minutes = digits(text, at + 3, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || text[at + 2] != u':')
        return -1;
    int seconds = 0, millis = 0;
    if (length >= 8) {
        seconds = digits(text, at + 6, 2);
        if (seconds < 0 || seconds > 59 || text[at + 5] != u':')
            return -1;
    }
    if (length == 12) {
        millis = digits(text, at + 9, 3);
        if (millis < 0 || text[at + 8] != u'.')
            return -1;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

void putDigits(QChar*& out, int value, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[i] = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
    out += n;
}

} // namespace

QDateTime LocalInstant::toDateTime() const
{
    if (!isValid())
        return {};
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(msecs));
}

LocalInstant LocalInstant::parse(QStringView text)
{
    text = text.trimmed();
    LocalInstant instant;
    if (text.size() < 10)
        return instant;
    int year = -1, month = -1, day = -1;
    if (text[4] == u'-' && text[7] == u'-') {
        year = digits(text, 0, 4);
        month = digits(text, 5, 2);
        day = digits(text, 8, 2);
    } else if (text[2] == u'.' && text[5] == u'.') {
        day = digits(text, 0, 2);
        month = digits(text, 3, 2);
        year = digits(text, 6, 4);
    }
    if (year < 0 || month < 0 || day < 0)
        return instant;
    const QDate date(year, month, day);
    if (!date.isValid())
        return instant;
    int msecs = 0;
    if (text.size() > 10) {
        if (text[10] != u' ' && text[10] != u'T')
            return instant;
        msecs = timeOfDay(text, 11);
        if (msecs < 0)
            return instant;
    }
    instant.date = date;
    instant.msecs = msecs;
    return instant;
}

QString UtcStamps::stamp(const LocalInstant& instant)
{
    if (!instant.isValid())
        return {};
    auto found = m_offsets.constFind(instant.date.toJulianDay());
    if (found == m_offsets.constEnd()) {
        const int first = QDateTime(instant.date, QTime(0, 0)).offsetFromUtc();
        const int last = QDateTime(instant.date, QTime(23, 59, 59, 999)).offsetFromUtc();
        found = m_offsets.insert(instant.date.toJulianDay(), first == last ? first : Changing);
    }
    if (*found == Changing)
        return Clock::stamp(instant.toDateTime()); // the zone itself knows the hour of the change
    // UTC = local − offset; the day may move back or forward by one.
    qint64 msecs = qint64(instant.msecs) - qint64(*found) * 1000;
    QDate date = instant.date;
    constexpr qint64 day = 24 * 3600 * 1000;
    while (msecs < 0) {
        msecs += day;
        date = date.addDays(-1);
    }
    while (msecs >= day) {
        msecs -= day;
        date = date.addDays(1);
    }
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return Clock::stamp(instant.toDateTime());
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    const int ms = int(msecs);
    putDigits(out, y, 4);
    *out++ = QLatin1Char('-');
    putDigits(out, m, 2);
    *out++ = QLatin1Char('-');
    putDigits(out, d, 2);
    *out++ = QLatin1Char('T');
    putDigits(out, ms / 3600000, 2);
    *out++ = QLatin1Char(':');
    putDigits(out, ms / 60000 % 60, 2);
    *out++ = QLatin1Char(':');
    putDigits(out, ms / 1000 % 60, 2);
    *out++ = QLatin1Char('.');
    putDigits(out, ms % 1000, 3);
    *out = QLatin1Char('Z');
    return text;
}

QDate UtcStamps::localDate(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss[.zzz]Z
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || !text.endsWith(u'Z'))
        return Clock::fromStamp(text.toString()).date();
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int msecs = timeOfDay(text.first(text.size() - 1), 11);
    const QDate utcDate(year, month, day);
    if (!utcDate.isValid() || msecs < 0)
        return Clock::fromStamp(text.toString()).date();
    auto found = m_utcOffsets.constFind(utcDate.toJulianDay());
    if (found == m_utcOffsets.constEnd()) {
        const int first = QDateTime(utcDate, QTime(0, 0), Qt::UTC).toLocalTime().offsetFromUtc();
        const int last = QDateTime(utcDate, QTime(23, 59, 59, 999), Qt::UTC).toLocalTime().offsetFromUtc();
        found = m_utcOffsets.insert(utcDate.toJulianDay(), first == last ? first : Changing);
    }
    if (*found == Changing)
        return Clock::fromStamp(text.toString()).date();
    const qint64 local = qint64(msecs) + qint64(*found) * 1000;
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    return utcDate.addDays(local < 0 ? -1 : local >= dayMs ? 1 : 0);
}
