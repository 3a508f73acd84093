#include "OpenDataService.h"

#include "Authorization.h"
#include "WaitingListService.h"
#include "domain/IcdCode.h"
#include "domain/LocalInstant.h"
#include "domain/NameText.h"
#include "domain/OpenDataTerms.h"
#include "domain/QueueKey.h"
#include "domain/ReferralCode.h"
#include "domain/UidSource.h"
#include "domain/Workstation.h"
#include "io/CsvPrefetch.h"
#include "io/CsvReader.h"
#include "platform/LocalProcess.h"
#include "store/BedProfileStore.h"
#include "store/ChangeTracking.h"
#include "store/HospitalStore.h"
#include "store/IcdStore.h"
#include "store/ImportStore.h"
#include "store/OpenDataStore.h"
#include "store/ReferralStore.h"
#include "store/RegionStore.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QSet>

#include <array>
#include <vector>

namespace {
// Thrown inside the row loop when the clerk cancels; the transaction then rolls back.
struct Cancelled
{
};

// Where each column of the file is, found once from the header (a lookup by name for every field of a
// million rows costs more than reading them).
struct Columns
{
    explicit Columns(const CsvReader& reader)
        : code(reader.column(QStringLiteral("hospitalization_code")))
        , referringMo(reader.column(QStringLiteral("referring_mo")))
        , hospitalMo(reader.column(QStringLiteral("hospital_mo")))
        , diagnosis(reader.column(QStringLiteral("icd10_ref_diag_code")))
        , diagnosisName(reader.column(QStringLiteral("diagnosis_name")))
        , bedProfile(reader.column(QStringLiteral("bed_profile")))
        , registration(reader.column(QStringLiteral("registration_dt")))
        , planned(reader.column(QStringLiteral("planned_dt")))
        , hospitalization(reader.column(QStringLiteral("hospitalization_dt")))
        , refusal(reader.column(QStringLiteral("refusal_dt")))
        , territory(reader.column(QStringLiteral("territorial_type")))
        , purpose(reader.column(QStringLiteral("referral_purpose")))
        , finance(reader.column(QStringLiteral("finance_source")))
        , regionOrigin(reader.column(QStringLiteral("region_origin_code")))
        , destination(reader.column(QStringLiteral("mo_destination_code")))
        , profileCode(reader.column(QStringLiteral("profile_code")))
        , sequence(reader.column(QStringLiteral("patient_seq_no")))
        , operationName(reader.column(QStringLiteral("operation_name")))
    {}
    int code, referringMo, hospitalMo, diagnosis, diagnosisName, bedProfile, registration, planned, hospitalization,
        refusal, territory, purpose, finance, regionOrigin, destination, profileCode, sequence, operationName;
};

QString fieldAt(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

// The few words of a column (territory, purpose, funding) mapped once each, not once a row, to the code
// stored, in UTF-8.
class TermCache
{
public:
    explicit TermCache(QString (*map)(const QString&))
        : m_map(map)
    {}
    const QByteArray& operator()(const QString& text)
    {
        auto found = m_cache.constFind(text);
        if (found == m_cache.constEnd())
            found = m_cache.insert(text, m_map(text).toUtf8());
        return *found;
    }

private:
    QString (*m_map)(const QString&);
    QHash<QString, QByteArray> m_cache;
};

// A date as stored (Clock::dateText), in UTF-8; empty for no date.
QByteArray dateBytes(const QDate& date)
{
    return date.isValid() ? Clock::dateText(date).toLatin1() : QByteArray();
}
} // namespace

OpenDataService::OpenDataService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

ImportReport OpenDataService::importReferrals(QIODevice* device, const QString& fileName, const Progress& progress,
                                              const std::atomic<bool>* cancel)
{
    return run(Kind::Referrals, device, fileName, progress, cancel);
}

ImportReport OpenDataService::importWaitingList(QIODevice* device, const QString& fileName, const Progress& progress,
                                                const std::atomic<bool>* cancel)
{
    return run(Kind::WaitingList, device, fileName, progress, cancel);
}

ImportReport OpenDataService::run(Kind kind, QIODevice* device, const QString& fileName, const Progress& progress,
                                  const std::atomic<bool>* cancel)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    ImportReport report;
    const qint64 start = device->pos();
    CsvReader reader(device);
    const QStringList required =
        kind == Kind::Referrals ? QStringList{QStringLiteral("hospitalization_code"), QStringLiteral("hospital_mo"),
                                              QStringLiteral("bed_profile"), QStringLiteral("registration_dt")}
                                : QStringList{QStringLiteral("region_origin_code"),
                                              QStringLiteral("mo_destination_code"), QStringLiteral("profile_code"),
                                              QStringLiteral("patient_seq_no"), QStringLiteral("registration_dt")};
    bool headerOk = reader.readHeader();
    if (headerOk && !reader.problem().isEmpty()) {
        report.badRows << ImportReport::BadRow{1, reader.problem()};
        return report;
    }
    for (const QString& column : required)
        headerOk = headerOk && reader.column(column) >= 0;
    if (!headerOk) {
        report.badRows << ImportReport::BadRow{
            1, tr("This is not the Bureau's open-data %1 file: the first line must name "
                  "the columns %2.")
                   .arg(kind == Kind::Referrals ? tr("referrals") : tr("waiting list"),
                        required.join(QStringLiteral(", ")))};
        return report;
    }
    const Columns columns(reader);
    const qsizetype width = reader.header().size();

    // Runs left 'running' by an older Joldama, which committed batch by batch, are undone first: this run may
    // import the same file again.
    recoverAbandoned();
    const QString kindCode =
        kind == Kind::Referrals ? QStringLiteral("opendata-referrals") : QStringLiteral("opendata-waiting");
    UidSource uids;
    const QString batchId = uids.next();
    const QString actor = Workstation::currentUser();
    const qint64 total = device->size();
    try {
        // The whole file is one transaction: whatever stops it (Cancel, a full disk, a killed process, a power
        // cut) SQLite's journal leaves the database as it was, and no other command ever sees half of it.
        // Every row names a region checked below, and a hospital and a profile found or made below.
        const OpenDataStore::ForeignKeysOff parentsCheckedHere(m_database);
        WriteTransaction tx(m_database, m_clock);
        const QString now = tx.now();
        const ImportStore imports(m_database);
        imports.begin(batchId, kindCode, fileName, now, actor, LocalProcess::hostName(), LocalProcess::currentId());
        const HospitalStore hospitals(m_database);
        const BedProfileStore profiles(m_database);
        const IcdStore dictionary(m_database);
        OpenDataStore store(m_database);
        // Each referral and event is recorded in the change log as always, but in one statement per table after the
        // rows instead of by a trigger per row (the triggers were almost half of the import's time).
        ChangeTracking::BulkInsert referralChanges(m_database, QStringLiteral("referral"));
        ChangeTracking::BulkInsert eventChanges(m_database, QStringLiteral("referral_event"));
        QSet<QString> knownRegions;
        for (const Region& r : RegionStore(m_database).all())
            knownRegions.insert(r.code);
        // The same hospitals, profiles and diagnoses recur on every row: each is looked up once.
        QHash<QString, qint64> hospitalIds; // code → id
        QSet<QString> knownProfiles, knownDiagnoses;
        QSet<std::pair<qint64, QString>> hospitalProfiles;
        QSet<std::pair<qint64, QString>> touchedQueues;
        QHash<QString, qint64> statusDelta;
        QHash<QDate, qint64> registeredDelta;
        QHash<std::pair<QString, QDate>, qint64> waitingDelta;
        // Used by parse() below, on the reading thread only.
        TermCache territoryOf(&OpenDataTerms::territory), purposeOf(&OpenDataTerms::purpose),
            fundingOf(&OpenDataTerms::funding);

        auto hospitalFor = [&](const QString& code, const QString& name, const QString& region) -> qint64 {
            if (const auto it = hospitalIds.constFind(code); it != hospitalIds.constEnd())
                return *it;
            std::optional<Hospital> h = hospitals.findByCode(code);
            if (!h) {
                Hospital created;
                created.uid = uids.next();
                created.code = code;
                created.name = name.isEmpty() ? code : name;
                created.regionCode = region;
                created.active = true;
                created.id = hospitals.upsert(created, now);
                h = created;
            }
            hospitalIds.insert(code, h->id);
            return h->id;
        };
        auto profileFor = [&](const QString& code, const QString& name) {
            if (knownProfiles.contains(code))
                return;
            if (!profiles.find(code)) {
                BedProfile p;
                p.code = code;
                p.nameKk = p.nameRu = p.nameEn = name.isEmpty() ? code : name;
                p.careForm =
                    code == QLatin1String("DH") ? BedProfile::CareForm::Day : BedProfile::CareForm::RoundTheClock;
                p.ageGroup = BedProfile::AgeGroup::Any;
                profiles.upsert(p, 1000, now);
            }
            knownProfiles.insert(code);
        };
        // The texts every imported row shares, made once.
        const QByteArray dayCareForm = QByteArrayLiteral("day"),
                         roundTheClockCareForm = QByteArrayLiteral("round_the_clock"),
                         noDiagnosis = QStringLiteral("—").toUtf8(), nowText = now.toUtf8(), actorText = actor.toUtf8(),
                         openDataDetail = QByteArrayLiteral("{\"source\":\"opendata\"}"),
                         sourceText = kind == Kind::Referrals ? QByteArrayLiteral("opendata")
                                                              : QByteArrayLiteral("opendata-waiting");
        // What one record says, read alike by both passes below.
        struct Parsed
        {
            ReferralCode code;
            QString profile, profileName, hospitalName, diagnosis, diagnosisName, registeredStamp, queueKey;
            // The referral and its events (registration, then scheduling, then admission or refusal) as they are
            // stored, made on the reading thread too, with their global ids: the writing thread only adds the
            // hospital, the preliminary date and the referral's id.
            OpenDataStore::Referral row;
            std::array<OpenDataStore::Event, 3> events;
            size_t eventCount = 0;
            QByteArray ownPreliminary; // the preliminary date when the planner gives none
            LocalInstant registered, planned, hospitalized, refused;
            const QString* status = nullptr;
            QDate scheduled;
            bool diagnosisValid = false;
            size_t codeHash = 0; // tells the second pass that it reads the same code
            bool active() const
            {
                return *status == QLatin1String("registered") || *status == QLatin1String("scheduled");
            }
        };
        const QString registeredCode = QStringLiteral("registered"), scheduledCode = QStringLiteral("scheduled"),
                      hospitalizedCode = QStringLiteral("hospitalized"), refusedCode = QStringLiteral("refused");
        const QByteArray registeredText = registeredCode.toUtf8(), scheduledText = scheduledCode.toUtf8(),
                         hospitalizedText = hospitalizedCode.toUtf8(), refusedText = refusedCode.toUtf8();
        const auto statusText = [&](const QString* status) -> const QByteArray& {
            return status == &refusedCode        ? refusedText
                   : status == &hospitalizedCode ? hospitalizedText
                   : status == &scheduledCode    ? scheduledText
                                                 : registeredText;
        };
        // False for a bad row, which is reported when bad is given. Runs on the reading thread (CsvPrefetch): it
        // reads only what stays unchanged during the import, and has its own stamps and ids.
        UtcStamps parseStamps;
        UidSource parseUids;
        // forInsert: also the texts only the insert needs (a first pass that inserts nothing leaves them).
        const auto parse = [&](const QStringList& fields, qint64 line, Parsed& p, QList<ImportReport::BadRow>* bad,
                               bool forInsert) {
            QString codeText;
            if (kind == Kind::Referrals) {
                codeText = fieldAt(fields, columns.code);
                p.code = ReferralCode::parse(codeText);
                p.profileName = fieldAt(fields, columns.bedProfile);
                p.hospitalName = fieldAt(fields, columns.hospitalMo);
            } else {
                codeText = fieldAt(fields, columns.sequence);
                bool seqOk = false;
                const qint64 seq = codeText.toLongLong(&seqOk);
                QString profile = fieldAt(fields, columns.profileCode).toUpper();
                if (profile.isEmpty())
                    profile = QStringLiteral("DH");
                p.code = seqOk && seq > 0
                             ? ReferralCode::make(fieldAt(fields, columns.regionOrigin),
                                                  fieldAt(fields, columns.destination).toUpper(), profile, seq)
                             : ReferralCode();
            }
            if (!p.code.isValid()) {
                if (bad)
                    *bad << ImportReport::BadRow{
                        line, tr("\"%1\" is not a hospitalization code of the form RR.MMMM.PPP.N").arg(codeText)};
                return false;
            }
            if (!knownRegions.contains(p.code.region())) {
                if (bad)
                    *bad << ImportReport::BadRow{
                        line, tr("the region %1 of code %2 is not a KATO region").arg(p.code.region(), p.code.text())};
                return false;
            }
            const QString registrationText = fieldAt(fields, columns.registration);
            p.registered = LocalInstant::parse(registrationText);
            if (!p.registered.isValid()) {
                // A shape the fast reader does not know may still be one OpenDataTerms reads.
                const QDateTime slow = OpenDataTerms::dateTime(registrationText);
                p.registered =
                    slow.isValid() ? LocalInstant{slow.date(), slow.time().msecsSinceStartOfDay()} : LocalInstant{};
            }
            if (!p.registered.isValid()) {
                if (bad)
                    *bad << ImportReport::BadRow{
                        line, tr("the registration date \"%1\" cannot be read").arg(registrationText)};
                return false;
            }
            // An empty bed profile in the official data is the day hospital.
            p.profile = (kind == Kind::Referrals && p.profileName.isEmpty()) ? QStringLiteral("DH") : p.code.profile();
            p.diagnosis = IcdCode::normalize(fieldAt(fields, columns.diagnosis));
            p.diagnosisName = fieldAt(fields, columns.diagnosisName);
            // The referral's life as far as the published dates tell it.
            const auto instant = [&](int column) {
                const QString text = fieldAt(fields, column);
                if (text.isEmpty())
                    return LocalInstant{};
                const LocalInstant fast = LocalInstant::parse(text);
                if (fast.isValid())
                    return fast;
                const QDateTime slow = OpenDataTerms::dateTime(text);
                return slow.isValid() ? LocalInstant{slow.date(), slow.time().msecsSinceStartOfDay()} : LocalInstant{};
            };
            p.planned = instant(columns.planned);
            p.hospitalized = instant(columns.hospitalization);
            p.refused = instant(columns.refusal);
            p.status = &registeredCode;
            p.scheduled = QDate();
            if (kind == Kind::Referrals) {
                if (p.refused.isValid())
                    p.status = &refusedCode;
                else if (p.hospitalized.isValid())
                    p.status = &hospitalizedCode;
                else if (p.planned.isValid())
                    p.status = &scheduledCode;
                if (p.planned.isValid())
                    p.scheduled = p.planned.date;
            }
            p.diagnosisValid = IcdCode::isValid(p.diagnosis);
            p.registeredStamp = parseStamps.stamp(p.registered);
            p.queueKey = QueueKey::make(0, p.registeredStamp, p.code.text());
            p.codeHash = qHash(p.code.text());
            if (!forInsert)
                return true;
            OpenDataStore::Referral& r = p.row;
            r.uid = parseUids.next().toLatin1();
            r.code = p.code.text().toUtf8();
            r.referringRegion = p.code.region().toUtf8();
            r.referringOrg = fieldAt(fields, columns.referringMo).toUtf8();
            r.profileCode = p.profile.toUtf8();
            r.careForm = p.profile == QLatin1String("DH") ? dayCareForm : roundTheClockCareForm;
            r.purpose = purposeOf(fieldAt(fields, columns.purpose));
            r.funding = fundingOf(fieldAt(fields, columns.finance));
            r.territory = territoryOf(fieldAt(fields, columns.territory));
            r.diagnosisCode = p.diagnosis.isEmpty() ? noDiagnosis : p.diagnosis.toUtf8();
            r.diagnosisName = p.diagnosisName.toUtf8();
            r.status = statusText(p.status);
            r.registeredAt = p.registeredStamp.toUtf8();
            r.scheduledDate = dateBytes(p.scheduled);
            r.hospitalizedOn = p.hospitalized.isValid() ? dateBytes(p.hospitalized.date) : QByteArray();
            r.closedAt = p.status == &refusedCode ? parseStamps.stamp(p.refused).toUtf8() : QByteArray();
            r.notes = kind == Kind::WaitingList ? fieldAt(fields, columns.operationName).toUtf8() : QByteArray();
            r.source = sourceText;
            r.now = nowText;
            r.queueKey = p.queueKey.toUtf8();
            p.ownPreliminary = dateBytes(kind == Kind::WaitingList ? p.planned.date : p.scheduled);
            // Its life as far as the published dates tell it.
            p.eventCount = 0;
            const auto addEvent = [&](const QByteArray& happenedAt, const QByteArray& from, const QByteArray& to,
                                      const QDate& eventDay) {
                OpenDataStore::Event& e = p.events[p.eventCount++];
                e.uid = parseUids.next().toLatin1();
                e.happenedAt = happenedAt;
                e.actor = actorText;
                e.fromStatus = from;
                e.toStatus = to;
                e.eventDate = dateBytes(eventDay);
                e.detail = openDataDetail;
            };
            addEvent(r.registeredAt, {}, registeredText, {});
            const QByteArray* at = &registeredText;
            if (p.scheduled.isValid() && kind == Kind::Referrals) {
                addEvent(parseStamps.stamp(std::max(p.registered, p.planned)).toUtf8(), *at, scheduledText,
                         p.scheduled);
                at = &scheduledText;
            }
            if (p.status == &hospitalizedCode)
                addEvent(parseStamps.stamp(p.hospitalized).toUtf8(), *at, hospitalizedText, p.hospitalized.date);
            else if (p.status == &refusedCode)
                addEvent(r.closedAt, *at, refusedText, p.refused.date);
            return true;
        };
        // Writes a referral and its events; plan is its preliminary date when planned before (null: planned after).
        QDate lastPlannedDay;
        QByteArray lastPlannedText;
        const auto insert = [&](const Parsed& p, qint64 hospitalId, const WaitingListService::Planned* plan) {
            if (plan && plan->preliminary != lastPlannedDay) {
                lastPlannedDay = plan->preliminary;
                lastPlannedText = dateBytes(lastPlannedDay);
            }
            const qint64 id = store.insertReferral(p.row, hospitalId, plan ? lastPlannedText : p.ownPreliminary,
                                                   plan && plan->documentsOk);
            for (size_t i = 0; i < p.eventCount; ++i)
                store.insertEvent(p.events[i], id);
        };

        // A file that can be read twice is: first to check every row, create the hospitals, profiles and diagnoses
        // it names and plan the queues with its referrals among those already waiting, then to insert each referral
        // with its preliminary date. Inserting first and then dating them cost a second write of every new row (an
        // update of the row and of two indexes: a third of the import's time). A stream is read once and its queues
        // planned after.
        const bool twoPasses = !device->isSequential();
        const auto reportProgress = [&](qint64 position, bool secondPass) {
            if (!progress || report.rowsRead == 0)
                return;
            const qint64 done = twoPasses ? (secondPass ? total / 2 : 0) + position / 2 : position;
            progress(done, total, report.rowsRead);
        };
        // What the reading thread makes of a record: parsed when it is whole, with the reason when it is bad.
        struct Prepared
        {
            Parsed p;
            bool ok = false;
            QList<ImportReport::BadRow> bad;
        };
        using Rows = CsvPrefetch<Prepared>;
        QSet<QString> accepted; // the codes the first pass found new (a code twice in the file is imported once)
        // Into an empty table (a bureau's first import) no code of the file can be there before it: the first pass
        // inserts nothing, and accepted tells the file's own repeats. Read once by the stream too, which inserts
        // as it reads and so must look every code up.
        const bool anyBefore = !twoPasses || store.anyReferral();
        // By record number: whether the second pass inserts it, and its code's hash to tell that the file is the same.
        std::vector<bool> toInsert;
        std::vector<size_t> codeHashes;
        QHash<std::pair<qint64, QString>, QList<WaitingListService::Newcomer>> newcomers;
        qint64 record = -1;
        {
            // Read and parsed on a second thread while this one looks the codes up and plans.
            Rows rows(reader, [&](Rows::Record& r) {
                r.prepared.bad.clear();
                r.prepared.ok = r.problem.isEmpty() && r.fields.size() == width &&
                                parse(r.fields, r.line, r.prepared.p, &r.prepared.bad, !twoPasses);
            });
            while (const Rows::Record* r = rows.next()) {
                ++record;
                if (cancel && cancel->load())
                    throw Cancelled();
                ++report.rowsRead;
                if (report.rowsRead % ProgressRows == 0)
                    reportProgress(r->position, false);
                const qint64 line = r->line;
                if (!r->problem.isEmpty()) {
                    report.badRows << ImportReport::BadRow{line, r->problem};
                    if (r->unterminatedQuote)
                        break;
                    continue;
                }
                if (r->fields.size() != width) {
                    report.badRows << ImportReport::BadRow{
                        line, tr("%1 fields instead of %2").arg(r->fields.size()).arg(width)};
                    continue;
                }
                if (!r->prepared.ok) {
                    report.badRows << r->prepared.bad;
                    continue;
                }
                const Parsed& p = r->prepared.p;
                const QString codeText = p.code.text();
                bool known = false;
                if (anyBefore) {
                    known = accepted.contains(codeText) || store.codeExists(codeText);
                } else {
                    // Only the file's own repeats can be known: one look-up that also records the code.
                    const qsizetype before = accepted.size();
                    accepted.insert(codeText);
                    known = accepted.size() == before;
                }
                if (known) {
                    ++report.unchanged; // imported before: the hospitalization code identifies it
                    continue;
                }
                profileFor(p.profile, p.profileName);
                const qint64 hospitalId = hospitalFor(p.code.hospital(), p.hospitalName, p.code.region());
                if (!hospitalProfiles.contains({hospitalId, p.profile})) {
                    hospitals.setProfile(hospitalId, p.profile, true, now);
                    hospitalProfiles.insert({hospitalId, p.profile});
                }
                if (p.diagnosisValid && !knownDiagnoses.contains(p.diagnosis)) {
                    learnDiagnosis(dictionary, p.diagnosis, p.diagnosisName, now);
                    knownDiagnoses.insert(p.diagnosis);
                }
                statusDelta[*p.status] += 1;
                registeredDelta[p.registered.date] += 1;
                if (p.active()) {
                    waitingDelta[{p.profile, p.registered.date}] += 1;
                    touchedQueues.insert({hospitalId, p.profile});
                }
                if (twoPasses) {
                    if (anyBefore)
                        accepted.insert(codeText);
                    if (toInsert.size() <= size_t(record)) {
                        toInsert.resize(size_t(record) + 1, false);
                        codeHashes.resize(size_t(record) + 1, 0);
                    }
                    toInsert[size_t(record)] = true;
                    codeHashes[size_t(record)] = p.codeHash;
                    if (p.active())
                        newcomers[{hospitalId, p.profile}] << WaitingListService::Newcomer{
                            record, p.queueKey, p.registered.date, *p.status == scheduledCode ? p.scheduled : QDate()};
                } else {
                    insert(p, hospitalId, nullptr);
                }
                ++report.imported;
            }
        }
        WaitingListService planner(m_database, m_clock);
        if (twoPasses) {
            QHash<qint64, WaitingListService::Planned> planned;
            {
                // The planner writes only preliminary dates, which the change log does not record.
                ChangeTracking::DerivedUpdates derivedOnly(m_database, QStringLiteral("referral"));
                planned = planner.planImport(newcomers);
                derivedOnly.restore();
            }
            newcomers.clear();
            accepted.clear();
            // The planner has read the queues; the inserts need only the unique indexes.
            const bool indexesDeferred = store.deferIndexes(report.imported);
            if (!device->seek(start))
                throw OperationError(OperationError::Kind::Invalid, tr("The file could not be read a second time."));
            CsvReader again(device);
            again.readHeader();
            // Only the records the first pass accepted are parsed again (and checked to read the same: a row that
            // reads otherwise now means the file was changed).
            qint64 preparedRecord = -1;
            Rows rowsAgain(again, [&](Rows::Record& r) {
                ++preparedRecord;
                const bool wanted = preparedRecord < qint64(toInsert.size()) && toInsert[size_t(preparedRecord)];
                r.prepared.ok = wanted && r.problem.isEmpty() && r.fields.size() == width &&
                                parse(r.fields, r.line, r.prepared.p, nullptr, true) &&
                                r.prepared.p.codeHash == codeHashes[size_t(preparedRecord)];
            });
            record = -1;
            while (record + 1 < qint64(toInsert.size())) {
                const Rows::Record* r = rowsAgain.next();
                if (!r)
                    break;
                ++record;
                if (cancel && cancel->load())
                    throw Cancelled();
                if ((record + 1) % ProgressRows == 0)
                    reportProgress(r->position, true);
                if (!toInsert[size_t(record)])
                    continue;
                if (!r->prepared.ok)
                    throw OperationError(OperationError::Kind::Invalid,
                                         tr("The file changed while it was being imported. Nothing was saved; "
                                            "import it again once it is complete."));
                const Parsed& p = r->prepared.p;
                const auto plan = planned.constFind(record);
                insert(p, hospitalFor(p.code.hospital(), p.hospitalName, p.code.region()),
                       plan == planned.constEnd() ? nullptr : &*plan);
            }
            if (indexesDeferred)
                store.rebuildIndexes();
        }
        // Before anything updates the new rows, so that each is recorded as inserted first.
        referralChanges.finish();
        eventChanges.finish();
        const TallyStore tallies(m_database);
        for (auto it = statusDelta.cbegin(); it != statusDelta.cend(); ++it)
            tallies.addStatus(it.key(), it.value());
        for (auto it = registeredDelta.cbegin(); it != registeredDelta.cend(); ++it)
            tallies.addRegistered(it.key(), it.value());
        for (auto it = waitingDelta.cbegin(); it != waitingDelta.cend(); ++it)
            tallies.addWaiting(it.key().first, it.key().second, it.value());
        if (!twoPasses) {
            // Preliminary dates for the queues that received patients.
            ChangeTracking::DerivedUpdates derivedOnly(m_database, QStringLiteral("referral"));
            planner.recomputeInImport(touchedQueues.values());
            derivedOnly.restore();
        }
        imports.finish(batchId, QStringLiteral("done"), report.rowsRead, report.imported, tx.now());
        tx.commit();
        // Durable now; the copy of the WAL into the database file need not hold the clerk up.
        m_database.checkpointInBackground();
        report.committed = true;
        if (progress)
            progress(total, total, report.rowsRead);
        return report;
    } catch (const Cancelled&) {
        report.cancelled = true;
    } catch (const OperationError&) {
        // Rolled back already; the record of the failed run is kept if the disk still takes it.
        recordEnded(batchId, kindCode, fileName, actor, QStringLiteral("failed"), report.rowsRead);
        throw;
    }
    recordEnded(batchId, kindCode, fileName, actor, QStringLiteral("cancelled"), report.rowsRead);
    report.imported = 0;
    report.unchanged = 0;
    return report;
}

void OpenDataService::learnDiagnosis(const IcdStore& dictionary, const QString& code, const QString& name,
                                     const QString& now) const
{
    dictionary.learn(code, name, QStringLiteral("opendata"), now);
}

void OpenDataService::recordEnded(const QString& batchId, const QString& kind, const QString& fileName,
                                  const QString& actor, const QString& status, qint64 rowsRead) noexcept
{
    // For the administrator's record only: on a full disk it may not be written either, and that is no loss.
    try {
        WriteTransaction transaction(m_database, m_clock);
        const ImportStore imports(m_database);
        imports.begin(batchId, kind, fileName, transaction.now(), actor, LocalProcess::hostName(),
                      LocalProcess::currentId());
        imports.finish(batchId, status, rowsRead, 0, transaction.now());
        transaction.commit();
    } catch (const OperationError&) {
    }
}

void OpenDataService::undo(const QString& batchId, const QString& status, qint64 rowsRead)
{
    WriteTransaction transaction(m_database, m_clock);
    const ImportStore imports(m_database);
    // Read before the referrals go: afterwards nothing says which queues they stood in.
    const QList<std::pair<qint64, QString>> queues = imports.queuesOf(batchId);
    imports.undo(batchId);
    TallyStore(m_database).rebuild();
    // The referrals left in those queues move up: their preliminary dates are planned again, as after an import.
    // A queue of a hospital the run created is gone with it.
    const HospitalStore hospitals(m_database);
    WaitingListService planner(m_database, m_clock);
    for (const auto& [hospitalId, profileCode] : queues) {
        if (hospitals.find(hospitalId))
            planner.recompute(hospitalId, profileCode);
    }
    imports.finish(batchId, status, rowsRead, 0, transaction.now());
    transaction.commit();
}

int OpenDataService::recoverAbandoned()
{
    const QString thisHost = LocalProcess::hostName();
    const qint64 thisProcess = LocalProcess::currentId();
    const QDateTime now = m_clock.now();
    int undone = 0;
    for (const ImportStore::Running& run : ImportStore(m_database).running()) {
        bool abandoned = false;
        if (run.host == thisHost && run.pid > 0) {
            // This process never leaves a run 'running' in the file (its imports commit once, at the end): a
            // record with its id was left by an earlier process that had the same id.
            abandoned = run.pid == thisProcess || !LocalProcess::isRunning(run.pid);
        } else {
            // Another computer (or a run recorded before owners were): only its silence can tell.
            const QDateTime lastSeen = Clock::fromStamp(run.lastSeen);
            abandoned = !lastSeen.isValid() || lastSeen.addSecs(qint64(AbandonedAfterMinutes) * 60) < now;
        }
        if (!abandoned)
            continue;
        WriteTransaction check(m_database, m_clock);
        // Another workstation may have undone it while this one looked.
        if (ImportStore(m_database).isRunning(run.batchId)) {
            undo(run.batchId, QStringLiteral("failed"), run.rowsRead);
            ++undone;
        }
        check.commit();
    }
    return undone;
}
