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

// The few words of a column (territory, purpose, funding) mapped once each, not once a row.
class TermCache
{
public:
    explicit TermCache(QString (*map)(const QString&))
        : m_map(map)
    {}
    const QString& operator()(const QString& text)
    {
        auto found = m_cache.constFind(text);
        if (found == m_cache.constEnd())
            found = m_cache.insert(text, m_map(text));
        return *found;
    }

private:
    QString (*m_map)(const QString&);
    QHash<QString, QString> m_cache;
};
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
        TermCache territoryOf(&OpenDataTerms::territory), purposeOf(&OpenDataTerms::purpose),
            fundingOf(&OpenDataTerms::funding);
        UtcStamps stamps;

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
        const QString openDataDetail = QStringLiteral("{\"source\":\"opendata\"}");
        OpenDataStore::Event event;
        event.actor = actor;
        event.detail = openDataDetail;
        auto addEvent = [&](qint64 referralId, const LocalInstant& at, const QString& from, const QString& to,
                            const QDate& eventDay) {
            event.uid = uids.next();
            event.referralId = referralId;
            event.happenedAt = stamps.stamp(at);
            event.fromStatus = from;
            event.toStatus = to;
            event.eventDate = eventDay.isValid() ? Clock::dateText(eventDay) : QString();
            store.insertEvent(event);
        };
        const QString registeredCode = QStringLiteral("registered"), scheduledCode = QStringLiteral("scheduled"),
                      hospitalizedCode = QStringLiteral("hospitalized"), refusedCode = QStringLiteral("refused");
        OpenDataStore::Referral row;
        row.source = kind == Kind::Referrals ? QStringLiteral("opendata") : QStringLiteral("opendata-waiting");
        row.now = now;

        QStringList fields;
        while (reader.readRecord(fields)) {
            if (cancel && cancel->load())
                throw Cancelled();
            ++report.rowsRead;
            if (progress && report.rowsRead % ProgressRows == 0)
                progress(reader.position(), total, report.rowsRead);
            const qint64 line = reader.recordLine();
            if (!reader.problem().isEmpty()) {
                report.badRows << ImportReport::BadRow{line, reader.problem()};
                if (reader.hadUnterminatedQuote())
                    break;
                continue;
            }
            if (fields.size() != width) {
                report.badRows << ImportReport::BadRow{line,
                                                       tr("%1 fields instead of %2").arg(fields.size()).arg(width)};
                continue;
            }
            ReferralCode code;
            QString profileName;
            QString hospitalName;
            if (kind == Kind::Referrals) {
                code = ReferralCode::parse(fieldAt(fields, columns.code));
                profileName = fieldAt(fields, columns.bedProfile);
                hospitalName = fieldAt(fields, columns.hospitalMo);
            } else {
                bool seqOk = false;
                const qint64 seq = fieldAt(fields, columns.sequence).toLongLong(&seqOk);
                QString profile = fieldAt(fields, columns.profileCode).toUpper();
                if (profile.isEmpty())
                    profile = QStringLiteral("DH");
                if (seqOk && seq > 0)
                    code = ReferralCode::make(fieldAt(fields, columns.regionOrigin),
                                              fieldAt(fields, columns.destination).toUpper(), profile, seq);
            }
            if (!code.isValid()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("\"%1\" is not a hospitalization code of the form RR.MMMM.PPP.N")
                              .arg(kind == Kind::Referrals ? fieldAt(fields, columns.code)
                                                           : fieldAt(fields, columns.sequence))};
                continue;
            }
            if (!knownRegions.contains(code.region())) {
                report.badRows << ImportReport::BadRow{
                    line, tr("the region %1 of code %2 is not a KATO region").arg(code.region(), code.text())};
                continue;
            }
            const QString registrationText = fieldAt(fields, columns.registration);
            LocalInstant registered = LocalInstant::parse(registrationText);
            if (!registered.isValid()) {
                // A shape the fast reader does not know may still be one OpenDataTerms reads.
                const QDateTime slow = OpenDataTerms::dateTime(registrationText);
                registered =
                    slow.isValid() ? LocalInstant{slow.date(), slow.time().msecsSinceStartOfDay()} : LocalInstant{};
            }
            if (!registered.isValid()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("the registration date \"%1\" cannot be read").arg(registrationText)};
                continue;
            }
            if (store.codeExists(code.text())) {
                ++report.unchanged; // imported before: the hospitalization code identifies it
                continue;
            }
            // An empty bed profile in the official data is the day hospital.
            const QString profile =
                (kind == Kind::Referrals && profileName.isEmpty()) ? QStringLiteral("DH") : code.profile();
            profileFor(profile, profileName);
            const qint64 hospitalId = hospitalFor(code.hospital(), hospitalName, code.region());
            if (!hospitalProfiles.contains({hospitalId, profile})) {
                hospitals.setProfile(hospitalId, profile, true, now);
                hospitalProfiles.insert({hospitalId, profile});
            }
            QString diagnosis = IcdCode::normalize(fieldAt(fields, columns.diagnosis));
            const QString diagnosisName = fieldAt(fields, columns.diagnosisName);
            if (IcdCode::isValid(diagnosis) && !knownDiagnoses.contains(diagnosis)) {
                learnDiagnosis(dictionary, diagnosis, diagnosisName, now);
                knownDiagnoses.insert(diagnosis);
            }
            if (diagnosis.isEmpty())
                diagnosis = QStringLiteral("—");
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
            const LocalInstant planned = instant(columns.planned);
            const LocalInstant hospitalized = instant(columns.hospitalization);
            const LocalInstant refused = instant(columns.refusal);
            const QString* status = &registeredCode;
            QDate scheduled;
            if (kind == Kind::Referrals) {
                if (refused.isValid())
                    status = &refusedCode;
                else if (hospitalized.isValid())
                    status = &hospitalizedCode;
                else if (planned.isValid())
                    status = &scheduledCode;
                if (planned.isValid())
                    scheduled = planned.date;
            }
            const QString registeredStamp = stamps.stamp(registered);
            row.uid = uids.next();
            row.code = code.text();
            row.referringRegion = code.region();
            row.referringOrg = fieldAt(fields, columns.referringMo);
            row.hospitalId = hospitalId;
            row.profileCode = profile;
            row.careForm = profile == QLatin1String("DH") ? QStringLiteral("day") : QStringLiteral("round_the_clock");
            row.purpose = purposeOf(fieldAt(fields, columns.purpose));
            row.funding = fundingOf(fieldAt(fields, columns.finance));
            row.territory = territoryOf(fieldAt(fields, columns.territory));
            row.diagnosisCode = diagnosis;
            row.diagnosisName = diagnosisName;
            row.status = *status;
            row.registeredAt = registeredStamp;
            row.scheduledDate = scheduled.isValid() ? Clock::dateText(scheduled) : QString();
            const QDate preliminary = kind == Kind::WaitingList ? planned.date : scheduled;
            row.preliminaryDate = preliminary.isValid() ? Clock::dateText(preliminary) : QString();
            row.hospitalizedOn = hospitalized.isValid() ? Clock::dateText(hospitalized.date) : QString();
            row.closedAt = status == &refusedCode ? stamps.stamp(refused) : QString();
            row.notes = kind == Kind::WaitingList ? fieldAt(fields, columns.operationName) : QString();
            row.queueKey = QueueKey::make(0, registeredStamp, row.code);
            const qint64 id = store.insertReferral(row);

            addEvent(id, registered, {}, registeredCode, {});
            const QString* at = &registeredCode;
            if (scheduled.isValid() && kind == Kind::Referrals) {
                addEvent(id, std::max(registered, planned), *at, scheduledCode, scheduled);
                at = &scheduledCode;
            }
            if (status == &hospitalizedCode)
                addEvent(id, hospitalized, *at, hospitalizedCode, hospitalized.date);
            else if (status == &refusedCode)
                addEvent(id, refused, *at, refusedCode, refused.date);
            statusDelta[*status] += 1;
            registeredDelta[registered.date] += 1;
            if (status == &registeredCode || status == &scheduledCode) {
                waitingDelta[{profile, registered.date}] += 1;
                touchedQueues.insert({hospitalId, profile});
            }
            ++report.imported;
        }
        // Before anything updates the new rows (the planner below), so that each is recorded as inserted first.
        referralChanges.finish();
        eventChanges.finish();
        const TallyStore tallies(m_database);
        for (auto it = statusDelta.cbegin(); it != statusDelta.cend(); ++it)
            tallies.addStatus(it.key(), it.value());
        for (auto it = registeredDelta.cbegin(); it != registeredDelta.cend(); ++it)
            tallies.addRegistered(it.key(), it.value());
        for (auto it = waitingDelta.cbegin(); it != waitingDelta.cend(); ++it)
            tallies.addWaiting(it.key().first, it.key().second, it.value());
        // Preliminary dates for the queues that received patients.
        WaitingListService planner(m_database, m_clock);
        {
            // The planner writes only preliminary dates, which the change log does not record.
            ChangeTracking::DerivedUpdates derivedOnly(m_database, QStringLiteral("referral"));
            planner.recomputeInImport(touchedQueues.values());
            derivedOnly.restore();
        }
        imports.finish(batchId, QStringLiteral("done"), report.rowsRead, report.imported, tx.now());
        tx.commit();
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
