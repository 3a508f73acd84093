#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <atomic>
#include <functional>

// Imports the Bureau's official open data (DESIGN.md: the referrals export and the waiting-list export).
// The file is streamed: memory does not grow with it. Rows are committed in batches so other
// workstations are not locked out for the whole import, and every row created is recorded, so a
// cancelled or failed import is undone and leaves the database as it was. Hospitals and bed profiles are
// matched by code or name, or created. Importing the same file again changes nothing: a referral is
// known by its hospitalization code. Bad rows are reported by line and skipped.
class OpenDataService
{
    Q_DECLARE_TR_FUNCTIONS(OpenDataService)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal, qint64 rows)>;

    explicit OpenDataService(Database& database, const Clock& clock = Clock::system());

    static constexpr int BatchRows = 5000;

    ImportReport importReferrals(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
    ImportReport importWaitingList(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);

private:
    enum class Kind { Referrals, WaitingList };
    ImportReport run(Kind kind, QIODevice* device, const QString& fileName, const Progress& progress,
                     const std::atomic<bool>* cancel);

    Database& m_database;
    const Clock& m_clock;
};
