#include "ListingReader.h"

#include "Query.h"
#include "SqlValue.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <sqlite3.h>

ListingReader::ListingReader(const Database& database, Listing listing, ListingRequest request,
                             std::shared_ptr<ListingDriver> driver)
    : m_database(database)
    , m_listing(std::move(listing))
    , m_request(std::move(request))
    , m_driver(std::move(driver))
    , m_driverAsked(m_driver != nullptr)
{
    if (!m_listing.isSortable(m_request.sortColumn)) {
        m_request.sortColumn = m_listing.naturalSortColumn;
        if (!m_listing.isSortable(m_request.sortColumn))
            m_request.sortColumn = -1;
    }
}

QString ListingReader::sortExpression() const
{
    if (m_request.sortColumn < 0)
        return m_listing.idColumn;
    return m_listing.columns.at(m_request.sortColumn).sort;
}

void ListingReader::buildWhere(QStringList& where, QVariantList& binds) const
{
    if (!m_listing.baseWhere.isEmpty())
        where << m_listing.baseWhere;
    if (m_listing.filter)
        m_listing.filter(m_request, where, binds);
}

namespace {

// Lets SQLite stop a statement from inside (sqlite3_progress_handler) while this object lives.
class SqliteInterrupt
{
public:
    SqliteInterrupt(sqlite3* db, std::function<bool()> stop)
        : m_db(db)
        , m_stop(std::move(stop))
    {
        // Every thousand virtual-machine steps: a few microseconds apart, too rare to cost anything.
        sqlite3_progress_handler(m_db, 1000, &SqliteInterrupt::check, this);
    }
    ~SqliteInterrupt() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    SqliteInterrupt(const SqliteInterrupt&) = delete;
    SqliteInterrupt& operator=(const SqliteInterrupt&) = delete;

    bool fired() const { return m_fired; }

private:
    static int check(void* self)
    {
        auto* interrupt = static_cast<SqliteInterrupt*>(self);
        interrupt->m_fired = interrupt->m_stop();
        return interrupt->m_fired ? 1 : 0;
    }

    sqlite3* m_db;
    std::function<bool()> m_stop;
    bool m_fired = false;
};

} // namespace

std::shared_ptr<ListingDriver> ListingReader::driver() const
{
    if (!m_driverAsked) {
        m_driverAsked = true;
        if (m_listing.driver)
            m_driver = m_listing.driver(m_database, m_request);
    }
    return m_driver;
}

QList<ListingRow> ListingReader::fetch(const std::optional<ListingCursor>& after, int limit) const
{
    if (const std::shared_ptr<ListingDriver> d = driver())
        return fetchThrough(*d, after, limit);
    return fetchGeneric(after, limit);
}

QList<ListingRow> ListingReader::fetchThrough(ListingDriver& driver, const std::optional<ListingCursor>& after,
                                              int limit) const
{
    QList<ListingRow> rows;
    std::optional<ListingCursor> from = after;
    // A row the driver names but the base conditions exclude (a record marked deleted) leaves the page short;
    // it is topped up, since a short page means the end of the listing.
    while (rows.size() < limit) {
        const int wanted = int(limit - rows.size());
        const QList<ListingCursor> cursors = driver.page(from, wanted);
        rows += rowsOf(cursors);
        if (cursors.size() < wanted)
            break;
        from = cursors.last();
    }
    return rows;
}

QList<ListingRow> ListingReader::rowsOf(const QList<ListingCursor>& cursors) const
{
    if (cursors.isEmpty())
        return {};
    QStringList selects;
    for (const Listing::Column& column : m_listing.columns)
        selects << column.select;
    QStringList marks;
    for (qsizetype i = 0; i < cursors.size(); ++i)
        marks << QStringLiteral("?");
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE ")
                      .arg(m_listing.idColumn, selects.join(QStringLiteral(", ")), m_listing.from);
    if (!m_listing.baseWhere.isEmpty())
        sql += m_listing.baseWhere + QStringLiteral(" AND ");
    sql += QStringLiteral("%1 IN (%2)").arg(m_listing.idColumn, marks.join(QStringLiteral(", ")));
    Query q(m_database, sql);
    for (const ListingCursor& cursor : cursors)
        q.bind(cursor.id);
    q.exec();
    QHash<qint64, QVariantList> values;
    values.reserve(cursors.size());
    const int columnCount = int(m_listing.columns.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c)
            row << q.value(1 + c);
        values.insert(q.integer(0), row);
    }
    QList<ListingRow> rows;
    rows.reserve(cursors.size());
    for (const ListingCursor& cursor : cursors) {
        const auto it = values.constFind(cursor.id);
        if (it != values.constEnd())
            rows << ListingRow{cursor.id, *it, cursor};
    }
    return rows;
}

QList<ListingRow> ListingReader::fetchGeneric(const std::optional<ListingCursor>& after, int limit) const
{
    QStringList where;
    QVariantList binds;
    buildWhere(where, binds);
    const QString sort = sortExpression();
    const QString op = descending() ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = descending() ? QStringLiteral(" DESC") : QString();
    const bool byIdOnly = m_request.sortColumn < 0;
    if (after) {
        if (byIdOnly) {
            where << QStringLiteral("%1 %2 ?").arg(m_listing.idColumn, op);
            binds << after->id;
        } else {
            where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(sort, m_listing.idColumn, op);
            binds << after->sortValue << after->id;
        }
    }
    QStringList selects;
    for (const Listing::Column& column : m_listing.columns)
        selects << column.select;
    QString sql = QStringLiteral("SELECT %1, %2, %3 FROM %4")
                      .arg(m_listing.idColumn, sort, selects.join(QStringLiteral(", ")), m_listing.from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += byIdOnly ? QStringLiteral(" ORDER BY %1%2").arg(m_listing.idColumn, dir)
                    : QStringLiteral(" ORDER BY %1%3, %2%3").arg(sort, m_listing.idColumn, dir);
    sql += QStringLiteral(" LIMIT %1").arg(limit);

    Query q(m_database, sql);
    for (const QVariant& value : std::as_const(binds))
        q.bind(value);
    q.exec();
    QList<ListingRow> rows;
    const int columnCount = int(m_listing.columns.size());
    while (q.next()) {
        ListingRow row;
        row.id = q.integer(0);
        row.cursor = {q.value(1), row.id};
        row.values.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c)
            row.values << q.value(2 + c);
        rows << row;
    }
    return rows;
}

bool ListingReader::scan(int step, qint64* count, QList<ListingCursor>* boundaries,
                         const std::function<bool()>& cancelled) const
{
    ListingScan whole;
    const bool done = scanSome(&whole, step, 0, cancelled);
    *count = done ? whole.count : 0;
    *boundaries = done ? whole.boundaries : QList<ListingCursor>();
    return done;
}

bool ListingReader::scanSome(ListingScan* scan, int step, qint64 rows, const std::function<bool()>& cancelled) const
{
    if (scan->done)
        return true;
    if (const std::shared_ptr<ListingDriver> d = driver()) {
        // A driver counts its matches in one go: they are a search's, not a whole table's.
        if (!d->scan(step, &scan->count, &scan->boundaries, cancelled))
            return false;
        scan->done = true;
        return true;
    }
    QStringList where;
    QVariantList binds;
    buildWhere(where, binds);
    const QString dir = descending() ? QStringLiteral(" DESC") : QString();
    const bool byIdOnly = m_request.sortColumn < 0;
    const QString sort = sortExpression();
    QString from = m_listing.countFrom.isEmpty() ? m_listing.from : m_listing.countFrom;
    const QString mentioned = where.join(QLatin1Char(' ')) + QLatin1Char(' ') + sort;
    for (const QString& alias : m_listing.joinedAliases) {
        if (QRegularExpression(QStringLiteral("\\b%1\\.").arg(alias)).match(mentioned).hasMatch())
            from = m_listing.from;
    }
    // A part goes on after the last boundary of the parts before (parts end on a boundary).
    if (!scan->boundaries.isEmpty()) {
        const ListingCursor& last = scan->boundaries.last();
        const QString op = descending() ? QStringLiteral("<") : QStringLiteral(">");
        if (byIdOnly) {
            where << QStringLiteral("%1 %2 ?").arg(m_listing.idColumn, op);
            binds << last.id;
        } else {
            where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(sort, m_listing.idColumn, op);
            binds << last.sortValue << last.id;
        }
    }
    QString body = QStringLiteral(" FROM %1").arg(from);
    if (!where.isEmpty())
        body += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    body += byIdOnly ? QStringLiteral(" ORDER BY %1%2").arg(m_listing.idColumn, dir)
                     : QStringLiteral(" ORDER BY %1%3, %2%3").arg(sort, m_listing.idColumn, dir);
    Q_ASSERT(rows % step == 0);
    if (rows > 0)
        body += QStringLiteral(" LIMIT %1").arg(rows);
    const QString sql = QStringLiteral("SELECT %1, %2").arg(sort, m_listing.idColumn) + body;

    qint64 n = 0;
    if (m_database.sqliteHandle()) {
        if (!scanSqlite(sql, binds, step, &n, &scan->boundaries, cancelled))
            return false;
    } else {
        // A database server counts the part and picks its boundary rows itself: only every step-th row's
        // cursor crosses the network, never the whole listing.
        const QString part = QStringLiteral("(SELECT %1 AS s, %2 AS i%3) part").arg(sort, m_listing.idColumn, body);
        Query counting(m_database, QStringLiteral("SELECT count(*) FROM %1").arg(part));
        for (const QVariant& value : std::as_const(binds))
            counting.bind(value);
        n = counting.scalar().toLongLong();
        if (cancelled && cancelled())
            return false;
        if (n >= step) {
            const QString order = byIdOnly ? QStringLiteral("i%1").arg(dir) : QStringLiteral("s%1, i%1").arg(dir);
            Query q(m_database, QStringLiteral("SELECT s, i FROM (SELECT s, i, row_number() OVER (ORDER BY %1) AS n "
                                               "FROM %2) numbered WHERE mod(n, %3) = 0 ORDER BY n")
                                    .arg(order, part)
                                    .arg(step));
            for (const QVariant& value : std::as_const(binds))
                q.bind(value);
            q.exec();
            while (q.next()) {
                QVariant value = q.value(0);
                if (value.typeId() == QMetaType::Nullptr)
                    value = QVariant();
                scan->boundaries.append({value, q.integer(1)});
            }
        }
    }
    scan->count += n;
    scan->done = rows <= 0 || n < rows;
    return true;
}

bool ListingReader::scanSqlite(const QString& sql, const QVariantList& binds, int step, qint64* count,
                               QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled) const
{
    // Stepping a million index entries through QSqlQuery converts every value to a QVariant; the C API
    // reads only the boundary rows' values, which makes the count several times faster.
    sqlite3* db = m_database.sqliteHandle();
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        throw OperationError(OperationError::Kind::Storage, message);
    }
    for (int i = 0; i < binds.size(); ++i)
        SqlValue::bindSqlite(statement, i + 1, binds.at(i));
    // A search sorted by name sorts all its matches before the first row comes out; a newer request must
    // not wait for that sort, so SQLite itself asks whether this scan is still wanted as it works.
    std::optional<SqliteInterrupt> interrupt;
    if (cancelled)
        interrupt.emplace(db, cancelled);
    qint64 n = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++n;
        if (n % step != 0)
            continue;
        QVariant value = SqlValue::readSqlite(statement, 0);
        if (value.typeId() == QMetaType::Nullptr)
            value = QVariant();
        boundaries->append({value, qint64(sqlite3_column_int64(statement, 1))});
        if (cancelled && cancelled()) {
            sqlite3_finalize(statement);
            return false;
        }
    }
    if (rc == SQLITE_INTERRUPT && cancelled && cancelled()) {
        sqlite3_finalize(statement);
        return false;
    }
    const bool ok = rc == SQLITE_DONE;
    const QString message = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (!ok)
        throw OperationError(OperationError::Kind::Storage, message);
    *count = n;
    return true;
}

std::optional<qint64> ListingReader::quickCount() const
{
    QString sql;
    QVariantList binds;
    if (!m_listing.quickCount || !m_listing.quickCount(m_request, &sql, &binds))
        return std::nullopt;
    Query q(m_database, sql);
    for (const QVariant& value : std::as_const(binds))
        q.bind(value);
    const QVariant n = q.scalar();
    if (!n.isValid() || n.isNull())
        return std::nullopt;
    return n.toLongLong();
}

qint64 ListingReader::rowOf(qint64 id) const
{
    QStringList where;
    QVariantList binds;
    buildWhere(where, binds);
    const QString sort = sortExpression();
    // The row's own sort value, then how many rows come before it.
    QStringList whereSelf = where;
    whereSelf << QStringLiteral("%1 = ?").arg(m_listing.idColumn);
    QVariantList bindsSelf = binds;
    bindsSelf << id;
    Query self(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                               .arg(sort, m_listing.from, whereSelf.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(bindsSelf))
        self.bind(value);
    const QVariant sortValue = self.scalar();
    if (!sortValue.isValid())
        return -1;
    const QString op = descending() ? QStringLiteral(">") : QStringLiteral("<");
    if (m_request.sortColumn < 0) {
        where << QStringLiteral("%1 %2 ?").arg(m_listing.idColumn, op);
        binds << id;
    } else {
        where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(sort, m_listing.idColumn, op);
        binds << sortValue << id;
    }
    Query before(
        m_database,
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_listing.from, where.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(binds))
        before.bind(value);
    return before.scalar().toLongLong();
}
