#include "CalendarStore.h"

#include "Query.h"
#include "domain/Clock.h"

QList<CalendarDay> CalendarStore::days(const QDate& from, const QDate& to) const
{
    Query q(m_database,
            QStringLiteral("SELECT day, kind, name_kk, name_ru, name_en FROM calendar_day WHERE day >= ? AND day "
                           "<= ? AND deleted = 0 ORDER BY day"));
    q.bind(Clock::dateText(from)).bind(Clock::dateText(to)).exec();
    QList<CalendarDay> result;
    while (q.next())
        result << CalendarDay{Clock::dateFromText(q.text(0)), q.text(1), q.text(2), q.text(3), q.text(4)};
    return result;
}

WorkingCalendar CalendarStore::calendar() const
{
    Query q(m_database, QStringLiteral("SELECT day, kind FROM calendar_day WHERE deleted = 0"));
    q.exec();
    WorkingCalendar calendar;
    while (q.next()) {
        const QDate day = Clock::dateFromText(q.text(0));
        if (q.text(1) == QLatin1String("working_day"))
            calendar.addWorkingDay(day);
        else
            calendar.addDayOff(day);
    }
    return calendar;
}

void CalendarStore::upsert(const CalendarDay& d, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO calendar_day (day, kind, name_kk, name_ru, name_en, updated_at) VALUES (?, ?, "
                         "?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name_kk = "
                         "excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, updated_at = "
                         "excluded.updated_at, deleted = 0"))
        .bind(Clock::dateText(d.day))
        .bind(d.kind)
        .bind(d.nameKk)
        .bind(d.nameRu)
        .bind(d.nameEn)
        .bind(now)
        .exec();
}

bool CalendarStore::remove(const QDate& day, const QString& now) const
{
    // Marked, not erased: the day travels to other workstations, and put back later it keeps its history.
    Query q(m_database,
            QStringLiteral("UPDATE calendar_day SET deleted = 1, updated_at = ? WHERE day = ? AND deleted = 0"));
    q.bind(now).bind(Clock::dateText(day)).exec();
    return q.rowsAffected() > 0;
}
