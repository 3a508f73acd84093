#include "ProblemReportStore.h"

#include "Query.h"

void ProblemReportStore::insert(const Report& r) const
{
    Query(m_database, QStringLiteral("INSERT INTO problem_report (uid, created_at, workstation, reported_by, "
                                     "description, app_version, database_kind, schema_version, system, recent_errors, "
                                     "application_log, status, answer, updated_at, row_version, deleted) VALUES (?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)"))
        .bind(r.uid)
        .bind(r.createdAt)
        .bind(r.workstation)
        .bind(r.reportedBy)
        .bind(r.description)
        .bind(r.appVersion)
        .bind(r.databaseKind)
        .bind(r.schemaVersion)
        .bind(r.system)
        .bind(r.recentErrors)
        .bind(r.applicationLog)
        .bind(r.status)
        .bind(r.answer)
        .bind(r.updatedAt)
        .exec();
}

QList<ProblemReportStore::Report> ProblemReportStore::list(int limit, bool withLog) const
{
    Query q(
        m_database,
        QStringLiteral("SELECT id, uid, created_at, workstation, reported_by, description, app_version, "
                       "database_kind, schema_version, system, recent_errors, %1, status, answer, updated_at, "
                       "row_version FROM problem_report WHERE deleted = 0 ORDER BY created_at DESC, id DESC LIMIT ?")
            .arg(withLog ? QStringLiteral("application_log") : QStringLiteral("''")));
    q.bind(limit).exec();
    QList<Report> reports;
    while (q.next()) {
        Report r;
        r.id = q.integer(0);
        r.uid = q.text(1);
        r.createdAt = q.text(2);
        r.workstation = q.text(3);
        r.reportedBy = q.text(4);
        r.description = q.text(5);
        r.appVersion = q.text(6);
        r.databaseKind = q.text(7);
        r.schemaVersion = int(q.integer(8));
        r.system = q.text(9);
        r.recentErrors = q.text(10);
        r.applicationLog = q.text(11);
        r.status = q.text(12);
        r.answer = q.text(13);
        r.updatedAt = q.text(14);
        r.rowVersion = int(q.integer(15));
        reports << r;
    }
    return reports;
}

qint64 ProblemReportStore::count() const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM problem_report WHERE deleted = 0"))
        .scalar()
        .toLongLong();
}
