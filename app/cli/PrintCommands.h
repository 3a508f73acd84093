#pragma once

#include <QCommandLineOption>
#include <QList>

class Cli;
class CliRun;
struct PrintSetup;

// print referral|queue|beds|contacts|refusals to a PDF file; bureau show|set (the printouts' heading).
void addPrintCommands(Cli& cli);

// -o FILE.pdf, --a5 and --landscape: the options of every command that writes a printout (abroad print too).
QList<QCommandLineOption> printoutOptions();
// The paper those options ask for, with that paper's default margins.
PrintSetup printoutSetup(const CliRun& run);
