#include "BackgroundCheckpoint.h"

#include "Database.h"

#include <QFile>

#include <sqlite3.h>

BackgroundCheckpoint::BackgroundCheckpoint(const QString& path)
    : m_thread([file = QFile::encodeName(path)] {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, Database::busyTimeoutMs);
            // The file is synced after the copy, as every checkpoint of Joldama's connections does.
            sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
            // A failure leaves the pages in the WAL, where every reader finds them, and the next checkpoint
            // (at the next commit, or when the last connection closes) copies them.
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(db);
    })
{}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    wait();
}

void BackgroundCheckpoint::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
