#include "OpenDataService.h"

#include "Authorization.h"
#include "WaitingListService.h"
#include "domain/IcdCode.h"
#include "domain/NameText.h"
#include "domain/OpenDataTerms.h"
#include "domain/QueueKey.h"
#include "domain/ReferralCode.h"
#include "domain/Workstation.h"
#include "io/CsvReader.h"
#include "platform/LocalProcess.h"
#include "store/BedProfileStore.h"
#include "store/BulkStore.h"
#include "store/HospitalStore.h"
#include "store/IcdStore.h"
#include "store/ImportStore.h"
#include "store/ReferralStore.h"
#include "store/RegionStore.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QMutex>
#include <QSet>
#include <QUuid>

#include <memory>

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant day(const QDate& d)
{
    return d.isValid() ? QVariant(Clock::dateText(d)) : QVariant();
}

// Thrown inside the row loop when the clerk cancels; the run then undoes itself.
struct Cancelled
{
};

// The runs this process has in progress (a GUI import runs on a thread of its own). A 'running' record with
// this process's id and not in this set was left by an earlier process that had the same id.
QMutex inProgressMutex;
QSet<QString> inProgress;

class InProgress
{
public:
    explicit InProgress(const QString& batchId)
        : m_batchId(batchId)
    {
        const QMutexLocker lock(&inProgressMutex);
        inProgress.insert(m_batchId);
    }
    ~InProgress()
    {
        const QMutexLocker lock(&inProgressMutex);
        inProgress.remove(m_batchId);
    }
    InProgress(const InProgress&) = delete;
    InProgress& operator=(const InProgress&) = delete;

private:
    QString m_batchId;
};

bool isOwnRunInProgress(const QString& batchId)
{
    const QMutexLocker lock(&inProgressMutex);
    return inProgress.contains(batchId);
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
    CsvReader reader(device);
    const QStringList required =
        kind == Kind::Referrals ? QStringList{QStringLiteral("hospitalization_code"), QStringLiteral("hospital_mo"),
                                              QStringLiteral("bed_profile"), QStringLiteral("registration_dt")}
                                : QStringList{QStringLiteral("region_origin_code"),
                                              QStringLiteral("mo_destination_code"), QStringLiteral("profile_code"),
                                              QStringLiteral("patient_seq_no"), QStringLiteral("registration_dt")};
    bool headerOk = reader.readHeader();
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
    auto field = [&](const QStringList& fields, const char* name) {
        const int column = reader.column(QLatin1String(name));
        return column >= 0 ? fields.value(column).trimmed() : QString();
    };

    // A run killed earlier would otherwise keep its half of a file that this run may be importing again.
    recoverAbandoned();
    const QString batchId = newUid();
    const InProgress running(batchId);
    const QString actor = Workstation::currentUser();
    {
        WriteTransaction start(m_database, m_clock);
        ImportStore(m_database)
            .begin(batchId,
                   kind == Kind::Referrals ? QStringLiteral("opendata-referrals") : QStringLiteral("opendata-waiting"),
                   fileName, start.now(), actor, LocalProcess::hostName(), LocalProcess::currentId());
        start.commit();
    }
    const ImportStore imports(m_database);
    const HospitalStore hospitals(m_database);
    const BedProfileStore profiles(m_database);
    const IcdStore dictionary(m_database);
    const ReferralStore referrals(m_database);
    const RegionStore regions(m_database);
    BulkStore bulk(m_database);
    QSet<QString> knownRegions;
    for (const Region& r : regions.all())
        knownRegions.insert(r.code);
    // Small caches: the same hospitals, profiles and diagnoses recur on every row.
    QHash<QString, qint64> hospitalIds; // code → id
    QSet<QString> knownProfiles, knownDiagnoses, hospitalProfiles;
    QSet<std::pair<qint64, QString>> touchedQueues;
    // Running totals of the batch, written when it commits.
    QHash<QString, qint64> statusDelta;
    QHash<QDate, qint64> registeredDelta;
    QHash<std::pair<QString, QDate>, qint64> waitingDelta;

    auto hospitalFor = [&](const QString& code, const QString& name, const QString& region,
                           const QString& now) -> qint64 {
        if (const auto it = hospitalIds.constFind(code); it != hospitalIds.constEnd())
            return *it;
        std::optional<Hospital> h = hospitals.findByCode(code);
        if (!h) {
            Hospital created;
            created.uid = newUid();
            created.code = code;
            created.name = name.isEmpty() ? code : name;
            created.regionCode = region;
            created.active = true;
            created.id = hospitals.upsert(created, now);
            imports.created(batchId, QStringLiteral("hospital"), QString::number(created.id));
            h = created;
        }
        hospitalIds.insert(code, h->id);
        return h->id;
    };
    auto profileFor = [&](const QString& code, const QString& name, const QString& now) {
        if (knownProfiles.contains(code))
            return;
        if (!profiles.find(code)) {
            BedProfile p;
            p.code = code;
            p.nameKk = p.nameRu = p.nameEn = name.isEmpty() ? code : name;
            p.careForm = code == QLatin1String("DH") ? BedProfile::CareForm::Day : BedProfile::CareForm::RoundTheClock;
            p.ageGroup = BedProfile::AgeGroup::Any;
            profiles.upsert(p, 1000, now);
            imports.created(batchId, QStringLiteral("bed_profile"), code);
        }
        knownProfiles.insert(code);
    };

    std::unique_ptr<WriteTransaction> tx;
    auto flushTallies = [&]() {
        const TallyStore tallies(m_database);
        for (auto it = statusDelta.cbegin(); it != statusDelta.cend(); ++it)
            tallies.addStatus(it.key(), it.value());
        for (auto it = registeredDelta.cbegin(); it != registeredDelta.cend(); ++it)
            tallies.addRegistered(it.key(), it.value());
        for (auto it = waitingDelta.cbegin(); it != waitingDelta.cend(); ++it)
            tallies.addWaiting(it.key().first, it.key().second, it.value());
        statusDelta.clear();
        registeredDelta.clear();
        waitingDelta.clear();
    };
    const qint64 total = device->size();
    try {
        tx = std::make_unique<WriteTransaction>(m_database, m_clock);
        qint64 inBatch = 0;
        QStringList fields;
        while (reader.readRecord(fields)) {
            if (cancel && cancel->load())
                throw Cancelled();
            ++report.rowsRead;
            const qint64 line = reader.recordLine();
            if (reader.hadUnterminatedQuote()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("a quoted field is never closed; the rest of the file cannot be read")};
                break;
            }
            if (fields.size() != reader.header().size()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("%1 fields instead of %2").arg(fields.size()).arg(reader.header().size())};
                continue;
            }
            const QString now = tx->now();
            ReferralCode code;
            QString profileName;
            QString hospitalName;
            if (kind == Kind::Referrals) {
                code = ReferralCode::parse(field(fields, "hospitalization_code"));
                profileName = field(fields, "bed_profile");
                hospitalName = field(fields, "hospital_mo");
            } else {
                bool seqOk = false;
                const qint64 seq = field(fields, "patient_seq_no").toLongLong(&seqOk);
                QString profile = field(fields, "profile_code").toUpper();
                if (profile.isEmpty())
                    profile = QStringLiteral("DH");
                if (seqOk && seq > 0)
                    code = ReferralCode::make(field(fields, "region_origin_code"),
                                              field(fields, "mo_destination_code").toUpper(), profile, seq);
            }
            if (!code.isValid()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("\"%1\" is not a hospitalization code of the form RR.MMMM.PPP.N")
                              .arg(kind == Kind::Referrals ? field(fields, "hospitalization_code")
                                                           : field(fields, "patient_seq_no"))};
                continue;
            }
            if (!knownRegions.contains(code.region())) {
                report.badRows << ImportReport::BadRow{
                    line, tr("the region %1 of code %2 is not a KATO region").arg(code.region(), code.text())};
                continue;
            }
            const QDateTime registered = OpenDataTerms::dateTime(field(fields, "registration_dt"));
            if (!registered.isValid()) {
                report.badRows << ImportReport::BadRow{
                    line, tr("the registration date \"%1\" cannot be read").arg(field(fields, "registration_dt"))};
                continue;
            }
            if (referrals.codeExists(code.text())) {
                ++report.unchanged; // imported before: the hospitalization code identifies it
                continue;
            }
            // An empty bed profile in the official data is the day hospital.
            const QString profile =
                (kind == Kind::Referrals && profileName.isEmpty()) ? QStringLiteral("DH") : code.profile();
            profileFor(profile, profileName, now);
            const qint64 hospitalId = hospitalFor(code.hospital(), hospitalName, code.region(), now);
            if (!hospitalProfiles.contains(QString::number(hospitalId) + profile)) {
                hospitals.setProfile(hospitalId, profile, true, now);
                hospitalProfiles.insert(QString::number(hospitalId) + profile);
            }
            QString diagnosis = IcdCode::normalize(field(fields, "icd10_ref_diag_code"));
            const QString diagnosisName = field(fields, "diagnosis_name");
            if (IcdCode::isValid(diagnosis) && !knownDiagnoses.contains(diagnosis)) {
                if (!dictionary.find(diagnosis)) {
                    dictionary.upsert(
                        IcdEntry{diagnosis, diagnosisName.isEmpty() ? diagnosis : diagnosisName, {}, {}, false}, now);
                    imports.created(batchId, QStringLiteral("icd10"), diagnosis);
                }
                knownDiagnoses.insert(diagnosis);
            }
            if (diagnosis.isEmpty())
                diagnosis = QStringLiteral("—");
            // The referral's life as far as the published dates tell it.
            const QDateTime planned = OpenDataTerms::dateTime(field(fields, "planned_dt"));
            const QDateTime hospitalized = OpenDataTerms::dateTime(field(fields, "hospitalization_dt"));
            const QDateTime refused = OpenDataTerms::dateTime(field(fields, "refusal_dt"));
            QString status = QStringLiteral("registered");
            QDate scheduled;
            if (kind == Kind::Referrals) {
                if (refused.isValid())
                    status = QStringLiteral("refused");
                else if (hospitalized.isValid())
                    status = QStringLiteral("hospitalized");
                else if (planned.isValid())
                    status = QStringLiteral("scheduled");
                if (planned.isValid())
                    scheduled = planned.date();
            }
            const QString registeredStamp = Clock::stamp(registered);
            const QString notes = kind == Kind::WaitingList ? field(fields, "operation_name") : QString();
            const qint64 id =
                bulk.insert(BulkStore::Table::Referral,
                            {newUid(),
                             code.text(),
                             QVariant(),
                             code.region(),
                             field(fields, "referring_mo"),
                             QString(),
                             hospitalId,
                             profile,
                             profile == QLatin1String("DH") ? QStringLiteral("day") : QStringLiteral("round_the_clock"),
                             OpenDataTerms::purpose(field(fields, "referral_purpose")),
                             OpenDataTerms::funding(field(fields, "finance_source")),
                             OpenDataTerms::territory(field(fields, "territorial_type")),
                             0,
                             diagnosis,
                             diagnosisName,
                             status,
                             registeredStamp,
                             day(scheduled),
                             day(kind == Kind::WaitingList ? planned.date() : scheduled),
                             day(hospitalized.date()),
                             QVariant(),
                             status == QLatin1String("refused") ? QVariant(Clock::stamp(refused)) : QVariant(),
                             0,
                             QVariant(),
                             QVariant(),
                             notes,
                             kind == Kind::Referrals ? QStringLiteral("opendata") : QStringLiteral("opendata-waiting"),
                             now,
                             now,
                             QueueKey::make(0, registeredStamp, code.text())});
            imports.created(batchId, QStringLiteral("referral"), QString::number(id));
            auto event = [&](const QDateTime& at, const QString& from, const QString& to, const QDate& eventDay) {
                bulk.insert(BulkStore::Table::Event,
                            {newUid(), id, Clock::stamp(at), actor, from.isEmpty() ? QVariant() : QVariant(from), to,
                             QVariant(), QString(), day(eventDay), QStringLiteral("{\"source\":\"opendata\"}")});
            };
            event(registered, {}, QStringLiteral("registered"), {});
            QString at = QStringLiteral("registered");
            if (scheduled.isValid() && kind == Kind::Referrals) {
                event(std::max(registered, planned), at, QStringLiteral("scheduled"), scheduled);
                at = QStringLiteral("scheduled");
            }
            if (status == QLatin1String("hospitalized"))
                event(hospitalized, at, QStringLiteral("hospitalized"), hospitalized.date());
            else if (status == QLatin1String("refused"))
                event(refused, at, QStringLiteral("refused"), refused.date());
            statusDelta[status] += 1;
            registeredDelta[registered.date()] += 1;
            if (status == QLatin1String("registered") || status == QLatin1String("scheduled")) {
                waitingDelta[{profile, registered.date()}] += 1;
                touchedQueues.insert({hospitalId, profile});
            }
            ++report.imported;
            if (++inBatch >= BatchRows) {
                flushTallies();
                imports.heartbeat(batchId, report.rowsRead, tx->now());
                tx->commit();
                tx = std::make_unique<WriteTransaction>(m_database, m_clock);
                inBatch = 0;
                if (progress)
                    progress(reader.position(), total, report.rowsRead);
            }
        }
        flushTallies();
        // Preliminary dates for the queues that received patients, in the last batch.
        WaitingListService planner(m_database, m_clock);
        for (const auto& [hospitalId, profileCode] : std::as_const(touchedQueues))
            planner.recompute(hospitalId, profileCode);
        imports.finish(batchId, QStringLiteral("done"), report.rowsRead, report.imported, tx->now());
        imports.forget(batchId); // done: nothing to undo any more
        tx->commit();
        report.committed = true;
        if (progress)
            progress(total, total, report.rowsRead);
        return report;
    } catch (const Cancelled&) {
        report.cancelled = true;
    } catch (const OperationError&) {
        tx.reset(); // roll the open batch back, then undo the committed ones
        undo(batchId, QStringLiteral("failed"), report.rowsRead);
        throw;
    }
    tx.reset();
    undo(batchId, QStringLiteral("cancelled"), report.rowsRead);
    report.imported = 0;
    report.unchanged = 0;
    return report;
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
            abandoned = run.pid == thisProcess ? !isOwnRunInProgress(run.batchId) : !LocalProcess::isRunning(run.pid);
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
