#include "UsageService.h"

#include "domain/AppInfo.h"
#include "domain/Workstation.h"
#include "platform/LocalProcess.h"
#include "store/UsageStore.h"
#include "store/WriteTransaction.h"

UsageService::UsageService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

UsageService::~UsageService()
{
    flush();
}

QString UsageService::workstation()
{
    return LocalProcess::hostName();
}

void UsageService::countLookup()
{
    m_pending[m_clock.today()] += 1;
    if (!m_lastFlush.isValid() || m_lastFlush.secsTo(m_clock.now()) >= batchSeconds)
        flush();
}

qint64 UsageService::pendingLookups() const
{
    qint64 n = 0;
    for (qint64 v : m_pending)
        n += v;
    return n;
}

bool UsageService::flush()
{
    if (m_pending.isEmpty())
        return true;
    try {
        const UsageStore::ShortWait wait(m_database, shortWaitMs);
        WriteTransaction transaction(m_database, m_clock);
        const UsageStore store(m_database);
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            store.addLookups(it.key(), workstation(), it.value());
        transaction.commit();
    } catch (const OperationError& e) {
        qWarning("Lookup counts are kept for the next write: %s", qPrintable(e.message()));
        return false;
    }
    m_pending.clear();
    m_lastFlush = m_clock.now();
    return true;
}

bool UsageService::heartbeat(bool starting)
{
    try {
        const UsageStore::ShortWait wait(m_database, shortWaitMs);
        WriteTransaction transaction(m_database, m_clock);
        UsageStore(m_database)
            .seen(workstation(), Workstation::currentUser(), AppInfo::version(), transaction.now(), starting);
        const UsageStore store(m_database);
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            store.addLookups(it.key(), workstation(), it.value());
        transaction.commit();
    } catch (const OperationError& e) {
        qWarning("The workstation's heartbeat was put off: %s", qPrintable(e.message()));
        return false;
    }
    m_pending.clear();
    m_lastFlush = m_clock.now();
    return true;
}

bool UsageService::leave()
{
    flush();
    try {
        const UsageStore::ShortWait wait(m_database, shortWaitMs);
        WriteTransaction transaction(m_database, m_clock);
        UsageStore(m_database).closed(workstation(), transaction.now());
        transaction.commit();
    } catch (const OperationError& e) {
        qWarning("The workstation's leaving was not recorded: %s", qPrintable(e.message()));
        return false;
    }
    return true;
}

UsageService::Counters UsageService::stored(const Database& database, const Clock& clock)
{
    const UsageStore store(database);
    const QDate today = clock.today();
    const QDate yesterday = today.addDays(-1);
    Counters c;
    c.lookupsToday = store.lookupsBetween(today, today);
    c.lookupsYesterday = store.lookupsBetween(yesterday, yesterday);
    c.lookupsMonth = store.lookupsBetween(QDate(today.year(), today.month(), 1), today);
    c.workstationsOnline = store.onlineSince(Clock::stamp(clock.now().addSecs(-60 * onlineMinutes)));
    return c;
}

UsageService::Counters UsageService::counters() const
{
    Counters c = stored(m_database, m_clock);
    const QDate today = m_clock.today();
    const QDate monthStart(today.year(), today.month(), 1);
    c.lookupsToday += m_pending.value(today);
    c.lookupsYesterday += m_pending.value(today.addDays(-1));
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.key() >= monthStart && it.key() <= today)
            c.lookupsMonth += it.value();
    }
    return c;
}
