#pragma once

#include "Database.h"

#include <QRandomGenerator>
#include <QThread>

// Runs a service's whole write again when the database asked for that: on PostgreSQL a deadlock between two
// workstations or a serialization failure aborts one transaction (SQLSTATE 40P01, 40001), and on SQLite a
// write lock not granted in time. Such a failure says nothing about the clerk's input, so it is retried a
// few times — from the start, the transaction having been rolled back — before the clerk ever sees it. Only
// the outermost write retries: a service called inside another's transaction lets it go to the outer one.
namespace Retry {

constexpr int attempts = 4;

template<typename Work>
auto transient(Database& database, Work&& work) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const OperationError& error) {
            // SQLite's single writer already waited for the lock when the transaction began (WriteTransaction).
            if (error.kind() != OperationError::Kind::Busy || database.dialect().isSqlite() ||
                database.writeDepth() > 0 || attempt >= attempts)
                throw;
        }
        // Apart by a little chance, so two workstations that collided do not collide again.
        QThread::msleep(10 * attempt + QRandomGenerator::global()->bounded(20));
    }
}

} // namespace Retry
