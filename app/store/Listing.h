#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>

class Database;
class ListingDriver;

// A big table shown a window at a time (patients, referrals, a waiting list, search results).
//
// The store defines each listing, so its SQL never leaves the store; models only name a listing, ask
// for a sort column and a filter, and read rows by keyset cursors. Every sortable column is an indexed,
// NOT NULL expression, with the row id as the tie-breaker, so a page deep in a million rows costs the
// same as the first one.
struct ListingCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// A count in progress (ListingReader::scanSome): the rows counted so far and the cursor of every step-th one.
struct ListingScan
{
    qint64 count = 0;
    QList<ListingCursor> boundaries;
    bool done = false;
};

struct ListingRow
{
    qint64 id = 0;
    QVariantList values;
    ListingCursor cursor;
};

struct ListingRequest
{
    int sortColumn = -1; // -1: the listing's natural order
    Qt::SortOrder order = Qt::AscendingOrder;
    QString search;      // free text: an IIN, a referral code, or prefixes of name parts
    QVariantMap filters; // listing-specific, e.g. {"status": "registered"}
};

class Listing
{
public:
    struct Column
    {
        QString key;    // stable name, used by models and exports
        QString select; // SQL expression for the value
        QString sort;   // indexed NOT NULL expression to sort by; empty when the column cannot be sorted
    };

    // Appends WHERE conditions (joined with AND) and their bound values for a request.
    using FilterBuilder = std::function<void(const ListingRequest&, QStringList& where, QVariantList& binds)>;

    QString name;
    QString from; // FROM clause with joins
    // The main table alone ("referral r"), for counting: when neither the conditions nor the order name
    // a joined table (the joins only add columns to show), a count need not read the joined rows, nor,
    // with a covering index, the main table's. Empty: always count over `from`.
    QString countFrom;
    QStringList joinedAliases; // e.g. {"p", "h"}: conditions naming "p." need the joins
    // A quicker way to the rows of some requests (a name search) than the generic conditions: returns the
    // driver for a request, or nullptr when the generic conditions serve it (see ListingDriver). The filter
    // below stays the definition of what matches: a driver finds the same rows in the same order.
    using DriverFactory = std::function<std::unique_ptr<ListingDriver>(const Database&, const ListingRequest&)>;
    DriverFactory driver;
    // A statement answering the request's row count from running totals at once (one row, one column), for
    // the requests the totals cover; false for the others.
    using QuickCount = std::function<bool(const ListingRequest&, QString* sql, QVariantList* binds)>;
    QuickCount quickCount;
    QString idColumn; // e.g. "r.id"
    QString baseWhere;
    QList<Column> columns;
    int naturalSortColumn = -1; // -1: by id
    FilterBuilder filter;

    int columnIndex(const QString& key) const;
    bool isSortable(int column) const
    {
        return column >= 0 && column < columns.size() && !columns.at(column).sort.isEmpty();
    }
    QStringList columnKeys() const;
};
