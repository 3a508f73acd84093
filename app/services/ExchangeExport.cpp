#include "ExchangeExport.h"

#include "WaitingListService.h"
#include "domain/AppInfo.h"
#include "domain/ReferralNumbers.h"
#include "store/ChangeSnapshot.h"
#include "store/ExchangeRecordStore.h"
#include "store/ExchangeStore.h"
#include "store/Migrator.h"
#include "store/ReferralStore.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

[[noreturn]] void refuse(const QString& message)
{
    throw OperationError(OperationError::Kind::Invalid, message);
}

QString keyOf(const QString& entity, const QString& key)
{
    return entity + QLatin1Char('\n') + key;
}
} // namespace

ExchangeExport::ExchangeExport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QJsonObject ExchangeExport::baseManifest(const QString& kind) const
{
    return QJsonObject{
        {QStringLiteral("package"), newUid()},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("created_at"), m_clock.nowStamp()},
        {QStringLiteral("schema_version"), Migrator(m_database).latestVersion()},
        {QStringLiteral("app_version"), AppInfo::version()},
    };
}

ExchangeExport::Result ExchangeExport::forBureau()
{
    const ExchangeStore exchange(m_database);
    const ExchangeIdentity identity = exchange.identity();
    if (!identity.isWorkstation())
        refuse(tr("This database has not joined a bureau, so there is nobody to send a package to. Join the bureau "
                  "first with the file it gave you (exchange join FILE)."));
    const std::optional<ExchangePeer> bureau = exchange.peer(0);
    if (!bureau)
        refuse(tr("This database has no record of its bureau. Join the bureau again with its enrolment file."));
    const ExchangeRecordStore records(m_database);

    Result result;
    result.key = bureau->secret;
    result.targetCode = 0;
    result.targetName = identity.bureauName;
    QJsonObject manifest = baseManifest(QStringLiteral("changes"));
    result.packageUid = manifest.value(QStringLiteral("package")).toString();

    ChangeSnapshot snapshot(m_database);
    const qint64 toSeq = records.lastSeq();
    QStringList tables;
    for (const TravellingTable& t : TravellingTables::all()) {
        if (t.travelsUp() && records.isPresent(t))
            tables << t.name;
    }
    // Every record with entries of its own the bureau has not acknowledged, with the entry that last changed each
    // field. Only this database's own changes: what arrived from the bureau goes back to nobody.
    struct Pending
    {
        QString entity;
        QString uid;
        bool inserted = false;
        QHash<QString, qint64> fieldSeq;
        qint64 first = 0;
        ExchangeRecordStore::Entry last;
    };
    QHash<QString, qsizetype> index;
    QList<Pending> pending;
    records.forEachOwnEntry(bureau->ackedSeq, tables, [&](const ExchangeRecordStore::Entry& e) {
        if (e.id > toSeq)
            return;
        const QString k = keyOf(e.entity, e.uid);
        auto found = index.constFind(k);
        if (found == index.constEnd()) {
            found = index.insert(k, pending.size());
            pending << Pending{e.entity, e.uid, false, {}, e.id, e};
        }
        Pending& p = pending[*found];
        p.last = e;
        if (e.change == QLatin1String("insert")) {
            p.inserted = true;
            for (const QString& c : records.travellingColumns(*TravellingTables::find(e.entity)))
                p.fieldSeq.insert(c, e.id);
        } else {
            for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
                p.fieldSeq.insert(it.key(), e.id);
        }
    });
    // A record that took the bureau's uid (its patient with the same IIN) has its earlier entries under the old one.
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const TravellingTable& table = *TravellingTables::find(pending.at(i).entity);
        if (table.identity != QStringList{QStringLiteral("uid")} || records.locate(table, pending.at(i).uid))
            continue;
        QString renamed = records.renamedTo(table.name, pending.at(i).uid);
        for (int hops = 0; hops < 8 && !renamed.isEmpty() && !records.locate(table, renamed); ++hops)
            renamed = records.renamedTo(table.name, renamed);
        if (renamed.isEmpty())
            continue;
        const QString k = keyOf(table.name, renamed);
        if (!index.contains(k)) {
            pending[i].uid = renamed;
            index.insert(k, i);
            continue;
        }
        Pending& into = pending[index.value(k)];
        into.inserted = into.inserted || pending.at(i).inserted;
        into.first = std::min(into.first, pending.at(i).first);
        for (auto it = pending.at(i).fieldSeq.constBegin(); it != pending.at(i).fieldSeq.constEnd(); ++it)
            into.fieldSeq.insert(it.key(), std::max(it.value(), into.fieldSeq.value(it.key())));
        pending[i].entity.clear(); // merged
    }
    for (const Pending& p : std::as_const(pending)) {
        if (p.entity.isEmpty())
            continue;
        const TravellingTable& table = *TravellingTables::find(p.entity);
        const std::optional<ExchangeStore::Base> base = exchange.base(p.entity, p.uid);
        const qint64 baseVersion = base ? base->version : 0;
        QJsonObject change{
            {QStringLiteral("entity"), p.entity},
            {QStringLiteral("key"), p.uid},
            {QStringLiteral("seq"), p.last.id},
            {QStringLiteral("first"), p.first},
            {QStringLiteral("base"), baseVersion},
            {QStringLiteral("actor"), p.last.actor},
            {QStringLiteral("workstation"), p.last.workstation},
            {QStringLiteral("changed_at"), p.last.changedAt},
        };
        QJsonObject fields;
        for (auto it = p.fieldSeq.constBegin(); it != p.fieldSeq.constEnd(); ++it) {
            const qint64 fieldBase =
                base && base->held.contains(it.key()) ? base->held.value(it.key()).toInteger() : baseVersion;
            fields.insert(it.key(),
                          QJsonObject{{QStringLiteral("seq"), it.value()}, {QStringLiteral("base"), fieldBase}});
        }
        change.insert(QStringLiteral("fields"), fields);
        if (!table.ownerColumn.isEmpty()) {
            // What it belongs to (a referral) as this workstation last had it from the bureau: a referral the bureau
            // closed since then takes no more changes from here.
            const std::optional<ExchangeStore::Base> owner =
                exchange.base(table.ownerTable(), records.ownerUid(table, p.uid));
            change.insert(QStringLiteral("owner_base"), owner ? owner->version : qint64(0));
        }
        const std::optional<ExchangeRecordStore::Located> located = records.locate(table, p.uid);
        if (located) {
            const ExchangeRecordStore::Record record = records.read(table, *located);
            change.insert(QStringLiteral("row"), record.values);
            change.insert(QStringLiteral("version"), record.version);
            change.insert(QStringLiteral("op"), p.inserted       ? QStringLiteral("insert")
                                                : record.deleted ? QStringLiteral("delete")
                                                                 : QStringLiteral("update"));
        } else {
            // Erased here (a row of a list, not a clerk's record): the bureau erases it too.
            change.insert(QStringLiteral("row"), QJsonObject());
            change.insert(QStringLiteral("version"), p.last.rowVersion);
            change.insert(QStringLiteral("op"), QStringLiteral("delete"));
        }
        result.content.changes << change;
    }
    const qint64 issued = records.highestNumberIssued(ReferralNumbers::floorOf(identity.workstationCode),
                                                      ReferralNumbers::ceilingOf(identity.workstationCode));
    manifest.insert(QStringLiteral("bureau"), identity.bureauUid);
    manifest.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("workstation"), identity.workstationCode},
                                                          {QStringLiteral("node"), identity.nodeUid},
                                                          {QStringLiteral("name"), identity.workstationName}});
    manifest.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("workstation"), 0},
                                                          {QStringLiteral("node"), identity.bureauUid},
                                                          {QStringLiteral("name"), identity.bureauName}});
    manifest.insert(QStringLiteral("ranges"),
                    QJsonObject{{QStringLiteral("from_seq"), bureau->ackedSeq + 1},
                                {QStringLiteral("to_seq"), toSeq},
                                {QStringLiteral("ack_seq"), exchange.receivedSeq(0, identity.bureauUid)},
                                {QStringLiteral("ack_answer"), exchange.receivedAnswer(0, identity.bureauUid)}});
    manifest.insert(QStringLiteral("code_high_water"), issued > 0 ? ReferralNumbers::withinPart(issued) : qint64(0));
    result.content.manifest = manifest;
    return result;
}

ExchangeExport::Result ExchangeExport::forWorkstation(const QString& nameOrCode)
{
    const ExchangeStore exchange(m_database);
    const ExchangeIdentity identity = exchange.identity();
    if (!identity.isBureau())
        refuse(tr("Only the bureau answers workstations, and this database is not a bureau: it has enrolled no "
                  "workstation."));
    std::optional<ExchangePeer> peer = exchange.peerByName(nameOrCode.trimmed());
    if (!peer) {
        QString code = nameOrCode.trimmed().toUpper();
        if (code.startsWith(QLatin1String("WS-")))
            code = code.mid(3);
        bool ok = false;
        const int number = code.toInt(&ok);
        if (ok && number > 0)
            peer = exchange.peer(number);
    }
    if (!peer)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("No workstation \"%1\" is enrolled with this bureau. See the list with \"exchange "
                                "workstations\".")
                                 .arg(nameOrCode),
                             QStringLiteral("workstation"));
    if (peer->retired)
        refuse(tr("The workstation %1 is retired: it gets no answers.").arg(peer->name));
    const int code = peer->workstationCode;
    const ExchangeRecordStore records(m_database);

    Result result;
    result.key = peer->secret;
    result.targetCode = code;
    result.targetName = peer->name;
    result.answerNumber = peer->answers + 1;
    QJsonObject manifest = baseManifest(QStringLiteral("answer"));
    result.packageUid = manifest.value(QStringLiteral("package")).toString();

    ChangeSnapshot snapshot(m_database);
    const qint64 toSeq = records.lastSeq();

    // What the workstation holds: what it sent, and the records of its patients.
    const QSet<QString> patients = exchange.scope(code, QStringLiteral("patient"));
    QSet<QString> referrals = exchange.scope(code, QStringLiteral("referral"));
    QSet<QString> applications = exchange.scope(code, QStringLiteral("abroad_application"));
    const QSet<QString> reports = exchange.scope(code, QStringLiteral("problem_report"));
    const TravellingTable& patientTable = *TravellingTables::find(QStringLiteral("patient"));
    for (const QString& uid : patients) {
        if (const auto located = records.locate(patientTable, uid)) {
            for (const QString& r :
                 records.uidsWhere(QStringLiteral("referral"), QStringLiteral("patient_id"), located->id))
                referrals.insert(r);
            for (const QString& a :
                 records.uidsWhere(QStringLiteral("abroad_application"), QStringLiteral("patient_id"), located->id))
                applications.insert(a);
        }
    }
    auto inScope = [&](const TravellingTable& table, const QString& key) {
        if (table.direction == TravellingTable::Direction::Down)
            return true;
        if (table.name == QLatin1String("patient"))
            return patients.contains(key);
        if (table.name == QLatin1String("referral"))
            return referrals.contains(key);
        if (table.name == QLatin1String("abroad_application"))
            return applications.contains(key);
        if (table.name == QLatin1String("problem_report"))
            return reports.contains(key);
        const QString owner = records.ownerUid(table, key);
        if (table.ownerTable() == QLatin1String("referral"))
            return referrals.contains(owner);
        if (table.ownerTable() == QLatin1String("abroad_application"))
            return applications.contains(owner);
        return false;
    };

    struct Wanted
    {
        QString entity;
        QString key;
        qint64 seq = 0;
    };
    QList<Wanted> wanted;
    QSet<QString> seen;
    auto want = [&](const QString& entity, const QString& key, qint64 seq) {
        if (!seen.contains(keyOf(entity, key))) {
            seen.insert(keyOf(entity, key));
            wanted << Wanted{entity, key, seq};
        }
    };
    QStringList tables;
    for (const TravellingTable& t : TravellingTables::all()) {
        if (t.travelsDown() && records.isPresent(t))
            tables << t.name;
    }
    for (const ExchangeRecordStore::Changed& c : records.changedSince(peer->ackedSeq, tables)) {
        if (c.lastSeq <= toSeq && inScope(*TravellingTables::find(c.entity), c.uid))
            want(c.entity, c.uid, c.lastSeq);
    }
    // Records new to the workstation travel whole, with all that belongs to them.
    const TravellingTable& referralTable = *TravellingTables::find(QStringLiteral("referral"));
    const TravellingTable& applicationTable = *TravellingTables::find(QStringLiteral("abroad_application"));
    std::function<void(const TravellingTable&, const QString&)> wantTree = [&](const TravellingTable& table,
                                                                               const QString& uid) {
        if (!records.isPresent(table))
            return;
        want(table.name, uid, toSeq);
        const auto located = records.locate(table, uid);
        if (!located)
            return;
        for (const TravellingTable& child : TravellingTables::all()) {
            if (child.ownerTable() == table.name && child.travelsDown()) {
                for (const QString& key : records.keysOwnedBy(child, located->id))
                    want(child.name, key, toSeq);
            }
        }
        if (table.name == QLatin1String("patient")) {
            for (const QString& r :
                 records.uidsWhere(QStringLiteral("referral"), QStringLiteral("patient_id"), located->id))
                wantTree(referralTable, r);
            for (const QString& a :
                 records.uidsWhere(QStringLiteral("abroad_application"), QStringLiteral("patient_id"), located->id))
                wantTree(applicationTable, a);
        }
    };
    for (const auto& [entity, uid] : exchange.scopeAddedAfter(code, peer->ackedAnswer)) {
        if (const TravellingTable* table = TravellingTables::find(entity))
            wantTree(*table, uid);
    }
    // A record where the workstation's value lost to the bureau's travels again, whole, until the workstation has
    // the answer: its own copy still holds the value the bureau did not take.
    const QList<ExchangeConflict> conflicts = exchange.conflictsFor(code, peer->ackedAnswer);
    for (const ExchangeConflict& c : conflicts) {
        if (const TravellingTable* table = TravellingTables::find(c.entity);
            table && table->travelsDown() && records.isPresent(*table))
            want(c.entity, c.recordUid, toSeq);
    }
    std::stable_sort(wanted.begin(), wanted.end(), [](const Wanted& a, const Wanted& b) {
        const int ra = TravellingTables::rank(a.entity);
        const int rb = TravellingTables::rank(b.entity);
        return ra != rb ? ra < rb : a.seq < b.seq;
    });

    for (const Wanted& w : std::as_const(wanted)) {
        const TravellingTable& table = *TravellingTables::find(w.entity);
        QJsonObject change{
            {QStringLiteral("entity"), w.entity}, {QStringLiteral("key"), w.key}, {QStringLiteral("seq"), w.seq}};
        // The bureau version that last changed each field: a workstation keeps its own change of a field the
        // bureau did not touch since, and knows when the bureau did.
        QHash<QString, qint64> versions;
        qint64 lastVersion = 0;
        const QStringList columns = records.travellingColumns(table);
        for (const ExchangeRecordStore::Entry& e : records.entriesOf(w.entity, w.key)) {
            lastVersion = e.rowVersion;
            if (e.change == QLatin1String("insert")) {
                for (const QString& c : columns)
                    versions.insert(c, e.rowVersion);
            } else {
                for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
                    versions.insert(it.key(), e.rowVersion);
            }
        }
        const std::optional<ExchangeRecordStore::Located> located = records.locate(table, w.key);
        if (located) {
            const ExchangeRecordStore::Record record = records.read(table, *located);
            change.insert(QStringLiteral("row"), record.values);
            change.insert(QStringLiteral("version"), record.version);
            change.insert(QStringLiteral("op"), record.deleted ? QStringLiteral("delete") : QStringLiteral("update"));
        } else {
            change.insert(QStringLiteral("row"), QJsonObject());
            change.insert(QStringLiteral("version"), lastVersion);
            change.insert(QStringLiteral("op"), QStringLiteral("delete"));
        }
        QJsonObject fields;
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
            fields.insert(it.key(), QJsonObject{{QStringLiteral("version"), it.value()}});
        change.insert(QStringLiteral("fields"), fields);
        result.content.changes << change;
    }

    // Where each of its referrals stands in the bureau's waiting lists: positions and preliminary dates change
    // whenever anyone joins or leaves a queue, without a change of the referral itself.
    WaitingListService waiting(m_database, m_clock);
    const ReferralStore referralStore(m_database);
    QStringList ordered(referrals.cbegin(), referrals.cend());
    ordered.sort();
    const QString asOf = m_clock.nowStamp();
    for (const QString& uid : std::as_const(ordered)) {
        const auto located = records.locate(referralTable, uid);
        if (!located)
            continue;
        const std::optional<Referral> r = referralStore.find(located->id);
        if (!r)
            continue;
        QJsonObject standing{{QStringLiteral("referral"), uid},
                             {QStringLiteral("code"), r->code},
                             {QStringLiteral("status"), ReferralStatuses::code(r->status)},
                             {QStringLiteral("as_of"), asOf}};
        if (r->isActive()) {
            standing.insert(QStringLiteral("position"), waiting.position(*r));
            standing.insert(QStringLiteral("queue_length"), waiting.queueLength(r->hospitalId, r->profileCode));
        }
        if (r->preliminaryDate.isValid())
            standing.insert(QStringLiteral("preliminary_date"), Clock::dateText(r->preliminaryDate));
        if (r->scheduledDate.isValid())
            standing.insert(QStringLiteral("scheduled_date"), Clock::dateText(r->scheduledDate));
        result.content.standing << standing;
    }

    for (const ExchangeConflict& c : conflicts) {
        result.content.conflicts << QJsonObject{
            {QStringLiteral("uid"), c.uid},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("record"), c.recordUid},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("kept"), c.keptValue},
            {QStringLiteral("other"), c.otherValue},
            {QStringLiteral("base"), c.baseVersion},
            {QStringLiteral("origin_actor"), c.originActor},
            {QStringLiteral("origin_at"), c.originAt},
            {QStringLiteral("detected_at"), Clock::stamp(c.detectedAt)},
            {QStringLiteral("status"), c.resolved ? QStringLiteral("resolved") : QStringLiteral("open")},
            {QStringLiteral("resolved_at"), c.resolvedAt.isValid() ? Clock::stamp(c.resolvedAt) : QString()},
            {QStringLiteral("resolved_by"), c.resolvedBy},
            {QStringLiteral("resolution"), c.resolution},
        };
    }

    manifest.insert(QStringLiteral("bureau"), identity.bureauUid);
    manifest.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("workstation"), 0},
                                                          {QStringLiteral("node"), identity.nodeUid},
                                                          {QStringLiteral("name"), identity.bureauName}});
    manifest.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("workstation"), code},
                                                          {QStringLiteral("node"), peer->nodeUid},
                                                          {QStringLiteral("name"), peer->name}});
    manifest.insert(QStringLiteral("ranges"),
                    QJsonObject{{QStringLiteral("from_seq"), peer->ackedSeq + 1},
                                {QStringLiteral("to_seq"), toSeq},
                                {QStringLiteral("ack_seq"), exchange.receivedSeq(code, peer->nodeUid)}});
    manifest.insert(QStringLiteral("answer_number"), result.answerNumber);
    manifest.insert(QStringLiteral("code_high_water"), peer->codeHighWater);
    result.content.manifest = manifest;
    return result;
}
