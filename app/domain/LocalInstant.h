#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringView>

// A wall-clock moment of the workstation's time zone, as the Bureau's files write it: a day and the
// milliseconds into it. Reading and storing a million of them through QDateTime asks the system's time zone
// for every one (glibc even checks /etc/localtime each time); this keeps the day and time as they are and
// turns them into stored UTC stamps with the zone's offset asked once per day.
struct LocalInstant
{
    QDate date;
    int msecs = -1; // since midnight

    bool isValid() const { return date.isValid() && msecs >= 0; }
    QDateTime toDateTime() const;
    friend bool operator<(const LocalInstant& a, const LocalInstant& b)
    {
        return a.date != b.date ? a.date < b.date : a.msecs < b.msecs;
    }
    friend bool operator==(const LocalInstant& a, const LocalInstant& b)
    {
        return a.date == b.date && a.msecs == b.msecs;
    }

    // "2023-05-01 10:20:30", "2023-05-01T10:20:30(.zzz)", "2023-05-01 10:20", "01.05.2023 10:20(:30)",
    // "01.05.2023", "2023-05-01"; invalid for an empty text or one it cannot read (31.02. included).
    static LocalInstant parse(QStringView text);
};

// Stored stamps (Clock::stamp: UTC, ISO 8601 with milliseconds) of local instants, exactly as Clock::stamp
// writes them, at a fraction of its cost.
class UtcStamps
{
public:
    QString stamp(const LocalInstant& instant);
    // The local day of a stored stamp, as Clock::fromStamp(stamp).date() gives it; invalid when unreadable.
    QDate localDate(QStringView stamp);

private:
    static constexpr int Changing = 1 << 30; // the zone's offset changes during that day (summer time)
    QHash<qint64, int> m_offsets;            // local Julian day → offset from UTC in seconds
    QHash<qint64, int> m_utcOffsets;         // UTC Julian day → offset from UTC in seconds
};
