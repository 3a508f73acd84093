#pragma once

#include "WorkingCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>

// Gives every referral of one queue its preliminary hospitalization date (DESIGN.md [I]): the hospital
// admits `capacity` planned patients per working day; confirmed dates take their capacity first; then,
// in queue order, each referral gets the earliest working day on or after
// max(today, registration day + lead days) that still has a free place.
class PreliminaryDatePlanner
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDate registered; // day of registration
        QDate confirmed;  // a scheduled referral's date, or invalid
    };

    PreliminaryDatePlanner(const WorkingCalendar& calendar, int capacityPerDay, int leadDays, const QDate& today);

    // entries in queue order; returns the date for each id (a confirmed entry keeps its own date).
    // taken: places already given on each day to referrals not among the entries (those ahead of them in the
    // queue, whose dates the entries cannot change).
    QHash<qint64, QDate> plan(const QList<Entry>& entries, const QHash<QDate, int>& taken = {});
    // The date a newcomer at this place in the queue would get (used to compare hospitals for the
    // patient's free choice): entries in queue order with the newcomer at index `at`.
    QDate dateAt(QList<Entry> entries, int at, const QDate& registered);

private:
    const WorkingCalendar& m_calendar;
    int m_capacity;
    int m_leadDays;
    QDate m_today;
};
