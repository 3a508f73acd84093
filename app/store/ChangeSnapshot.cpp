#include "ChangeSnapshot.h"

#include "Database.h"

ChangeSnapshot::ChangeSnapshot(Database& database)
    : m_database(database)
{
    // Transaction control and LOCK TABLE: statements PostgreSQL does not prepare (Database::control).
    const QStringList statements = m_database.dialect().beginChangeSnapshot();
    m_database.control(statements.first());
    try {
        for (qsizetype i = 1; i < statements.size(); ++i)
            m_database.control(statements.at(i));
    } catch (const OperationError&) {
        m_database.control(QStringLiteral("ROLLBACK"));
        throw;
    }
}

ChangeSnapshot::~ChangeSnapshot()
{
    // Nothing was written: ending it either way only releases the snapshot.
    try {
        m_database.control(QStringLiteral("ROLLBACK"));
    } catch (const OperationError&) {
    }
}
