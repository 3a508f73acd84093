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
        emit pageLoaded(generation, page, rows);
    } catch (const OperationError& e) {
        emit failed(generation, e.message());
    }
}

void RowLoader::scan(int generation, const ListingRequest& request, int pageSize)
{
    if (isStale(generation))
        return;
    try {
        const ListingReader counting = reader(generation, request);
        qint64 count = 0;
        QList<ListingCursor> boundaries;
        const bool done =
            counting.scan(pageSize, &count, &boundaries, [this, generation] { return isStale(generation); });
        keepDriver(generation, counting);
        if (done)
            emit scanned(generation, count, boundaries);
    } catch (const OperationError& e) {
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
