#pragma once

#include "Database.h"
#include "domain/ExchangeRecords.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

// The exchange's own bookkeeping (migration 030): who this database is, its peers, how far each peer's changes
// were applied, the packages applied, conflicts, parked changes, which records each workstation holds, the
// bureau versions a workstation's changes are based on, and where its referrals stand. Callers hold a
// WriteTransaction around every write.
class ExchangeStore
{
public:
    explicit ExchangeStore(const Database& database)
        : m_database(database)
    {}

    // Identity (one row at most).
    ExchangeIdentity identity() const;
    void setIdentity(const ExchangeIdentity& identity) const;
    void setCodeFloor(qint64 floor) const;
    // The referral numbers this database gives out: [floor, ceiling); ceiling 0 when unlimited. Read on every
    // registration (ReferralService), so it is one indexed row.
    std::pair<qint64, qint64> codeRange() const;
    // Whether this database takes scarce things itself (quotas): not an enrolled workstation.
    bool decidesQuotas() const;

    // Peers.
    QList<ExchangePeer> peers() const;
    std::optional<ExchangePeer> peer(int workstationCode) const;
    std::optional<ExchangePeer> peerByName(const QString& name) const;
    int nextWorkstationCode() const; // never reused: one past the highest ever enrolled
    void insertPeer(const ExchangePeer& peer) const;
    void reissuePeer(int workstationCode, const QByteArray& secret, int issues) const;
    void setPeerAcked(int workstationCode, qint64 seq) const;          // keeps the highest
    void setPeerAckedAnswer(int workstationCode, qint64 answer) const; // keeps the highest
    // A package came from an installation of the workstation never seen before (it was reinstalled): what it has
    // applied starts again from what it says.
    void newInstallation(int workstationCode, const QString& nodeUid, qint64 ackedSeq, qint64 ackedAnswer) const;
    void setPeerHighWater(int workstationCode, qint64 highWater) const;
    void noteIn(int workstationCode, const QString& at, const QString& packageUid) const;
    // A package made for the peer (answer: the bureau's answer number it carries, 0 for a workstation's package).
    void noteOut(int workstationCode, const QString& at, const QString& packageUid, qint64 answer) const;
    void setRetired(int workstationCode, bool retired) const;

    // Streams: how far one installation's changes were applied here.
    qint64 receivedSeq(int workstationCode, const QString& nodeUid) const;
    qint64 receivedAnswer(int workstationCode, const QString& nodeUid) const;
    bool knowsStream(int workstationCode, const QString& nodeUid) const;
    void setReceivedAnswer(int workstationCode, const QString& nodeUid, qint64 answer) const;
    void setReceivedSeq(int workstationCode, const QString& nodeUid, qint64 seq, const QString& now) const;

    // The record of packages applied.
    struct InboxEntry
    {
        QString packageUid;
        int workstationCode = 0;
        QString nodeUid;
        QString kind;
        QString createdAt;
        QString importedAt;
        QString importedBy;
        QString fileName;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        int changes = 0;
        int applied = 0;
        int alreadyApplied = 0;
        int merged = 0;
        int conflicts = 0;
        int parked = 0;
    };
    std::optional<InboxEntry> inboxEntry(const QString& packageUid) const;
    void insertInbox(const InboxEntry& entry) const;
    QList<InboxEntry> recentInbox(int limit) const;

    // Conflicts.
    void insertConflict(const ExchangeConflict& conflict) const;
    // A conflict the bureau reported about this workstation's changes: inserted, or its status brought up to date.
    void upsertConflict(const ExchangeConflict& conflict) const;
    QList<ExchangeConflict> conflicts(bool openOnly, int workstationCode = -1) const;
    std::optional<ExchangeConflict> conflict(qint64 id) const;
    void resolveConflict(qint64 id, const QString& by, const QString& resolution, const QString& now) const;
    // Those the workstation has not yet seen in an answer it applied.
    QList<ExchangeConflict> conflictsFor(int workstationCode, qint64 afterAnswer) const;
    int openConflictCount(int workstationCode = -1) const;

    // Parked changes.
    void park(const ParkedChange& change) const;
    QList<ParkedChange> waitingParked() const; // in the order they came
    bool hasWaitingParked(const QString& entity, const QString& recordUid) const;
    void markParkedApplied(qint64 id, const QString& now) const;
    void noteParkedAttempt(qint64 id, const QString& reason) const;
    int parkedCount(int workstationCode = -1) const;

    // Bureau: the records each workstation holds.
    void addScope(int workstationCode, const QString& entity, const QString& recordUid, qint64 addedAnswer) const;
    QSet<QString> scope(int workstationCode, const QString& entity) const;
    QList<std::pair<QString, QString>> scopeAddedAfter(int workstationCode, qint64 answer) const; // (entity, uid)

    // Workstation: the bureau version a record's changes are based on, and fields held at an older one.
    struct Base
    {
        qint64 version = 0;
        QJsonObject held; // field → version
    };
    std::optional<Base> base(const QString& entity, const QString& recordUid) const;
    void setBase(const QString& entity, const QString& recordUid, const Base& base) const;
    void renameBase(const QString& entity, const QString& from, const QString& to) const;

    // Workstation: the bureau's last word on where its referrals stand.
    void replaceStanding(const QList<ReferralStanding>& standing) const;
    std::optional<ReferralStanding> standing(const QString& referralUid) const;

private:
    const Database& m_database;
};
