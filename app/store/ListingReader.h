#pragma once

#include "Database.h"
#include "Listing.h"

#include <functional>
#include <optional>

// Runs a listing's keyset queries on one connection (usually a loader thread's own).
class ListingReader
{
public:
    ListingReader(const Database& database, Listing listing, ListingRequest request);

    // Up to limit rows after the cursor (from the start when there is none), in the requested order.
    QList<ListingRow> fetch(const std::optional<ListingCursor>& after, int limit) const;

    // Counts the matching rows and collects the cursor of every step-th row (rows step-1, 2·step-1, …), so
    // page k can later be read as fetch(boundaries[k-1], step). Returns false when cancelled() turned true
    // (a newer request superseded this one) before the end.
    bool scan(int step, qint64* count, QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled) const;

    // Position (0-based) of a row with this id in the ordered listing, or -1 when it is not in it.
    qint64 rowOf(qint64 id) const;

    const Listing& listing() const { return m_listing; }
    const ListingRequest& request() const { return m_request; }

private:
    QString sortExpression() const;
    bool descending() const { return m_request.order == Qt::DescendingOrder; }
    void buildWhere(QStringList& where, QVariantList& binds) const;
    void buildWhere(const ListingRequest& request, QStringList& where, QVariantList& binds) const;
    QList<ListingRow> fetch(const ListingRequest& request, const std::optional<ListingCursor>& after, int limit) const;

    // How long fetch() walks the order's index before it lets SQLite plan the search its own way.
    static constexpr int WalkBudgetMs = 30;
    bool scanSqlite(const QString& sql, const QVariantList& binds, int step, qint64* count,
                    QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled) const;

    const Database& m_database;
    Listing m_listing;
    ListingRequest m_request;
};
