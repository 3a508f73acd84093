#pragma once

#include "Database.h"
#include "domain/WorkingCalendar.h"

#include <QDate>
#include <QList>

// The working calendar: public holidays, days off moved by law, weekend days made working days.
struct CalendarDay
{
    QDate day;
    QString kind; // day_off / working_day
    QString nameKk;
    QString nameRu;
    QString nameEn;
};

class CalendarStore
{
public:
    explicit CalendarStore(const Database& database)
        : m_database(database)
    {}

    QList<CalendarDay> days(const QDate& from, const QDate& to) const;
    WorkingCalendar calendar() const;
    void upsert(const CalendarDay& day, const QString& now) const;
    bool remove(const QDate& day, const QString& now) const;

private:
    const Database& m_database;
};
