#include "LazyTableModel.h"

#include "RowLoader.h"

#include "domain/OperationError.h"

#include <algorithm>
#include <limits>
#include <utility>

LazyTableModel::ReadGuard LazyTableModel::s_readGuard;

void LazyTableModel::setReadGuard(ReadGuard guard)
{
    s_readGuard = std::move(guard);
}

LazyTableModel::LazyTableModel(const DatabaseLocation& location, Listing listing, ListingRequest initial,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_listing(std::move(listing))
    , m_request(std::move(initial))
    , m_generation(std::make_shared<std::atomic<int>>(0))
{
    if (m_request.sortColumn < 0)
        m_request.sortColumn = m_listing.naturalSortColumn;
    m_loader = new RowLoader(location, m_listing, m_generation);
    m_loader->moveToThread(&m_thread);
    // The loader is destroyed on its own thread, as the thread ends: what it last wrote (a scan's progress) and what
    // its destructor reads are then on one thread, not handed over through QThread::wait(), which ThreadSanitizer
    // cannot see (Qt's futexes are not instrumented) and reported as a race.
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &RowLoader::resultsReady, this, &LazyTableModel::takeResults);
    m_thread.setObjectName(QStringLiteral("loader-") + m_listing.name);
    m_thread.start();
    restart(false);
}

LazyTableModel::~LazyTableModel()
{
    m_generation->store(-1); // stops a running scan at its next step
    QMetaObject::invokeMethod(m_loader, "close", Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // the loader was deleted as its thread finished
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : std::clamp(m_allRows - m_windowStart, 0, m_windowRows);
}

int LazyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_listing.columns.size());
}

const ListingRow* LazyTableModel::rowAt(int row) const
{
    const int page = row / PageSize;
    const QList<ListingRow>* rows = m_cache.find(page);
    if (!rows) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % PageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant LazyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (!m_counting) {
        // A view shows this list: from now on it is counted. The rows the running totals promise are added
        // after this paint, not in the middle of it.
        m_counting = true;
        startScan();
        QMetaObject::invokeMethod(const_cast<LazyTableModel*>(this), &LazyTableModel::applyEstimate,
                                  Qt::QueuedConnection);
    }
    const ListingRow* row = rowAt(m_windowStart + index.row());
    if (!row)
        return {}; // blank until the page arrives: no "loading…" in every cell
    if (role == IdRole)
        return row->id;
    if (role == ValueRole)
        return row->values.value(index.column());
    return cellData(*row, index.column(), role);
}

QVariant LazyTableModel::cellData(const ListingRow& row, int column, int role) const
{
    if (role == Qt::DisplayRole)
        return row.values.value(column);
    return {};
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return columnTitle(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return m_windowStart + section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 LazyTableModel::idAt(int windowRow) const
{
    const int row = m_windowStart + windowRow;
    const QList<ListingRow>* rows = m_cache.peek(row / PageSize);
    if (!rows || row % PageSize >= rows->size())
        return -1;
    return rows->at(row % PageSize).id;
}

QVariantList LazyTableModel::valuesAt(int windowRow) const
{
    const int row = m_windowStart + windowRow;
    const QList<ListingRow>* rows = m_cache.peek(row / PageSize);
    if (!rows || row % PageSize >= rows->size())
        return {};
    return rows->at(row % PageSize).values;
}

void LazyTableModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    ListingCursor after;
    bool fromStart = page == 0;
    if (!fromStart) {
        if (page - 1 < m_boundaries.size()) {
            after = m_boundaries.at(page - 1);
        } else if (const QList<ListingRow>* previous = m_cache.peek(page - 1); previous && !previous->isEmpty()) {
            after = previous->last().cursor;
        } else {
            m_deferred.insert(page); // asked for again when the scan reaches its boundary
            return;
        }
    }
    m_pending.insert(page);
    RowLoader::Work work = newWork(RowLoader::Work::Kind::Page);
    work.page = page;
    work.after = after;
    work.fromStart = fromStart;
    work.pageSize = PageSize;
    m_loader->post(std::move(work));
}

RowLoader::Work LazyTableModel::newWork(RowLoader::Work::Kind kind) const
{
    RowLoader::Work work;
    work.kind = kind;
    work.generation = m_generation->load();
    work.request = m_request;
    return work;
}

void LazyTableModel::restart(bool keepRows)
{
    const int generation = m_generation->load() + 1;
    m_generation->store(generation);
    m_pending.clear();
    m_deferred.clear();
    m_boundaries.clear();
    m_total = -1;
    m_estimate = -1;
    m_countExact = false;
    m_lastPageLoaded = -1;
    if (s_readGuard) {
        try {
            s_readGuard(m_listing, m_request, m_allowedSearch);
            m_allowedSearch = m_request.search;
        } catch (const OperationError& e) {
            // Refused: nothing of the listing reaches the screen, not even what an earlier request showed.
            beginResetModel();
            m_cache.clear();
            m_allRows = 0;
            m_windowStart = 0;
            m_stalePagesShown = false;
            endResetModel();
            m_scanPending = false;
            emit loadFailed(e.message());
            return;
        }
    }
    if (keepRows) {
        // Rows stay on screen; the pages of the new generation replace them as they come.
        m_stalePagesShown = true;
    } else {
        beginResetModel();
        m_cache.clear();
        m_allRows = 0;
        m_windowStart = 0;
        m_stalePagesShown = false;
        endResetModel();
    }
    m_scanAsked = false;
    m_scanPending = false;
    requestPage(0);
    if (m_counting)
        startScan();
}

void LazyTableModel::startScan() const
{
    if (m_scanAsked)
        return;
    m_scanAsked = true;
    m_scanPending = true;
    RowLoader::Work work = newWork(RowLoader::Work::Kind::Scan);
    work.pageSize = PageSize;
    m_loader->post(std::move(work));
}

void LazyTableModel::startCounting()
{
    m_counting = true;
    startScan();
    applyEstimate();
}

void LazyTableModel::setAllRows(int rows)
{
    if (rows == m_allRows)
        return;
    const int lastStart = std::max(0, rows - m_windowRows);
    if (m_windowStart > lastStart) {
        // The list now ends before the window would: the window moves back to show its end. Rare (a refresh
        // finding far fewer rows while the clerk was deep in the list), so a reset.
        beginResetModel();
        m_allRows = rows;
        m_windowStart = lastStart;
        endResetModel();
        emit windowMoved(m_windowStart);
        emit allRowsChanged(m_allRows);
        return;
    }
    const int before = rowCount();
    const int after = std::clamp(rows - m_windowStart, 0, m_windowRows);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_allRows = rows;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_allRows = rows;
        endRemoveRows();
    } else {
        m_allRows = rows; // beyond the window: the view sees no change
    }
    emit allRowsChanged(m_allRows);
}

void LazyTableModel::setWindowRows(int rows)
{
    rows = std::max(rows, 256);
    if (rows == m_windowRows)
        return;
    beginResetModel();
    m_windowRows = rows;
    m_windowStart = std::clamp(m_windowStart, 0, std::max(0, m_allRows - m_windowRows));
    endResetModel();
}

void LazyTableModel::moveWindow(int start)
{
    start = std::clamp(start, 0, std::max(0, m_allRows - m_windowRows));
    if (start == m_windowStart)
        return;
    // The window is full on both sides of the move (a list longer than the window), so its row count stays.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int shift = m_windowStart - start;
    const int rows = std::clamp(m_allRows - start, 0, m_windowRows);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        const int row = index.row() + shift;
        after << (row >= 0 && row < rows ? createIndex(row, index.column()) : QModelIndex());
    }
    m_windowStart = start;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit windowMoved(m_windowStart);
}

void LazyTableModel::emitRowsChanged(int first, int last)
{
    first = std::max(first - m_windowStart, 0);
    last = std::min(last - m_windowStart, rowCount() - 1);
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void LazyTableModel::takeResults()
{
    for (const RowLoader::Result& result : m_loader->takeResults()) {
        switch (result.kind) {
        case RowLoader::Result::Kind::Page:
            onPageLoaded(result.generation, result.page, result.rows);
            break;
        case RowLoader::Result::Kind::Estimate:
            onEstimated(result.generation, result.count);
            break;
        case RowLoader::Result::Kind::Boundaries:
            onBoundariesFound(result.generation, result.cursors);
            break;
        case RowLoader::Result::Kind::Scanned:
            onScanned(result.generation, result.count, result.cursors);
            break;
        case RowLoader::Result::Kind::RowFound:
            onRowFound(result.generation, result.id, result.count);
            break;
        case RowLoader::Result::Kind::Failed:
            onFailed(result.generation, result.message);
            break;
        }
    }
}

void LazyTableModel::onPageLoaded(int generation, int page, const QList<ListingRow>& rows)
{
    if (generation != m_generation->load())
        return;
    m_pending.remove(page);
    if (m_stalePagesShown) {
        // First page of a refresh: drop the old pages, keep the row count until the scan says otherwise.
        m_cache.clear();
        m_stalePagesShown = false;
        m_cache.insert(page, rows);
        emitRowsChanged(0, m_allRows - 1);
    } else {
        m_cache.insert(page, rows);
    }
    if (m_total < 0) {
        // Before the count is known, rows are shown as they are read from the start.
        if (page == m_lastPageLoaded + 1) {
            m_lastPageLoaded = page;
            setAllRows(std::max(m_allRows, page * PageSize + int(rows.size())));
            if (rows.size() < PageSize) {
                // A short page is the last one: that is the total, whatever the scan will say.
                m_total = page * PageSize + rows.size();
                setAllRows(int(m_total));
                emit countChanged(m_total);
            }
        }
    } else if (!m_countExact && rows.size() < PageSize && page * PageSize + rows.size() != m_total) {
        // The running totals were off (a change made outside Joldama): the last page tells the end.
        m_total = page * PageSize + rows.size();
        setAllRows(int(m_total));
        emit countChanged(m_total);
    }
    const int first = page * PageSize;
    emitRowsChanged(first, std::min(m_allRows, first + int(rows.size())) - 1);
    emit pageArrived(page);
}

void LazyTableModel::onEstimated(int generation, qint64 count)
{
    if (generation != m_generation->load())
        return;
    m_estimate = count;
    if (m_counting)
        applyEstimate();
}

void LazyTableModel::applyEstimate()
{
    if (m_estimate < 0 || m_total >= 0)
        return;
    // Rows for the whole list at once, so the scroll bar has its final size from the start; pages further
    // down are read as the scan finds their boundaries.
    m_total = m_estimate;
    setAllRows(int(std::min<qint64>(m_total, std::numeric_limits<int>::max())));
    emit countChanged(m_total);
}

void LazyTableModel::onBoundariesFound(int generation, const QList<ListingCursor>& more)
{
    if (generation != m_generation->load())
        return;
    m_boundaries += more;
    requestDeferredPages();
}

void LazyTableModel::requestDeferredPages()
{
    const QSet<int> deferred = std::exchange(m_deferred, {});
    for (const int page : deferred)
        requestPage(page); // deferred again when its boundary is still to come
}

void LazyTableModel::onScanned(int generation, qint64 count, const QList<ListingCursor>& boundaries)
{
    if (generation != m_generation->load())
        return;
    m_scanPending = false;
    m_boundaries = boundaries;
    m_countExact = true;
    const bool changed = m_total != count;
    m_total = count;
    setAllRows(int(std::min<qint64>(count, std::numeric_limits<int>::max())));
    if (changed)
        emit countChanged(m_total);
    if (m_stalePagesShown)
        emitRowsChanged(0, m_allRows - 1);
    requestDeferredPages();
}

void LazyTableModel::onRowFound(int generation, qint64 id, qint64 row)
{
    if (generation != m_generation->load())
        return;
    // Found outside the window: the window moves to show it with as many rows before as after.
    if (row >= 0 && (row < m_windowStart || row >= m_windowStart + rowCount()))
        moveWindow(int(row) - m_windowRows / 2);
    emit rowLocated(id, row >= 0 ? int(row) - m_windowStart : int(row));
}

void LazyTableModel::onFailed(int generation, const QString& message)
{
    if (generation != m_generation->load())
        return;
    m_pending.clear();
    m_scanPending = false;
    emit loadFailed(message);
}

bool LazyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_total < 0 && m_lastPageLoaded >= 0 && m_allRows == (m_lastPageLoaded + 1) * PageSize;
}

void LazyTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(m_lastPageLoaded + 1);
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_listing.isSortable(column)) {
        // Unsortable at this size: keep the current order and tell the header so.
        emit sortApplied(m_request.sortColumn, m_request.order);
        return;
    }
    if (column == m_request.sortColumn && order == m_request.order)
        return;
    m_request.sortColumn = column;
    m_request.order = order;
    restart(false);
    emit sortApplied(column, order);
}

void LazyTableModel::setSearch(const QString& text)
{
    if (text == m_request.search)
        return;
    m_request.search = text;
    restart(false);
}

void LazyTableModel::setFilter(const QString& key, const QVariant& value)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (!m_request.filters.contains(key))
            return;
        m_request.filters.remove(key);
    } else {
        if (m_request.filters.value(key) == value)
            return;
        m_request.filters.insert(key, value);
    }
    restart(false);
}

void LazyTableModel::setRequest(const ListingRequest& request)
{
    m_request = request;
    restart(false);
}

void LazyTableModel::clear()
{
    m_generation->store(m_generation->load() + 1);
    m_pending.clear();
    m_deferred.clear();
    m_boundaries.clear();
    m_total = -1;
    m_estimate = -1;
    m_countExact = false;
    m_lastPageLoaded = -1;
    m_scanPending = false;
    m_scanAsked = true; // nothing to count until the next request
    m_stalePagesShown = false;
    beginResetModel();
    m_cache.clear();
    m_allRows = 0;
    m_windowStart = 0;
    endResetModel();
}

void LazyTableModel::refresh()
{
    restart(true);
}

void LazyTableModel::locate(qint64 id)
{
    RowLoader::Work work = newWork(RowLoader::Work::Kind::FindRow);
    work.id = id;
    m_loader->post(std::move(work));
}
