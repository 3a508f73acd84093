#pragma once

#include "Database.h"
#include "domain/AuditChain.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// The audit log's rows (audit_log) and the chain that binds them. Entries are only ever appended, inside the
// write transaction of what they record: seq is the next number, the entry seals the change_log rows written
// since the last entry (changeFrom…changeTo with their digest), and its mac chains it to the previous entry
// (AuditChain). On SQLite the write lock (BEGIN IMMEDIATE) makes the transaction the only writer, so "the
// change_log rows after the last sealed one" are exactly those written since — by this transaction, or by a
// program outside Joldama, whose rows record themselves as such.
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    explicit AuditStore(const Database& database)
        : m_database(database)
    {}

    // Makes the database itself refuse to update or delete an entry (a mistake, a careless tool); anyone with
    // the file can drop the triggers, which the chain then tells. Installed once, when missing.
    static void protect(Database& database);

    struct Head
    {
        qint64 seq = 0;
        QString mac;
        qint64 changeTo = 0;
    };
    Head head() const;
    qint64 count() const;
    qint64 lastChangeId() const;

    // Appends an entry with the connection's account and workstation (Database::access), sealing no changes.
    // Must run inside a write transaction; throws OperationError(Forbidden) when the signed-in account was
    // disabled or given another role since it signed in (its session ends with its next action).
    AuditEntry append(AuditEntry entry) const;
    // The first entry: starts the chain with the key, after the changes already in change_log (those are not
    // sealed: the log vouches for what happens from now on).
    AuditEntry start(AuditEntry entry, const AuditKey& key) const;
    // Seals the change_log rows written since the last entry, if any, in one "change" entry. Runs just before
    // COMMIT (WriteTransaction), so no transaction commits changes without their seal.
    void sealChanges(const QString& at) const;

    struct Filter
    {
        QString login;
        QString patientIin;
        QString action;
        QString since;    // stamps (UTC), inclusive
        QString until;    // exclusive
        int limit = 1000; // the most recent entries that match, returned oldest first
    };
    QList<AuditEntry> list(const Filter& filter) const;

    // A change_log row as the audit log shows and seals it.
    struct ChangeRow
    {
        qint64 id = 0;
        QString entity, uid, change;
        qint64 rowVersion = 0;
        QString changedAt, actor, workstation, fields;
        QStringList sealed() const;
    };
    QList<ChangeRow> changes(qint64 from, qint64 to, int limit = 1000) const;

    // Checks every entry in order: numbering, the changes each seals, and the chain of macs. Stops at the first
    // entry that is wrong.
    struct Verification
    {
        qint64 entries = 0;         // entries read
        qint64 firstBad = 0;        // 0: none
        QString problem;            // "missing", "altered", "changes_altered", "cut", "anchor_mismatch"
        QString message;            // for people
        QString head;               // mac of the last good entry
        qint64 unsealedChanges = 0; // change_log rows after the last seal (written outside Joldama since)
    };
    Verification verify(const AuditKey& key, const std::function<void(qint64)>& progress = {}) const;
    std::optional<AuditEntry> entry(qint64 seq) const;
    // The first entry numbered at most maxSeq but written after the instant: a checkpoint of that instant
    // counted maxSeq entries, so such an entry took the place of one that was removed. 0 when none.
    qint64 firstWrittenAfter(const QString& at, qint64 maxSeq) const;
    // The mac of entry seq, when it exists.
    std::optional<QString> macOf(qint64 seq) const;

private:
    AuditEntry insert(AuditEntry entry, const Head& previous, const AuditKey& key) const;
    void checkSigner() const;
    QString patientClause(const QString& iin, QVariantList& binds) const;

    const Database& m_database;
};
