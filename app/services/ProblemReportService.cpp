#include "ProblemReportService.h"

#include "domain/AppInfo.h"
#include "domain/Workstation.h"
#include "platform/ApplicationLog.h"
#include "platform/LocalProcess.h"
#include "store/Migrator.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

#include <QSysInfo>
#include <QUuid>

ProblemReportService::ProblemReportService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString ProblemReportService::accepted()
{
    return tr("Thank you, the error report has been received.");
}

QString ProblemReportService::unavailable()
{
    return tr("Sorry, the error report cannot be processed at the moment. Please try again later.");
}

ProblemReportStore::Report ProblemReportService::context() const
{
    ProblemReportStore::Report r;
    r.workstation = LocalProcess::hostName();
    r.reportedBy = Workstation::currentUser();
    r.appVersion = AppInfo::version();
    r.databaseKind = m_database.dialect().isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    try {
        r.schemaVersion = Migrator(m_database).currentVersion();
    } catch (const OperationError&) {
    }
    r.system =
        QStringLiteral("%1; Qt %2; %3")
            .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), QSysInfo::currentCpuArchitecture());
    r.recentErrors = ApplicationLog::recentErrors().join(QLatin1Char('\n'));
    r.applicationLog = ApplicationLog::tail();
    return r;
}

ProblemReportService::Outcome ProblemReportService::submit(const QString& description)
{
    const QString text = description.trimmed();
    if (text.isEmpty())
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("Describe what happened: what you did, what you expected and what Joldama did instead."),
            QStringLiteral("description"));
    if (text.size() > maxDescription)
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("The description is longer than %1 characters. Shorten it to what matters.").arg(maxDescription),
            QStringLiteral("description"));
    ProblemReportStore::Report report = context();
    report.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.description = text;
    Outcome outcome;
    try {
        // Noted in the change log by the database's own triggers (store/ChangeTracking), so it travels.
        Retry::transient(m_database, [&] {
            WriteTransaction transaction(m_database, m_clock);
            report.createdAt = transaction.now();
            report.updatedAt = transaction.now();
            ProblemReportStore(m_database).insert(report);
            transaction.commit();
        });
    } catch (const OperationError& e) {
        // The portal's second answer: the clerk keeps the text and tries later.
        outcome.error = e.message();
        outcome.answer = unavailable();
        qWarning("A problem report could not be stored: %s", qPrintable(e.message()));
        return outcome;
    }
    outcome.stored = true;
    outcome.uid = report.uid;
    outcome.answer = accepted();
    qInfo("Problem report %s stored", qPrintable(report.uid));
    return outcome;
}

QList<ProblemReportStore::Report> ProblemReportService::list(int limit, bool withLog) const
{
    return ProblemReportStore(m_database).list(limit, withLog);
}
