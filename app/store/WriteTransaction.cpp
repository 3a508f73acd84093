#include "WriteTransaction.h"

#include "Query.h"
#include "domain/Workstation.h"

#include <QThread>

WriteTransaction::WriteTransaction(Database& database, const Clock& clock)
    : m_database(database)
    , m_now(clock.nowStamp())
    , m_actor(Workstation::currentUser())
{
    if (m_database.writeDepth()++ > 0)
        return;
    m_outermost = true;
    // The driver already waits busyTimeoutMs for the lock; a few more tries cover a long import running
    // on another workstation before the clerk is told anything.
    for (int attempt = 1;; ++attempt) {
        try {
            Query(m_database, m_database.dialect().beginWrite()).exec();
            return;
        } catch (const OperationError& error) {
            if (error.kind() != OperationError::Kind::Busy || attempt >= beginAttempts) {
                --m_database.writeDepth();
                m_done = true;
                throw;
            }
        }
        QThread::msleep(50);
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_outermost) {
        --m_database.writeDepth();
        return;
    }
    if (!m_done) {
        rollback();
        --m_database.writeDepth();
    }
}

void WriteTransaction::noteChange(const QString& entity, const QString& uid, Change change)
{
    static const char* const kinds[] = {"insert", "update", "delete"};
    Query(m_database,
          QStringLiteral("INSERT INTO change_log (entity, uid, change, changed_at, actor) VALUES (?, ?, ?, ?, ?)"))
        .bind(entity)
        .bind(uid)
        .bind(QString::fromLatin1(kinds[int(change)]))
        .bind(m_now)
        .bind(m_actor)
        .exec();
}

void WriteTransaction::commit()
{
    if (!m_outermost)
        return;
    try {
        Query(m_database, QStringLiteral("COMMIT")).exec();
    } catch (const OperationError&) {
        rollback();
        m_done = true;
        --m_database.writeDepth();
        throw;
    }
    m_done = true;
    --m_database.writeDepth();
}

void WriteTransaction::rollback() noexcept
{
    // Runs in a destructor: a rollback that fails (the connection is gone) has nothing left to undo.
    try {
        Query(m_database, QStringLiteral("ROLLBACK")).exec();
    } catch (const OperationError&) {
    }
}
