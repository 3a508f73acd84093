#include "AccountStore.h"

#include "Query.h"

namespace {

const QString columns = QStringLiteral("id, uid, login, display_name, role, password_hash, active, failed_logins, "
                                       "locked_until, created_at, last_login_at, password_changed_at");

Account read(const Query& q)
{
    Account a;
    a.id = q.integer(0);
    a.uid = q.text(1);
    a.login = q.text(2);
    a.displayName = q.text(3);
    Roles::fromCode(q.text(4), &a.role);
    a.passwordHash = q.text(5);
    a.active = q.integer(6) != 0;
    a.failedLogins = int(q.integer(7));
    a.lockedUntil = q.text(8);
    a.createdAt = q.text(9);
    a.lastLoginAt = q.text(10);
    a.passwordChangedAt = q.text(11);
    return a;
}

} // namespace

qint64 AccountStore::count() const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM account")).scalar().toLongLong();
}

std::optional<Account> AccountStore::find(qint64 id) const
{
    Query q(m_database, QStringLiteral("SELECT %1 FROM account WHERE id = ?").arg(columns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Account> AccountStore::findByLogin(const QString& login) const
{
    Query q(m_database, QStringLiteral("SELECT %1 FROM account WHERE login = ?").arg(columns));
    q.bind(login).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Account> AccountStore::all() const
{
    Query q(m_database, QStringLiteral("SELECT %1 FROM account ORDER BY login").arg(columns));
    q.exec();
    QList<Account> list;
    while (q.next())
        list << read(q);
    return list;
}

qint64 AccountStore::insert(const Account& a, const QString& now) const
{
    Query q(m_database, QStringLiteral("INSERT INTO account (uid, login, display_name, role, password_hash, active, "
                                       "created_at, updated_at, password_changed_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, "
                                       "?) RETURNING id"));
    return q.bind(a.uid)
        .bind(a.login)
        .bind(a.displayName)
        .bind(Roles::code(a.role))
        .bind(a.passwordHash)
        .bind(now)
        .bind(now)
        .bind(now)
        .scalar()
        .toLongLong();
}

void AccountStore::setDisplayName(qint64 id, const QString& name, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE account SET display_name = ?, updated_at = ? WHERE id = ?"))
        .bind(name)
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::setRole(qint64 id, Role role, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE account SET role = ?, updated_at = ? WHERE id = ?"))
        .bind(Roles::code(role))
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::setActive(qint64 id, bool active, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE account SET active = ?, updated_at = ? WHERE id = ?"))
        .bind(active ? 1 : 0)
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::setPassword(qint64 id, const QString& hash, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE account SET password_hash = ?, password_changed_at = ?, failed_logins = 0, "
                         "locked_until = NULL, updated_at = ? WHERE id = ?"))
        .bind(hash)
        .bind(now)
        .bind(now)
        .bind(id)
        .exec();
}

int AccountStore::recordFailure(qint64 id, const QString& now) const
{
    Query q(m_database, QStringLiteral("UPDATE account SET failed_logins = failed_logins + 1, updated_at = ? WHERE id "
                                       "= ? RETURNING failed_logins"));
    return q.bind(now).bind(id).scalar().toInt();
}

void AccountStore::setLockedUntil(qint64 id, const QString& lockedUntil, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE account SET locked_until = ?, updated_at = ? WHERE id = ?"))
        .bind(Query::nullIfEmpty(lockedUntil))
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::recordSuccess(qint64 id, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE account SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
                                     "WHERE id = ?"))
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::unlock(qint64 id, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE account SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"))
        .bind(now)
        .bind(id)
        .exec();
}

void AccountStore::replaceHash(qint64 id, const QString& hash) const
{
    Query(m_database, QStringLiteral("UPDATE account SET password_hash = ? WHERE id = ?")).bind(hash).bind(id).exec();
}
