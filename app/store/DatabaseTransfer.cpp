#include "DatabaseTransfer.h"

#include "Query.h"

#include <QCryptographicHash>
#include <QMultiHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

// The schema's own bookkeeping: each database has its version already, and the change context lives only
// inside a running transaction.
const QStringList leftOut{QStringLiteral("schema_version"), QStringLiteral("change_context")};

// The change-tracking signature describes the target's triggers, not the source's.
QString rowsOf(const QString& table)
{
    return table == QLatin1String("app_setting") ? QStringLiteral(" WHERE key NOT LIKE 'change_tracking.%'")
                                                 : QString();
}

} // namespace

DatabaseTransfer::DatabaseTransfer(Database& source, Database& target)
    : m_source(source)
    , m_target(target)
{}

QStringList DatabaseTransfer::tableNames(Database& database) const
{
    QStringList names;
    Query q(database, database.dialect().tablesQuery());
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList DatabaseTransfer::columns(Database& database, const QString& table)
{
    QStringList names;
    Query q(database, database.dialect().columnsQuery());
    q.bind(table).exec();
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<DatabaseTransfer::Table> DatabaseTransfer::tables() const
{
    const QStringList there = tableNames(m_target);
    QList<Table> out;
    for (const QString& name : tableNames(m_source)) {
        if (leftOut.contains(name) || !there.contains(name))
            continue;
        const QStringList targetColumns = columns(m_target, name);
        Table table;
        table.name = name;
        for (const QString& column : columns(m_source, name)) {
            if (targetColumns.contains(column))
                table.columns << column;
        }
        out << table;
    }
    // Referenced tables first: a column added by a later migration may refer to a table created after its own.
    QMultiHash<QString, QString> refersTo;
    Query keys(m_target, m_target.dialect().foreignKeysQuery());
    keys.exec();
    while (keys.next()) {
        if (keys.value(0).toString() != keys.value(1).toString())
            refersTo.insert(keys.value(0).toString(), keys.value(1).toString());
    }
    QList<Table> ordered;
    QSet<QString> placed;
    while (!out.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QList<QString> needs = refersTo.values(out.at(i).name);
            const bool ready = std::all_of(needs.begin(), needs.end(), [&](const QString& t) {
                return placed.contains(t) ||
                       std::none_of(out.begin(), out.end(), [&](const Table& o) { return o.name == t; });
            });
            if (ready) {
                next = i;
                break;
            }
        }
        placed.insert(out.at(next).name);
        ordered << out.takeAt(next);
    }
    return ordered;
}

bool DatabaseTransfer::targetHasWork() const
{
    return Query(m_target, QStringLiteral("SELECT (SELECT count(*) FROM patient) + (SELECT count(*) FROM referral) + "
                                          "(SELECT count(*) FROM account)"))
               .scalar()
               .toLongLong() > 0;
}

void DatabaseTransfer::copy(QList<Table>& tables, const std::function<void(const QString&, qint64)>& progress)
{
    const SqlDialect& dialect = m_target.dialect();
    QStringList names;
    for (const Table& table : std::as_const(tables))
        names << table.name;
    // The rows arrive as they were recorded: no change-log entries of their own, no guard refusing the audit
    // log's rows (the triggers come back on before the transaction ends).
    for (const QString& name : std::as_const(names)) {
        if (const QString sql = dialect.setTriggersEnabled(name, false); !sql.isEmpty())
            m_target.execute(sql);
    }
    // The reference data the target was created with makes way for the source's, in one statement (the
    // tables refer to one another).
    if (dialect.isSqlite()) {
        for (auto it = names.crbegin(); it != names.crend(); ++it)
            m_target.execute(QStringLiteral("DELETE FROM %1").arg(*it));
    } else {
        m_target.execute(QStringLiteral("TRUNCATE %1").arg(names.join(QStringLiteral(", "))));
    }
    for (Table& table : tables) {
        const QString columnList = table.columns.join(QStringLiteral(", "));
        Query read(m_source, QStringLiteral("SELECT %1 FROM %2%3").arg(columnList, table.name, rowsOf(table.name)));
        read.exec();
        const int n = int(table.columns.size());
        // Several rows per INSERT: one round trip to the server for each batch, not each row.
        const int batch = std::max(1, 600 / std::max(1, n));
        const QString row =
            QLatin1Char('(') + QStringList(n, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
        QList<QVariant> pending;
        int pendingRows = 0;
        const auto flush = [&] {
            if (pendingRows == 0)
                return;
            Query insert(m_target,
                         QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                             .arg(table.name, columnList, QStringList(pendingRows, row).join(QStringLiteral(", "))));
            for (const QVariant& value : std::as_const(pending))
                insert.bind(value);
            insert.exec();
            pending.clear();
            pendingRows = 0;
        };
        table.rows = 0;
        while (read.next()) {
            for (int i = 0; i < n; ++i)
                pending << read.value(i);
            ++pendingRows;
            ++table.rows;
            if (pendingRows >= batch) {
                flush();
                if (progress && table.rows % 10000 < batch)
                    progress(table.name, table.rows);
            }
        }
        flush();
        if (const QString find = dialect.idSequenceQuery();
            !find.isEmpty() && table.columns.contains(QStringLiteral("id"))) {
            Query sequence(m_target, find);
            const QString name = sequence.bind(table.name).scalar().toString();
            if (!name.isEmpty())
                Query(m_target, dialect.resetIdSequence(table.name, name)).exec();
        }
        if (progress)
            progress(table.name, table.rows);
    }
    for (const QString& name : std::as_const(names)) {
        if (const QString sql = dialect.setTriggersEnabled(name, true); !sql.isEmpty())
            m_target.execute(sql);
    }
}

QByteArray DatabaseTransfer::digest(Database& database, const Table& table, qint64* rows)
{
    Query q(database, QStringLiteral("SELECT %1 FROM %2%3")
                          .arg(table.columns.join(QStringLiteral(", ")), table.name, rowsOf(table.name)));
    q.exec();
    // One hash per row, sorted: the two databases need not return the rows in the same order.
    std::vector<QByteArray> hashes;
    const int n = int(table.columns.size());
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha1);
        for (int i = 0; i < n; ++i) {
            const QVariant value = q.value(i);
            if (value.typeId() == QMetaType::Nullptr || !value.isValid())
                row.addData(QByteArrayView("\x01", 1));
            else
                row.addData(QByteArray('\x02' + value.toString().toUtf8()));
            row.addData(QByteArrayView("\x1f", 1));
        }
        hashes.push_back(row.result());
    }
    std::sort(hashes.begin(), hashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& hash : hashes)
        all.addData(hash);
    if (rows)
        *rows = qint64(hashes.size());
    return all.result();
}
