#include "WorkingCalendar.h"

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    if (m_workingDays.contains(day))
        return true;
    if (day.dayOfWeek() >= 6)
        return false;
    return !m_daysOff.contains(day);
}

QDate WorkingCalendar::onOrAfter(const QDate& day) const
{
    QDate d = day;
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}
