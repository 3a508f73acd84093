#include "ExchangeStore.h"

#include "Query.h"
#include "domain/Clock.h"

#include <QJsonDocument>

namespace {
QDateTime instantOrNull(const Query& q, int column)
{
    return q.isNull(column) ? QDateTime() : Clock::fromStamp(q.text(column));
}

const QString selectPeer = QStringLiteral(
    "SELECT workstation_code, name, region_code, secret, enrolled_at, issues, acked_seq, code_high_water, answers, "
    "last_in_at, last_in_package, last_out_at, last_out_package, retired, acked_answer, node_uid FROM exchange_peer");

ExchangePeer readPeer(const Query& q)
{
    ExchangePeer p;
    p.workstationCode = int(q.integer(0));
    p.name = q.text(1);
    p.regionCode = q.text(2);
    p.secret = q.text(3).toLatin1();
    p.enrolledAt = q.text(4);
    p.issues = int(q.integer(5));
    p.ackedSeq = q.integer(6);
    p.codeHighWater = q.integer(7);
    p.answers = q.integer(8);
    p.lastInAt = instantOrNull(q, 9);
    p.lastInPackage = q.text(10);
    p.lastOutAt = instantOrNull(q, 11);
    p.lastOutPackage = q.text(12);
    p.retired = q.integer(13) != 0;
    p.ackedAnswer = q.integer(14);
    p.nodeUid = q.text(15);
    return p;
}

const QString selectConflict = QStringLiteral(
    "SELECT id, uid, entity, record_uid, label, field, kind, kept_value, other_value, base_version, "
    "workstation_code, package_uid, origin_actor, origin_at, detected_at, at_answer, status, resolved_at, resolved_by, "
    "resolution FROM exchange_conflict");

ExchangeConflict readConflict(const Query& q)
{
    ExchangeConflict c;
    c.id = q.integer(0);
    c.uid = q.text(1);
    c.entity = q.text(2);
    c.recordUid = q.text(3);
    c.label = q.text(4);
    c.field = q.text(5);
    c.kind = q.text(6);
    c.keptValue = q.text(7);
    c.otherValue = q.text(8);
    c.baseVersion = q.integer(9);
    c.workstationCode = int(q.integer(10));
    c.packageUid = q.text(11);
    c.originActor = q.text(12);
    c.originAt = q.text(13);
    c.detectedAt = Clock::fromStamp(q.text(14));
    c.atAnswer = q.integer(15);
    c.resolved = q.text(16) == QLatin1String("resolved");
    c.resolvedAt = instantOrNull(q, 17);
    c.resolvedBy = q.text(18);
    c.resolution = q.text(19);
    return c;
}

const QString selectInbox =
    QStringLiteral("SELECT package_uid, workstation_code, node_uid, kind, created_at, imported_at, imported_by, "
                   "file_name, from_seq, to_seq, changes, applied, already_applied, merged, conflicts, parked FROM "
                   "exchange_inbox");

ExchangeStore::InboxEntry readInbox(const Query& q)
{
    ExchangeStore::InboxEntry e;
    e.packageUid = q.text(0);
    e.workstationCode = int(q.integer(1));
    e.nodeUid = q.text(2);
    e.kind = q.text(3);
    e.createdAt = q.text(4);
    e.importedAt = q.text(5);
    e.importedBy = q.text(6);
    e.fileName = q.text(7);
    e.fromSeq = q.integer(8);
    e.toSeq = q.integer(9);
    e.changes = int(q.integer(10));
    e.applied = int(q.integer(11));
    e.alreadyApplied = int(q.integer(12));
    e.merged = int(q.integer(13));
    e.conflicts = int(q.integer(14));
    e.parked = int(q.integer(15));
    return e;
}
} // namespace

ExchangeIdentity ExchangeStore::identity() const
{
    Query q(m_database,
            QStringLiteral("SELECT role, node_uid, bureau_uid, bureau_name, workstation_code, workstation_name, "
                           "region_code, code_floor, code_ceiling, joined_at FROM exchange_identity WHERE id = 1"));
    q.exec();
    ExchangeIdentity identity;
    if (!q.next())
        return identity;
    identity.role =
        q.text(0) == QLatin1String("bureau") ? ExchangeIdentity::Role::Bureau : ExchangeIdentity::Role::Workstation;
    identity.nodeUid = q.text(1);
    identity.bureauUid = q.text(2);
    identity.bureauName = q.text(3);
    identity.workstationCode = int(q.integer(4));
    identity.workstationName = q.text(5);
    identity.regionCode = q.text(6);
    identity.codeFloor = q.integer(7);
    identity.codeCeiling = q.integer(8);
    identity.joinedAt = q.text(9);
    return identity;
}

void ExchangeStore::setIdentity(const ExchangeIdentity& identity) const
{
    Query(
        m_database,
        QStringLiteral("INSERT INTO exchange_identity (id, role, node_uid, bureau_uid, bureau_name, workstation_code, "
                       "workstation_name, region_code, code_floor, code_ceiling, joined_at) VALUES (1, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET role = excluded.role, node_uid = "
                       "excluded.node_uid, bureau_uid = excluded.bureau_uid, bureau_name = excluded.bureau_name, "
                       "workstation_code = excluded.workstation_code, workstation_name = excluded.workstation_name, "
                       "region_code = excluded.region_code, code_floor = excluded.code_floor, code_ceiling = "
                       "excluded.code_ceiling, joined_at = excluded.joined_at"))
        .bind(identity.isBureau() ? QStringLiteral("bureau") : QStringLiteral("workstation"))
        .bind(identity.nodeUid)
        .bind(identity.bureauUid)
        .bind(identity.bureauName)
        .bind(identity.workstationCode)
        .bind(identity.workstationName)
        .bind(identity.regionCode)
        .bind(identity.codeFloor)
        .bind(identity.codeCeiling)
        .bind(identity.joinedAt)
        .exec();
}

void ExchangeStore::setCodeFloor(qint64 floor) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_identity SET code_floor = ? WHERE id = 1")).bind(floor).exec();
}

std::pair<qint64, qint64> ExchangeStore::codeRange() const
{
    Query q(m_database, QStringLiteral("SELECT code_floor, code_ceiling FROM exchange_identity WHERE id = 1"));
    q.exec();
    if (!q.next())
        return {1, 0};
    return {q.integer(0), q.integer(1)};
}

bool ExchangeStore::decidesQuotas() const
{
    return Query(m_database, QStringLiteral("SELECT role FROM exchange_identity WHERE id = 1")).scalar().toString() !=
           QLatin1String("workstation");
}

QList<ExchangePeer> ExchangeStore::peers() const
{
    Query q(m_database, selectPeer + QStringLiteral(" ORDER BY workstation_code"));
    q.exec();
    QList<ExchangePeer> list;
    while (q.next())
        list << readPeer(q);
    return list;
}

std::optional<ExchangePeer> ExchangeStore::peer(int workstationCode) const
{
    Query q(m_database, selectPeer + QStringLiteral(" WHERE workstation_code = ?"));
    q.bind(workstationCode).exec();
    if (!q.next())
        return std::nullopt;
    return readPeer(q);
}

std::optional<ExchangePeer> ExchangeStore::peerByName(const QString& name) const
{
    Query q(m_database, selectPeer + QStringLiteral(" WHERE name = ? AND retired = 0"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return readPeer(q);
}

int ExchangeStore::nextWorkstationCode() const
{
    return int(Query(m_database, QStringLiteral("SELECT coalesce(max(workstation_code), 0) + 1 FROM exchange_peer"))
                   .scalar()
                   .toLongLong());
}

void ExchangeStore::insertPeer(const ExchangePeer& peer) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO exchange_peer (workstation_code, name, region_code, secret, enrolled_at, issues) "
                         "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(peer.workstationCode)
        .bind(peer.name)
        .bind(peer.regionCode)
        .bind(QString::fromLatin1(peer.secret))
        .bind(peer.enrolledAt)
        .bind(peer.issues)
        .exec();
}

void ExchangeStore::reissuePeer(int workstationCode, const QByteArray& secret, int issues) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET secret = ?, issues = ? WHERE workstation_code = ?"))
        .bind(QString::fromLatin1(secret))
        .bind(issues)
        .bind(workstationCode)
        .exec();
}

void ExchangeStore::setPeerAcked(int workstationCode, qint64 seq) const
{
    Query(m_database,
          QStringLiteral("UPDATE exchange_peer SET acked_seq = ? WHERE workstation_code = ? AND acked_seq < ?"))
        .bind(seq)
        .bind(workstationCode)
        .bind(seq)
        .exec();
}

void ExchangeStore::setPeerAckedAnswer(int workstationCode, qint64 answer) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET acked_answer = ? WHERE workstation_code = ? AND "
                                     "acked_answer < ?"))
        .bind(answer)
        .bind(workstationCode)
        .bind(answer)
        .exec();
}

void ExchangeStore::newInstallation(int workstationCode, const QString& nodeUid, qint64 ackedSeq,
                                    qint64 ackedAnswer) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET node_uid = ?, acked_seq = ?, acked_answer = ? WHERE "
                                     "workstation_code = ?"))
        .bind(nodeUid)
        .bind(ackedSeq)
        .bind(ackedAnswer)
        .bind(workstationCode)
        .exec();
}

void ExchangeStore::setPeerHighWater(int workstationCode, qint64 highWater) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET code_high_water = ? WHERE workstation_code = ? AND "
                                     "code_high_water < ?"))
        .bind(highWater)
        .bind(workstationCode)
        .bind(highWater)
        .exec();
}

void ExchangeStore::noteIn(int workstationCode, const QString& at, const QString& packageUid) const
{
    Query(m_database,
          QStringLiteral("UPDATE exchange_peer SET last_in_at = ?, last_in_package = ? WHERE workstation_code = ?"))
        .bind(at)
        .bind(packageUid)
        .bind(workstationCode)
        .exec();
}

void ExchangeStore::noteOut(int workstationCode, const QString& at, const QString& packageUid, qint64 answer) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET last_out_at = ?, last_out_package = ?, answers = CASE "
                                     "WHEN answers < ? THEN ? ELSE answers END WHERE workstation_code = ?"))
        .bind(at)
        .bind(packageUid)
        .bind(answer)
        .bind(answer)
        .bind(workstationCode)
        .exec();
}

void ExchangeStore::setRetired(int workstationCode, bool retired) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_peer SET retired = ? WHERE workstation_code = ?"))
        .bind(retired ? 1 : 0)
        .bind(workstationCode)
        .exec();
}

qint64 ExchangeStore::receivedSeq(int workstationCode, const QString& nodeUid) const
{
    return Query(m_database,
                 QStringLiteral("SELECT received_seq FROM exchange_stream WHERE workstation_code = ? AND node_uid = ?"))
        .bind(workstationCode)
        .bind(nodeUid)
        .scalar()
        .toLongLong();
}

qint64 ExchangeStore::receivedAnswer(int workstationCode, const QString& nodeUid) const
{
    return Query(m_database, QStringLiteral("SELECT received_answer FROM exchange_stream WHERE workstation_code = ? "
                                            "AND node_uid = ?"))
        .bind(workstationCode)
        .bind(nodeUid)
        .scalar()
        .toLongLong();
}

void ExchangeStore::setReceivedAnswer(int workstationCode, const QString& nodeUid, qint64 answer) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_stream SET received_answer = ? WHERE workstation_code = ? AND "
                                     "node_uid = ? AND received_answer < ?"))
        .bind(answer)
        .bind(workstationCode)
        .bind(nodeUid)
        .bind(answer)
        .exec();
}

bool ExchangeStore::knowsStream(int workstationCode, const QString& nodeUid) const
{
    return Query(m_database,
                 QStringLiteral("SELECT 1 FROM exchange_stream WHERE workstation_code = ? AND node_uid = ?"))
        .bind(workstationCode)
        .bind(nodeUid)
        .scalar()
        .isValid();
}

void ExchangeStore::setReceivedSeq(int workstationCode, const QString& nodeUid, qint64 seq, const QString& now) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO exchange_stream (workstation_code, node_uid, received_seq, first_at) VALUES (?, "
                         "?, ?, ?) ON CONFLICT (workstation_code, node_uid) DO UPDATE SET received_seq = CASE WHEN "
                         "excluded.received_seq > exchange_stream.received_seq THEN excluded.received_seq ELSE "
                         "exchange_stream.received_seq END"))
        .bind(workstationCode)
        .bind(nodeUid)
        .bind(seq)
        .bind(now)
        .exec();
}

std::optional<ExchangeStore::InboxEntry> ExchangeStore::inboxEntry(const QString& packageUid) const
{
    Query q(m_database, selectInbox + QStringLiteral(" WHERE package_uid = ?"));
    q.bind(packageUid).exec();
    if (!q.next())
        return std::nullopt;
    return readInbox(q);
}

void ExchangeStore::insertInbox(const InboxEntry& e) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO exchange_inbox (package_uid, workstation_code, node_uid, kind, created_at, "
                         "imported_at, imported_by, file_name, from_seq, to_seq, changes, applied, already_applied, "
                         "merged, conflicts, parked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(e.packageUid)
        .bind(e.workstationCode)
        .bind(e.nodeUid)
        .bind(e.kind)
        .bind(e.createdAt)
        .bind(e.importedAt)
        .bind(e.importedBy)
        .bind(e.fileName)
        .bind(e.fromSeq)
        .bind(e.toSeq)
        .bind(e.changes)
        .bind(e.applied)
        .bind(e.alreadyApplied)
        .bind(e.merged)
        .bind(e.conflicts)
        .bind(e.parked)
        .exec();
}

QList<ExchangeStore::InboxEntry> ExchangeStore::recentInbox(int limit) const
{
    Query q(m_database, selectInbox + QStringLiteral(" ORDER BY imported_at DESC, package_uid LIMIT %1").arg(limit));
    q.exec();
    QList<InboxEntry> list;
    while (q.next())
        list << readInbox(q);
    return list;
}

void ExchangeStore::insertConflict(const ExchangeConflict& c) const
{
    Query(m_database,
          QStringLiteral(
              "INSERT INTO exchange_conflict (uid, entity, record_uid, label, field, kind, kept_value, "
              "other_value, base_version, workstation_code, package_uid, origin_actor, origin_at, "
              "detected_at, at_answer, status, resolved_at, resolved_by, resolution) VALUES (?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(c.uid)
        .bind(c.entity)
        .bind(c.recordUid)
        .bind(c.label)
        .bind(c.field)
        .bind(c.kind)
        .bind(c.keptValue)
        .bind(c.otherValue)
        .bind(c.baseVersion)
        .bind(c.workstationCode)
        .bind(c.packageUid)
        .bind(c.originActor)
        .bind(c.originAt)
        .bind(Clock::stamp(c.detectedAt))
        .bind(c.atAnswer)
        .bind(c.resolved ? QStringLiteral("resolved") : QStringLiteral("open"))
        .bind(c.resolvedAt.isValid() ? QVariant(Clock::stamp(c.resolvedAt)) : QVariant())
        .bind(c.resolvedBy)
        .bind(c.resolution)
        .exec();
}

void ExchangeStore::upsertConflict(const ExchangeConflict& c) const
{
    Query q(m_database, QStringLiteral("SELECT id FROM exchange_conflict WHERE uid = ?"));
    const QVariant id = q.bind(c.uid).scalar();
    if (!id.isValid())
        return insertConflict(c);
    Query(m_database, QStringLiteral("UPDATE exchange_conflict SET status = ?, resolved_at = ?, resolved_by = ?, "
                                     "resolution = ? WHERE id = ?"))
        .bind(c.resolved ? QStringLiteral("resolved") : QStringLiteral("open"))
        .bind(c.resolvedAt.isValid() ? QVariant(Clock::stamp(c.resolvedAt)) : QVariant())
        .bind(c.resolvedBy)
        .bind(c.resolution)
        .bind(id)
        .exec();
}

QList<ExchangeConflict> ExchangeStore::conflicts(bool openOnly, int workstationCode) const
{
    QStringList where{QStringLiteral("1 = 1")};
    if (openOnly)
        where << QStringLiteral("status = 'open'");
    if (workstationCode >= 0)
        where << QStringLiteral("workstation_code = %1").arg(workstationCode);
    Query q(m_database, selectConflict + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
                            QStringLiteral(" ORDER BY id"));
    q.exec();
    QList<ExchangeConflict> list;
    while (q.next())
        list << readConflict(q);
    return list;
}

std::optional<ExchangeConflict> ExchangeStore::conflict(qint64 id) const
{
    Query q(m_database, selectConflict + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readConflict(q);
}

void ExchangeStore::resolveConflict(qint64 id, const QString& by, const QString& resolution, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_conflict SET status = 'resolved', resolved_at = ?, resolved_by "
                                     "= ?, resolution = ?, at_answer = (SELECT p.answers + 1 FROM exchange_peer p "
                                     "WHERE p.workstation_code = exchange_conflict.workstation_code) WHERE id = ?"))
        .bind(now)
        .bind(by)
        .bind(resolution)
        .bind(id)
        .exec();
}

QList<ExchangeConflict> ExchangeStore::conflictsFor(int workstationCode, qint64 afterAnswer) const
{
    Query q(m_database, selectConflict + QStringLiteral(" WHERE workstation_code = ? AND at_answer > ? ORDER BY id"));
    q.bind(workstationCode).bind(afterAnswer).exec();
    QList<ExchangeConflict> list;
    while (q.next())
        list << readConflict(q);
    return list;
}

int ExchangeStore::openConflictCount(int workstationCode) const
{
    Query q(m_database, workstationCode < 0
                            ? QStringLiteral("SELECT count(*) FROM exchange_conflict WHERE status = 'open'")
                            : QStringLiteral("SELECT count(*) FROM exchange_conflict WHERE status = 'open' AND "
                                             "workstation_code = ?"));
    if (workstationCode >= 0)
        q.bind(workstationCode);
    return q.scalar().toInt();
}

void ExchangeStore::park(const ParkedChange& c) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO exchange_parked (workstation_code, package_uid, seq, entity, "
                         "record_uid, reason, item, parked_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"))
        .bind(c.workstationCode)
        .bind(c.packageUid)
        .bind(c.seq)
        .bind(c.entity)
        .bind(c.recordUid)
        .bind(c.reason)
        .bind(QString::fromUtf8(c.item))
        .bind(Clock::stamp(c.parkedAt))
        .exec();
}

QList<ParkedChange> ExchangeStore::waitingParked() const
{
    Query q(m_database,
            QStringLiteral("SELECT id, workstation_code, package_uid, seq, entity, record_uid, reason, item, "
                           "parked_at, attempts FROM exchange_parked WHERE applied_at IS NULL ORDER BY "
                           "workstation_code, seq, id"));
    q.exec();
    QList<ParkedChange> list;
    while (q.next()) {
        ParkedChange c;
        c.id = q.integer(0);
        c.workstationCode = int(q.integer(1));
        c.packageUid = q.text(2);
        c.seq = q.integer(3);
        c.entity = q.text(4);
        c.recordUid = q.text(5);
        c.reason = q.text(6);
        c.item = q.text(7).toUtf8();
        c.parkedAt = Clock::fromStamp(q.text(8));
        c.attempts = int(q.integer(9));
        list << c;
    }
    return list;
}

bool ExchangeStore::hasWaitingParked(const QString& entity, const QString& recordUid) const
{
    return Query(m_database, QStringLiteral("SELECT 1 FROM exchange_parked WHERE record_uid = ? AND entity = ? AND "
                                            "applied_at IS NULL"))
        .bind(recordUid)
        .bind(entity)
        .scalar()
        .isValid();
}

void ExchangeStore::markParkedApplied(qint64 id, const QString& now) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_parked SET applied_at = ? WHERE id = ?"))
        .bind(now)
        .bind(id)
        .exec();
}

void ExchangeStore::noteParkedAttempt(qint64 id, const QString& reason) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_parked SET attempts = attempts + 1, reason = ? WHERE id = ?"))
        .bind(reason)
        .bind(id)
        .exec();
}

int ExchangeStore::parkedCount(int workstationCode) const
{
    Query q(m_database, workstationCode < 0
                            ? QStringLiteral("SELECT count(*) FROM exchange_parked WHERE applied_at IS NULL")
                            : QStringLiteral("SELECT count(*) FROM exchange_parked WHERE applied_at IS NULL AND "
                                             "workstation_code = ?"));
    if (workstationCode >= 0)
        q.bind(workstationCode);
    return q.scalar().toInt();
}

void ExchangeStore::addScope(int workstationCode, const QString& entity, const QString& recordUid,
                             qint64 addedAnswer) const
{
    Query(m_database,
          QStringLiteral("INSERT INTO exchange_scope (workstation_code, entity, record_uid, added_answer) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (workstation_code, entity, record_uid) DO NOTHING"))
        .bind(workstationCode)
        .bind(entity)
        .bind(recordUid)
        .bind(addedAnswer)
        .exec();
}

QSet<QString> ExchangeStore::scope(int workstationCode, const QString& entity) const
{
    Query q(m_database,
            QStringLiteral("SELECT record_uid FROM exchange_scope WHERE workstation_code = ? AND entity = ?"));
    q.bind(workstationCode).bind(entity).exec();
    QSet<QString> uids;
    while (q.next())
        uids.insert(q.text(0));
    return uids;
}

QList<std::pair<QString, QString>> ExchangeStore::scopeAddedAfter(int workstationCode, qint64 answer) const
{
    Query q(m_database, QStringLiteral("SELECT entity, record_uid FROM exchange_scope WHERE workstation_code = ? AND "
                                       "added_answer > ? ORDER BY added_answer, entity, record_uid"));
    q.bind(workstationCode).bind(answer).exec();
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list << std::pair{q.text(0), q.text(1)};
    return list;
}

std::optional<ExchangeStore::Base> ExchangeStore::base(const QString& entity, const QString& recordUid) const
{
    Query q(m_database, QStringLiteral("SELECT version, held FROM exchange_base WHERE entity = ? AND record_uid = ?"));
    q.bind(entity).bind(recordUid).exec();
    if (!q.next())
        return std::nullopt;
    Base b;
    b.version = q.integer(0);
    b.held = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
    return b;
}

void ExchangeStore::setBase(const QString& entity, const QString& recordUid, const Base& base) const
{
    Query(m_database, QStringLiteral("INSERT INTO exchange_base (entity, record_uid, version, held) VALUES (?, ?, ?, "
                                     "?) ON CONFLICT (entity, record_uid) DO UPDATE SET version = excluded.version, "
                                     "held = excluded.held"))
        .bind(entity)
        .bind(recordUid)
        .bind(base.version)
        .bind(QString::fromUtf8(QJsonDocument(base.held).toJson(QJsonDocument::Compact)))
        .exec();
}

void ExchangeStore::renameBase(const QString& entity, const QString& from, const QString& to) const
{
    Query(m_database, QStringLiteral("UPDATE exchange_base SET record_uid = ? WHERE entity = ? AND record_uid = ?"))
        .bind(to)
        .bind(entity)
        .bind(from)
        .exec();
}

void ExchangeStore::replaceStanding(const QList<ReferralStanding>& standing) const
{
    Query(m_database, QStringLiteral("DELETE FROM exchange_standing")).exec();
    for (const ReferralStanding& s : standing) {
        Query(m_database, QStringLiteral("INSERT INTO exchange_standing (referral_uid, code, status, position, "
                                         "queue_length, preliminary_date, scheduled_date, as_of) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?, ?) ON CONFLICT (referral_uid) DO NOTHING"))
            .bind(s.referralUid)
            .bind(s.code)
            .bind(s.status)
            .bind(s.position)
            .bind(s.queueLength)
            .bind(s.preliminaryDate.isValid() ? QVariant(Clock::dateText(s.preliminaryDate)) : QVariant())
            .bind(s.scheduledDate.isValid() ? QVariant(Clock::dateText(s.scheduledDate)) : QVariant())
            .bind(Clock::stamp(s.asOf))
            .exec();
    }
}

std::optional<ReferralStanding> ExchangeStore::standing(const QString& referralUid) const
{
    Query q(m_database, QStringLiteral("SELECT referral_uid, code, status, position, queue_length, preliminary_date, "
                                       "scheduled_date, as_of FROM exchange_standing WHERE referral_uid = ?"));
    q.bind(referralUid).exec();
    if (!q.next())
        return std::nullopt;
    ReferralStanding s;
    s.referralUid = q.text(0);
    s.code = q.text(1);
    s.status = q.text(2);
    s.position = q.integer(3);
    s.queueLength = q.integer(4);
    s.preliminaryDate = q.isNull(5) ? QDate() : Clock::dateFromText(q.text(5));
    s.scheduledDate = q.isNull(6) ? QDate() : Clock::dateFromText(q.text(6));
    s.asOf = Clock::fromStamp(q.text(7));
    return s;
}
