#include "cli/Cli.h"
#include "domain/AppInfo.h"
#include "domain/Clock.h"
#include "platform/ProcessHardening.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Printouts lay out text with real fonts, which needs a GUI application. Every other command runs on a plain
// core application: it starts faster and says nothing about displays on a server without one. A stray
// "print" among option values only costs a GUI application that is not needed.
bool printsDocument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "print") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> app;
    if (printsDocument(argc, argv)) {
        // The command line never opens a window: render off screen unless told otherwise (Windows uses its
        // own platform, which is always there).
#ifndef Q_OS_WIN
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppInfo::applyToApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(Clock::system());
    addAllCommands(cli);
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
