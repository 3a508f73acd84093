#pragma once

#include "store/DatabaseLocation.h"
#include "store/Listing.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class Database;
class ListingDriver;
class ListingReader;

Q_DECLARE_METATYPE(ListingRequest)
Q_DECLARE_METATYPE(ListingCursor)
Q_DECLARE_METATYPE(QList<ListingRow>)
Q_DECLARE_METATYPE(QList<ListingCursor>)

// Reads a listing on a thread of its own, with its own connection, so the clerk's window never waits for
// the disk. Every request carries the model's generation; a request older than the model's current
// generation is skipped, and a running count stops as soon as it is superseded.
class RowLoader : public QObject
{
    Q_OBJECT

public:
    RowLoader(DatabaseLocation location, Listing listing, std::shared_ptr<std::atomic<int>> currentGeneration);
    ~RowLoader() override;

public slots:
    void loadPage(int generation, const ListingRequest& request, int page, const ListingCursor& after, bool fromStart,
                  int pageSize);
    void scan(int generation, const ListingRequest& request, int pageSize);
    void findRow(int generation, const ListingRequest& request, qint64 id);
    // Closes the connection in the thread that opened it.
    void close();

signals:
    void pageLoaded(int generation, int page, const QList<ListingRow>& rows);
    // The count from running totals, sent with the first page, before the scan confirms it (see
    // ListingReader::quickCount).
    void estimated(int generation, qint64 count);
    // Page boundaries found since the last report, while the count goes on.
    void boundariesFound(int generation, const QList<ListingCursor>& more);
    void scanned(int generation, qint64 count, const QList<ListingCursor>& boundaries);
    void rowFound(int generation, qint64 id, qint64 row);
    void failed(int generation, const QString& message);

private:
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
};
