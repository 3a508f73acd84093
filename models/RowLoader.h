#pragma once

#include "store/DatabaseLocation.h"
#include "store/Listing.h"

#include <QObject>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class Database;
class ListingDriver;
class ListingReader;

// Reads a listing on a thread of its own, with its own connection, so the clerk's window never waits for
// the disk. Every request carries the model's generation; a request older than the model's current
// generation is skipped, and a running count stops as soon as it is superseded.
//
// Requests and answers pass between the model's thread and the loader's through two mailboxes under a std::mutex,
// with a queued call without arguments as the doorbell (one per request, so the requests are served in turn, and
// a scan's next part queues behind the pages asked for meanwhile). Qt's queued calls with arguments copy them
// under Qt's own locks, which ThreadSanitizer cannot see in a Qt not built with it: the hand-over of a request
// was reported as a race whenever the older stack could not be restored. The mutex is one it sees.
class RowLoader : public QObject
{
    Q_OBJECT

public:
    struct Work
    {
        enum class Kind { Page, Scan, FindRow } kind = Kind::Page;
        int generation = 0;
        ListingRequest request;
        int page = 0;
        ListingCursor after; // a page's start, unless fromStart
        bool fromStart = false;
        int pageSize = 0;
        qint64 id = -1; // the row FindRow looks for
    };
    struct Result
    {
        enum class Kind {
            Page,       // page, rows
            Estimate,   // count: the running totals' count, sent with the first page (ListingReader::quickCount)
            Boundaries, // cursors: page boundaries found since the last report, while the count goes on
            Scanned,    // count, cursors: every boundary
            RowFound,   // id, count: its row (-1: not in the list)
            Failed      // message
        } kind = Kind::Failed;
        int generation = 0;
        int page = 0;
        QList<ListingRow> rows;
        qint64 count = 0;
        QList<ListingCursor> cursors;
        qint64 id = -1;
        QString message;
    };

    RowLoader(DatabaseLocation location, Listing listing, std::shared_ptr<std::atomic<int>> currentGeneration);
    ~RowLoader() override;

    // From the model's thread: work for the loader's thread.
    void post(Work work);
    // From the model's thread, after resultsReady: the answers so far, oldest first.
    std::vector<Result> takeResults();

signals:
    // Answers wait in the mailbox (connected queued: the model takes them on its own thread).
    void resultsReady();

private slots:
    // The doorbell: does the oldest work waiting.
    void takeWork();
    // Closes the connection in the thread that opened it.
    void close();

private:
    void loadPage(const Work& work);
    void scan(const Work& work);
    void findRow(const Work& work);
    void deliver(Result result);
    bool isStale(int generation) const { return generation != m_currentGeneration->load(); }
    Database& database();
    // A reader for a request of this generation, with the driver an earlier reader of the same generation made
    // (a name search's patients are read once for its first page, its count and every later page).
    ListingReader reader(int generation, const ListingRequest& request);
    void keepDriver(int generation, const ListingReader& reader);
    // Counts one part of the current scan, then queues the next part behind the pages already asked for.
    void continueScan(int generation);

    // Rows counted before the loader turns to the pages waiting: some 10 ms of counting.
    static constexpr qint64 ScanPartPages = 256;

    DatabaseLocation m_location;
    Listing m_listing;
    std::shared_ptr<std::atomic<int>> m_currentGeneration;
    std::unique_ptr<Database> m_database;
    int m_driverGeneration = -1;
    std::shared_ptr<ListingDriver> m_driver;
    struct Scan
    {
        int generation = -1;
        ListingRequest request;
        int pageSize = 0;
        ListingScan progress;
        qsizetype reported = 0; // boundaries already reported
    } m_scan;

    std::mutex m_mailboxes; // guards the two below
    std::deque<Work> m_inbox;
    std::vector<Result> m_outbox;
};
