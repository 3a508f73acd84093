#include "ExchangeImport.h"

#include "QuotaService.h"
#include "WaitingListService.h"
#include "domain/NameText.h"
#include "domain/Patient.h"
#include "domain/QueueKey.h"
#include "domain/ReferralCode.h"
#include "domain/ReferralNumbers.h"
#include "store/ExchangeRecordStore.h"
#include "store/ExchangeStore.h"
#include "store/HospitalStore.h"
#include "store/Migrator.h"
#include "store/PatientStore.h"
#include "store/Query.h"
#include "store/ReferralStore.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace {

using Located = ExchangeRecordStore::Located;

enum class Outcome { Applied, AlreadyApplied, Merged, Conflict, Parked };

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

// A referral the bureau closed stays closed: a workstation's edit does not bring it back.
bool isClosedStatus(const QString& status)
{
    return status == QLatin1String("cancelled") || status == QLatin1String("refused") ||
           status == QLatin1String("transferred");
}

// One change as it travels (ExchangePackage::changeProblem has checked its shape).
struct Item
{
    QJsonObject json;
    QString entity;
    QString key;
    QString op;
    qint64 seq = 0;
    qint64 first = 0;
    qint64 version = 0;
    qint64 base = 0;
    qint64 ownerBase = 0;
    QJsonObject fields;
    QJsonObject row;
    QString actor;
    QString workstation;
    QString changedAt;

    static Item from(const QJsonObject& o)
    {
        Item i;
        i.json = o;
        i.entity = o.value(QStringLiteral("entity")).toString();
        i.key = o.value(QStringLiteral("key")).toString();
        i.op = o.value(QStringLiteral("op")).toString();
        i.seq = o.value(QStringLiteral("seq")).toInteger();
        i.first = o.value(QStringLiteral("first")).toInteger(i.seq);
        i.version = o.value(QStringLiteral("version")).toInteger();
        i.base = o.value(QStringLiteral("base")).toInteger();
        i.ownerBase = o.value(QStringLiteral("owner_base")).toInteger();
        i.fields = o.value(QStringLiteral("fields")).toObject();
        i.row = o.value(QStringLiteral("row")).toObject();
        i.actor = o.value(QStringLiteral("actor")).toString();
        i.workstation = o.value(QStringLiteral("workstation")).toString();
        i.changedAt = o.value(QStringLiteral("changed_at")).toString();
        return i;
    }
    qint64 fieldNumber(const QString& field, const char* what, qint64 fallback) const
    {
        const QJsonValue about = fields.value(field);
        return about.isObject() ? about.toObject().value(QLatin1String(what)).toInteger(fallback) : fallback;
    }
};

// Applies the changes of one package, and those parked earlier.
class Applier
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImport)

public:
    Applier(Database& database, const Clock& clock, const QString& now, bool atBureau, const QString& packageUid,
            ExchangeReport& report)
        : m_database(database)
        , m_clock(clock)
        , m_now(now)
        , m_atBureau(atBureau)
        , m_packageUid(packageUid)
        , m_report(report)
        , m_exchange(database)
        , m_records(database)
    {}

    // The workstation's acknowledgement the answer was made with (entries after it are still on their way).
    void setAcknowledged(qint64 seq) { m_acked = seq; }
    // The highest entry of the sending installation applied before this package.
    void setWatermark(qint64 seq) { m_watermark = seq; }

    Outcome apply(const Item& item, int from, bool fromParked, QString* why)
    {
        m_from = from;
        m_marker = ExchangeImport::appliedMarker(from);
        if (m_atBureau) {
            if (const std::optional<ExchangePeer> peer = m_exchange.peer(from))
                m_nextAnswer = peer->answers + 1;
        }
        return m_atBureau ? applyUp(item, fromParked, why) : applyDown(item, fromParked, why);
    }

    // The bureau's decisions on what arrived, then every queue a change touched planned again, once.
    void finish()
    {
        const TravellingTable& referrals = *TravellingTables::find(QStringLiteral("referral"));
        for (const Located& located : std::as_const(m_quotaToDecide))
            decideQuota(referrals, located);
        m_quotaToDecide.clear();
        keepTotals(); // the refusals of decideQuota, made at the package's level
        setContext(m_database.actor(), m_database.workstation());
        WaitingListService waiting(m_database, m_clock);
        if (m_planEveryQueue) {
            waiting.recomputeAll();
        } else {
            for (const auto& [hospitalId, profileCode] : std::as_const(m_queues))
                waiting.recompute(hospitalId, profileCode);
        }
        m_queues.clear();
        m_planEveryQueue = false;
        // The running totals last, as a registration writes them: their rows are shared by every workstation and a
        // row written stays locked until the commit. Written before the queues, the package held the totals while it
        // waited for a queue that a registration held, and the registration waited for the totals: a deadlock.
        const TallyStore tallies(m_database);
        for (auto it = m_totals.status.cbegin(); it != m_totals.status.cend(); ++it) {
            if (it.value() != 0)
                tallies.addStatus(it.key(), it.value());
        }
        for (auto it = m_totals.registered.cbegin(); it != m_totals.registered.cend(); ++it) {
            if (it.value() != 0)
                tallies.addRegistered(it.key(), it.value());
        }
        for (auto it = m_totals.waiting.cbegin(); it != m_totals.waiting.cend(); ++it) {
            if (it.value() != 0)
                tallies.addWaiting(it.key().first, it.key().second, it.value());
        }
        m_totals = {};
    }

    // The running totals of the change just applied count once its step is committed; a step rolled back (the
    // change parked) drops them, as the database dropped what the step wrote.
    void keepTotals()
    {
        for (auto it = m_pendingTotals.status.cbegin(); it != m_pendingTotals.status.cend(); ++it)
            m_totals.status[it.key()] += it.value();
        for (auto it = m_pendingTotals.registered.cbegin(); it != m_pendingTotals.registered.cend(); ++it)
            m_totals.registered[it.key()] += it.value();
        for (auto it = m_pendingTotals.waiting.cbegin(); it != m_pendingTotals.waiting.cend(); ++it)
            m_totals.waiting[it.key()] += it.value();
        m_pendingTotals = {};
    }
    void dropTotals() { m_pendingTotals = {}; }

    qint64 highestNumberSeen() const { return m_highestNumber; }

private:
    // Who the triggers record for what follows: the person who made the change, on the workstation it came from.
    void setContext(const QString& actor, const QString& workstation)
    {
        if (!m_database.tracksChanges())
            return;
        Query(m_database, m_database.dialect().setChangeContext()).bind(actor).bind(workstation).bind(m_now).exec();
    }

    QString labelOf(const TravellingTable& table, const QJsonObject& row, const QString& key) const
    {
        if (table.name == QLatin1String("referral"))
            return row.value(QStringLiteral("code")).toString();
        if (table.name == QLatin1String("patient"))
            return row.value(QStringLiteral("iin")).toString();
        return key;
    }

    void conflict(const Item& item, const TravellingTable& table, const QString& recordUid, const QJsonObject& current,
                  const QString& field, const QString& kind, const QJsonValue& kept, const QJsonValue& other,
                  qint64 base)
    {
        ExchangeConflict c;
        c.uid = newUid();
        c.entity = table.name;
        c.recordUid = recordUid;
        c.label = labelOf(table, current.isEmpty() ? item.row : current, recordUid);
        c.field = field;
        c.kind = kind;
        c.keptValue = jsonText(kept);
        c.otherValue = jsonText(other);
        c.baseVersion = base;
        c.workstationCode = m_from;
        c.packageUid = m_packageUid;
        c.originActor = item.actor;
        c.originAt = item.changedAt;
        c.detectedAt = Clock::fromStamp(m_now);
        c.atAnswer = m_nextAnswer;
        m_exchange.insertConflict(c);
    }

    // Column values for a write: references turned into this database's ids. Empty missing when all are here.
    QVariantMap values(const TravellingTable& table, const QJsonObject& row, const QStringList& columns,
                       QString* missing) const
    {
        QVariantMap out;
        for (const QString& c : columns) {
            if (!row.contains(c))
                continue;
            const QJsonValue v = row.value(c);
            if (table.references.contains(c) && v.isObject()) {
                const QString target = table.references.value(c);
                const qint64 id = m_records.resolve(target, v.toObject());
                if (id == 0) {
                    const QJsonObject reference = v.toObject();
                    QString which = reference.value(QStringLiteral("code")).toString();
                    if (which.isEmpty())
                        which = reference.value(QStringLiteral("iin")).toString();
                    if (which.isEmpty())
                        which = reference.value(QStringLiteral("uid")).toString();
                    *missing = tr("waits for %1 %2, which has not arrived").arg(target, which);
                    return {};
                }
                out.insert(c, id);
            } else {
                out.insert(c, ExchangeRecordStore::fromJson(v));
            }
        }
        return out;
    }

    // Values this database computes itself for a record written from a package.
    void derive(const TravellingTable& table, const QJsonObject& row, QVariantMap& values, bool fresh) const
    {
        const QStringList columns = m_records.allColumns(table.name);
        if (columns.contains(QStringLiteral("updated_at")))
            values.insert(QStringLiteral("updated_at"), m_now);
        if (fresh && columns.contains(QStringLiteral("created_at")) &&
            values.value(QStringLiteral("created_at")).toString().isEmpty())
            values.insert(QStringLiteral("created_at"), m_now);
        if (table.name == QLatin1String("patient")) {
            values.insert(QStringLiteral("name_sort_key"), NameText::sortKey(patientOf(row).fullName()));
        } else if (table.name == QLatin1String("hospital")) {
            values.insert(QStringLiteral("name_sort_key"),
                          NameText::sortKey(row.value(QStringLiteral("name")).toString()));
        }
    }

    static Patient patientOf(const QJsonObject& row)
    {
        Patient p;
        p.lastName = row.value(QStringLiteral("last_name")).toString();
        p.firstName = row.value(QStringLiteral("first_name")).toString();
        p.middleName = row.value(QStringLiteral("middle_name")).toString();
        return p;
    }

    // The referral's place in its queue: at the bureau a referral from a workstation is never placed ahead of the
    // referrals whose dates are already confirmed.
    QString queueKey(const QJsonObject& row, qint64 hospitalId) const
    {
        const QString natural = QueueKey::make(int(row.value(QStringLiteral("priority")).toInteger()),
                                               row.value(QStringLiteral("registered_at")).toString(),
                                               row.value(QStringLiteral("code")).toString());
        const QString status = row.value(QStringLiteral("status")).toString();
        if (!m_atBureau || m_from == 0 ||
            (status != QLatin1String("registered") && status != QLatin1String("scheduled")))
            return natural;
        const QString confirmed =
            m_records.lastConfirmedQueueKey(hospitalId, row.value(QStringLiteral("profile_code")).toString());
        return !confirmed.isEmpty() && natural < confirmed ? confirmed + QLatin1Char('~') + natural : natural;
    }

    // Running totals and the queues to plan again, from a referral before and after a write.
    void referralChanged(const std::optional<QJsonObject>& before, const std::optional<QJsonObject>& after)
    {
        struct Footprint
        {
            bool live = false;
            QString status;
            QDate day;
            bool registration = false;
            bool waiting = false;
            QString profile;
            qint64 hospital = 0;
        };
        auto footprint = [this](const std::optional<QJsonObject>& row) {
            Footprint f;
            if (!row || row->value(QStringLiteral("deleted")).toInteger() != 0)
                return f;
            f.live = true;
            f.status = row->value(QStringLiteral("status")).toString();
            f.day = Clock::fromStamp(row->value(QStringLiteral("registered_at")).toString()).date();
            f.registration = row->value(QStringLiteral("emergency")).toInteger() == 0 &&
                             !row->value(QStringLiteral("transferred_from_id")).isObject();
            f.waiting = f.status == QLatin1String("registered") || f.status == QLatin1String("scheduled");
            f.profile = row->value(QStringLiteral("profile_code")).toString();
            f.hospital =
                m_records.resolve(QStringLiteral("hospital"), row->value(QStringLiteral("hospital_id")).toObject());
            return f;
        };
        const Footprint b = footprint(before);
        const Footprint a = footprint(after);
        Totals& totals = m_pendingTotals; // written at the end of the package (finish)
        if (b.live != a.live || b.status != a.status) {
            if (b.live)
                totals.status[b.status] -= 1;
            if (a.live)
                totals.status[a.status] += 1;
        }
        const bool bRegistered = b.live && b.registration;
        const bool aRegistered = a.live && a.registration;
        if (bRegistered != aRegistered || (aRegistered && b.day != a.day)) {
            if (bRegistered)
                totals.registered[b.day] -= 1;
            if (aRegistered)
                totals.registered[a.day] += 1;
        }
        const bool bWaiting = b.live && b.waiting;
        const bool aWaiting = a.live && a.waiting;
        if (bWaiting != aWaiting || (aWaiting && (b.day != a.day || b.profile != a.profile))) {
            if (bWaiting)
                totals.waiting[{b.profile, b.day}] -= 1;
            if (aWaiting)
                totals.waiting[{a.profile, a.day}] += 1;
        }
        if (b.live && b.hospital > 0)
            m_queues.insert({b.hospital, b.profile});
        if (a.live && a.hospital > 0)
            m_queues.insert({a.hospital, a.profile});
    }

    // Written: whatever follows from the record's new state here.
    void afterWrite(const TravellingTable& table, const Located& located, const std::optional<QJsonObject>& before)
    {
        const ExchangeRecordStore::Record after = m_records.read(table, located);
        if (table.name == QLatin1String("patient")) {
            Patient p = patientOf(after.values);
            PatientStore(m_database).writeTerms(located.id, p);
        } else if (table.name == QLatin1String("hospital_profile") || table.name == QLatin1String("bed_status")) {
            // A queue's capacity or lead time, or the beds its default capacity comes from: its dates move.
            const QJsonObject& row = after.values.isEmpty() && before ? *before : after.values;
            const qint64 hospital =
                m_records.resolve(QStringLiteral("hospital"), row.value(QStringLiteral("hospital_id")).toObject());
            if (hospital > 0)
                m_queues.insert({hospital, row.value(QStringLiteral("profile_code")).toString()});
        } else if (table.name == QLatin1String("referral_document")) {
            // A document decides whether the referral is ready for its date (documents_ok).
            const QJsonObject& row = after.values.isEmpty() && before ? *before : after.values;
            const qint64 referral =
                m_records.resolve(QStringLiteral("referral"), row.value(QStringLiteral("referral_id")).toObject());
            if (const std::optional<Referral> r =
                    referral > 0 ? ReferralStore(m_database).find(referral) : std::nullopt;
                r && r->isActive())
                m_queues.insert({r->hospitalId, r->profileCode});
        } else if (table.name == QLatin1String("calendar_day") || table.name == QLatin1String("document_type")) {
            m_planEveryQueue = true; // days off and the documents required apply to every queue
        } else if (table.name == QLatin1String("referral")) {
            referralChanged(before, after.values);
            const ReferralCode code = ReferralCode::parse(after.values.value(QStringLiteral("code")).toString());
            if (code.isValid() && m_atBureau && ReferralNumbers::ownerOf(code.sequence()) == m_from && m_from > 0)
                m_highestNumber = std::max(m_highestNumber, ReferralNumbers::withinPart(code.sequence()));
            if (m_atBureau)
                m_quotaToDecide << located; // once the package is in, so its events come first
        }
        if (m_atBureau && m_from > 0) {
            // The records the workstation holds: what it sent comes back to it with the bureau's changes.
            static const QStringList roots = {QStringLiteral("patient"), QStringLiteral("referral"),
                                              QStringLiteral("abroad_application"), QStringLiteral("problem_report")};
            if (roots.contains(table.name))
                m_exchange.addScope(m_from, table.name, located.uid, m_nextAnswer);
        }
    }

    // An HTMC referral from a workstation takes its quota here, where quotas are counted, or is refused.
    void decideQuota(const TravellingTable& table, const Located& located)
    {
        const ReferralStore store(m_database);
        std::optional<Referral> r = store.find(located.id);
        if (!r || r->funding != QLatin1String("htmc") || r->quotaProfile.isEmpty() || r->quotaYear != 0 ||
            !r->isActive())
            return;
        // The bureau's own decision, recorded as the bureau's: a later change from the workstation meets it.
        setContext(m_database.actor(), m_database.workstation());
        const std::optional<QJsonObject> before = m_records.read(table, located).values;
        const int year = r->registeredAt.date().year();
        try {
            WriteTransaction step(m_database, m_clock);
            QuotaService(m_database, m_clock).takeQuota(year, r->quotaRegion, r->quotaProfile);
            m_records.update(table, located,
                             {{QStringLiteral("quota_year"), year}, {QStringLiteral("updated_at"), m_now}});
            step.commit();
            m_report.notes << tr("%1: an HTMC quota of %2 for %3 taken.").arg(r->code, r->quotaRegion).arg(year);
        } catch (const OperationError& e) {
            if (e.kind() != OperationError::Kind::Conflict)
                throw;
            const ReferralStatus from = r->status;
            r->status = ReferralStatus::Refused;
            store.saveLifecycle(*r, m_now, m_now);
            ReferralEvent event;
            event.happenedAt = Clock::fromStamp(m_now);
            event.actor = m_database.actor();
            event.fromStatus = ReferralStatuses::code(from);
            event.toStatus = ReferralStatuses::code(ReferralStatus::Refused);
            event.reasonCode = QStringLiteral("other");
            event.reason = e.message();
            event.eventDate = Clock::fromStamp(m_now).date();
            store.insertEvent(r->id, event, newUid());
            referralChanged(before, m_records.read(table, located).values);
            m_report.notes << tr("%1: refused, no HTMC quota is left: %2").arg(r->code, e.message());
        }
    }

    // A referral from a workstation whose code the bureau has already given another referral (a workstation
    // restored from an old copy): it gets the bureau's next number, and the clerks see both codes.
    void freeCode(const Item& item, QJsonObject& row, QVariantMap& v)
    {
        const QString code = row.value(QStringLiteral("code")).toString();
        const ReferralStore store(m_database);
        if (!store.codeExists(code))
            return;
        const qint64 hospitalId = v.value(QStringLiteral("hospital_id")).toLongLong();
        const std::optional<Hospital> hospital = HospitalStore(m_database).find(hospitalId);
        const QString profile = row.value(QStringLiteral("profile_code")).toString();
        QString fresh;
        do {
            const qint64 n = store.takeSequence(hospitalId, profile);
            fresh = ReferralCode::make(row.value(QStringLiteral("referring_region")).toString(),
                                       hospital ? hospital->code : QString(), profile, n)
                        .text();
        } while (store.codeExists(fresh));
        row.insert(QStringLiteral("code"), fresh);
        v.insert(QStringLiteral("code"), fresh);
        conflict(item, *TravellingTables::find(QStringLiteral("referral")), item.key, row, QStringLiteral("code"),
                 QStringLiteral("code_taken"), fresh, code, 0);
        m_report.notes << tr("%1 was already the code of another referral here: the referral from %2 is now %3. "
                             "Print its ticket again.")
                              .arg(code, ExchangeIdentity::label(m_from), fresh);
    }

    // Writes the fields taken from an incoming row over the record as it stands (current), with what derives from
    // them; requeue: a referral's place in its queue is worked out again. False, with why and nothing written, when
    // a field refers to a record this database does not have yet (the change is parked).
    bool writeTaken(const Item& item, const TravellingTable& table, const Located& located,
                    const ExchangeRecordStore::Record& current, const QStringList& take, bool requeue, QString* why)
    {
        QString missing;
        QVariantMap v = values(table, item.row, take, &missing);
        if (!missing.isEmpty()) {
            *why = missing;
            return false;
        }
        QJsonObject after = current.values;
        for (const QString& f : take)
            after.insert(f, item.row.value(f));
        derive(table, after, v, false);
        if (requeue && table.name == QLatin1String("referral"))
            v.insert(QStringLiteral("queue_key"),
                     queueKey(after, m_records.resolve(QStringLiteral("hospital"),
                                                       after.value(QStringLiteral("hospital_id")).toObject())));
        m_records.update(table, located, v);
        afterWrite(table, located, current.values);
        return true;
    }

    Outcome insert(const Item& item, const TravellingTable& table, QString* why)
    {
        QString missing;
        QJsonObject row = item.row;
        QVariantMap v = values(table, row, m_records.travellingColumns(table), &missing);
        if (!missing.isEmpty()) {
            *why = missing;
            return Outcome::Parked;
        }
        derive(table, row, v, true);
        if (table.name == QLatin1String("referral")) {
            if (m_atBureau && m_from > 0)
                freeCode(item, row, v);
            v.insert(QStringLiteral("queue_key"), queueKey(row, v.value(QStringLiteral("hospital_id")).toLongLong()));
        }
        m_records.insert(table, v);
        const std::optional<Located> located = m_records.locate(table, item.key);
        if (!located)
            throw OperationError(OperationError::Kind::Storage, tr("the record written cannot be read back"));
        afterWrite(table, *located, std::nullopt);
        if (!m_atBureau) {
            ExchangeStore::Base base;
            base.version = item.version;
            m_exchange.setBase(table.name, item.key, base);
        }
        return Outcome::Applied;
    }

    // The bureau's history of a record: which version last changed each field, and on whose behalf.
    struct LastChange
    {
        qint64 version = 0;
        QString workstation;
    };
    QHash<QString, LastChange> history(const TravellingTable& table, const QString& key) const
    {
        QHash<QString, LastChange> last;
        const QStringList columns = m_records.travellingColumns(table);
        for (const ExchangeRecordStore::Entry& e : m_records.entriesOf(table.name, key)) {
            if (e.change == QLatin1String("insert")) {
                for (const QString& c : columns)
                    last.insert(c, LastChange{e.rowVersion, e.workstation});
            } else {
                for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
                    last.insert(it.key(), LastChange{e.rowVersion, e.workstation});
            }
        }
        return last;
    }

    // Whether a referral event from the workstation records a step the bureau did not take: the referral's status
    // change was held back in this package, or the bureau closed the referral since the workstation last saw it.
    bool heldBack(const TravellingTable& table, const Item& item) const
    {
        if (table.name != QLatin1String("referral_event"))
            return false;
        const QJsonObject owner = item.row.value(table.ownerColumn).toObject();
        const QString ownerUid = owner.value(QStringLiteral("uid")).toString();
        if (m_heldStatus.contains(ownerUid))
            return true;
        const TravellingTable& referral = *TravellingTables::find(QStringLiteral("referral"));
        const std::optional<Located> located = m_records.locate(referral, ownerUid);
        if (!located)
            return false;
        const ExchangeRecordStore::Record r = m_records.read(referral, *located);
        if (!r.deleted && !isClosedStatus(r.values.value(QStringLiteral("status")).toString()))
            return false;
        const QHash<QString, LastChange> last = history(referral, ownerUid);
        const LastChange closing = last.value(r.deleted ? QStringLiteral("deleted") : QStringLiteral("status"));
        return closing.version > item.ownerBase && closing.workstation != m_marker;
    }

    Outcome applyUp(const Item& item, bool fromParked, QString* why)
    {
        const TravellingTable* table = TravellingTables::find(item.entity);
        if (!table || !table->travelsUp()) {
            *why = tr("a workstation does not send \"%1\" records").arg(item.entity);
            return Outcome::Parked;
        }
        if (!m_records.isPresent(*table)) {
            *why = tr("this database has no \"%1\" records yet: update Joldama here").arg(item.entity);
            return Outcome::Parked;
        }
        if (!fromParked && item.seq <= m_watermark)
            return Outcome::AlreadyApplied;
        QStringList fieldsNew;
        for (auto it = item.fields.constBegin(); it != item.fields.constEnd(); ++it) {
            if (fromParked || item.fieldNumber(it.key(), "seq", 0) > m_watermark)
                fieldsNew << it.key();
        }
        if (!fromParked && fieldsNew.isEmpty() && !item.row.isEmpty())
            return Outcome::AlreadyApplied;
        if (!fromParked && m_exchange.hasWaitingParked(item.entity, item.key)) {
            *why = tr("an earlier change of this record is parked");
            return Outcome::Parked;
        }
        setContext(item.actor, m_marker);
        std::optional<Located> located = m_records.locate(*table, item.key);
        bool natural = false;
        if (!located && !item.row.isEmpty()) {
            QVariantMap probe;
            for (const QString& c : table->naturalKey)
                probe.insert(c, ExchangeRecordStore::fromJson(item.row.value(c)));
            located = m_records.locateNatural(*table, probe);
            natural = located.has_value();
        }
        if (!located) {
            if (item.row.isEmpty())
                return Outcome::Applied; // erased there before it ever came here
            if (heldBack(*table, item)) {
                // History is never rewritten: the step the clerk took there is recorded, marked as not taken here,
                // and goes to the review list with the rest of the held-back change.
                Item marked = item;
                QJsonObject detail =
                    QJsonDocument::fromJson(item.row.value(QStringLiteral("detail")).toString().toUtf8()).object();
                detail.insert(QStringLiteral("held_back"), true);
                marked.row.insert(QStringLiteral("detail"),
                                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
                const Outcome written = insert(marked, *table, why);
                if (written == Outcome::Parked)
                    return written;
                const TravellingTable& referral = *TravellingTables::find(QStringLiteral("referral"));
                const QString ownerUid =
                    item.row.value(QStringLiteral("referral_id")).toObject().value(QStringLiteral("uid")).toString();
                QJsonObject owner;
                if (const std::optional<Located> at = m_records.locate(referral, ownerUid))
                    owner = m_records.read(referral, *at).values;
                conflict(item, referral, ownerUid, owner, QStringLiteral("status"), QStringLiteral("event"),
                         owner.value(QStringLiteral("status")), item.row.value(QStringLiteral("to_status")),
                         item.ownerBase);
                return Outcome::Conflict;
            }
            // Every change carries the record whole: one whose first version never arrived is written as it is now.
            return insert(item, *table, why);
        }
        const ExchangeRecordStore::Record current = m_records.read(*table, *located);
        const QString currentKey = m_records.keyOf(*table, *located);
        if (item.row.isEmpty()) {
            // A row of a list erased there: erased here too.
            m_records.remove(*table, *located);
            return Outcome::Applied;
        }
        const QHash<QString, LastChange> last = history(*table, currentKey);
        auto baseOf = [&](const QString& field) { return natural ? 0 : item.fieldNumber(field, "base", item.base); };
        auto byOthers = [&](const QString& field, qint64 base) {
            const LastChange l = last.value(field);
            return l.version > base && l.workstation != m_marker;
        };
        QString closedKind;
        if (current.deleted && byOthers(QStringLiteral("deleted"), baseOf(QStringLiteral("deleted"))))
            closedKind = QStringLiteral("deleted");
        else if (table->name == QLatin1String("referral") &&
                 isClosedStatus(current.values.value(QStringLiteral("status")).toString()) &&
                 byOthers(QStringLiteral("status"), baseOf(QStringLiteral("status"))))
            closedKind = QStringLiteral("closed");

        const QStringList columns = m_records.travellingColumns(*table);
        QStringList take;
        int conflicts = 0;
        bool moved = natural;
        for (const QString& f : std::as_const(fieldsNew)) {
            if (!columns.contains(f) || f == QLatin1String("uid") || f == QLatin1String("created_at") ||
                table->identity.contains(f) || (natural && table->naturalKey.contains(f)))
                continue;
            const QJsonValue incoming = item.row.value(f);
            const QJsonValue mine = current.values.value(f);
            if (ExchangeRecordStore::same(incoming, mine))
                continue;
            if (!closedKind.isEmpty()) {
                conflict(item, *table, currentKey, current.values, f, closedKind, mine, incoming, baseOf(f));
                ++conflicts;
                continue;
            }
            if (byOthers(f, baseOf(f))) {
                if (natural && isEmptyValue(mine)) {
                    take << f; // what the bureau did not know yet fills in what it lacked
                    continue;
                }
                conflict(item, *table, currentKey, current.values, f, QStringLiteral("same_field"), mine, incoming,
                         baseOf(f));
                ++conflicts;
                if (table->name == QLatin1String("referral") && f == QLatin1String("status"))
                    m_heldStatus.insert(currentKey);
                continue;
            }
            take << f;
        }
        for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
            if (it.value().version > item.base && it.value().workstation != m_marker)
                moved = true;
        }
        if (!take.isEmpty()) {
            // At the bureau a referral keeps its place unless what orders the queue changed.
            const bool requeue = take.contains(QStringLiteral("priority")) ||
                                 take.contains(QStringLiteral("registered_at")) ||
                                 take.contains(QStringLiteral("code")) || take.contains(QStringLiteral("status"));
            if (!writeTaken(item, *table, *located, current, take, requeue, why))
                return Outcome::Parked;
        } else if (m_atBureau && m_from > 0 && natural) {
            afterWrite(*table, *located, current.values); // the workstation holds the bureau's record now
        }
        if (conflicts > 0)
            return Outcome::Conflict;
        return moved && !take.isEmpty() ? Outcome::Merged : Outcome::Applied;
    }

    Outcome applyDown(const Item& item, bool fromParked, QString* why)
    {
        const TravellingTable* table = TravellingTables::find(item.entity);
        if (!table || !table->travelsDown()) {
            *why = tr("the bureau does not send \"%1\" records").arg(item.entity);
            return Outcome::Parked;
        }
        if (!m_records.isPresent(*table)) {
            *why = tr("this database has no \"%1\" records yet: update Joldama here").arg(item.entity);
            return Outcome::Parked;
        }
        if (!fromParked && m_exchange.hasWaitingParked(item.entity, item.key)) {
            *why = tr("an earlier change of this record is parked");
            return Outcome::Parked;
        }
        setContext(item.actor.isEmpty() ? m_database.actor() : item.actor, m_marker);
        std::optional<Located> located = m_records.locate(*table, item.key);
        QString renamedFrom;
        if (!located && !item.row.isEmpty()) {
            QVariantMap probe;
            for (const QString& c : table->naturalKey)
                probe.insert(c, ExchangeRecordStore::fromJson(item.row.value(c)));
            located = m_records.locateNatural(*table, probe);
            if (located) {
                // The bureau's copy of a record this database also has (a patient with the same IIN, a shipped
                // hospital): from now on it goes by the bureau's uid.
                renamedFrom = located->uid;
                m_records.update(*table, *located, {{QStringLiteral("uid"), item.key}});
                m_exchange.renameBase(table->name, renamedFrom, item.key);
                located = m_records.locate(*table, item.key);
            }
        }
        if (!located) {
            if (item.row.isEmpty())
                return Outcome::Applied;
            return insert(item, *table, why);
        }
        if (item.row.isEmpty()) {
            std::optional<QJsonObject> before;
            if (table->name == QLatin1String("referral"))
                before = m_records.read(*table, *located).values;
            m_records.remove(*table, *located);
            if (before)
                referralChanged(before, std::nullopt);
            return Outcome::Applied;
        }
        const ExchangeRecordStore::Record current = m_records.read(*table, *located);
        // Fields this workstation changed since the package the bureau's answer acknowledges: still on their way.
        // (Reference lists are the bureau's alone: a workstation's own copy of them gives way.)
        QStringList pending;
        if (table->travelsUp()) {
            pending = m_records.ownFieldsAfter(*table, item.key, m_acked);
            if (!renamedFrom.isEmpty())
                pending += m_records.ownFieldsAfter(*table, renamedFrom, m_acked);
        }
        ExchangeStore::Base base = m_exchange.base(table->name, item.key).value_or(ExchangeStore::Base());
        const QStringList columns = m_records.travellingColumns(*table);
        QStringList take;
        for (const QString& f : columns) {
            if (!item.row.contains(f) || table->identity.contains(f))
                continue;
            if (pending.contains(f)) {
                const qint64 basedOn = base.held.contains(f) ? base.held.value(f).toInteger() : base.version;
                if (item.fieldNumber(f, "version", item.version) > basedOn)
                    base.held.insert(f, basedOn); // the bureau changed it too: the conflict is decided there
                else
                    base.held.remove(f);
                continue;
            }
            base.held.remove(f);
            if (!ExchangeRecordStore::same(item.row.value(f), current.values.value(f)))
                take << f;
        }
        base.version = item.version;
        if (!take.isEmpty() && !writeTaken(item, *table, *located, current, take, true, why))
            return Outcome::Parked;
        m_exchange.setBase(table->name, item.key, base);
        return !pending.isEmpty() && !take.isEmpty() ? Outcome::Merged : Outcome::Applied;
    }

    Database& m_database;
    const Clock& m_clock;
    QString m_now;
    bool m_atBureau;
    QString m_packageUid;
    ExchangeReport& m_report;
    ExchangeStore m_exchange;
    ExchangeRecordStore m_records;
    int m_from = 0;
    QString m_marker;
    qint64 m_nextAnswer = 0;
    qint64 m_watermark = 0;
    qint64 m_acked = 0;
    qint64 m_highestNumber = 0;
    QSet<QString> m_heldStatus; // referrals whose status change from the workstation was held back
    QSet<std::pair<qint64, QString>> m_queues;
    bool m_planEveryQueue = false;
    QList<Located> m_quotaToDecide;
    // Changes of the running totals: of the change being applied, and of those committed in this package.
    struct Totals
    {
        QHash<QString, qint64> status;
        QHash<QDate, qint64> registered;
        QHash<std::pair<QString, QDate>, qint64> waiting;
    };
    Totals m_pendingTotals;
    Totals m_totals;
};

OperationError refusal(const QString& fileName, const QString& reason)
{
    return OperationError(OperationError::Kind::Invalid,
                          ExchangeImport::tr("The package %1 was not imported: %2").arg(fileName, reason),
                          QStringLiteral("file"));
}

void count(ExchangeReport& report, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        ++report.applied;
        break;
    case Outcome::AlreadyApplied:
        ++report.alreadyApplied;
        break;
    case Outcome::Merged:
        ++report.merged;
        break;
    case Outcome::Conflict:
        ++report.conflicts;
        break;
    case Outcome::Parked:
        ++report.parked;
        break;
    }
}

} // namespace

ExchangeImport::ExchangeImport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString ExchangeImport::appliedMarker(int workstationCode)
{
    return QStringLiteral("exchange:") + ExchangeIdentity::label(workstationCode);
}

ExchangeReport ExchangeImport::run(const QByteArray& bytes, const QString& fileName)
{
    const QString shownName = QFileInfo(fileName).fileName().isEmpty() ? fileName : QFileInfo(fileName).fileName();
    ExchangePackage::Reading reading = ExchangePackage::read(bytes);
    if (!reading.ok())
        throw refusal(shownName, reading.reason);
    const QJsonObject& manifest = reading.content.manifest;
    ExchangeStore exchange(m_database);
    const ExchangeIdentity identity = exchange.identity();
    if (identity.role == ExchangeIdentity::Role::None)
        throw refusal(shownName, tr("this database exchanges with no bureau. A workstation joins its bureau first "
                                    "(exchange join FILE); a bureau enrols its workstations (exchange enroll)."));
    if (manifest.value(QStringLiteral("bureau")).toString() != identity.bureauUid)
        throw refusal(shownName, tr("it belongs to another bureau's exchange, not to %1.")
                                     .arg(identity.bureauName.isEmpty() ? tr("this one") : identity.bureauName));
    const QJsonObject source = manifest.value(QStringLiteral("source")).toObject();
    const QJsonObject target = manifest.value(QStringLiteral("target")).toObject();
    const int from = source.value(QStringLiteral("workstation")).toInt(-1);
    const int to = target.value(QStringLiteral("workstation")).toInt(-1);
    const QString kind = manifest.value(QStringLiteral("kind")).toString();
    const QString sourceNode = source.value(QStringLiteral("node")).toString();
    const bool atBureau = identity.isBureau();
    if (atBureau && (kind != QLatin1String("changes") || to != 0))
        throw refusal(shownName, tr("it is the bureau's answer to a workstation; import it at that workstation."));
    if (!atBureau && (kind != QLatin1String("answer") || to != identity.workstationCode))
        throw refusal(shownName,
                      kind == QLatin1String("answer")
                          ? tr("it is the bureau's answer to another workstation (%1), not to this one (%2).")
                                .arg(ExchangeIdentity::label(to), ExchangeIdentity::label(identity.workstationCode))
                          : tr("it is a workstation's package for the bureau; import it at the bureau."));
    const std::optional<ExchangePeer> peer = exchange.peer(atBureau ? from : 0);
    if (!peer || from < 0 || sourceNode.isEmpty())
        throw refusal(shownName, tr("it comes from a workstation this bureau never enrolled (%1).")
                                     .arg(source.value(QStringLiteral("name")).toString()));
    if (!ExchangePackage::verify(reading, peer->secret))
        throw refusal(shownName, reading.reason);
    if (peer->retired)
        throw refusal(shownName,
                      tr("the workstation %1 is retired; its packages are no longer taken.").arg(peer->name));
    const int schema = manifest.value(QStringLiteral("schema_version")).toInt();
    if (schema > Migrator(m_database).latestVersion())
        throw refusal(shownName, tr("it was made by a newer Joldama (database version %1). Update Joldama here, "
                                    "then import it again.")
                                     .arg(schema));

    ExchangeReport report;
    report.file = fileName;
    report.packageUid = manifest.value(QStringLiteral("package")).toString();
    report.from =
        atBureau ? ExchangeIdentity::label(from) + QStringLiteral(" ") + source.value(QStringLiteral("name")).toString()
                 : tr("the bureau");
    report.changes = int(reading.content.changes.size());
    const QDateTime created = Clock::fromStamp(manifest.value(QStringLiteral("created_at")).toString());
    if (created.isValid())
        report.clockSkewSecs = created.secsTo(m_clock.now());
    if (report.clockSkewSecs < -600)
        report.notes << tr("The package was made %1 minutes in this computer's future: one of the two clocks is "
                           "wrong. Clocks decide nothing in the exchange, but dates typed there may be off.")
                            .arg(-report.clockSkewSecs / 60);
    const QJsonObject ranges = manifest.value(QStringLiteral("ranges")).toObject();
    const qint64 fromSeq = ranges.value(QStringLiteral("from_seq")).toInteger();
    const qint64 toSeq = ranges.value(QStringLiteral("to_seq")).toInteger();
    const qint64 ackSeq = ranges.value(QStringLiteral("ack_seq")).toInteger();
    const qint64 ackAnswer = ranges.value(QStringLiteral("ack_answer")).toInteger();
    const qint64 answerNumber = manifest.value(QStringLiteral("answer_number")).toInteger();
    auto repeated = [&](qint64 already) {
        report.repeated = true;
        report.alreadyApplied = int(already);
        report.applied = report.merged = report.conflicts = report.parked = 0;
        return report;
    };
    if (exchange.inboxEntry(report.packageUid))
        return repeated(report.changes);

    const qint64 watermark = exchange.receivedSeq(atBureau ? from : 0, sourceNode);
    if (!atBureau) {
        const qint64 lastAnswer = exchange.receivedAnswer(0, sourceNode);
        if (answerNumber < lastAnswer || (answerNumber == lastAnswer && toSeq <= watermark))
            return repeated(report.changes); // an older answer: the newer one already brought all of it
    } else if (fromSeq > watermark + 1 && exchange.knowsStream(from, sourceNode)) {
        throw refusal(shownName, tr("changes %1 to %2 of %3 never arrived here. Import the earlier package first, or "
                                    "make a new package at %3.")
                                     .arg(watermark + 1)
                                     .arg(fromSeq - 1)
                                     .arg(peer->name));
    }

    WriteTransaction transaction(m_database, m_clock);
    Applier applier(m_database, m_clock, transaction.now(), atBureau, report.packageUid, report);
    applier.setWatermark(watermark);
    // The answer's acknowledgement counts only if it was made for this very installation.
    applier.setAcknowledged(!atBureau && target.value(QStringLiteral("node")).toString() == identity.nodeUid ? ackSeq
                                                                                                             : 0);
    QList<Item> items;
    for (const QJsonObject& change : std::as_const(reading.content.changes))
        items << Item::from(change);
    // Parents before children, then in the order they were made.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        const int ra = TravellingTables::rank(a.entity);
        const int rb = TravellingTables::rank(b.entity);
        return ra != rb ? ra < rb : a.first < b.first;
    });
    ExchangeStore store(m_database);
    for (const Item& item : std::as_const(items)) {
        Outcome outcome = Outcome::Parked;
        QString why;
        try {
            WriteTransaction step(m_database, m_clock);
            outcome = applier.apply(item, atBureau ? from : 0, false, &why);
            if (outcome != Outcome::Parked) {
                step.commit();
                applier.keepTotals();
            }
        } catch (const OperationError& e) {
            outcome = Outcome::Parked;
            why = e.message();
        }
        applier.dropTotals();
        if (outcome == Outcome::Parked) {
            ParkedChange parked;
            parked.workstationCode = atBureau ? from : 0;
            parked.packageUid = report.packageUid;
            parked.seq = item.seq;
            parked.entity = item.entity;
            parked.recordUid = item.key;
            parked.reason = why;
            parked.item = QJsonDocument(item.json).toJson(QJsonDocument::Compact);
            parked.parkedAt = Clock::fromStamp(transaction.now());
            store.park(parked);
        }
        count(report, outcome);
    }

    // Parked changes whose parent may have come now, in the order they came, until none moves.
    QHash<qint64, QString> stillParked;
    for (bool progress = true; progress;) {
        progress = false;
        for (const ParkedChange& parked : store.waitingParked()) {
            const Item item = Item::from(QJsonDocument::fromJson(parked.item).object());
            Outcome outcome = Outcome::Parked;
            QString why;
            try {
                WriteTransaction step(m_database, m_clock);
                outcome = applier.apply(item, parked.workstationCode, true, &why);
                if (outcome != Outcome::Parked) {
                    store.markParkedApplied(parked.id, transaction.now());
                    step.commit();
                    applier.keepTotals();
                }
            } catch (const OperationError& e) {
                outcome = Outcome::Parked;
                why = e.message();
            }
            applier.dropTotals();
            if (outcome == Outcome::Parked) {
                if (why != parked.reason)
                    stillParked.insert(parked.id, why);
                continue;
            }
            stillParked.remove(parked.id);
            ++report.parkedApplied;
            progress = true;
        }
    }
    for (auto it = stillParked.constBegin(); it != stillParked.constEnd(); ++it)
        store.noteParkedAttempt(it.key(), it.value());
    applier.finish();

    const std::optional<ExchangePeer> before = store.peer(atBureau ? from : 0);
    const bool nothingNew = report.alreadyApplied == report.changes && report.parkedApplied == 0 && toSeq <= watermark;
    if (atBureau) {
        const bool newInstallation = !store.knowsStream(from, sourceNode) && sourceNode != before->nodeUid;
        if (nothingNew && !newInstallation && ackSeq <= before->ackedSeq && ackAnswer <= before->ackedAnswer)
            return repeated(report.changes); // an older package: nothing written (the transaction rolls back)
        if (before->nodeUid.isEmpty() || newInstallation) {
            // Its first package, or the first from a reinstalled workstation: what it has applied starts here.
            store.newInstallation(from, sourceNode, ackSeq, ackAnswer);
        } else if (sourceNode == before->nodeUid) {
            store.setPeerAcked(from, ackSeq);
            store.setPeerAckedAnswer(from, ackAnswer);
        } // else a late package of an earlier installation: its changes count, its acknowledgements do not
        store.setPeerHighWater(
            from, std::max(manifest.value(QStringLiteral("code_high_water")).toInteger(), applier.highestNumberSeen()));
    } else {
        // The bureau's word on where the referrals stand, as of this answer.
        QList<ReferralStanding> standing;
        for (const QJsonObject& s : std::as_const(reading.content.standing)) {
            ReferralStanding r;
            r.referralUid = s.value(QStringLiteral("referral")).toString();
            r.code = s.value(QStringLiteral("code")).toString();
            r.status = s.value(QStringLiteral("status")).toString();
            r.position = s.value(QStringLiteral("position")).toInteger();
            r.queueLength = s.value(QStringLiteral("queue_length")).toInteger();
            r.preliminaryDate = Clock::dateFromText(s.value(QStringLiteral("preliminary_date")).toString());
            r.scheduledDate = Clock::dateFromText(s.value(QStringLiteral("scheduled_date")).toString());
            r.asOf = Clock::fromStamp(s.value(QStringLiteral("as_of")).toString());
            if (!r.referralUid.isEmpty())
                standing << r;
        }
        store.replaceStanding(standing);
        for (const QJsonObject& x : std::as_const(reading.content.conflicts)) {
            ExchangeConflict c;
            c.uid = x.value(QStringLiteral("uid")).toString();
            if (c.uid.isEmpty())
                continue;
            c.entity = x.value(QStringLiteral("entity")).toString();
            c.recordUid = x.value(QStringLiteral("record")).toString();
            c.label = x.value(QStringLiteral("label")).toString();
            c.field = x.value(QStringLiteral("field")).toString();
            c.kind = x.value(QStringLiteral("kind")).toString();
            c.keptValue = x.value(QStringLiteral("kept")).toString();
            c.otherValue = x.value(QStringLiteral("other")).toString();
            c.baseVersion = x.value(QStringLiteral("base")).toInteger();
            c.workstationCode = identity.workstationCode;
            c.packageUid = report.packageUid;
            c.originActor = x.value(QStringLiteral("origin_actor")).toString();
            c.originAt = x.value(QStringLiteral("origin_at")).toString();
            c.detectedAt = Clock::fromStamp(x.value(QStringLiteral("detected_at")).toString());
            c.resolved = x.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
            c.resolvedAt = Clock::fromStamp(x.value(QStringLiteral("resolved_at")).toString());
            c.resolvedBy = x.value(QStringLiteral("resolved_by")).toString();
            c.resolution = x.value(QStringLiteral("resolution")).toString();
            store.upsertConflict(c);
        }
        if (target.value(QStringLiteral("node")).toString() == identity.nodeUid)
            store.setPeerAcked(0, ackSeq);
        // A workstation started again from an old copy, or from its first enrolment file: the bureau has seen
        // numbers above its own, so it continues above them.
        const qint64 seen = manifest.value(QStringLiteral("code_high_water")).toInteger();
        const ExchangeRecordStore records(m_database);
        const qint64 issued = records.highestNumberIssued(ReferralNumbers::floorOf(identity.workstationCode),
                                                          ReferralNumbers::ceilingOf(identity.workstationCode));
        const qint64 mine = issued > 0 ? ReferralNumbers::withinPart(issued) : 0;
        const qint64 floor = ReferralNumbers::floorAfterReinstall(identity.workstationCode, seen);
        if (seen > mine && identity.codeFloor < floor) {
            store.setCodeFloor(floor);
            report.notes << tr("The bureau has seen referral numbers of this workstation above those it knows: new "
                               "codes continue above them.");
        }
    }
    store.setReceivedSeq(atBureau ? from : 0, sourceNode, toSeq, transaction.now());
    if (!atBureau)
        store.setReceivedAnswer(0, sourceNode, answerNumber);
    store.noteIn(atBureau ? from : 0, transaction.now(), report.packageUid);
    ExchangeStore::InboxEntry entry;
    entry.packageUid = report.packageUid;
    entry.workstationCode = atBureau ? from : 0;
    entry.nodeUid = sourceNode;
    entry.kind = kind;
    entry.createdAt = manifest.value(QStringLiteral("created_at")).toString();
    entry.importedAt = transaction.now();
    entry.importedBy = m_database.actor();
    entry.fileName = shownName;
    entry.fromSeq = fromSeq;
    entry.toSeq = toSeq;
    entry.changes = report.changes;
    entry.applied = report.applied;
    entry.alreadyApplied = report.alreadyApplied;
    entry.merged = report.merged;
    entry.conflicts = report.conflicts;
    entry.parked = report.parked;
    store.insertInbox(entry);
    transaction.commit();
    report.written = true;
    return report;
}
