#include "PreliminaryDatePlanner.h"

#include <algorithm>

PreliminaryDatePlanner::PreliminaryDatePlanner(const WorkingCalendar& calendar, int capacityPerDay, int leadDays,
                                               const QDate& today)
    : m_calendar(calendar)
    , m_capacity(std::max(1, capacityPerDay))
    , m_leadDays(std::max(0, leadDays))
    , m_today(today)
{}

QHash<qint64, QDate> PreliminaryDatePlanner::plan(const QList<Entry>& entries, const QHash<QDate, int>& taken)
{
    QHash<qint64, QDate> dates;
    QHash<QDate, int> used = taken;
    for (const Entry& e : entries) {
        if (e.confirmed.isValid()) {
            used[e.confirmed] += 1;
            dates.insert(e.id, e.confirmed);
        }
    }
    // The earliest day that may still have room for someone who could come today: days before it are
    // full. Queues are long and most starts are "today", so the walk is linear in the queue length.
    QDate firstOpen = m_calendar.onOrAfter(m_today);
    auto hasRoom = [&](const QDate& day) { return used.value(day) < m_capacity; };
    for (const Entry& e : entries) {
        if (e.confirmed.isValid())
            continue;
        const QDate start = std::max(m_today, e.registered.addDays(m_leadDays));
        QDate day = m_calendar.onOrAfter(std::max(start, firstOpen));
        while (!hasRoom(day))
            day = m_calendar.onOrAfter(day.addDays(1));
        used[day] += 1;
        dates.insert(e.id, day);
        if (start <= firstOpen) {
            while (!hasRoom(firstOpen))
                firstOpen = m_calendar.onOrAfter(firstOpen.addDays(1));
        }
    }
    return dates;
}

QDate PreliminaryDatePlanner::dateAt(QList<Entry> entries, int at, const QDate& registered)
{
    Entry newcomer;
    newcomer.id = -1;
    newcomer.registered = registered;
    entries.insert(std::clamp(at, 0, int(entries.size())), newcomer);
    return plan(entries).value(-1);
}
