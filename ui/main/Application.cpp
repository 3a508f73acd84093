#include "main/Application.h"

#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "operations/OperationsActions.h"
#include "platform/ApplicationLog.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSysInfo>

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
    languages.setLanguage(parser.isSet(langOption) ? Languages::fromCode(parser.value(langOption))
                                                   : LanguageSwitcher::rememberedLanguage());

    const DatabaseLocation location = DatabaseLocation::fromArgument(parser.value(dbOption));
    // Round again after a restore the clerk chose in the window: the window and every connection of this
    // process are gone before the database is replaced, then it opens on the restored database.
    for (;;) {
        std::unique_ptr<Workspace> workspace;
        try {
            workspace = Workspace::open(location);
        } catch (const OperationError& e) {
            qCritical("The database could not be opened: %s", qPrintable(e.message()));
            MessageBox::critical(nullptr, QCoreApplication::translate("Application", "Cannot open the database"),
                                 e.message() + QStringLiteral("\n\n") +
                                     QCoreApplication::translate("Application",
                                                                 "Start Joldama with --db PATH to work on another "
                                                                 "database file."));
            return 1;
        }
        qInfo("Database opened: %s, schema version %d",
              location.kind == SqlDialect::Kind::Sqlite ? "sqlite" : "postgresql", workspace->schemaVersion());

        QString restore;
        int status = 0;
        {
            MainWindow window(*workspace, languages);
            window.show();
            status = app.exec();
            restore = window.operations()->pendingRestore();
        }
        if (restore.isEmpty())
            return status;
        workspace.reset();
        OperationsActions::performRestore(location, restore, Clock::system(), nullptr);
    }
}

} // namespace Application
