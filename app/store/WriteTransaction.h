#pragma once

#include "Database.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QString>

// The one way Joldama writes. It takes the write lock at once (BEGIN IMMEDIATE on SQLite), rolls back
// unless commit() is reached, and tells the database who writes (the actor, the workstation and the one
// instant of the transaction), which the change-tracking triggers record with every change (ChangeTracking):
// audit and the exchange of change packages between workstations need nothing from individual screens.
// A transaction begun inside another is a savepoint of it: when it ends without commit() its own writes
// are undone and the outer transaction goes on, so an import that reports a bad row and goes on to the
// next keeps nothing of the bad one. What it commits is committed or rolled back with the outer one.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(Database& database, const Clock& clock = Clock::system());
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();
    bool isOutermost() const { return m_outermost; }

    // The one instant every write of this transaction records (UTC, ISO 8601).
    const QString& now() const { return m_now; }
    const QString& actor() const { return m_actor; }

    // How many times BEGIN is tried when the database stays busy beyond the driver's own timeout.
    static constexpr int beginAttempts = 3;

private:
    void setChangeContext();
    void rollback() noexcept;
    void rollbackToSavepoint() noexcept;

    Database& m_database;
    bool m_outermost = false;
    bool m_done = false;
    QString m_savepoint; // nested: the savepoint's name
    QString m_now;
    QString m_actor;
};
