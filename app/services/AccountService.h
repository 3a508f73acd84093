#pragma once

#include "domain/Account.h"
#include "domain/Clock.h"
#include "domain/PasswordHash.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// User accounts and signing in. A database without accounts works as a single desk, as before; the first
// account must be an administrator, and creating it starts the audit log (its key is made outside the
// database, AuditKeyFile). From then on nothing is read or changed without a sign-in: the signed-in account
// rides on the connection (Database::access), where Authorization and the audit log find it.
//
// Wrong passwords are counted per account (LockoutPolicy): growing delays, then a lock only an administrator
// lifts; every failure is an audit entry. Passwords are hashed with argon2id; a sign-in with a hash made at
// another cost than today's stores a new one.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Database& database, const Clock& clock = Clock::system());

    // Reads whether the database has accounts and, if so, loads its audit key and protects the log. Called when
    // the database is opened, before anything is written. Throws OperationError when accounts exist but this
    // workstation lacks the key.
    void attach();
    bool hasAccounts() const { return m_database.access().accountsRequired; }
    bool isSignedIn() const { return m_database.access().signedIn(); }
    // The signed-in account (as it was when it signed in).
    Account current() const;

    // The first account (an administrator, signed in at once) or, by an administrator, another one.
    Account create(const QString& login, Role role, const QString& displayName, const QString& password);
    QList<Account> accounts();
    Account setRole(const QString& login, Role role);
    Account setDisplayName(const QString& login, const QString& displayName);
    Account setActive(const QString& login, bool active);
    Account resetPassword(const QString& login, const QString& password);
    // Lifts a lock after wrong passwords.
    Account unlock(const QString& login);
    // The signed-in account's own password: the current one is checked again.
    void changePassword(const QString& current, const QString& password);

    // Throws OperationError(Forbidden) with what to do: a wrong login or password (never which), a wait after
    // repeated mistakes, a lock, a disabled account. Someone already signed in on the connection stays so until
    // the new person's password is right; then they are signed out in the same transaction.
    Account signIn(const QString& login, const QString& password);
    void signOut();
    // The window locked after idle time: recorded, and opened again only with the same account's password
    // (counted against the lockout like any sign-in).
    void recordSessionLocked();
    void unlockSession(const QString& password);

    // Minutes without input after which the window locks (the bureau's setting; default 10).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    static constexpr int defaultIdleLockMinutes = 10;

    // The argon2id cost new hashes are made at: JOLDAMA_PASSWORD_COST, else the bureau's setting, else t=3,
    // m=64 MiB. Raising the setting rehashes each password at its next sign-in.
    PasswordHash::Cost passwordCost() const;
    void setPasswordCost(const PasswordHash::Cost& cost);

private:
    Account found(const QString& login) const;
    void checkPassword(const QString& login, const QString& password) const;
    Account verifyAndRecord(const QString& login, const QString& password, const QString& successAction,
                            const QString& previousLogin = {});
    void requireOtherAdmin(const Account& account) const;
    void noteAccountEvent(const QString& action, const Account& account, const QString& details = {});

    Database& m_database;
    const Clock& m_clock;
};
