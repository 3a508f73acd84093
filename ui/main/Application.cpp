#include "main/Application.h"

#include "LazyTableModel.h"
#include "accounts/AccessMenus.h"
#include "accounts/SessionGuard.h"
#include "accounts/SignInDialog.h"
#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "operations/OperationsActions.h"
#include "platform/ApplicationLog.h"
#include "services/AccountService.h"
#include "services/ListingAccess.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSysInfo>
#include <QTimer>

#include <functional>
#include <memory>

namespace Application {

int run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Joldama"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/joldama.svg")));
    // Beside the database in the user's data folder, rotated by size, with no personal data in it (a problem
    // report carries its end).
    ApplicationLog::install(ApplicationLog::defaultFolder());
    qInfo("Joldama %s started on %s, Qt %s", qPrintable(AppInfo::version()), qPrintable(QSysInfo::prettyProductName()),
          qVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Joldama, the workstation of a Bureau of Hospitalization"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file, or postgresql://user@host:port/dbname."),
                                      QStringLiteral("PATH"), DatabaseLocation::defaultSqlitePath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: kk, ru or en."),
                                        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    LanguageSwitcher languages;
    // --lang is for this start only; View → Language is what is remembered.
    if (parser.isSet(langOption))
        languages.setLanguage(Languages::fromCode(parser.value(langOption)), LanguageSwitcher::ForThisStart);
    else
        languages.setLanguage(LanguageSwitcher::rememberedLanguage());

    // Opens a database, or says why not and offers another (File → Open database…, which connects itself and
    // keeps the clerk in it until a database opens or they cancel).
    const auto open = [](const DatabaseLocation& location, QWidget* parent) -> std::unique_ptr<Workspace> {
        std::unique_ptr<Workspace> workspace;
        try {
            workspace = Workspace::open(location);
            OpenDatabaseDialog::remember(location);
        } catch (const OperationError& e) {
            qCritical("The database could not be opened: %s", qPrintable(e.message()));
            if (MessageBox::critical(parent, QCoreApplication::translate("Application", "Cannot open the database"),
                                     e.message() + QStringLiteral("\n\n") +
                                         QCoreApplication::translate("Application", "Open another database?"),
                                     QMessageBox::Open | QMessageBox::Close, QMessageBox::Open) != QMessageBox::Open)
                return nullptr;
            OpenDatabaseDialog dialog(location, parent);
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            workspace = dialog.takeWorkspace();
        }
        if (workspace)
            qInfo("Database opened: %s, schema version %d",
                  workspace->database().location().kind == SqlDialect::Kind::Sqlite ? "sqlite" : "postgresql",
                  workspace->schemaVersion());
        return workspace;
    };

    std::unique_ptr<Workspace> workspace = open(DatabaseLocation::fromArgument(parser.value(dbOption)), nullptr);
    if (!workspace)
        return 1;
    // The window's lists read through the same door as the services: allowed for the signed-in person, and their
    // searches recorded before the rows show.
    LazyTableModel::setReadGuard(
        [&workspace](const Listing& listing, const ListingRequest& request, const QString& previousSearch) {
            ListingAccess::check(workspace->database(), workspace->clock(), listing, request, previousSearch);
        });
    int status = 0;
    QByteArray geometry;
    for (;;) {
        AccountService& accounts = workspace->accounts();
        if (accounts.hasAccounts() && !accounts.isSignedIn()) {
            SignInDialog signIn(*workspace, SignInDialog::Mode::SignIn);
            if (signIn.exec() != QDialog::Accepted)
                break;
        }
        SessionGuard::Outcome outcome = SessionGuard::Outcome::Continue;
        std::unique_ptr<Workspace> next;
        QString restore;
        {
            MainWindow window(*workspace, languages);
            SessionGuard guard(*workspace);
            AccessMenus menus(window, *workspace, guard);
            // Someone else signed in at the lock, or the person signed out: every window of the session closes
            // (the nested event loops of open dialogs end too), and the loop opens the window anew.
            QObject::connect(&guard, &SessionGuard::sessionEnded, &app, [&outcome](SessionGuard::Outcome o) {
                outcome = o;
                QApplication::exit(0);
            });
            // File → Open database…: the new database opens first; this window closes only once it is open, so a
            // database that cannot be opened leaves the clerk where they were.
            QObject::connect(&window, &MainWindow::anotherDatabaseOpened, &app, [&] {
                next = window.takeOpenedDatabase();
                qInfo("Database opened: %s, schema version %d",
                      next->database().location().kind == SqlDialect::Kind::Sqlite ? "sqlite" : "postgresql",
                      next->schemaVersion());
                geometry = window.saveGeometry();
                QApplication::exit(0);
            });
            if (!geometry.isEmpty())
                window.restoreGeometry(geometry);
            window.show();
            status = app.exec();
            restore = window.operations()->pendingRestore();
        }
        if (!restore.isEmpty()) {
            // A restore the clerk chose in the window: the window and every connection of this process are gone
            // before the database is replaced; then the restored database opens, and whoever works on it signs in.
            const DatabaseLocation location = workspace->database().location();
            accounts.signOut();
            workspace.reset();
            OperationsActions::performRestore(location, restore, Clock::system(), nullptr);
            workspace = open(location, nullptr);
            if (!workspace) {
                LazyTableModel::setReadGuard({});
                return 1;
            }
            continue;
        }
        if (next) {
            // The other database has its own accounts: whoever signed in here signs in there anew.
            accounts.signOut();
            workspace = std::move(next);
            continue;
        }
        if (outcome == SessionGuard::Outcome::Continue)
            break;
    }
    workspace->accounts().signOut();
    LazyTableModel::setReadGuard({});
    return status;
}

} // namespace Application
