#include "AccountService.h"

#include "Authorization.h"
#include "domain/AccessPolicy.h"
#include "domain/AccountRules.h"
#include "domain/AuditEntry.h"
#include "domain/LockoutPolicy.h"
#include "domain/Workstation.h"
#include "platform/AuditKeyFile.h"
#include "store/AccountStore.h"
#include "store/AuditStore.h"
#include "store/SettingStore.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

const QString databaseIdKey = QStringLiteral("audit.database_id");
const QString idleKey = QStringLiteral("session.idle_lock_minutes");
const QString costKey = QStringLiteral("accounts.password_cost");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AccountService::AccountService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

void AccountService::attach()
{
    AccessContext& access = m_database.access();
    access.accountsRequired =
        m_database.connection().tables().contains(QStringLiteral("account")) && AccountStore(m_database).count() > 0;
    if (!access.accountsRequired)
        return;
    const QString id = SettingStore(m_database).value(databaseIdKey);
    const QString path = AuditKeyFile::path(id);
    std::unique_ptr<AuditKey> key = id.isEmpty() ? nullptr : AuditKeyFile::load(path);
    if (!key)
        throw OperationError(OperationError::Kind::Forbidden,
                             tr("This database keeps a sealed audit log, and this computer does not have its key "
                                "(looked for %1). Ask the administrator for a copy of the key file and put it there, "
                                "or name it with the environment variable JOLDAMA_AUDIT_KEY_FILE.")
                                 .arg(QDir::toNativeSeparators(path)));
    // Entries sealed with another key would break the chain for good: the first entry names the right one.
    if (const std::optional<AuditEntry> first = AuditStore(m_database).entry(1)) {
        const QString expected =
            QJsonDocument::fromJson(first->details.toUtf8()).object().value(QStringLiteral("key")).toString();
        if (!expected.isEmpty() && expected != key->fingerprint())
            throw OperationError(OperationError::Kind::Forbidden,
                                 tr("The audit key in %1 (%2) is not this database's (%3). Put this database's key "
                                    "file there, or name it with JOLDAMA_AUDIT_KEY_FILE.")
                                     .arg(QDir::toNativeSeparators(path), key->fingerprint(), expected));
    }
    access.auditKey = std::shared_ptr<const AuditKey>(std::move(key));
    AuditStore::protect(m_database);
}

Account AccountService::current() const
{
    if (!isSignedIn())
        return {};
    return AccountStore(m_database).find(m_database.access().accountId).value_or(Account{});
}

PasswordHash::Cost AccountService::passwordCost() const
{
    if (qEnvironmentVariableIsSet("JOLDAMA_PASSWORD_COST"))
        return PasswordHash::configuredCost();
    PasswordHash::Cost cost;
    const QString stored = SettingStore(m_database).value(costKey);
    if (!stored.isEmpty())
        PasswordHash::Cost::fromText(stored, &cost);
    return cost;
}

void AccountService::setPasswordCost(const PasswordHash::Cost& cost)
{
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    SettingStore(m_database).setValue(costKey, cost.text());
    transaction.commit();
}

int AccountService::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = SettingStore(m_database).value(idleKey).toInt(&ok);
    return ok && minutes > 0 ? minutes : defaultIdleLockMinutes;
}

void AccountService::setIdleLockMinutes(int minutes)
{
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    if (minutes < 1 || minutes > 240)
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("The window locks after 1 to 240 minutes without input; %1 is outside that.").arg(minutes),
            QStringLiteral("idle_minutes"));
    WriteTransaction transaction(m_database, m_clock);
    SettingStore(m_database).setValue(idleKey, QString::number(minutes));
    transaction.commit();
}

Account AccountService::found(const QString& login) const
{
    const std::optional<Account> account = AccountStore(m_database).findByLogin(AccountRules::normalizedLogin(login));
    if (!account)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no account %1. joldama-cli users list shows the accounts.").arg(login),
                             QStringLiteral("login"));
    return *account;
}

void AccountService::noteAccountEvent(const QString& action, const Account& account, const QString& details)
{
    AuditEntry e;
    e.at = m_clock.nowStamp();
    e.action = action;
    e.objectType = QStringLiteral("account");
    e.objectId = account.login;
    e.details = details.isEmpty() ? QStringLiteral("{}") : details;
    AuditStore(m_database).append(e);
}

Account AccountService::create(const QString& loginText, Role role, const QString& displayName, const QString& password)
{
    const QString login = AccountRules::normalizedLogin(loginText);
    if (const QString problem = AccountRules::loginProblem(loginText); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("login"));
    if (const QString problem = AccountRules::passwordProblem(login, password); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("password"));
    const bool first = !hasAccounts();
    if (first && role != Role::Admin)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The first account must be an administrator's (--role admin): the administrator then "
                                "adds the clerks' accounts."),
                             QStringLiteral("role"));
    if (!first)
        Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account;
    account.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.login = login;
    account.displayName = displayName.trimmed();
    account.role = role;
    // Hashing takes a quarter of a second on purpose: done before the write lock is taken.
    account.passwordHash = PasswordHash::hash(password, passwordCost());

    AccessContext& access = m_database.access();
    const AccessContext before = access;
    try {
        WriteTransaction transaction(m_database, m_clock);
        const AccountStore store(m_database);
        if (first && store.count() > 0)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("Another workstation created the first account meanwhile. Open the database again "
                                    "and sign in."));
        if (store.findByLogin(login))
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("There is already an account %1. Choose another login.").arg(login),
                                 QStringLiteral("login"));
        account.id = store.insert(account, transaction.now());
        account.createdAt = transaction.now();
        if (first) {
            // The audit log begins: a key outside the database, named by an id the database keeps.
            QString id = SettingStore(m_database).value(databaseIdKey);
            if (id.isEmpty()) {
                id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                SettingStore(m_database).setValue(databaseIdKey, id);
            }
            const QString path = AuditKeyFile::path(id);
            std::unique_ptr<AuditKey> key = AuditKeyFile::load(path);
            if (!key) {
                key = std::make_unique<AuditKey>(AuditKey::generate());
                AuditKeyFile::create(path, *key);
            }
            AuditEntry start;
            start.at = transaction.now();
            start.login = login;
            start.role = Roles::code(role);
            start.action = AuditActions::Start;
            start.objectType = QStringLiteral("database");
            start.objectId = id;
            start.details = compact(QJsonObject{{QStringLiteral("key"), key->fingerprint()},
                                                {QStringLiteral("key_file"), QDir::toNativeSeparators(path)}});
            AuditStore(m_database).start(start, *key);
            access.accountsRequired = true;
            access.auditKey = std::shared_ptr<const AuditKey>(std::move(key));
            // Whoever made the first account is its administrator, signed in to go on adding accounts.
            access.accountId = account.id;
            access.login = login;
            access.role = Roles::code(role);
            m_database.setActor(login);
        }
        noteAccountEvent(AuditActions::AccountAdded, account,
                         compact(QJsonObject{{QStringLiteral("role"), Roles::code(role)},
                                             {QStringLiteral("name"), account.displayName}}));
        transaction.commit();
    } catch (...) {
        access = before;
        throw;
    }
    if (first)
        AuditStore::protect(m_database);
    return account;
}

QList<Account> AccountService::accounts()
{
    if (!hasAccounts())
        return {};
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    return AccountStore(m_database).all();
}

void AccountService::requireOtherAdmin(const Account& account) const
{
    if (account.role != Role::Admin || !account.active)
        return;
    for (const Account& other : AccountStore(m_database).all()) {
        if (other.id != account.id && other.role == Role::Admin && other.active)
            return;
    }
    throw OperationError(OperationError::Kind::Conflict,
                         tr("%1 is the only active administrator: add another administrator first, or nobody could "
                            "manage the accounts any more.")
                             .arg(account.login));
}

Account AccountService::setRole(const QString& login, Role role)
{
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account = found(login);
    if (account.role == role)
        return account;
    if (account.id == m_database.access().accountId)
        throw OperationError(OperationError::Kind::Conflict,
                             tr("You cannot change your own role. Ask another administrator."));
    if (role != Role::Admin)
        requireOtherAdmin(account);
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).setRole(account.id, role, transaction.now());
    noteAccountEvent(AuditActions::RoleChanged, account,
                     compact(QJsonObject{{QStringLiteral("from"), Roles::code(account.role)},
                                         {QStringLiteral("to"), Roles::code(role)}}));
    transaction.commit();
    account.role = role;
    return account;
}

Account AccountService::setDisplayName(const QString& login, const QString& displayName)
{
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account = found(login);
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).setDisplayName(account.id, displayName.trimmed(), transaction.now());
    noteAccountEvent(AuditActions::AccountRenamed, account,
                     compact(QJsonObject{{QStringLiteral("from"), account.displayName},
                                         {QStringLiteral("to"), displayName.trimmed()}}));
    transaction.commit();
    account.displayName = displayName.trimmed();
    return account;
}

Account AccountService::setActive(const QString& login, bool active)
{
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account = found(login);
    if (account.active == active)
        return account;
    if (!active) {
        if (account.id == m_database.access().accountId)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("You cannot disable your own account. Ask another administrator."));
        requireOtherAdmin(account);
    }
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).setActive(account.id, active, transaction.now());
    noteAccountEvent(active ? AuditActions::AccountEnabled : AuditActions::AccountDisabled, account);
    transaction.commit();
    account.active = active;
    return account;
}

Account AccountService::resetPassword(const QString& login, const QString& password)
{
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account = found(login);
    if (const QString problem = AccountRules::passwordProblem(account.login, password); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("password"));
    const QString hash = PasswordHash::hash(password, passwordCost());
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).setPassword(account.id, hash, transaction.now());
    noteAccountEvent(AuditActions::PasswordReset, account);
    transaction.commit();
    account.failedLogins = 0;
    account.lockedUntil.clear();
    return account;
}

Account AccountService::unlock(const QString& login)
{
    Authorization::require(m_database, Permission::ManageUsers, m_clock);
    Account account = found(login);
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).unlock(account.id, transaction.now());
    noteAccountEvent(AuditActions::AccountUnlocked, account,
                     compact(QJsonObject{{QStringLiteral("failures"), account.failedLogins}}));
    transaction.commit();
    account.failedLogins = 0;
    account.lockedUntil.clear();
    return account;
}

void AccountService::changePassword(const QString& currentPassword, const QString& password)
{
    if (!isSignedIn())
        throw OperationError(OperationError::Kind::Forbidden, tr("Sign in first to change your password."));
    const Account account = current();
    // The current password is asked again and counted like a sign-in: a workstation left open does not let
    // someone else take the account over.
    verifyAndRecord(account.login, currentPassword, QString());
    if (const QString problem = AccountRules::passwordProblem(account.login, password); !problem.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("password"));
    if (password == currentPassword)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The new password is the same as the current one. Choose another."),
                             QStringLiteral("password"));
    const QString hash = PasswordHash::hash(password, passwordCost());
    WriteTransaction transaction(m_database, m_clock);
    AccountStore(m_database).setPassword(account.id, hash, transaction.now());
    noteAccountEvent(AuditActions::PasswordChanged, account);
    transaction.commit();
}

Account AccountService::verifyAndRecord(const QString& loginText, const QString& password, const QString& successAction,
                                        const QString& previousLogin)
{
    const QString login = AccountRules::normalizedLogin(loginText).left(64);
    const AccountStore store(m_database);
    const std::optional<Account> account = store.findByLogin(login);
    const QDateTime now = m_clock.now();
    const QString wrong = tr("Wrong login or password. Check the keyboard layout and Caps Lock, and try again.");
    auto note = [&](const QString& action, const QJsonObject& details) {
        WriteTransaction transaction(m_database, m_clock);
        AuditEntry e;
        e.at = transaction.now();
        e.login = login;
        e.role = account ? Roles::code(account->role) : QString();
        e.action = action;
        e.outcome = QStringLiteral("failed");
        e.objectType = QStringLiteral("account");
        e.objectId = login;
        e.details = compact(details);
        AuditStore(m_database).append(e);
        transaction.commit();
    };
    if (!account) {
        // As slow as a real check, so the answer's speed does not tell which logins exist.
        PasswordHash::spendVerifyTime(password);
        note(AuditActions::SignInFailed, {{QStringLiteral("reason"), QStringLiteral("unknown_login")}});
        throw OperationError(OperationError::Kind::Forbidden, wrong);
    }
    const QString unlockHint =
        tr("Only the administrator can unlock it (Bureau → Users…, or joldama-cli users unlock %1).").arg(login);
    if (LockoutPolicy::isHardLocked(account->failedLogins)) {
        note(AuditActions::SignInFailed, {{QStringLiteral("reason"), QStringLiteral("locked")}});
        throw OperationError(
            OperationError::Kind::Forbidden,
            tr("The account %1 is locked after %2 wrong passwords in a row.").arg(login).arg(account->failedLogins) +
                QLatin1Char(' ') + unlockHint);
    }
    if (!account->lockedUntil.isEmpty()) {
        const QDateTime until = Clock::fromStamp(account->lockedUntil);
        if (until > now) {
            // The password is not even checked while the account waits: guessing faster gains nothing.
            note(AuditActions::SignInFailed, {{QStringLiteral("reason"), QStringLiteral("waiting")}});
            throw OperationError(OperationError::Kind::Forbidden,
                                 tr("Too many wrong passwords for %1: try again after %2.")
                                     .arg(login, until.toString(QStringLiteral("HH:mm:ss"))));
        }
    }
    if (!PasswordHash::verify(account->passwordHash, password)) {
        int failures = 0;
        int delay = 0;
        {
            WriteTransaction transaction(m_database, m_clock);
            failures = store.recordFailure(account->id, transaction.now());
            delay = LockoutPolicy::delayAfter(failures);
            store.setLockedUntil(account->id, delay > 0 ? Clock::stamp(now.addSecs(delay)) : QString(),
                                 transaction.now());
            AuditEntry e;
            e.at = transaction.now();
            e.login = login;
            e.role = Roles::code(account->role);
            e.action = AuditActions::SignInFailed;
            e.outcome = QStringLiteral("failed");
            e.objectType = QStringLiteral("account");
            e.objectId = login;
            e.details = compact(QJsonObject{{QStringLiteral("reason"), QStringLiteral("password")},
                                            {QStringLiteral("failures"), failures}});
            AuditStore(m_database).append(e);
            if (LockoutPolicy::isHardLocked(failures)) {
                e.action = AuditActions::AccountLocked;
                e.details = compact(QJsonObject{{QStringLiteral("failures"), failures}});
                AuditStore(m_database).append(e);
            }
            transaction.commit();
        }
        if (LockoutPolicy::isHardLocked(failures))
            throw OperationError(
                OperationError::Kind::Forbidden,
                wrong + QLatin1Char(' ') +
                    tr("The account %1 is now locked after %2 wrong passwords in a row.").arg(login).arg(failures) +
                    QLatin1Char(' ') + unlockHint);
        if (delay > 0)
            throw OperationError(OperationError::Kind::Forbidden,
                                 wrong + QLatin1Char(' ') +
                                     tr("After %1 wrong passwords in a row the next try waits until %2.")
                                         .arg(failures)
                                         .arg(now.addSecs(delay).toString(QStringLiteral("HH:mm:ss"))));
        throw OperationError(OperationError::Kind::Forbidden, wrong);
    }
    if (!account->active) {
        note(AuditActions::SignInFailed, {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        throw OperationError(OperationError::Kind::Forbidden,
                             tr("The account %1 is disabled. Ask the administrator.").arg(login));
    }
    // Right: the count starts again, and a hash made at another cost is made anew (before the write lock).
    const PasswordHash::Cost cost = passwordCost();
    const QString rehash =
        PasswordHash::needsRehash(account->passwordHash, cost) ? PasswordHash::hash(password, cost) : QString();
    AccessContext& access = m_database.access();
    const AccessContext before = access;
    const QString actorBefore = m_database.actor();
    try {
        WriteTransaction transaction(m_database, m_clock);
        store.recordSuccess(account->id, transaction.now());
        if (!rehash.isEmpty())
            store.replaceHash(account->id, rehash);
        if (successAction == AuditActions::SignIn) {
            access.accountId = account->id;
            access.login = account->login;
            access.role = Roles::code(account->role);
            m_database.setActor(account->login);
        }
        if (successAction == AuditActions::SignIn && !previousLogin.isEmpty()) {
            // The one who was signed in leaves; recorded under their name (their account may have changed since,
            // which is why they sign in again).
            AuditEntry out;
            out.at = transaction.now();
            out.login = previousLogin;
            out.role = before.role;
            out.action = AuditActions::SignOut;
            out.objectType = QStringLiteral("account");
            out.objectId = previousLogin;
            out.details = compact(QJsonObject{{QStringLiteral("next"), account->login}});
            AuditStore(m_database).append(out);
        }
        if (!successAction.isEmpty()) {
            AuditEntry e;
            e.at = transaction.now();
            e.action = successAction;
            e.objectType = QStringLiteral("account");
            e.objectId = account->login;
            e.details = rehash.isEmpty() ? QStringLiteral("{}")
                                         : compact(QJsonObject{{QStringLiteral("rehashed"), cost.text()}});
            AuditStore(m_database).append(e);
        }
        transaction.commit();
    } catch (...) {
        access = before;
        m_database.setActor(actorBefore);
        throw;
    }
    return *account;
}

Account AccountService::signIn(const QString& login, const QString& password)
{
    if (!hasAccounts())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("This database has no user accounts yet: it works without signing in. The first "
                                "account is made with joldama-cli users add LOGIN --role admin."));
    return verifyAndRecord(login, password, AuditActions::SignIn, isSignedIn() ? m_database.access().login : QString());
}

void AccountService::signOut()
{
    if (!isSignedIn())
        return;
    AccessContext& access = m_database.access();
    try {
        WriteTransaction transaction(m_database, m_clock);
        AuditEntry e;
        e.at = transaction.now();
        e.action = AuditActions::SignOut;
        e.objectType = QStringLiteral("account");
        e.objectId = access.login;
        AuditStore(m_database).append(e);
        transaction.commit();
    } catch (const OperationError& error) {
        qWarning("Signing out could not be recorded: %s", qPrintable(error.message()));
    }
    access.accountId = 0;
    access.login.clear();
    access.role.clear();
    m_database.setActor(Workstation::currentUser());
}

void AccountService::recordSessionLocked()
{
    if (!isSignedIn())
        return;
    WriteTransaction transaction(m_database, m_clock);
    AuditEntry e;
    e.at = transaction.now();
    e.action = AuditActions::SessionLocked;
    e.objectType = QStringLiteral("session");
    e.objectId = m_database.access().login;
    AuditStore(m_database).append(e);
    transaction.commit();
}

void AccountService::unlockSession(const QString& password)
{
    if (!isSignedIn())
        throw OperationError(OperationError::Kind::Forbidden, tr("Nobody is signed in: sign in instead."));
    verifyAndRecord(m_database.access().login, password, AuditActions::SessionUnlocked);
}
