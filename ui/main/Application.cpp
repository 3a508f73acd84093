#include "main/Application.h"

#include "LazyTableModel.h"
#include "accounts/AccessMenus.h"
#include "accounts/SessionGuard.h"
#include "accounts/SignInDialog.h"
#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "services/AccountService.h"
#include "services/ListingAccess.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace Application {

int run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Joldama"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/joldama.svg")));

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
    languages.setLanguage(parser.isSet(langOption) ? Languages::fromCode(parser.value(langOption))
                                                   : LanguageSwitcher::rememberedLanguage());

    std::unique_ptr<Workspace> workspace;
    try {
        workspace = Workspace::open(DatabaseLocation::fromArgument(parser.value(dbOption)));
    } catch (const OperationError& e) {
        MessageBox::critical(nullptr, QCoreApplication::translate("Application", "Cannot open the database"),
                             e.message() + QStringLiteral("\n\n") +
                                 QCoreApplication::translate("Application",
                                                             "Start Joldama with --db PATH to work on another "
                                                             "database file."));
        return 1;
    }

    // The window's lists read through the same door as the services: allowed for the signed-in person, and their
    // searches recorded before the rows show.
    LazyTableModel::setReadGuard(
        [&workspace](const Listing& listing, const ListingRequest& request, const QString& previousSearch) {
            ListingAccess::check(workspace->database(), workspace->clock(), listing, request, previousSearch);
        });
    AccountService& accounts = workspace->accounts();
    int status = 0;
    for (;;) {
        if (accounts.hasAccounts() && !accounts.isSignedIn()) {
            SignInDialog signIn(*workspace, SignInDialog::Mode::SignIn);
            if (signIn.exec() != QDialog::Accepted)
                break;
        }
        SessionGuard::Outcome outcome = SessionGuard::Outcome::Continue;
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
            window.show();
            status = app.exec();
        }
        if (outcome == SessionGuard::Outcome::Continue)
            break;
    }
    accounts.signOut();
    LazyTableModel::setReadGuard({});
    return status;
}

} // namespace Application
