#include "cli/Cli.h"
#include "domain/AppInfo.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Printing lays out text, which needs fonts, which need a QGuiApplication; every other command runs on a
// bare QCoreApplication. The first word that is not a global option names the command.
bool printing(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 || std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return std::strcmp(argv[i], "print") == 0;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (printing(argc, argv)) {
#ifndef Q_OS_WIN
        // Nothing is shown: the offscreen platform needs no display (a server, an ssh session, CI).
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
