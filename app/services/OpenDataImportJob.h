#pragma once

#include "domain/Clock.h"
#include "services/ImportReport.h"
#include "store/AccessContext.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QObject>

#include <atomic>

// One import of the Bureau's open data, run on a thread of its own with its own connection (like RowLoader),
// so the window keeps painting and its Cancel button answers while a file of a million rows goes in.
// run() is called on that thread; progressed() reaches the window queued; report() and error() are read
// after the thread has ended.
class OpenDataImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Referrals, WaitingList };

    OpenDataImportJob(DatabaseLocation location, const Clock& clock, Kind kind, QString path);

    // The person the import runs for (their sign-in and audit key), copied from the window's connection: the
    // job's own connection acts as them, so the import is allowed or refused and sealed like any other write.
    void setAccess(const AccessContext& access) { m_access = access; }

    void run();
    // From any thread: the import stops at the next row and rolls back (nothing of the file is kept).
    void cancel() { m_cancel = true; }

    const ImportReport& report() const { return m_report; }
    // A message for the clerk when the import could not run or failed (the database is left as it was).
    const QString& error() const { return m_error; }

signals:
    void progressed(qint64 bytesRead, qint64 bytesTotal, qint64 rows);

private:
    DatabaseLocation m_location;
    AccessContext m_access;
    const Clock& m_clock;
    Kind m_kind;
    QString m_path;
    std::atomic<bool> m_cancel{false};
    ImportReport m_report;
    QString m_error;
};
