#pragma once

#include <QCoreApplication>

// The command line's own words for people (tables, labels, what a command did), translated by --lang like the
// names it prints: a clerk who asked for Kazakh or Russian reads no English. Help, usage and JSON keys stay
// in English: they document the interface scripts rely on.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
