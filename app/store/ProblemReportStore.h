#pragma once

#include "Database.h"

#include <QList>

// Clerks' reports of problems, kept like every travelling record (uid, row version, update time, marked
// deleted) so they reach the bureau: at once on a shared database, with the next exchange package from a clinic.
class ProblemReportStore
{
public:
    explicit ProblemReportStore(const Database& database)
        : m_database(database)
    {}

    struct Report
    {
        qint64 id = 0;
        QString uid;
        QString createdAt;
        QString workstation;
        QString reportedBy;
        QString description;
        QString appVersion;
        QString databaseKind; // sqlite or postgresql
        int schemaVersion = 0;
        QString system;
        QString recentErrors;
        QString applicationLog;
        QString status = QStringLiteral("new");
        QString answer;
        QString updatedAt;
        int rowVersion = 1;
    };

    void insert(const Report& report) const;
    // Newest first; without the log text unless withLog.
    QList<Report> list(int limit, bool withLog = false) const;
    qint64 count() const;

private:
    const Database& m_database;
};
