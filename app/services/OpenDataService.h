#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "store/Database.h"

class IcdStore;

#include <QCoreApplication>
#include <QIODevice>
#include <atomic>
#include <functional>

// Imports the Bureau's official open data (DESIGN.md: the referrals export and the waiting-list export).
// The file is streamed: memory does not grow with it. The whole file is one write transaction, so an import
// is all or nothing whatever stops it: a Cancel, a full disk, a killed process or a power cut leave the
// database as it was (SQLite's journal undoes it), and no other command ever sees half an import. Hospitals
// and bed profiles are matched by code or name, or created; diagnoses the dictionary lacks are learned.
// Importing the same file again changes nothing: a referral is known by its hospitalization code. Bad rows
// are reported by line and skipped.
// Older versions of Joldama committed an import batch by batch and recorded what it created; a run of theirs
// left 'running' by a killed process is undone when the database is opened (recoverAbandoned).
class OpenDataService
{
    Q_DECLARE_TR_FUNCTIONS(OpenDataService)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal, qint64 rows)>;

    explicit OpenDataService(Database& database, const Clock& clock = Clock::system());

    // Progress is reported every this many rows.
    static constexpr int ProgressRows = 5000;
    // A run of an older version on another computer is taken for dead when it committed nothing for this long:
    // a batch took seconds, and clocks of workstations may disagree by a few minutes.
    static constexpr int AbandonedAfterMinutes = 15;

    ImportReport importReferrals(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
    ImportReport importWaitingList(QIODevice* device, const QString& fileName = {}, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr);

    // Undoes every run an older version left 'running' whose process is gone: on this computer, a process id
    // that no longer exists (or this very process's id, which an earlier process had); on another computer, a
    // run without a heartbeat for AbandonedAfterMinutes. Queues and totals are put right. Returns how many
    // runs were undone.
    int recoverAbandoned();

private:
    enum class Kind { Referrals, WaitingList };
    ImportReport run(Kind kind, QIODevice* device, const QString& fileName, const Progress& progress,
                     const std::atomic<bool>* cancel);
    // Removes what an older version's run created and marks it with status.
    void undo(const QString& batchId, const QString& status, qint64 rowsRead);
    // A diagnosis code met in the file and missing from the dictionary is learned with the file's name for it.
    void learnDiagnosis(const IcdStore& dictionary, const QString& code, const QString& name, const QString& now) const;
    // The record of a run that ended without its data (cancelled, failed), written after the rollback.
    void recordEnded(const QString& batchId, const QString& kind, const QString& fileName, const QString& actor,
                     const QString& status, qint64 rowsRead) noexcept;

    Database& m_database;
    const Clock& m_clock;
};
