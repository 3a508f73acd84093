#include "RowLoader.h"

#include "store/Database.h"
#include "store/ListingReader.h"

#include <utility>

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

namespace {
RowLoader::Result answer(RowLoader::Result::Kind kind, int generation)
{
    RowLoader::Result result;
    result.kind = kind;
    result.generation = generation;
    return result;
}
} // namespace

void RowLoader::post(Work work)
{
    {
        const std::lock_guard lock(m_mailboxes);
        m_inbox.push_back(std::move(work));
    }
    QMetaObject::invokeMethod(this, "takeWork", Qt::QueuedConnection);
}

void RowLoader::takeWork()
{
    Work work;
    {
        const std::lock_guard lock(m_mailboxes);
        if (m_inbox.empty())
            return;
        work = std::move(m_inbox.front());
        m_inbox.pop_front();
    }
    switch (work.kind) {
    case Work::Kind::Page:
        loadPage(work);
        break;
    case Work::Kind::Scan:
        scan(work);
        break;
    case Work::Kind::FindRow:
        findRow(work);
        break;
    }
}

void RowLoader::deliver(Result result)
{
    {
        const std::lock_guard lock(m_mailboxes);
        m_outbox.push_back(std::move(result));
    }
    emit resultsReady();
}

std::vector<RowLoader::Result> RowLoader::takeResults()
{
    const std::lock_guard lock(m_mailboxes);
    return std::exchange(m_outbox, {});
}

void RowLoader::loadPage(const Work& work)
{
    const int generation = work.generation;
    if (isStale(generation))
        return;
    try {
        const ListingReader pages = reader(generation, work.request);
        Result page = answer(Result::Kind::Page, generation);
        page.page = work.page;
        page.rows =
            pages.fetch(work.fromStart ? std::nullopt : std::optional<ListingCursor>(work.after), work.pageSize);
        keepDriver(generation, pages);
        // With the first page, the count the running totals give (one small query): the model shows it as
        // soon as a view shows the list, before the scan has confirmed it.
        if (work.fromStart) {
            if (const std::optional<qint64> total = pages.quickCount()) {
                Result estimate = answer(Result::Kind::Estimate, generation);
                estimate.count = *total;
                deliver(std::move(estimate));
            }
        }
        deliver(std::move(page));
    } catch (const OperationError& e) {
        Result failure = answer(Result::Kind::Failed, generation);
        failure.message = e.message();
        deliver(std::move(failure));
    }
}

void RowLoader::scan(const Work& work)
{
    if (isStale(work.generation))
        return;
    m_scan = Scan{work.generation, work.request, work.pageSize, {}, 0};
    continueScan(work.generation);
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
            Result scanned = answer(Result::Kind::Scanned, generation);
            scanned.count = m_scan.progress.count;
            scanned.cursors = m_scan.progress.boundaries;
            m_scan.progress = {};
            deliver(std::move(scanned));
            return;
        }
        Result found = answer(Result::Kind::Boundaries, generation);
        found.cursors = m_scan.progress.boundaries.mid(m_scan.reported);
        m_scan.reported = m_scan.progress.boundaries.size();
        deliver(std::move(found));
        // On this thread only: behind the doorbells of the pages asked for meanwhile.
        QMetaObject::invokeMethod(
            this, [this, generation] { continueScan(generation); }, Qt::QueuedConnection);
    } catch (const OperationError& e) {
        m_scan.generation = -1;
        Result failure = answer(Result::Kind::Failed, generation);
        failure.message = e.message();
        deliver(std::move(failure));
    }
}

void RowLoader::findRow(const Work& work)
{
    if (isStale(work.generation))
        return;
    try {
        Result found = answer(Result::Kind::RowFound, work.generation);
        found.id = work.id;
        found.count = reader(work.generation, work.request).rowOf(work.id);
        deliver(std::move(found));
    } catch (const OperationError& e) {
        Result failure = answer(Result::Kind::Failed, work.generation);
        failure.message = e.message();
        deliver(std::move(failure));
    }
}
