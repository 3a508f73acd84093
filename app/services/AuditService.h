#pragma once

#include "domain/AuditAnchor.h"
#include "domain/AuditEntry.h"
#include "domain/Clock.h"
#include "store/AuditStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The audit log, as services and the auditor use it. Services record what changes nothing — a view of a
// card, a search with its criteria, a printout or export holding personal data — each in a transaction
// committed before the data is shown; changes are sealed by WriteTransaction itself. Until the database has
// accounts nothing is recorded (a single desk, as before), and recording is a no-op.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Database& database, const Clock& clock = Clock::system())
        : m_database(database)
        , m_clock(clock)
    {}

    bool isKept() const { return m_database.access().auditKey != nullptr; }

    // Appends and commits (or joins the caller's transaction). The connection's account, role and workstation
    // and the clock's time are filled in.
    AuditEntry record(AuditEntry entry);
    void recordView(const QString& objectType, const QString& objectId, const QString& patientIin,
                    const QJsonObject& details = {});
    void recordSearch(const QString& scope, const QJsonObject& criteria, const QString& patientIin = {});
    void recordPrint(const QString& kind, const QString& objectId, const QString& patientIin,
                     const QJsonObject& details = {});
    void recordExport(const QString& kind, const QString& file, const QJsonObject& details = {});

    // The auditor's reading (itself recorded, with its criteria). Throws OperationError(Forbidden).
    QList<AuditEntry> list(const AuditStore::Filter& filter);
    QList<AuditStore::ChangeRow> changesOf(const AuditEntry& entry);

    struct Result
    {
        bool intact = false;
        qint64 entries = 0;  // entries in the log
        qint64 verified = 0; // entries checked good
        qint64 firstBad = 0; // 0 when none can be named
        QString problem;     // a code: missing, altered, changes_altered, cut, rewritten, anchor_invalid …
        QString message;
        qint64 unsealedChanges = 0;
        std::optional<AuditAnchor> anchor;
        double seconds = 0;
    };
    // Checks the chain and, given a checkpoint, that nothing after it was cut off or rewritten. VerifyAudit.
    Result verify(const std::optional<AuditAnchor>& anchor = std::nullopt,
                  const std::function<void(qint64)>& progress = {});
    // A signed checkpoint of the log as it is now (recorded as an entry first, so it counts itself).
    AuditAnchor anchor();

    // The id that names this database's audit key file.
    QString databaseId() const;

private:
    void requireKept() const;
    QString stamp() const { return m_clock.nowStamp(); }

    Database& m_database;
    const Clock& m_clock;
};
