#include "ChangeSnapshot.h"

#include "Query.h"

ChangeSnapshot::ChangeSnapshot(Database& database)
    : m_database(database)
{
    const QStringList statements = m_database.dialect().beginChangeSnapshot();
    Query(m_database, statements.first()).exec();
    try {
        for (qsizetype i = 1; i < statements.size(); ++i)
            Query(m_database, statements.at(i)).exec();
    } catch (const OperationError&) {
        Query(m_database, QStringLiteral("ROLLBACK")).exec();
        throw;
    }
}

ChangeSnapshot::~ChangeSnapshot()
{
    // Nothing was written: ending it either way only releases the snapshot.
    try {
        Query(m_database, QStringLiteral("ROLLBACK")).exec();
    } catch (const OperationError&) {
    }
}
