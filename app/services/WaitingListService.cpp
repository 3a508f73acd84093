#include "WaitingListService.h"

#include "Authorization.h"
#include "domain/PreliminaryDatePlanner.h"
#include "domain/QueueKey.h"
#include "domain/ReferralCode.h"
#include "store/CalendarStore.h"
#include "store/ChecklistStore.h"
#include "store/HospitalStore.h"
#include "store/ReferralStore.h"
#include "store/RegionalContactStore.h"
#include "store/Retry.h"
#include "store/SettingStore.h"
#include "store/WaitingListStore.h"
#include "store/WriteTransaction.h"

#include <algorithm>

namespace {
// Whether a referral's documents are all valid on its planned date (documents_ok).
class DocumentsReady
{
public:
    DocumentsReady(const QList<DocumentType>& documents, QHash<qint64, QList<DocumentRecord>> records)
        : m_documents(documents)
        , m_records(std::move(records))
    {}

    bool operator()(qint64 id, const QDate& date)
    {
        const auto found = m_records.constFind(id);
        if (found == m_records.constEnd()) {
            // Most of a queue filled by an import has no documents yet. Without a document nothing can expire
            // before the admission: the answer is the same whatever the date, and is worked out once.
            if (!m_withoutDocuments)
                m_withoutDocuments = DocumentCheck::problems(DocumentCheck::evaluate(m_documents, {}, date)).isEmpty();
            return *m_withoutDocuments;
        }
        return DocumentCheck::problems(DocumentCheck::evaluate(m_documents, *found, date)).isEmpty();
    }

private:
    const QList<DocumentType>& m_documents;
    const QHash<qint64, QList<DocumentRecord>> m_records;
    std::optional<bool> m_withoutDocuments;
};

// Writes the planned dates and documents flags of the places whose own changed.
void savePlanned(const WaitingListStore& store, QList<WaitingListStore::Place>& places,
                 const QHash<qint64, QDate>& dates, DocumentsReady& ready)
{
    QList<WaitingListStore::Place> changed;
    for (WaitingListStore::Place& s : places) {
        const QDate date = dates.value(s.id);
        const bool ok = ready(s.id, date);
        if (date != s.preliminary || ok != s.documentsOk) {
            s.preliminary = date;
            s.documentsOk = ok;
            changed << s;
        }
    }
    store.savePlan(changed);
}
} // namespace

WaitingListService::WaitingListService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

int WaitingListService::capacityPerDay(qint64 hospitalId, const QString& profileCode) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    const WaitingListStore::Capacity c = WaitingListStore(m_database).capacity(hospitalId, profileCode);
    return c.perDay ? std::max(1, *c.perDay) : defaultCapacity(c.beds);
}

void WaitingListService::plan(qint64 hospitalId, const QString& profileCode, const WorkingCalendar& calendar,
                              const QList<DocumentType>& documents, QList<Newcomer> newcomers,
                              QHash<qint64, Planned>* planned)
{
    const WaitingListStore store(m_database);
    store.lockQueue(hospitalId, profileCode);
    const WaitingListStore::Capacity capacity = store.capacity(hospitalId, profileCode);
    const int perDay = capacity.perDay ? std::max(1, *capacity.perDay) : defaultCapacity(capacity.beds);
    QList<WaitingListStore::Place> places = store.places(hospitalId, profileCode);
    QList<PreliminaryDatePlanner::Entry> entries;
    entries.reserve(places.size() + newcomers.size());
    // Newcomers stand among the others by their queue keys (the places come in that order); they are told apart
    // by ids below zero.
    std::sort(newcomers.begin(), newcomers.end(),
              [](const Newcomer& a, const Newcomer& b) { return a.queueKey < b.queueKey; });
    const auto newcomerId = [](qint64 key) { return -1 - key; };
    qsizetype next = 0;
    for (const WaitingListStore::Place& s : std::as_const(places)) {
        for (; next < newcomers.size() && newcomers.at(next).queueKey < s.queueKey; ++next) {
            const Newcomer& n = newcomers.at(next);
            entries << PreliminaryDatePlanner::Entry{newcomerId(n.key), n.registered, n.confirmed};
        }
        entries << PreliminaryDatePlanner::Entry{s.id, s.registered, s.confirmed};
    }
    for (; next < newcomers.size(); ++next) {
        const Newcomer& n = newcomers.at(next);
        entries << PreliminaryDatePlanner::Entry{newcomerId(n.key), n.registered, n.confirmed};
    }
    PreliminaryDatePlanner planner(calendar, perDay, capacity.leadDays, m_clock.today());
    const QHash<qint64, QDate> dates = planner.plan(entries);
    DocumentsReady ready(documents, store.documents(hospitalId, profileCode));
    savePlanned(store, places, dates, ready);
    if (planned) {
        for (const Newcomer& n : std::as_const(newcomers)) {
            const QDate date = dates.value(newcomerId(n.key));
            planned->insert(n.key, Planned{date, ready(newcomerId(n.key), date)});
        }
    }
}

void WaitingListService::planFrom(qint64 hospitalId, const QString& profileCode, const QString& fromKey,
                                  const WorkingCalendar& calendar, const QList<DocumentType>& documents)
{
    // Planning is greedy in queue order, so the dates of the places ahead of fromKey do not depend on those
    // behind it (a confirmed date behind it is already counted on its day). The places from fromKey on are
    // planned against the days the others already fill, as the whole queue planned afresh would plan them.
    const WaitingListStore store(m_database);
    store.lockQueue(hospitalId, profileCode);
    const WaitingListStore::Capacity capacity = store.capacity(hospitalId, profileCode);
    const int perDay = capacity.perDay ? std::max(1, *capacity.perDay) : defaultCapacity(capacity.beds);
    QList<WaitingListStore::Place> places = store.places(hospitalId, profileCode, fromKey);
    QHash<QDate, int> taken = store.plannedPerDay(hospitalId, profileCode);
    QList<PreliminaryDatePlanner::Entry> entries;
    entries.reserve(places.size());
    for (const WaitingListStore::Place& s : std::as_const(places)) {
        // What these places hold now is planned again below: their days are given back first.
        const QDate held = s.confirmed.isValid() ? s.confirmed : s.preliminary;
        if (held.isValid()) {
            auto day = taken.find(held);
            if (day != taken.end() && --*day <= 0)
                taken.erase(day);
        }
        entries << PreliminaryDatePlanner::Entry{s.id, s.registered, s.confirmed};
    }
    PreliminaryDatePlanner planner(calendar, perDay, capacity.leadDays, m_clock.today());
    const QHash<qint64, QDate> dates = planner.plan(entries, taken);
    DocumentsReady ready(documents, store.documents(hospitalId, profileCode, fromKey));
    savePlanned(store, places, dates, ready);
}

void WaitingListService::recompute(qint64 hospitalId, const QString& profileCode)
{
    WriteTransaction transaction(m_database, m_clock);
    plan(hospitalId, profileCode, CalendarStore(m_database).calendar(), ChecklistStore(m_database).documentTypes(true));
    transaction.commit();
}

void WaitingListService::recomputeInImport(const QList<std::pair<qint64, QString>>& queues)
{
    if (m_database.writeDepth() == 0)
        throw OperationError(OperationError::Kind::Storage,
                             QStringLiteral("Queues of an import are planned inside the import's transaction."));
    const WorkingCalendar calendar = CalendarStore(m_database).calendar();
    const QList<DocumentType> documents = ChecklistStore(m_database).documentTypes(true);
    for (const auto& [hospitalId, profileCode] : queues)
        plan(hospitalId, profileCode, calendar, documents);
}

QHash<qint64, WaitingListService::Planned>
WaitingListService::planImport(const QHash<std::pair<qint64, QString>, QList<Newcomer>>& queues)
{
    if (m_database.writeDepth() == 0)
        throw OperationError(OperationError::Kind::Storage,
                             QStringLiteral("Queues of an import are planned inside the import's transaction."));
    const WorkingCalendar calendar = CalendarStore(m_database).calendar();
    const QList<DocumentType> documents = ChecklistStore(m_database).documentTypes(true);
    QHash<qint64, Planned> planned;
    for (auto it = queues.cbegin(); it != queues.cend(); ++it)
        plan(it.key().first, it.key().second, calendar, documents, it.value(), &planned);
    return planned;
}

void WaitingListService::placeNewcomer(qint64 referralId)
{
    WriteTransaction transaction(m_database, m_clock);
    const std::optional<Referral> r = ReferralStore(m_database).find(referralId);
    if (!r || !r->isActive())
        return transaction.commit();
    const WaitingListStore store(m_database);
    const QString key = QueueKey::of(*r);
    // The shortcuts below keep the dates of the places ahead of the newcomer, which hold only if the queues were
    // planned today: a workstation left open past midnight has yesterday's, and the newcomer's whole queue is
    // planned again instead.
    const bool plannedToday =
        SettingStore(m_database).value(QStringLiteral("waiting_list.planned_on")) == Clock::dateText(m_clock.today());
    if (r->scheduledDate.isValid() || !plannedToday) {
        // A confirmed date takes a place on its day from everyone, those ahead in the queue too.
        plan(r->hospitalId, r->profileCode, CalendarStore(m_database).calendar(),
             ChecklistStore(m_database).documentTypes(true));
        return transaction.commit();
    }
    if (store.anyAfter(r->hospitalId, r->profileCode, key)) {
        // Someone stands behind the newcomer (it has a higher priority, or they were registered later): they move
        // back one place and may get later dates; those ahead keep theirs, as nothing of theirs changed.
        planFrom(r->hospitalId, r->profileCode, key, CalendarStore(m_database).calendar(),
                 ChecklistStore(m_database).documentTypes(true));
        return transaction.commit();
    }
    const WorkingCalendar calendar = CalendarStore(m_database).calendar();
    const WaitingListStore::Capacity capacity = store.capacity(r->hospitalId, r->profileCode);
    const int perDay = capacity.perDay ? std::max(1, *capacity.perDay) : defaultCapacity(capacity.beds);
    // Everyone before it has a date on or before the latest one: the newcomer takes the first day from
    // there (or from its own earliest day) that still has room.
    const QDate start = std::max(m_clock.today(), r->registeredAt.date().addDays(capacity.leadDays));
    const QDate latest = store.latestPreliminaryDate(r->hospitalId, r->profileCode);
    QDate day = calendar.onOrAfter(latest.isValid() ? std::max(start, latest) : start);
    while (store.plannedOn(r->hospitalId, r->profileCode, day) >= perDay)
        day = calendar.onOrAfter(day.addDays(1));
    WaitingListStore::Place place;
    place.id = r->id;
    place.preliminary = day;
    place.documentsOk =
        DocumentCheck::problems(DocumentCheck::evaluate(ChecklistStore(m_database).documentTypes(true),
                                                        ReferralStore(m_database).documents(r->id), day))
            .isEmpty();
    store.savePlan({place});
    transaction.commit();
}

void WaitingListService::recomputeAll()
{
    WriteTransaction transaction(m_database, m_clock);
    const WorkingCalendar calendar = CalendarStore(m_database).calendar();
    const QList<DocumentType> documents = ChecklistStore(m_database).documentTypes(true);
    for (const auto& [hospitalId, profileCode] : WaitingListStore(m_database).activeQueues())
        plan(hospitalId, profileCode, calendar, documents);
    SettingStore(m_database).setValue(QStringLiteral("waiting_list.planned_on"), Clock::dateText(m_clock.today()));
    transaction.commit();
}

void WaitingListService::ensurePlannedToday()
{
    if (SettingStore(m_database).value(QStringLiteral("waiting_list.planned_on")) != Clock::dateText(m_clock.today()))
        recomputeAll();
}

void WaitingListService::setCapacity(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay,
                                     int leadDays)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    return Retry::transient(m_database, [&] { return setCapacityOnce(hospitalId, profileCode, perDay, leadDays); });
}

void WaitingListService::setCapacityOnce(qint64 hospitalId, const QString& profileCode, std::optional<int> perDay,
                                         int leadDays)
{
    if (perDay && *perDay < 1)
        throw OperationError(OperationError::Kind::Invalid, tr("The capacity is at least one planned admission a day."),
                             QStringLiteral("capacity"));
    if (leadDays < 0 || leadDays > 365)
        throw OperationError(OperationError::Kind::Invalid, tr("The lead time is 0 to 365 days."),
                             QStringLiteral("lead_days"));
    WriteTransaction transaction(m_database, m_clock);
    WaitingListStore(m_database).setCapacity(hospitalId, profileCode, perDay, leadDays, transaction.now());
    plan(hospitalId, profileCode, CalendarStore(m_database).calendar(), ChecklistStore(m_database).documentTypes(true));
    transaction.commit();
}

QList<WaitingListService::QueueEntry> WaitingListService::queue(qint64 hospitalId, const QString& profileCode,
                                                                int offset, int limit) const
{
    Authorization::require(m_database, Permission::ViewQueues, m_clock);
    QList<QueueEntry> entries;
    const QDate today = m_clock.today();
    qint64 position = offset;
    for (const WaitingListStore::Row& row : WaitingListStore(m_database).rows(hospitalId, profileCode, offset, limit)) {
        QueueEntry e;
        e.position = ++position;
        e.referralId = row.id;
        e.code = row.code;
        e.patient = row.patient;
        e.iin = row.iin;
        e.registeredAt = row.registeredAt;
        e.daysWaited = int(row.registeredAt.date().daysTo(today));
        e.preliminaryDate = row.preliminaryDate;
        e.scheduledDate = row.scheduledDate;
        e.status = row.status;
        e.priority = row.priority;
        e.documentsOk = row.documentsOk;
        entries << e;
    }
    return entries;
}

qint64 WaitingListService::position(const Referral& r) const
{
    Authorization::require(m_database, Permission::ViewQueues, m_clock);
    if (!r.isActive())
        return 0;
    return WaitingListStore(m_database).position(r.hospitalId, r.profileCode, QueueKey::of(r));
}

qint64 WaitingListService::queueLength(qint64 hospitalId, const QString& profileCode) const
{
    Authorization::require(m_database, Permission::ViewQueues, m_clock);
    return WaitingListStore(m_database).length(hospitalId, profileCode);
}

WaitingListService::Lookup WaitingListService::lookup(const QString& codeText) const
{
    Authorization::require(m_database, Permission::LookUp, m_clock);
    const ReferralCode code = ReferralCode::parse(codeText);
    if (!code.isValid())
        throw OperationError(OperationError::Kind::Invalid, code.problemText(), QStringLiteral("code"));
    const std::optional<Referral> referral = ReferralStore(m_database).findByCode(code.text());
    if (!referral)
        throw OperationError(
            OperationError::Kind::NotFound,
            tr("No referral has the code %1. Check it against the ticket; if it is right, the referral "
               "may be registered in another region's database — ask that region's bureau.")
                .arg(code.text()),
            QStringLiteral("code"));
    Lookup result;
    result.referral = *referral;
    result.profileCode = referral->profileCode;
    result.hospital = HospitalStore(m_database).find(referral->hospitalId).value_or(Hospital());
    if (referral->isActive()) {
        result.position = position(*referral);
        result.queueLength = queueLength(referral->hospitalId, referral->profileCode);
        result.preliminaryDate = referral->plannedDate();
    }
    for (const DocumentType& type : ChecklistStore(m_database).documentTypes(true)) {
        if (type.required)
            result.documentsToBring << type;
    }
    const QList<RegionalContact> contacts = RegionalContactStore(m_database).forRegion(result.hospital.regionCode);
    for (const RegionalContact& c : contacts) {
        if (c.hasPhone()) {
            result.bureau = c;
            break;
        }
    }
    if (!result.bureau && !contacts.isEmpty())
        result.bureau = contacts.first();
    return result;
}

QList<WaitingListService::Alternative> WaitingListService::alternatives(const Referral& referral,
                                                                        const QString& regionCode) const
{
    Authorization::require(m_database, Permission::ViewQueues, m_clock);
    const HospitalStore hospitals(m_database);
    const std::optional<Hospital> current = hospitals.find(referral.hospitalId);
    if (!current)
        return {};
    const WorkingCalendar calendar = CalendarStore(m_database).calendar();
    const WaitingListStore store(m_database);
    const QString key = QueueKey::of(referral);
    QList<Alternative> result;
    for (const Hospital& h :
         hospitals.offering(regionCode.isEmpty() ? current->regionCode : regionCode, referral.profileCode)) {
        if (h.id == referral.hospitalId)
            continue;
        Alternative a;
        a.hospital = h;
        const QList<WaitingListStore::Place> places = store.places(h.id, referral.profileCode);
        a.queueLength = places.size();
        QList<PreliminaryDatePlanner::Entry> entries;
        int at = 0;
        for (const WaitingListStore::Place& s : places) {
            entries << PreliminaryDatePlanner::Entry{s.id, s.registered, s.confirmed};
            if (s.queueKey < key)
                ++at;
        }
        a.position = at + 1;
        const WaitingListStore::Capacity c = store.capacity(h.id, referral.profileCode);
        PreliminaryDatePlanner planner(calendar, c.perDay ? *c.perDay : defaultCapacity(c.beds), c.leadDays,
                                       m_clock.today());
        a.preliminaryDate = planner.dateAt(entries, at, referral.registeredAt.date());
        result << a;
    }
    std::sort(result.begin(), result.end(), [](const Alternative& a, const Alternative& b) {
        return a.preliminaryDate != b.preliminaryDate ? a.preliminaryDate < b.preliminaryDate
                                                      : a.hospital.code < b.hospital.code;
    });
    return result;
}
