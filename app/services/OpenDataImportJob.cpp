#include "OpenDataImportJob.h"

#include "OpenDataService.h"
#include "store/Database.h"

#include <QFile>

OpenDataImportJob::OpenDataImportJob(DatabaseLocation location, const Clock& clock, Kind kind, QString path)
    : m_location(std::move(location))
    , m_clock(clock)
    , m_kind(kind)
    , m_path(std::move(path))
{}

void OpenDataImportJob::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2. Check the file and try again.").arg(m_path, file.errorString());
        return;
    }
    try {
        // The connection is opened and closed on this thread: a connection belongs to the thread that opened it.
        Database database(m_location);
        database.open();
        database.access() = m_access;
        if (m_access.signedIn())
            database.setActor(m_access.login);
        OpenDataService service(database, m_clock);
        const auto progress = [this](qint64 done, qint64 total, qint64 rows) { emit progressed(done, total, rows); };
        m_report = m_kind == Kind::Referrals ? service.importReferrals(&file, m_path, progress, &m_cancel)
                                             : service.importWaitingList(&file, m_path, progress, &m_cancel);
    } catch (const OperationError& e) {
        m_error = e.message();
    }
}
