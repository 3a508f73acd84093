#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What an import of an exchange package did. Every change in the package is counted exactly once: applied as
// it came, already applied before (a package imported again, or an older one), merged with the bureau's own
// changes of other fields, in conflict (kept for review), or parked until what it belongs to arrives.
struct ExchangeReport
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeReport)

public:
    QString file;
    QString packageUid;
    QString from;          // who made the package
    bool written = false;  // something was written to the database
    bool repeated = false; // the same package (or an older one) was imported before: nothing changed
    int changes = 0;
    int applied = 0;
    int alreadyApplied = 0;
    int merged = 0;
    int conflicts = 0;
    int parked = 0;
    int parkedApplied = 0;    // changes parked earlier that could now be applied
    qint64 clockSkewSecs = 0; // the sender's clock against this one when it made the package (shown, never used)
    QStringList notes;        // decisions worth a clerk's eye: a quota refused, a code given anew

    int accounted() const { return applied + alreadyApplied + merged + conflicts + parked; }
    QString summary() const;
    QJsonObject toJson() const;
};
