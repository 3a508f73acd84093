#pragma once

#include "Database.h"
#include "Listing.h"
#include "ListingDriver.h"

#include <functional>
#include <memory>
#include <optional>

// Runs a listing's keyset queries on one connection (usually a loader thread's own).
class ListingReader
{
public:
    // driver: the one an earlier reader made for the same request on the same connection (driver()), so what
    // it learnt serves this reader too; without one the listing is asked for a driver when first needed.
    ListingReader(const Database& database, Listing listing, ListingRequest request,
                  std::shared_ptr<ListingDriver> driver = {});

    // Up to limit rows after the cursor (from the start when there is none), in the requested order.
    QList<ListingRow> fetch(const std::optional<ListingCursor>& after, int limit) const;

    // Counts the matching rows and collects the cursor of every step-th row (rows step-1, 2·step-1, …), so
    // page k can later be read as fetch(boundaries[k-1], step). Returns false when cancelled() turned true
    // (a newer request superseded this one) before the end.
    bool scan(int step, qint64* count, QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled) const;

    // The same count in parts: each call goes on from where the last one stopped and counts at most `rows`
    // rows (a multiple of step; 0: to the end), so a loader can read pages between parts instead of keeping
    // the clerk waiting for the whole count. Returns false when cancelled.
    bool scanSome(ListingScan* scan, int step, qint64 rows, const std::function<bool()>& cancelled) const;

    // The count at once from running totals, where the listing keeps them for this request (Listing::quickCount);
    // std::nullopt otherwise. The scan still counts: the totals may miss a change made outside Joldama.
    std::optional<qint64> quickCount() const;

    // Position (0-based) of a row with this id in the ordered listing, or -1 when it is not in it.
    qint64 rowOf(qint64 id) const;

    const Listing& listing() const { return m_listing; }
    const ListingRequest& request() const { return m_request; }
    // The driver serving this request (made on first use), or nullptr when the generic conditions do.
    std::shared_ptr<ListingDriver> driver() const;

private:
    QString sortExpression() const;
    bool descending() const { return m_request.order == Qt::DescendingOrder; }
    void buildWhere(QStringList& where, QVariantList& binds) const;
    QList<ListingRow> fetchGeneric(const std::optional<ListingCursor>& after, int limit) const;
    QList<ListingRow> fetchThrough(ListingDriver& driver, const std::optional<ListingCursor>& after, int limit) const;
    // The rows with these cursors' ids that the listing's base conditions keep, in the cursors' order.
    QList<ListingRow> rowsOf(const QList<ListingCursor>& cursors) const;

    bool scanSqlite(const QString& sql, const QVariantList& binds, int step, qint64* count,
                    QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled) const;

    const Database& m_database;
    Listing m_listing;
    ListingRequest m_request;
    mutable std::shared_ptr<ListingDriver> m_driver;
    mutable bool m_driverAsked = false;
};
