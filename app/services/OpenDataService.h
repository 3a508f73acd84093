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
// An import whose process died (killed, power cut) is undone the same way by the next workstation that
// opens the database or starts an import, unless its process is still alive (see recoverAbandoned).
class OpenDataService
{
    Q_DECLARE_TR_FUNCTIONS(OpenDataService)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal, qint64 rows)>;

    explicit OpenDataService(Database& database, const Clock& clock = Clock::system());

    static constexpr int BatchRows = 5000;
    // A run on another computer is taken for dead when it committed nothing for this long: a batch takes
    // seconds, and clocks of workstations may disagree by a few minutes.
    static constexpr int AbandonedAfterMinutes = 15;

    ImportReport importReferrals(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
    ImportReport importWaitingList(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);

    // Undoes every run left 'running' whose process is gone: on this computer, a process id that no longer
    // exists (or this very process, when the run is not one of its own imports in progress); on another
    // computer, a run without a heartbeat for AbandonedAfterMinutes. Queues and totals are put right as
    // after a cancel. Returns how many runs were undone.
    int recoverAbandoned();

private:
    enum class Kind { Referrals, WaitingList };
    ImportReport run(Kind kind, QIODevice* device, const QString& fileName, const Progress& progress,
                     const std::atomic<bool>* cancel);
    // Removes what the run created and marks it with status; the cancel, a failure and the recovery share it.
    void undo(const QString& batchId, const QString& status, qint64 rowsRead);

    Database& m_database;
    const Clock& m_clock;
};
