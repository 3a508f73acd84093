#include "WriteTransaction.h"

#include "Query.h"

#include <QThread>

WriteTransaction::WriteTransaction(Database& database, const Clock& clock)
    : m_database(database)
    , m_now(clock.nowStamp())
    , m_actor(database.actor())
{
    if (const int depth = m_database.writeDepth()++; depth > 0) {
        // Inside another write: a savepoint, so that this part can fail alone (see the header).
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
        try {
            m_database.control(QStringLiteral("SAVEPOINT ") + m_savepoint);
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
            m_database.control(m_database.dialect().beginWrite());
        } catch (const OperationError& error) {
            if (error.kind() != OperationError::Kind::Busy || attempt >= beginAttempts) {
                --m_database.writeDepth();
                m_done = true;
                throw;
            }
            QThread::msleep(50);
            continue;
        }
        break;
    }
    try {
        setChangeContext();
    } catch (const OperationError&) {
        rollback();
        --m_database.writeDepth();
        m_done = true;
        throw;
    }
}

void WriteTransaction::setChangeContext()
{
    if (!m_database.tracksChanges())
        return;
    Query(m_database, m_database.dialect().setChangeContext())
        .bind(m_actor)
        .bind(m_database.workstation())
        .bind(m_now)
        .exec();
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

void WriteTransaction::commit()
{
    if (!m_outermost) {
        // Its writes become part of the outer transaction, committed or rolled back with it.
        m_database.control(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        m_done = true;
        return;
    }
    try {
        // A program other than Joldama writing later must not be recorded under this transaction's name.
        if (const QString clear = m_database.dialect().clearChangeContext();
            m_database.tracksChanges() && !clear.isEmpty())
            Query(m_database, clear).exec();
        m_database.control(QStringLiteral("COMMIT"));
    } catch (const OperationError&) {
        rollback();
        m_done = true;
        --m_database.writeDepth();
        throw;
    }
    m_done = true;
    --m_database.writeDepth();
    m_database.committed();
}

void WriteTransaction::rollback() noexcept
{
    // Runs in a destructor: a rollback that fails (the connection is gone) has nothing left to undo.
    try {
        m_database.control(QStringLiteral("ROLLBACK"));
    } catch (const OperationError&) {
    }
}

void WriteTransaction::rollbackToSavepoint() noexcept
{
    try {
        m_database.control(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        m_database.control(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    } catch (const OperationError&) {
    }
}
