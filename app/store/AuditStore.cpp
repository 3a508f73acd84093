#include "AuditStore.h"

#include "Query.h"
#include "WriteTransaction.h"

namespace {

const QString entryColumns = QStringLiteral(
    "seq, at, login, role, workstation, action, outcome, patient_iin, object_type, object_id, details, change_from, "
    "change_to, change_digest, mac");

AuditEntry readEntry(const Query& q)
{
    AuditEntry e;
    e.seq = q.integer(0);
    e.at = q.text(1);
    e.login = q.text(2);
    e.role = q.text(3);
    e.workstation = q.text(4);
    e.action = q.text(5);
    e.outcome = q.text(6);
    e.patientIin = q.text(7);
    e.objectType = q.text(8);
    e.objectId = q.text(9);
    e.details = q.text(10);
    e.changeFrom = q.integer(11);
    e.changeTo = q.integer(12);
    e.changeDigest = q.text(13);
    e.mac = q.text(14);
    return e;
}

const QString changeColumns =
    QStringLiteral("id, entity, uid, change, row_version, changed_at, actor, workstation, fields");

AuditStore::ChangeRow readChange(const Query& q)
{
    AuditStore::ChangeRow c;
    c.id = q.integer(0);
    c.entity = q.text(1);
    c.uid = q.text(2);
    c.change = q.text(3);
    c.rowVersion = q.integer(4);
    c.changedAt = q.text(5);
    c.actor = q.text(6);
    c.workstation = q.text(7);
    c.fields = q.text(8);
    return c;
}

} // namespace

void AuditStore::protect(Database& database)
{
    // Triggers differ in syntax between the two back ends; they are the audit log's alone, so they live here
    // rather than in SqlDialect.
    const bool sqlite = database.dialect().isSqlite();
    const QString present =
        sqlite ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                "('audit_log_append_only', 'audit_log_no_delete')")
               : QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname IN ('audit_log_append_only', "
                                "'audit_log_no_truncate') AND tgrelid = 'audit_log'::regclass");
    if (Query(database, present).scalar().toInt() == 2)
        return;
    QStringList statements;
    if (sqlite) {
        statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_append_only BEFORE UPDATE ON audit_log "
                                     "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                   << QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
                                     "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    } else {
        statements << QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE "
                                     "plpgsql AS $guard$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END "
                                     "$guard$")
                   << QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
                   << QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR "
                                     "EACH ROW EXECUTE FUNCTION audit_log_append_only()")
                   << QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
                   << QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH "
                                     "STATEMENT EXECUTE FUNCTION audit_log_append_only()");
    }
    WriteTransaction transaction(database);
    for (const QString& statement : std::as_const(statements))
        database.execute(statement);
    transaction.commit();
}

QStringList AuditStore::ChangeRow::sealed() const
{
    return {QString::number(id), entity, uid,         change, QString::number(rowVersion),
            changedAt,           actor,  workstation, fields};
}

AuditStore::Head AuditStore::head() const
{
    Query q(m_database, QStringLiteral("SELECT seq, mac, change_to FROM audit_log ORDER BY seq DESC LIMIT 1"));
    q.exec();
    Head h;
    if (q.next()) {
        h.seq = q.integer(0);
        h.mac = q.text(1);
        h.changeTo = q.integer(2);
    }
    return h;
}

qint64 AuditStore::count() const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong();
}

qint64 AuditStore::lastChangeId() const
{
    return Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).scalar().toLongLong();
}

void AuditStore::checkSigner() const
{
    const AccessContext& access = m_database.access();
    if (!access.signedIn())
        return;
    Query q(m_database, QStringLiteral("SELECT active, role FROM account WHERE id = ?"));
    q.bind(access.accountId).exec();
    if (!q.next() || q.integer(0) == 0)
        throw OperationError(
            OperationError::Kind::Forbidden,
            tr("The account %1 has been disabled. Nothing was saved; ask the administrator.").arg(access.login));
    if (q.text(1) != access.role)
        throw OperationError(OperationError::Kind::Forbidden,
                             tr("The role of the account %1 was changed by the administrator. Nothing was saved; sign "
                                "in again to continue with the new role.")
                                 .arg(access.login));
}

AuditEntry AuditStore::insert(AuditEntry e, const Head& previous, const AuditKey& key) const
{
    e.seq = previous.seq + 1;
    e.mac = AuditChain::Mac(key).of(previous.mac, e);
    Query(m_database, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(entryColumns))
        .bind(e.seq)
        .bind(e.at)
        .bind(e.login)
        .bind(e.role)
        .bind(e.workstation)
        .bind(e.action)
        .bind(e.outcome)
        .bind(e.patientIin)
        .bind(e.objectType)
        .bind(e.objectId)
        .bind(e.details)
        .bind(e.changeFrom)
        .bind(e.changeTo)
        .bind(e.changeDigest)
        .bind(e.mac)
        .exec();
    return e;
}

AuditEntry AuditStore::append(AuditEntry entry) const
{
    const AccessContext& access = m_database.access();
    if (!access.auditKey)
        throw OperationError(OperationError::Kind::Storage, tr("The audit log is not kept on this connection."));
    checkSigner();
    // Changes written before the entry in the same transaction are sealed first, so the entries keep the
    // order of what happened.
    sealChanges(entry.at);
    const Head previous = head();
    if (entry.login.isEmpty()) {
        entry.login = access.login;
        entry.role = access.role;
    }
    entry.workstation = m_database.workstation();
    if (entry.outcome.isEmpty())
        entry.outcome = QStringLiteral("ok");
    if (entry.details.isEmpty())
        entry.details = QStringLiteral("{}");
    entry.changeFrom = previous.changeTo + 1;
    entry.changeTo = previous.changeTo;
    entry.changeDigest.clear();
    return insert(entry, previous, *access.auditKey);
}

AuditEntry AuditStore::start(AuditEntry entry, const AuditKey& key) const
{
    Head none;
    none.changeTo = lastChangeId();
    entry.workstation = m_database.workstation();
    entry.changeFrom = none.changeTo + 1;
    entry.changeTo = none.changeTo;
    if (entry.outcome.isEmpty())
        entry.outcome = QStringLiteral("ok");
    return insert(entry, none, key);
}

void AuditStore::sealChanges(const QString& at) const
{
    const AccessContext& access = m_database.access();
    if (!access.auditKey)
        return;
    const Head previous = head();
    const qint64 last = lastChangeId();
    if (last <= previous.changeTo)
        return;
    checkSigner();
    AuditChain::ChangeDigest digest;
    qint64 rows = 0;
    {
        Query q(m_database,
                QStringLiteral("SELECT %1 FROM change_log WHERE id > ? AND id <= ? ORDER BY id").arg(changeColumns));
        q.bind(previous.changeTo).bind(last).exec();
        while (q.next()) {
            digest.add(readChange(q).sealed());
            ++rows;
        }
    }
    AuditEntry e;
    e.at = at;
    e.login = access.login;
    e.role = access.role;
    e.workstation = m_database.workstation();
    e.action = QStringLiteral("change");
    e.outcome = QStringLiteral("ok");
    e.details = QStringLiteral("{\"rows\":%1}").arg(rows);
    e.changeFrom = previous.changeTo + 1;
    e.changeTo = last;
    e.changeDigest = digest.hex();
    insert(e, previous, *access.auditKey);
}

QString AuditStore::patientClause(const QString& iin, QVariantList& binds) const
{
    // The entries about the patient (views, searches, printouts), and the seals of every change to the
    // patient's records: the patient, their referrals with their events and documents, their applications for
    // treatment abroad with theirs. Each change is sealed by the first entry whose range reaches it.
    static const QStringList keys = {
        QStringLiteral("SELECT p.uid FROM patient p WHERE p.iin = ?"),
        QStringLiteral("SELECT r.uid FROM referral r JOIN patient p ON p.id = r.patient_id WHERE p.iin = ?"),
        QStringLiteral("SELECT e.uid FROM referral_event e JOIN referral r ON r.id = e.referral_id JOIN patient p "
                       "ON p.id = r.patient_id WHERE p.iin = ?"),
        QStringLiteral("SELECT r.uid || '/' || d.document_code FROM referral_document d JOIN referral r ON r.id = "
                       "d.referral_id JOIN patient p ON p.id = r.patient_id WHERE p.iin = ?"),
        QStringLiteral("SELECT a.uid FROM abroad_application a JOIN patient p ON p.id = a.patient_id WHERE p.iin = ?"),
        QStringLiteral("SELECT e.uid FROM abroad_event e JOIN abroad_application a ON a.id = e.application_id JOIN "
                       "patient p ON p.id = a.patient_id WHERE p.iin = ?"),
        QStringLiteral("SELECT d.uid FROM abroad_document d JOIN abroad_application a ON a.id = d.application_id "
                       "JOIN patient p ON p.id = a.patient_id WHERE p.iin = ?")};
    binds << iin;
    for (qsizetype i = 0; i < keys.size(); ++i)
        binds << iin;
    return QStringLiteral("(patient_iin = ? OR seq IN (SELECT (SELECT a.seq FROM audit_log a WHERE a.change_to >= "
                          "c.id AND a.change_from <= c.id ORDER BY a.change_to, a.seq LIMIT 1) FROM change_log c "
                          "WHERE c.uid IN (%1)))")
        .arg(keys.join(QStringLiteral(" UNION ALL ")));
}

QList<AuditEntry> AuditStore::list(const Filter& filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.login.isEmpty()) {
        where << QStringLiteral("login = ?");
        binds << filter.login;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (!filter.since.isEmpty()) {
        where << QStringLiteral("at >= ?");
        binds << filter.since;
    }
    if (!filter.until.isEmpty()) {
        where << QStringLiteral("at < ?");
        binds << filter.until;
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(entryColumns);
    if (!filter.patientIin.isEmpty())
        where << patientClause(filter.patientIin, binds);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    Query q(m_database, sql);
    for (const QVariant& b : std::as_const(binds))
        q.bind(b);
    q.bind(filter.limit > 0 ? filter.limit : 1000000000);
    q.exec();
    QList<AuditEntry> entries;
    while (q.next())
        entries.prepend(readEntry(q));
    return entries;
}

QList<AuditStore::ChangeRow> AuditStore::changes(qint64 from, qint64 to, int limit) const
{
    Query q(
        m_database,
        QStringLiteral("SELECT %1 FROM change_log WHERE id >= ? AND id <= ? ORDER BY id LIMIT ?").arg(changeColumns));
    q.bind(from).bind(to).bind(limit).exec();
    QList<ChangeRow> rows;
    while (q.next())
        rows << readChange(q);
    return rows;
}

std::optional<AuditEntry> AuditStore::entry(qint64 seq) const
{
    Query q(m_database, QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(entryColumns));
    q.bind(seq).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

qint64 AuditStore::firstWrittenAfter(const QString& at, qint64 maxSeq) const
{
    return Query(m_database, QStringLiteral("SELECT coalesce(min(seq), 0) FROM audit_log WHERE at > ? AND seq <= ?"))
        .bind(at)
        .bind(maxSeq)
        .scalar()
        .toLongLong();
}

std::optional<QString> AuditStore::macOf(qint64 seq) const
{
    const QVariant v = Query(m_database, QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?")).bind(seq).scalar();
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

AuditStore::Verification AuditStore::verify(const AuditKey& key, const std::function<void(qint64)>& progress) const
{
    Verification v;
    const AuditChain::Mac mac(key);
    Query entries(m_database, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(entryColumns));
    entries.exec();
    std::unique_ptr<Query> changeRows;
    bool changePending = false;
    ChangeRow pendingRow;
    QString previousMac;
    qint64 previousChangeTo = -1;
    qint64 expected = 1;
    auto fail = [&](qint64 seq, const QString& problem, const QString& message) {
        v.firstBad = seq;
        v.problem = problem;
        v.message = message;
    };
    while (entries.next()) {
        const AuditEntry e = readEntry(entries);
        if (e.seq != expected) {
            fail(expected, QStringLiteral("missing"),
                 e.seq > expected
                     ? tr("Entry %1 is missing: the log goes from entry %2 to entry %3 (an entry was "
                          "deleted).")
                           .arg(expected)
                           .arg(expected - 1)
                           .arg(e.seq)
                     : tr("Entry %1 appears out of order (the entries were renumbered or reordered).").arg(expected));
            break;
        }
        if (!changeRows) {
            // The first entry fixes where sealing began; the change_log rows are read alongside from there.
            changeRows = std::make_unique<Query>(
                m_database, QStringLiteral("SELECT %1 FROM change_log WHERE id >= ? ORDER BY id").arg(changeColumns));
            changeRows->bind(e.changeFrom).exec();
            changePending = changeRows->next();
            if (changePending)
                pendingRow = readChange(*changeRows);
            previousChangeTo = e.changeFrom - 1;
        }
        const bool rangeFollows = e.changeFrom == previousChangeTo + 1 && e.changeTo >= previousChangeTo;
        AuditChain::ChangeDigest digest;
        while (changePending && pendingRow.id <= e.changeTo) {
            digest.add(pendingRow.sealed());
            changePending = changeRows->next();
            if (changePending)
                pendingRow = readChange(*changeRows);
        }
        const QString changeDigest = digest.isEmpty() ? QString() : digest.hex();
        const QString expectedMac = mac.of(previousMac, e);
        if (expectedMac != e.mac || !rangeFollows) {
            fail(e.seq, QStringLiteral("altered"),
                 tr("Entry %1 was altered, or entries were reordered: its seal does not match its contents.")
                     .arg(e.seq));
            break;
        }
        if (changeDigest != e.changeDigest) {
            fail(e.seq, QStringLiteral("changes_altered"),
                 tr("The changes sealed by entry %1 (change log rows %2 to %3) were altered or removed.")
                     .arg(e.seq)
                     .arg(e.changeFrom)
                     .arg(e.changeTo));
            break;
        }
        previousMac = e.mac;
        previousChangeTo = e.changeTo;
        v.entries = e.seq;
        v.head = e.mac;
        ++expected;
        if (progress && e.seq % 10000 == 0)
            progress(e.seq);
    }
    if (v.firstBad == 0 && changeRows) {
        while (changePending) {
            ++v.unsealedChanges;
            changePending = changeRows->next();
        }
    }
    return v;
}
