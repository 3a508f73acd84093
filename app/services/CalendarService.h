#pragma once

#include "domain/Clock.h"
#include "store/CalendarStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <functional>

// The bureau's working calendar. Kazakhstan's public holidays ship for this year and the next; the days
// off the Government moves by decree, and next years' holidays, are entered here. Every change plans
// all waiting lists again in the same transaction.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Database& database, const Clock& clock = Clock::system());

    QList<CalendarDay> year(int year) const;
    WorkingCalendar calendar() const;
    void setDayOff(const QDate& day, const QString& nameKk, const QString& nameRu, const QString& nameEn);
    void setWorkingDay(const QDate& day, const QString& note = {});
    // Back to an ordinary day (Monday–Friday working, weekend off).
    void clear(const QDate& day);

    void setCalendarChangedHandler(std::function<void()> handler) { m_changed = std::move(handler); }

private:
    void save(const CalendarDay& day);

    Database& m_database;
    const Clock& m_clock;
    std::function<void()> m_changed;
};
