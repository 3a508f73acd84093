#include "cli/Cli.h"
#include "domain/AppInfo.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(Clock::system());
    addAllCommands(cli);
    return cli.run(app.arguments().mid(1), out, err);
}
