#pragma once

#include "RowLoader.h"
#include "RowPageCache.h"
#include "store/DatabaseLocation.h"
#include "store/Listing.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// A table over a listing of any size. Rows arrive a page at a time from a loader thread; data() never
// touches the database. The first page is shown as soon as it is read; the count and the page
// boundaries arrive from a background scan, after which any page — the millionth row included — is one
// keyset query away. The scan starts once a view shows a row (the first data() call) or startCounting()
// is called: a list on a page the clerk has not opened costs neither a core at start nor memory for its
// rows in the view's header. Changing the sort, the search or a filter starts a new generation, and whatever the
// loader still returns for an older one is dropped.
//
// A view sees a window of the list, at most windowRows() rows from windowStart(): every row and index of the
// model's interface (rowCount, index, idAt, valuesAt, rowLocated) counts from the window's start, while
// allRows() and totalCount() tell the whole list. A view keeps a few bytes for each of its model's rows (a
// QTableView's row header: 8 bytes a row, hidden or not, 40 MB for five million referrals); through the window
// its memory stays the same whatever the size of the list. A list that fits in the window is shown whole, from
// row 0. The page's scroll bar for the whole list (ListScrollBar) moves the window as the clerk scrolls.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ValueRole = Qt::UserRole + 2; // the stored value, before formatting
    static constexpr int DefaultWindowRows = 1 << 16;

    // initial.sortColumn < 0 means the listing's natural order.
    LazyTableModel(const DatabaseLocation& location, Listing listing, ListingRequest initial = {},
                   QObject* parent = nullptr);
    ~LazyTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Listing& listing() const { return m_listing; }
    const ListingRequest& request() const { return m_request; }
    void setSearch(const QString& text);
    void setFilter(const QString& key, const QVariant& value); // an invalid value removes the filter
    void setRequest(const ListingRequest& request);
    // Reads the current request again (after a change), keeping the rows on screen until new ones arrive.
    void refresh();
    // Stops reading (a running count stops at its next step) and shows no rows, the count unknown, until
    // the next request: the loader's core is free for another list's query meanwhile.
    void clear();
    // Counts the rows now (and for every later request), as when a view shows them.
    void startCounting();

    // The row count is known once the running totals gave it (at once, where the listing keeps them) or the
    // scan counted it; exact once the scan confirmed it. A confirmation that differs moves the end of the
    // list, never the rows already shown.
    // Asked on the window's thread before a listing is read for a new request (a new search, filter or order, a
    // refresh): the window installs the signed-in person's check — may they see this listing, and their search
    // recorded in the audit log before its rows show (services/ListingAccess). It throws OperationError to
    // refuse; the model then shows no rows and emits loadFailed. previousSearch is the search last allowed.
    using ReadGuard =
        std::function<void(const Listing& listing, const ListingRequest& request, const QString& previousSearch)>;
    static void setReadGuard(ReadGuard guard);

    bool isCountKnown() const { return m_total >= 0; }
    bool isCountExact() const { return m_countExact; }
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return !m_pending.isEmpty() || m_scanPending; }
    // The id of a loaded row, or -1 while its page is not in memory.
    qint64 idAt(int row) const;
    // The row values of a loaded row (empty while not in memory).
    QVariantList valuesAt(int row) const;
    // Asks where a record is in the current order; rowLocated() answers, with the window moved to hold it.
    void locate(qint64 id);

    // The rows of the whole list known so far (the count, or the rows read from the start before it is known).
    int allRows() const { return m_allRows; }
    // The window of the list the model shows (see above).
    int windowStart() const { return m_windowStart; }
    int windowRows() const { return m_windowRows; }
    bool isWindowed() const { return m_allRows > m_windowRows; }
    // Fewer rows in the window (tests); at least a few hundred, so that a screen's rows always fit well inside.
    void setWindowRows(int rows);
    // Moves the window to start at this row of the whole list (kept within it). The rows of the window change
    // as a layout change: a current or selected row still inside the window stays current or selected, at its
    // new row number; one that leaves the window is no longer.
    void moveWindow(int start);

signals:
    void countChanged(qint64 total);
    void sortApplied(int column, Qt::SortOrder order);
    void rowLocated(qint64 id, int row);
    void loadFailed(const QString& message);
    // A page arrived (tests and benchmarks wait for it).
    void pageArrived(int page);
    void windowMoved(int start);
    // The rows of the whole list changed (beyond the window too, which tells the view nothing).
    void allRowsChanged(int rows);

protected:
    // Column titles and cell formatting belong to the concrete model.
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant cellData(const ListingRow& row, int column, int role) const;

private:
    void restart(bool keepRows);
    void requestPage(int page) const;
    // Work for the loader, of this generation and request.
    RowLoader::Work newWork(RowLoader::Work::Kind kind) const;
    // The loader's answers, each handed to the function below for its kind.
    void takeResults();
    void onPageLoaded(int generation, int page, const QList<ListingRow>& rows);
    void onEstimated(int generation, qint64 count);
    void applyEstimate();
    void onBoundariesFound(int generation, const QList<ListingCursor>& more);
    void onScanned(int generation, qint64 count, const QList<ListingCursor>& boundaries);
    void requestDeferredPages();
    void startScan() const;
    void onRowFound(int generation, qint64 id, qint64 row);
    void onFailed(int generation, const QString& message);
    // Sets the rows of the whole list; the window's rows are inserted or removed to match.
    void setAllRows(int rows);
    // Tells the view that these rows of the whole list changed, as far as they lie in the window.
    void emitRowsChanged(int first, int last);
    const ListingRow* rowAt(int row) const; // by row of the whole list

    Listing m_listing;
    ListingRequest m_request;
    QThread m_thread;
    RowLoader* m_loader = nullptr;
    std::shared_ptr<std::atomic<int>> m_generation;

    int m_allRows = 0;
    int m_windowStart = 0;
    int m_windowRows = DefaultWindowRows;
    qint64 m_total = -1;    // -1 until the running totals or the scan told
    qint64 m_estimate = -1; // the running totals' count, shown once a view shows the list
    bool m_countExact = false;
    QList<ListingCursor> m_boundaries;
    mutable RowPageCache m_cache{CachedPages};
    mutable QSet<int> m_pending;  // pages asked for in this generation
    mutable QSet<int> m_deferred; // pages wanted before their boundary was known
    mutable bool m_scanPending = false;
    mutable bool m_scanAsked = false; // the scan of the current generation was started
    mutable bool m_counting = false;  // rows were shown or startCounting() called: scan every request
    bool m_stalePagesShown = false;   // after refresh(): pages of the old generation stay until replaced
    int m_lastPageLoaded = -1;        // highest consecutive page read from the start, before the count is known
    QString m_allowedSearch;          // the search the read guard last allowed
    static ReadGuard s_readGuard;
};
