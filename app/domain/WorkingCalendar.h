#pragma once

#include <QDate>
#include <QSet>

// Which days a hospital admits planned patients: Monday to Friday, except public holidays and the days
// off the law moves onto weekdays; plus any weekend day the Government declares a working day.
class WorkingCalendar
{
public:
    void addDayOff(const QDate& day) { m_daysOff.insert(day); }
    void addWorkingDay(const QDate& day) { m_workingDays.insert(day); }

    bool isWorkingDay(const QDate& day) const;
    // The first working day on or after the day.
    QDate onOrAfter(const QDate& day) const;

private:
    QSet<QDate> m_daysOff;
    QSet<QDate> m_workingDays;
};
