#include "Query.h"

Query::Query(const Database& database, const QString& sql)
    : m_database(database)
    , m_query(database.borrowStatement(sql))
    , m_sql(sql)
{
    if (m_query)
        return;
    m_query = std::make_unique<QSqlQuery>(database.connection());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        throw m_database.failure(m_query->lastError(), QCoreApplication::translate("Query", "preparing a query"));
}

Query::~Query()
{
    m_database.returnStatement(m_sql, std::move(m_query));
}

namespace {
// A null QString would bind as SQL NULL; text columns are NOT NULL with '' for "nothing". A NULL is only
// ever bound on purpose, as an invalid QVariant.
QVariant textNotNull(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}
} // namespace

Query& Query::bind(const QVariant& value)
{
    m_query->addBindValue(textNotNull(value));
    return *this;
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_query->bindValue(placeholder, textNotNull(value));
    return *this;
}

Query& Query::exec()
{
    if (!m_query->exec())
        throw m_database.failure(m_query->lastError(), QCoreApplication::translate("Query", "reading or writing data"));
    return *this;
}

bool Query::next()
{
    return m_query->next();
}

QVariant Query::scalar()
{
    exec();
    if (!m_query->next())
        return {};
    QVariant v = m_query->value(0);
    m_query->finish();
    return v;
}
