#include "CliOptions.h"

namespace CliOptions {

QCommandLineOption json()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("print UTF-8 JSON instead of text"));
}

QCommandLineOption output()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("write to FILE (replaced only when complete) instead of standard output"),
                              QStringLiteral("FILE"));
}

QCommandLineOption format()
{
    return QCommandLineOption(QStringLiteral("format"), QStringLiteral("csv (default) or json"),
                              QStringLiteral("FORMAT"));
}

QCommandLineOption yes()
{
    return QCommandLineOption(QStringLiteral("yes"),
                              QStringLiteral("confirm a date far from today (refused without it as a probable typo)"));
}

} // namespace CliOptions
