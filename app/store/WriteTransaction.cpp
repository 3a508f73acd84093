#include "WriteTransaction.h"

#include "Query.h"
#include "domain/Workstation.h"

#include <QSqlQuery>
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
        QSqlQuery begin(m_database.connection());
        if (begin.exec(m_database.dialect().beginWrite()))
            return;
        const OperationError error = m_database.failure(begin.lastError(), tr("starting to save"));
        if (error.kind() != OperationError::Kind::Busy || attempt >= beginAttempts) {
            --m_database.writeDepth();
            m_done = true;
            throw error;
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
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
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
    QSqlQuery commit(m_database.connection());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const OperationError error = m_database.failure(commit.lastError(), tr("saving"));
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_done = true;
        --m_database.writeDepth();
        throw error;
    }
    m_done = true;
    --m_database.writeDepth();
}
