#pragma once

#include "Database.h"
#include "domain/Account.h"

#include <QList>
#include <optional>

// The account table. Accounts are disabled, never deleted: the audit log names them.
class AccountStore
{
public:
    explicit AccountStore(const Database& database)
        : m_database(database)
    {}

    qint64 count() const;
    std::optional<Account> find(qint64 id) const;
    std::optional<Account> findByLogin(const QString& login) const;
    QList<Account> all() const;

    qint64 insert(const Account& account, const QString& now) const;
    void setDisplayName(qint64 id, const QString& name, const QString& now) const;
    void setRole(qint64 id, Role role, const QString& now) const;
    void setActive(qint64 id, bool active, const QString& now) const;
    // A new password hash; a reset also clears the wrong-password count and any lock.
    void setPassword(qint64 id, const QString& hash, const QString& now) const;
    // The same password hashed at today's cost (a sign-in found the old hash weaker than wanted).
    void replaceHash(qint64 id, const QString& hash) const;
    // One more wrong password in a row; returns the new count.
    int recordFailure(qint64 id, const QString& now) const;
    // No password is checked before then (empty: none).
    void setLockedUntil(qint64 id, const QString& lockedUntil, const QString& now) const;
    void recordSuccess(qint64 id, const QString& now) const;
    void unlock(qint64 id, const QString& now) const;

private:
    const Database& m_database;
};
