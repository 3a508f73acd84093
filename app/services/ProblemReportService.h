#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/ProblemReportStore.h"

#include <QCoreApplication>

// A clerk's report of a problem: what they describe, with what the program knows — its version, the kind of
// database, the last error messages and the end of the application log (ApplicationLog, which holds no personal
// data) — stored in the database as a travelling record. The clerk then gets the portal's answer: accepted(),
// or unavailable() when the report could not be stored (the text stays with the clerk to send again).
class ProblemReportService
{
    Q_DECLARE_TR_FUNCTIONS(ProblemReportService)

public:
    explicit ProblemReportService(Database& database, const Clock& clock = Clock::system());

    // What a report will carry besides the clerk's words, for the dialog to show before it is sent.
    ProblemReportStore::Report context() const;

    struct Outcome
    {
        bool stored = false;
        QString uid;
        QString answer; // accepted() or unavailable()
        QString error;  // why it could not be stored (for the log)
    };
    // Throws OperationError(Invalid) for an empty description; any other failure is an unavailable() answer.
    Outcome submit(const QString& description);

    QList<ProblemReportStore::Report> list(int limit = 100, bool withLog = false) const;

    static QString accepted();
    static QString unavailable();
    static constexpr int maxDescription = 10000;

private:
    Database& m_database;
    const Clock& m_clock;
};
