#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into statements: on semicolons outside quotes and comments, keeping the
// BEGIN … END body of a trigger whole. Qt runs one statement per exec(), and SQLite would silently
// ignore everything after the first.
namespace SqlScript {
QStringList split(const QString& script);
}
