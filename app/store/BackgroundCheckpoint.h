#pragma once

#include <QString>

#include <thread>

// Copies an SQLite database's WAL into the database file (a PASSIVE checkpoint) on a thread and a connection of
// its own, started at construction and waited for at destruction.
//
// A commit is durable once its WAL frames are synced; the checkpoint after it only moves the pages into the
// main file. After a bulk load the WAL holds the whole load (115 MB for 100,000 open-data rows), and copying it
// there and syncing the file took a third of the load's commit; the clerk need not wait for it. A passive
// checkpoint waits for no reader or writer: what a reader still needs stays in the WAL for a later checkpoint.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(const QString& path);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

    // Returns once the checkpoint has ended (at once the second time).
    void wait();

private:
    std::thread m_thread;
};
