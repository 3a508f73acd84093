#pragma once

#include "Listing.h"

#include <QList>

#include <functional>
#include <optional>

// A quicker way than a listing's generic conditions to the rows of one request, in the listing's order.
//
// The generic conditions of a name search ("the patient has a name part starting with …") leave the database
// two plans, and both read in proportion to the table: gather every match and sort it, or walk the order and
// test every row. A driver knows more — which index holds the matches already in order, how many matches there
// are — and names the rows of a page by their cursors (sort value, id); the ListingReader then reads those rows.
// A driver lives for one request on one connection, so what it learnt for the first page serves the next ones.
class ListingDriver
{
public:
    virtual ~ListingDriver() = default;

    // Up to limit cursors of matching rows after `after` (from the start when there is none), in order.
    // Fewer than limit only at the end of the listing.
    virtual QList<ListingCursor> page(const std::optional<ListingCursor>& after, int limit) = 0;

    // Counts the matching rows and keeps the cursor of every step-th one, as ListingReader::scan does.
    // Returns false when cancelled() turned true before the end.
    virtual bool scan(int step, qint64* count, QList<ListingCursor>* boundaries,
                      const std::function<bool()>& cancelled) = 0;
};
