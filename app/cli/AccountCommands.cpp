#include "AccountCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "domain/Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/LockoutPolicy.h"
#include "platform/Terminal.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

Role roleArgument(const QString& text)
{
    Role role;
    if (!Roles::fromCode(text, &role))
        throw CliUsageError(QStringLiteral("The role is clerk, senior, admin or auditor, not \"%1\".").arg(text));
    return role;
}

QString lockState(const Account& a, const Clock& clock)
{
    if (LockoutPolicy::isHardLocked(a.failedLogins))
        return QStringLiteral("locked");
    if (!a.lockedUntil.isEmpty() && Clock::fromStamp(a.lockedUntil) > clock.now())
        return QStringLiteral("waiting");
    return {};
}

QJsonObject accountJson(const Account& a, const Clock& clock)
{
    return QJsonObject{{QStringLiteral("login"), a.login},
                       {QStringLiteral("name"), a.displayName},
                       {QStringLiteral("role"), Roles::code(a.role)},
                       {QStringLiteral("active"), a.active},
                       {QStringLiteral("locked"), lockState(a, clock) == QLatin1String("locked")},
                       {QStringLiteral("failed_logins"), a.failedLogins},
                       {QStringLiteral("locked_until"),
                        a.lockedUntil.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.lockedUntil)},
                       {QStringLiteral("last_login"),
                        a.lastLoginAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.lastLoginAt)},
                       {QStringLiteral("created"), a.createdAt}};
}

int runUsersAdd(CliRun& run)
{
    const QString login = run.positional().at(0);
    if (!run.isSet(QStringLiteral("role")))
        throw CliUsageError(QStringLiteral("users add needs --role clerk|senior|admin|auditor."));
    const Role role = roleArgument(run.value(QStringLiteral("role")));
    // The database is opened (and, when it already has accounts, signed in to) before the new password is read,
    // so a refusal comes before anyone types it.
    Workspace& workspace = run.workspace();
    QString password = run.readNewPassword(login);
    const Account account = workspace.accounts().create(login, role, run.value(QStringLiteral("name")), password);
    password.fill(QLatin1Char(' '));
    if (run.json())
        run.printJson(accountJson(account, run.clock()));
    else
        run.out() << "Added " << account.login << " (" << Roles::code(account.role) << ")\n";
    return Cli::Success;
}

int runUsersList(CliRun& run)
{
    const QList<Account> accounts = run.workspace().accounts().accounts();
    if (run.json()) {
        QJsonArray array;
        for (const Account& a : accounts)
            array.append(accountJson(a, run.clock()));
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const Account& a : accounts) {
        QString state = a.active ? lockState(a, run.clock()) : QStringLiteral("disabled");
        rows << QStringList{a.login, Roles::code(a.role), state.isEmpty() ? QStringLiteral("active") : state,
                            a.lastLoginAt.isEmpty() ? QStringLiteral("—")
                                                    : DisplayFormat::dateTime(Clock::fromStamp(a.lastLoginAt)),
                            a.displayName};
    }
    run.printTable({QStringLiteral("LOGIN"), QStringLiteral("ROLE"), QStringLiteral("STATE"),
                    QStringLiteral("LAST SIGN-IN"), QStringLiteral("NAME")},
                   rows);
    return Cli::Success;
}

int runUsersSetRole(CliRun& run)
{
    const Role role = roleArgument(run.positional().at(1));
    const Account a = run.workspace().accounts().setRole(run.positional().at(0), role);
    run.out() << a.login << " is now " << Roles::code(a.role) << '\n';
    return Cli::Success;
}

int runUsersDisable(CliRun& run)
{
    const Account a = run.workspace().accounts().setActive(run.positional().at(0), false);
    run.out() << a.login << " is disabled\n";
    return Cli::Success;
}

int runUsersEnable(CliRun& run)
{
    const Account a = run.workspace().accounts().setActive(run.positional().at(0), true);
    run.out() << a.login << " is enabled\n";
    return Cli::Success;
}

int runUsersResetPassword(CliRun& run)
{
    Workspace& workspace = run.workspace();
    QString password = run.readNewPassword(run.positional().at(0));
    const Account a = workspace.accounts().resetPassword(run.positional().at(0), password);
    password.fill(QLatin1Char(' '));
    run.out() << "The password of " << a.login << " was reset\n";
    return Cli::Success;
}

int runUsersUnlock(CliRun& run)
{
    const Account a = run.workspace().accounts().unlock(run.positional().at(0));
    run.out() << a.login << " is unlocked\n";
    return Cli::Success;
}

int runPasswd(CliRun& run)
{
    Workspace& workspace = run.workspace();
    if (!workspace.accounts().isSignedIn())
        throw OperationError(OperationError::Kind::Invalid,
                             QStringLiteral("This database has no user accounts, so there is no password to change."));
    QString current;
    if (qEnvironmentVariableIsSet("JOLDAMA_PASSWORD"))
        current = qEnvironmentVariable("JOLDAMA_PASSWORD");
    else if (!Terminal::readSecret(QStringLiteral("Current password: "), &current))
        throw OperationError(OperationError::Kind::Invalid,
                             QStringLiteral("No terminal to ask the current password on: give it in "
                                            "JOLDAMA_PASSWORD."));
    QString password = run.readNewPassword(workspace.accounts().current().login);
    workspace.accounts().changePassword(current, password);
    current.fill(QLatin1Char(' '));
    password.fill(QLatin1Char(' '));
    run.out() << "Your password was changed\n";
    return Cli::Success;
}

} // namespace

void addAccountCommands(Cli& cli)
{
    const QString passwordNote =
        QStringLiteral("; the new password is asked twice on the terminal, or read from the first line of standard "
                       "input when that is not a terminal");
    cli.add(
        {QStringLiteral("users add"),
         QStringLiteral("LOGIN"),
         QStringLiteral("add a user account (the first one must be --role admin)") + passwordNote,
         {QCommandLineOption(QStringLiteral("role"), QStringLiteral("clerk, senior, admin or auditor"),
                             QStringLiteral("ROLE")),
          QCommandLineOption(QStringLiteral("name"), QStringLiteral("the person's full name"), QStringLiteral("TEXT")),
          CliOptions::json()},
         1,
         1,
         true,
         runUsersAdd});
    cli.add({QStringLiteral("users list"),
             QString(),
             QStringLiteral("the user accounts (login, name, role, active, locked, failed_logins, last_login)"),
             {CliOptions::json()},
             0,
             0,
             true,
             runUsersList});
    cli.add({QStringLiteral("users set-role"),
             QStringLiteral("LOGIN ROLE"),
             QStringLiteral("give an account another role: clerk, senior, admin or auditor"),
             {},
             2,
             2,
             true,
             runUsersSetRole});
    cli.add({QStringLiteral("users disable"),
             QStringLiteral("LOGIN"),
             QStringLiteral("disable an account (it is kept: the audit log names it)"),
             {},
             1,
             1,
             true,
             runUsersDisable});
    cli.add({QStringLiteral("users enable"),
             QStringLiteral("LOGIN"),
             QStringLiteral("enable a disabled account"),
             {},
             1,
             1,
             true,
             runUsersEnable});
    cli.add({QStringLiteral("users reset-password"),
             QStringLiteral("LOGIN"),
             QStringLiteral("give an account a new password and lift its lock") + passwordNote,
             {},
             1,
             1,
             true,
             runUsersResetPassword});
    cli.add({QStringLiteral("users unlock"),
             QStringLiteral("LOGIN"),
             QStringLiteral("lift the lock after repeated wrong passwords"),
             {},
             1,
             1,
             true,
             runUsersUnlock});
    cli.add({QStringLiteral("passwd"),
             QString(),
             QStringLiteral("change your own password (the current one from JOLDAMA_PASSWORD or the terminal)") +
                 passwordNote,
             {},
             0,
             0,
             true,
             runPasswd});
}
