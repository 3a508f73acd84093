#include "main/Application.h"

#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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

    // Opens a database, or says why not and offers another (File → Open database… at start-up).
    const auto open = [](DatabaseLocation location, QWidget* parent) -> std::unique_ptr<Workspace> {
        for (;;) {
            try {
                std::unique_ptr<Workspace> workspace = Workspace::open(location);
                OpenDatabaseDialog::remember(location);
                return workspace;
            } catch (const OperationError& e) {
                if (MessageBox::critical(parent, QCoreApplication::translate("Application", "Cannot open the database"),
                                         e.message() + QStringLiteral("\n\n") +
                                             QCoreApplication::translate("Application", "Open another database?"),
                                         QMessageBox::Open | QMessageBox::Close,
                                         QMessageBox::Open) != QMessageBox::Open)
                    return nullptr;
                OpenDatabaseDialog dialog(location, parent);
                if (dialog.exec() != QDialog::Accepted)
                    return nullptr;
                location = dialog.location();
            }
        }
    };

    std::unique_ptr<Workspace> workspace = open(DatabaseLocation::fromArgument(parser.value(dbOption)), nullptr);
    if (!workspace)
        return 1;
    auto window = std::make_unique<MainWindow>(*workspace, languages);
    // File → Open database…: the new database opens in a new window; the old one closes only once the new
    // one is open, so a file that cannot be opened leaves the clerk where they were.
    std::function<void(const DatabaseLocation&)> reopen = [&](const DatabaseLocation& location) {
        std::unique_ptr<Workspace> next = open(location, window.get());
        if (!next)
            return;
        QTimer::singleShot(0, qApp, [&, moved = std::make_shared<std::unique_ptr<Workspace>>(std::move(next))] {
            const QByteArray geometry = window->saveGeometry();
            window.reset();
            workspace = std::move(*moved);
            window = std::make_unique<MainWindow>(*workspace, languages);
            QObject::connect(window.get(), &MainWindow::openDatabaseRequested, qApp, reopen);
            window->restoreGeometry(geometry);
            window->show();
        });
    };
    QObject::connect(window.get(), &MainWindow::openDatabaseRequested, qApp, reopen);
    window->show();
    return app.exec();
}

} // namespace Application
