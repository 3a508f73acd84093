#include "AuditService.h"

#include "Authorization.h"
#include "domain/DisplayFormat.h"
#include "store/Query.h"
#include "store/SettingStore.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace {
QString compact(const QJsonObject& object)
{
    return object.isEmpty() ? QStringLiteral("{}")
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditService::databaseId() const
{
    return SettingStore(m_database).value(QStringLiteral("audit.database_id"));
}

AuditEntry AuditService::record(AuditEntry entry)
{
    if (!isKept())
        return entry;
    WriteTransaction transaction(m_database, m_clock);
    entry.at = transaction.now();
    const AuditEntry written = AuditStore(m_database).append(entry);
    transaction.commit();
    return written;
}

void AuditService::recordView(const QString& objectType, const QString& objectId, const QString& patientIin,
                              const QJsonObject& details)
{
    AuditEntry e;
    e.action = AuditActions::View;
    e.objectType = objectType;
    e.objectId = objectId;
    e.patientIin = patientIin;
    e.details = compact(details);
    record(e);
}

void AuditService::recordSearch(const QString& scope, const QJsonObject& criteria, const QString& patientIin)
{
    AuditEntry e;
    e.action = AuditActions::Search;
    e.objectType = scope;
    e.patientIin = patientIin;
    e.details = compact(criteria);
    record(e);
}

void AuditService::recordPrint(const QString& kind, const QString& objectId, const QString& patientIin,
                               const QJsonObject& details)
{
    AuditEntry e;
    e.action = AuditActions::Print;
    e.objectType = kind;
    e.objectId = objectId;
    e.patientIin = patientIin;
    e.details = compact(details);
    record(e);
}

void AuditService::recordExport(const QString& kind, const QString& file, const QJsonObject& details)
{
    AuditEntry e;
    e.action = AuditActions::Export;
    e.objectType = kind;
    e.objectId = file;
    e.details = compact(details);
    record(e);
}

void AuditService::requireKept() const
{
    if (!isKept())
        throw OperationError(OperationError::Kind::NotFound,
                             tr("This database keeps no audit log yet: it begins with the first user account "
                                "(joldama-cli users add LOGIN --role admin)."));
}

QList<AuditEntry> AuditService::list(const AuditStore::Filter& filter)
{
    Authorization::require(m_database, Permission::ReadAudit, m_clock);
    requireKept();
    QJsonObject criteria;
    if (!filter.login.isEmpty())
        criteria.insert(QStringLiteral("user"), filter.login);
    if (!filter.patientIin.isEmpty())
        criteria.insert(QStringLiteral("patient"), filter.patientIin);
    if (!filter.action.isEmpty())
        criteria.insert(QStringLiteral("action"), filter.action);
    if (!filter.since.isEmpty())
        criteria.insert(QStringLiteral("since"), filter.since);
    if (!filter.until.isEmpty())
        criteria.insert(QStringLiteral("until"), filter.until);
    // What the auditor looked at is recorded before it is read, like any other view.
    recordSearch(QStringLiteral("audit_log"), criteria, filter.patientIin);
    return AuditStore(m_database).list(filter);
}

QList<AuditStore::ChangeRow> AuditService::changesOf(const AuditEntry& entry)
{
    Authorization::require(m_database, Permission::ReadAudit, m_clock);
    if (entry.changeFrom > entry.changeTo)
        return {};
    return AuditStore(m_database).changes(entry.changeFrom, entry.changeTo);
}

AuditService::Result AuditService::verify(const std::optional<AuditAnchor>& anchor,
                                          const std::function<void(qint64)>& progress)
{
    Authorization::require(m_database, Permission::VerifyAudit, m_clock);
    requireKept();
    const AuditKey& key = *m_database.access().auditKey;
    QElapsedTimer timer;
    timer.start();
    Result r;
    r.anchor = anchor;
    const AuditStore store(m_database);
    AuditStore::Verification v;
    // One snapshot for the whole check, so a workstation writing meanwhile changes nothing it reads (inside a
    // transaction of the caller's, that one's).
    const bool ownSnapshot = m_database.writeDepth() == 0;
    if (ownSnapshot)
        m_database.control(m_database.dialect().beginRead());
    try {
        r.entries = store.count();
        v = store.verify(key, progress);
    } catch (...) {
        if (ownSnapshot)
            m_database.control(QStringLiteral("ROLLBACK"));
        throw;
    }
    if (ownSnapshot)
        m_database.control(QStringLiteral("COMMIT"));
    r.verified = v.entries;
    r.firstBad = v.firstBad;
    r.problem = v.problem;
    r.message = v.message;
    r.unsealedChanges = v.unsealedChanges;
    if (r.firstBad == 0 && r.entries == 0) {
        r.firstBad = 1;
        r.problem = QStringLiteral("missing");
        r.message = tr("The audit log is empty although the database has user accounts: every entry was deleted.");
    }
    if (r.firstBad == 0 && anchor) {
        if (!anchor->signatureValid()) {
            r.problem = QStringLiteral("anchor_invalid");
            r.message = tr("The checkpoint's signature is not valid: the checkpoint file was altered. Use an intact "
                           "copy of it.");
        } else if (anchor->database != databaseId()) {
            r.problem = QStringLiteral("anchor_foreign");
            r.message = tr("The checkpoint belongs to another database (%1). Give a checkpoint written for this one.")
                            .arg(anchor->database);
        } else if (anchor->publicKey != key.signingPublicKey()) {
            r.problem = QStringLiteral("anchor_foreign");
            r.message = tr("The checkpoint was signed with another audit key (%1; this database's key is %2).")
                            .arg(anchor->keyFingerprint, key.fingerprint());
        } else if (r.verified < anchor->entries) {
            // Entries signed in or recorded after the cut continue the chain from what was left; the first of them
            // stands where the first removed entry stood.
            const qint64 later = store.firstWrittenAfter(anchor->writtenAt, anchor->entries);
            r.firstBad = later > 0 ? std::min(later, r.verified + 1) : r.verified + 1;
            r.problem = QStringLiteral("cut");
            r.message = tr("The checkpoint of %1 counted %2 entries, but entries from %3 on were removed (the log now "
                           "holds %4).")
                            .arg(DisplayFormat::dateTimeFromStored(anchor->writtenAt))
                            .arg(anchor->entries)
                            .arg(r.firstBad)
                            .arg(r.verified);
        } else if (store.macOf(anchor->entries).value_or(QString()) != anchor->head) {
            const qint64 later = store.firstWrittenAfter(anchor->writtenAt, anchor->entries);
            r.firstBad = later > 0 ? later : anchor->entries;
            r.problem = QStringLiteral("rewritten");
            r.message = tr("The log differs from the checkpoint of %1 (entry %2): it was cut or rewritten from entry "
                           "%3 on.")
                            .arg(DisplayFormat::dateTimeFromStored(anchor->writtenAt))
                            .arg(anchor->entries)
                            .arg(r.firstBad);
        }
    }
    r.intact = r.firstBad == 0 && r.problem.isEmpty();
    if (r.intact)
        r.message = tr("The audit log is intact: %1 entries checked.").arg(r.verified);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    return r;
}

AuditAnchor AuditService::anchor()
{
    Authorization::require(m_database, Permission::VerifyAudit, m_clock);
    requireKept();
    AuditEntry e;
    e.action = AuditActions::Anchor;
    const AuditEntry written = record(e);
    AuditAnchor a;
    a.database = databaseId();
    a.entries = written.seq;
    a.head = written.mac;
    a.writtenAt = written.at;
    a.writtenBy = written.login;
    a.sign(*m_database.access().auditKey);
    return a;
}
