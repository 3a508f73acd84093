#include "RowLoader.h"

#include "store/Database.h"
#include "store/ListingReader.h"

RowLoader::RowLoader(DatabaseLocation location, Listing listing, std::shared_ptr<std::atomic<int>> currentGeneration)
    : m_location(std::move(location))
    , m_listing(std::move(listing))
    , m_currentGeneration(std::move(currentGeneration))
{}

RowLoader::~RowLoader() = default;

Database& RowLoader::database()
{
    if (!m_database) {
        auto database = std::make_unique<Database>(m_location);
        database->open();
        m_database = std::move(database);
    }
    return *m_database;
}

void RowLoader::close()
{
    m_driver.reset();
    m_database.reset();
}

ListingReader RowLoader::reader(int generation, const ListingRequest& request)
{
    if (generation != m_driverGeneration) {
        m_driver.reset();
        m_driverGeneration = generation;
    }
    return ListingReader(database(), m_listing, request, m_driver);
}

void RowLoader::keepDriver(int generation, const ListingReader& reader)
{
    if (generation == m_driverGeneration)
        m_driver = reader.driver();
}

void RowLoader::loadPage(int generation, const ListingRequest& request, int page, const ListingCursor& after,
                         bool fromStart, int pageSize)
{
    if (isStale(generation))
        return;
    try {
        const ListingReader pages = reader(generation, request);
        const QList<ListingRow> rows =
            pages.fetch(fromStart ? std::nullopt : std::optional<ListingCursor>(after), pageSize);
        keepDriver(generation, pages);
        // With the first page, the count the running totals give (one small query): the model shows it as
        // soon as a view shows the list, before the scan has confirmed it.
        if (fromStart) {
            if (const std::optional<qint64> total = pages.quickCount())
                emit estimated(generation, *total);
        }
        emit pageLoaded(generation, page, rows);
    } catch (const OperationError& e) {
        emit failed(generation, e.message());
    }
}

void RowLoader::scan(int generation, const ListingRequest& request, int pageSize)
{
    if (isStale(generation))
        return;
    m_scan = Scan{generation, request, pageSize, {}, 0};
    continueScan(generation);
}

void RowLoader::continueScan(int generation)
{
    if (isStale(generation) || m_scan.generation != generation)
        return;
    try {
        const ListingReader counting = reader(generation, m_scan.request);
        // Five million referrals take half a second to count: in parts, so that a page the clerk scrolls to
        // meanwhile is read after the current part, not after the whole count.
        const bool counted = counting.scanSome(&m_scan.progress, m_scan.pageSize, ScanPartPages * m_scan.pageSize,
                                               [this, generation] { return isStale(generation); });
        keepDriver(generation, counting);
        if (!counted)
            return;
        if (m_scan.progress.done) {
            m_scan.generation = -1;
            emit scanned(generation, m_scan.progress.count, m_scan.progress.boundaries);
            m_scan.progress = {};
            return;
        }
        emit boundariesFound(generation, m_scan.progress.boundaries.mid(m_scan.reported));
        m_scan.reported = m_scan.progress.boundaries.size();
        QMetaObject::invokeMethod(
            this, [this, generation] { continueScan(generation); }, Qt::QueuedConnection);
    } catch (const OperationError& e) {
        m_scan.generation = -1;
        emit failed(generation, e.message());
    }
}

void RowLoader::findRow(int generation, const ListingRequest& request, qint64 id)
{
    if (isStale(generation))
        return;
    try {
        emit rowFound(generation, id, reader(generation, request).rowOf(id));
    } catch (const OperationError& e) {
        emit failed(generation, e.message());
    }
}
