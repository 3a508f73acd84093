#include "main/Application.h"

#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
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

    MainWindow window(*workspace, languages);
    window.show();
    return app.exec();
}

} // namespace Application
