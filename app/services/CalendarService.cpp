#include "CalendarService.h"

#include "Authorization.h"
#include "store/WriteTransaction.h"

CalendarService::CalendarService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<CalendarDay> CalendarService::year(int year) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return CalendarStore(m_database).days(QDate(year, 1, 1), QDate(year, 12, 31));
}

WorkingCalendar CalendarService::calendar() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return CalendarStore(m_database).calendar();
}

void CalendarService::save(const CalendarDay& day)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    if (!day.day.isValid())
        throw OperationError(OperationError::Kind::Invalid, tr("Give the day as YYYY-MM-DD."), QStringLiteral("day"));
    WriteTransaction transaction(m_database, m_clock);
    CalendarStore(m_database).upsert(day, transaction.now());
    if (m_changed)
        m_changed();
    transaction.commit();
}

void CalendarService::setDayOff(const QDate& day, const QString& nameKk, const QString& nameRu, const QString& nameEn)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    if (nameKk.trimmed().isEmpty() && nameRu.trimmed().isEmpty() && nameEn.trimmed().isEmpty())
        throw OperationError(OperationError::Kind::Invalid, tr("Name the holiday or the reason for the day off."),
                             QStringLiteral("name"));
    save(CalendarDay{day, QStringLiteral("day_off"), nameKk.trimmed(), nameRu.trimmed(), nameEn.trimmed()});
}

void CalendarService::setWorkingDay(const QDate& day, const QString& note)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    if (day.isValid() && day.dayOfWeek() < 6)
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("%1 is a weekday: it is a working day already unless it is a holiday; clear the holiday "
               "instead.")
                .arg(day.toString(QStringLiteral("dd.MM.yyyy"))),
            QStringLiteral("day"));
    save(CalendarDay{day, QStringLiteral("working_day"), note, note, note});
}

void CalendarService::clear(const QDate& day)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    if (CalendarStore(m_database).remove(day, transaction.now())) {
        if (m_changed)
            m_changed();
    }
    transaction.commit();
}
