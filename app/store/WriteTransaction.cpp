#include "WriteTransaction.h"

#include "Query.h"
#include "domain/Workstation.h"

#include <QThread>

WriteTransaction::WriteTransaction(Database& database, const Clock& clock)
    : m_database(database)
    , m_now(clock.nowStamp())
    , m_actor(Workstation::currentUser())
{
    if (const int depth = m_database.writeDepth()++; depth > 0) {
        // Inside another write: a savepoint, so that this part can fail alone (see the header).
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
        try {
            Query(m_database, QStringLiteral("SAVEPOINT ") + m_savepoint).exec();
        } catch (const OperationError&) {
            --m_database.writeDepth();
            m_done = true;
            throw;
        }
        return;
    }
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
        if (!m_done)
            rollbackToSavepoint();
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
    if (!m_outermost) {
        // Its writes become part of the outer transaction, committed or rolled back with it.
        Query(m_database, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint).exec();
        m_done = true;
        return;
    }
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

void WriteTransaction::rollbackToSavepoint() noexcept
{
    try {
        Query(m_database, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint).exec();
        Query(m_database, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint).exec();
    } catch (const OperationError&) {
    }
}
