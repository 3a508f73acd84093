#include "ReferralService.h"

#include "AuditService.h"
#include "Authorization.h"
#include "PatientService.h"
#include "QuotaService.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/IcdCode.h"
#include "domain/Iin.h"
#include "domain/ReferralCode.h"
#include "domain/ReferralLifecycle.h"
#include "store/BedProfileStore.h"
#include "store/ChecklistStore.h"
#include "store/ExchangeStore.h"
#include "store/HospitalStore.h"
#include "store/HtmcProfileStore.h"
#include "store/IcdStore.h"
#include "store/PatientStore.h"
#include "store/ReferralStore.h"
#include "store/RegionStore.h"
#include "store/Retry.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

[[noreturn]] void invalid(const QString& message, const char* field)
{
    throw OperationError(OperationError::Kind::Invalid, message, QLatin1String(field));
}
} // namespace

ReferralService::ReferralService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

void ReferralService::queueChanged(qint64 hospitalId, const QString& profileCode) const
{
    if (m_queueChanged)
        m_queueChanged(hospitalId, profileCode);
}

void ReferralService::countNew(const Referral& r, bool newRegistration) const
{
    const TallyStore tallies(m_database);
    tallies.addStatus(ReferralStatuses::code(r.status), 1);
    if (newRegistration && !r.emergency)
        tallies.addRegistered(r.registeredAt.date(), 1);
    if (r.isActive())
        tallies.addWaiting(r.profileCode, r.registeredAt.date(), 1);
}

void ReferralService::countTransition(const Referral& r, ReferralStatus from, ReferralStatus to) const
{
    const TallyStore tallies(m_database);
    tallies.addStatus(ReferralStatuses::code(from), -1);
    tallies.addStatus(ReferralStatuses::code(to), 1);
    const bool wasActive = ReferralStatuses::isActive(from);
    const bool isActive = ReferralStatuses::isActive(to);
    if (wasActive != isActive)
        tallies.addWaiting(r.profileCode, r.registeredAt.date(), isActive ? 1 : -1);
}

Referral ReferralService::checkedRegistration(const Registration& in) const
{
    Referral r;
    const std::optional<Patient> patient =
        PatientService(m_database, m_clock)
            .chosenPatient(in.patientId, in.iin, tr("Choose the patient the referral is for."));
    r.patientId = patient->id;

    const RegionStore regions(m_database);
    r.referringRegion =
        in.referringRegion.trimmed().isEmpty() ? patient->regionCode : regions.resolve(in.referringRegion);
    if (r.referringRegion.isEmpty())
        invalid(tr("Choose the region of the referring organization: its KATO code starts the referral code."),
                "referring_region");
    if (!regions.find(r.referringRegion))
        invalid(tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 for Astana.")
                    .arg(in.referringRegion),
                "referring_region");
    r.referringOrg = in.referringOrg.trimmed();
    r.referringDoctor = in.referringDoctor.trimmed();

    const std::optional<BedProfile> profile = BedProfileStore(m_database).find(in.profileCode.trimmed().toUpper());
    if (!profile || !profile->active)
        invalid(tr("Choose the bed profile from the list (\"%1\" is not one).").arg(in.profileCode), "profile");
    r.profileCode = profile->code;

    const HospitalStore hospitals(m_database);
    const std::optional<Hospital> hospital = hospitals.findByCode(in.hospitalCode);
    if (!hospital || !hospital->active)
        invalid(tr("There is no active hospital with the code \"%1\". Choose one from the list.").arg(in.hospitalCode),
                "hospital");
    if (!in.emergency && !hospitals.profileCodes(hospital->id).contains(r.profileCode))
        invalid(tr("%1 does not admit planned patients to the profile \"%2\". Choose a hospital offered for this "
                   "profile.")
                    .arg(hospital->name, profile->name(Languages::current())),
                "hospital");
    r.hospitalId = hospital->id;
    r.hospitalCode = hospital->code;
    r.hospitalName = hospital->name;

    r.careForm = in.careForm.isEmpty() ? BedProfile::careFormCode(profile->careForm) : in.careForm;
    if (!CareTerms::careFormCodes().contains(r.careForm))
        invalid(tr("The form of care is round_the_clock or day."), "care_form");
    r.purpose = in.purpose;
    if (!CareTerms::purposeCodes().contains(r.purpose))
        invalid(tr("The purpose is one of: surgical, conservative, diagnostics, rehabilitation."), "purpose");
    r.funding = in.funding;
    if (!CareTerms::fundingCodes().contains(r.funding))
        invalid(tr("The funding is one of: gobmp, osms, htmc, paid."), "funding");
    const QString quotaProfile = in.quotaProfile.trimmed().toUpper();
    if (r.funding == QLatin1String("htmc")) {
        if (quotaProfile.isEmpty())
            invalid(tr("A referral funded by an HTMC quota needs the HTMC profile of the quota. Choose it."), "quota");
        const std::optional<HtmcProfile> htmc = HtmcProfileStore(m_database).find(quotaProfile);
        if (!htmc || !htmc->active)
            invalid(tr("Choose the HTMC profile of the quota from the list (\"%1\" is not one).").arg(in.quotaProfile),
                    "quota");
        // The quota belongs to the region where the patient lives, whoever refers them.
        if (patient->regionCode.isEmpty())
            invalid(tr("The patient's region is not recorded, so it is not known which region's HTMC quota to use. "
                       "Choose the region in the patient's record, then register the referral again."),
                    "iin");
        r.quotaProfile = htmc->code;
        r.quotaRegion = patient->regionCode;
    } else if (!quotaProfile.isEmpty()) {
        invalid(tr("An HTMC profile is given only for referrals funded by an HTMC quota. Choose HTMC funding, or "
                   "leave the HTMC profile empty."),
                "quota");
    }
    r.territory = in.territory.isEmpty() ? QStringLiteral("city") : in.territory;
    if (!CareTerms::territoryCodes().contains(r.territory))
        invalid(tr("The territory is city or village."), "territory");
    if (in.priority < 0 || in.priority > MaxPriority)
        invalid(tr("The priority is a whole number from 0 (usual) to %1 (most urgent).").arg(MaxPriority), "priority");
    r.priority = in.priority;

    const QString diagnosis = IcdCode::normalize(in.diagnosisCode);
    if (!IcdCode::isValid(diagnosis))
        invalid(IcdCode::problemText(in.diagnosisCode), "diagnosis");
    const QString typedName = in.diagnosisName.simplified();
    if (typedName.size() > MaxDiagnosisNameLength)
        invalid(tr("The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.")
                    .arg(typedName.size())
                    .arg(MaxDiagnosisNameLength),
                "diagnosis_name");
    const std::optional<IcdEntry> entry = IcdStore(m_database).find(diagnosis);
    if (!entry && typedName.isEmpty())
        invalid(tr("%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the referral words it: the "
                   "referral is registered with it, and the code is kept for the next time.")
                    .arg(diagnosis),
                "diagnosis_name");
    r.diagnosisCode = diagnosis;
    // The referral's own wording when the clerk gives one; else the dictionary's (in Russian, the language
    // of the referral forms, or the name it has).
    r.diagnosisName = !typedName.isEmpty()
                          ? typedName
                          : Languages::pick(Language::Russian, entry->nameKk, entry->nameRu, entry->nameEn);
    r.notes = in.notes.trimmed();
    r.emergency = in.emergency;
    if (in.emergency) {
        if (!CareTerms::emergencySourceCodes().contains(in.emergencySource))
            invalid(tr("Say how the patient arrived: ambulance, self or transfer."), "emergency_source");
        r.emergencySource = in.emergencySource;
        // A day far from today is most often a typing mistake in the year or the month.
        const QDate today = m_clock.today();
        const QDate day = in.admittedOn.isValid() ? in.admittedOn : today;
        if (day > today)
            invalid(tr("An emergency admission cannot be recorded for a future day (%1). Give the day the patient "
                       "was admitted.")
                        .arg(DisplayFormat::date(day)),
                    "date");
        if (day < today.addYears(-1))
            invalid(tr("The admission day %1 is more than a year ago. Check the year: an emergency admission is "
                       "recorded when it happens.")
                        .arg(DisplayFormat::date(day)),
                    "date");
        if (day < today.addDays(-EmergencyDaysBack) && !in.unusualDateConfirmed)
            throw OperationError(OperationError::Kind::Unconfirmed,
                                 tr("The admission day %1 is %2 days ago. If the patient was really admitted then, "
                                    "confirm the day; otherwise correct it.")
                                     .arg(DisplayFormat::date(day))
                                     .arg(day.daysTo(today)),
                                 QStringLiteral("date"));
    } else {
        // One live place per patient and profile: the same patient put into queues of one profile twice takes two
        // places from others (seen: seven times in the same queue).
        const QList<Referral> live = ReferralStore(m_database).liveForPatientProfile(patient->id, r.profileCode);
        if (!live.isEmpty() && in.secondReferralReason.trimmed().isEmpty()) {
            const Referral& existing = live.first();
            throw OperationError(
                OperationError::Kind::Conflict,
                tr("%1 already waits for a bed of the profile \"%2\": referral %3 to %4, registered on %5. One "
                   "patient holds one place per profile. To move the patient to another hospital, transfer referral "
                   "%3 there (the registration time is kept). To register a second referral anyway, give the "
                   "reason for it.")
                    .arg(patient->fullName(), profile->name(Languages::current()), existing.code, existing.hospitalName,
                         DisplayFormat::date(existing.registeredAt.date())),
                QStringLiteral("second_referral"));
        }
    }
    return r;
}

Referral ReferralService::insertWithCode(Referral r, const QString& now) const
{
    const ReferralStore store(m_database);
    // The bureau numbers from the low part of every queue, an enrolled workstation from its own part, so codes
    // stay unique while they work apart (ReferralNumbers).
    const auto [floor, ceiling] = ExchangeStore(m_database).codeRange();
    // Official codes imported earlier may already use numbers of this queue: take the next free one.
    for (;;) {
        const qint64 n = store.takeSequence(r.hospitalId, r.profileCode, floor);
        if (ceiling > 0 && n >= ceiling)
            throw OperationError(OperationError::Kind::Storage,
                                 tr("This workstation has given out every referral number of its part for this "
                                    "queue. Ask the bureau to enrol it again."));
        r.code = ReferralCode::make(r.referringRegion, r.hospitalCode, r.profileCode, n).text();
        if (!store.codeExists(r.code))
            break;
    }
    r.uid = newUid();
    r.id = store.insert(r, now);
    return r;
}

void ReferralService::recordEvent(qint64 referralId, const QString& from, const QString& to, const Transition& details,
                                  const QString& detail, const QString& now, const QString& actor) const
{
    ReferralEvent event;
    event.happenedAt = Clock::fromStamp(now);
    event.actor = actor;
    event.fromStatus = from;
    event.toStatus = to;
    event.reasonCode = details.reasonCode;
    event.reason = details.reason.trimmed();
    event.eventDate = details.date;
    event.detail = detail;
    ReferralStore(m_database).insertEvent(referralId, event, newUid());
}

Referral ReferralService::registerReferral(const Registration& registration)
{
    Authorization::require(m_database, Permission::RegisterReferrals, m_clock);
    return Retry::transient(m_database, [&] { return registerReferralOnce(registration); });
}

Referral ReferralService::registerReferralOnce(const Registration& registration)
{
    // Checked under the write lock: the hospital, profile and patient cannot change between the check
    // and the insert, and the checks read from the transaction's snapshot instead of opening one each.
    WriteTransaction transaction(m_database, m_clock);
    Referral r = checkedRegistration(registration);
    r.registeredAt = Clock::fromStamp(transaction.now());
    if (!r.quotaProfile.isEmpty() && ExchangeStore(m_database).decidesQuotas()) {
        // Counted and taken under the write lock, so two workstations cannot both take the last quota.
        r.quotaYear = r.registeredAt.date().year();
        QuotaService(m_database, m_clock).takeQuota(r.quotaYear, r.quotaRegion, r.quotaProfile);
    }
    // An enrolled workstation takes no quota: its referral awaits the bureau's confirmation (no quota year yet),
    // and the bureau takes one when the referral reaches it, or refuses it with the reason (ExchangeImport).
    Transition first;
    if (r.emergency) {
        r.status = ReferralStatus::Hospitalized;
        r.hospitalizedOn = registration.admittedOn.isValid() ? registration.admittedOn : m_clock.today();
        first.date = r.hospitalizedOn;
    } else {
        r.status = ReferralStatus::Registered;
    }
    r = insertWithCode(r, transaction.now());
    QJsonObject details;
    if (r.emergency)
        details.insert(QStringLiteral("emergency_source"), r.emergencySource);
    if (!r.emergency && !registration.secondReferralReason.trimmed().isEmpty()) {
        const QList<Referral> live = ReferralStore(m_database).liveForPatientProfile(r.patientId, r.profileCode);
        QJsonArray others;
        for (const Referral& other : live) {
            if (other.id != r.id)
                others.append(other.code);
        }
        if (!others.isEmpty()) {
            details.insert(QStringLiteral("second_referral_reason"), registration.secondReferralReason.simplified());
            details.insert(QStringLiteral("other_live_referrals"), others);
        }
    }
    if (!IcdStore(m_database).find(r.diagnosisCode)) {
        // Learned for the next clerk, and the history says the code was not in the dictionary when registered.
        IcdStore(m_database).learn(r.diagnosisCode, r.diagnosisName, QStringLiteral("clerk"), transaction.now());
        details.insert(QStringLiteral("diagnosis_not_in_dictionary"), true);
    }
    const QString detail =
        details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    recordEvent(r.id, {}, ReferralStatuses::code(r.status), first, detail, transaction.now(), transaction.actor());
    if (!r.emergency) {
        if (m_newcomer)
            m_newcomer(r.id);
        else
            queueChanged(r.hospitalId, r.profileCode);
    }
    Referral saved = *find(r.id); // with the preliminary date the queue gave it
    // The running totals come last. Their rows are shared by every workstation, and on PostgreSQL a row written
    // stays locked until the commit: counted first, the registration held the others back while it planned its
    // queue (measured at five million referrals, 4 workstations: 14 ms of waiting on each registration).
    countNew(r, true);
    transaction.commit();
    return saved;
}

Referral ReferralService::transition(const QString& codeText, ReferralStatus to, const Transition& details)
{
    Authorization::require(m_database, Permission::RegisterReferrals, m_clock);
    if (to == ReferralStatus::Cancelled)
        Authorization::require(m_database, Permission::CancelReferrals, m_clock);
    if (!details.documentsOverride.trimmed().isEmpty())
        Authorization::require(m_database, Permission::OverrideDocuments, m_clock);
    return Retry::transient(m_database, [&] { return transitionOnce(codeText, to, details); });
}

Referral ReferralService::transitionOnce(const QString& codeText, ReferralStatus to, const Transition& details)
{
    const ReferralCode code = ReferralCode::parse(codeText);
    WriteTransaction transaction(m_database, m_clock);
    const ReferralStore store(m_database);
    std::optional<Referral> found = store.findByCode(code.text());
    if (!found)
        throw OperationError(OperationError::Kind::NotFound,
                             code.isValid()
                                 ? tr("No referral has the code %1. Check the code on the ticket.").arg(code.text())
                                 : code.problemText());
    Referral r = *found;
    const ReferralStatus from = r.status;
    if (const QString why = ReferralLifecycle::whyNot(from, to); !why.isEmpty())
        throw OperationError(OperationError::Kind::Conflict, why, QStringLiteral("status"));

    const QDate today = m_clock.today();
    Transition recorded = details;
    QJsonObject detail;
    QString closedAt;
    std::optional<Referral> transferred; // the new place of a transfer
    switch (to) {
    case ReferralStatus::Scheduled:
        if (!details.date.isValid())
            invalid(tr("Give the confirmed admission date."), "date");
        if (details.date < today)
            invalid(tr("The admission date %1 has passed. Give today's date or a later one.")
                        .arg(DisplayFormat::date(details.date)),
                    "date");
        r.scheduledDate = details.date;
        break;
    case ReferralStatus::Hospitalized: {
        r.hospitalizedOn = details.date.isValid() ? details.date : today;
        if (r.hospitalizedOn > today)
            invalid(tr("A patient cannot be admitted on a future day (%1).").arg(DisplayFormat::date(r.hospitalizedOn)),
                    "date");
        recorded.date = r.hospitalizedOn;
        Referral onDay = r;
        onDay.scheduledDate = r.hospitalizedOn;
        const QList<DocumentCheck::Line> problems = DocumentCheck::problems(documents(onDay));
        if (!problems.isEmpty()) {
            QStringList names;
            for (const DocumentCheck::Line& line : problems)
                names << QStringLiteral("%1 (%2)").arg(line.type.name(Languages::current()),
                                                       DocumentCheck::stateLabel(line.state));
            if (details.documentsOverride.trimmed().isEmpty())
                throw OperationError(
                    OperationError::Kind::Conflict,
                    tr("The document package is not complete: %1. The hospital may refuse the patient. "
                       "To record the admission anyway, give the reason for the exception.")
                        .arg(names.join(QStringLiteral(", "))),
                    QStringLiteral("documents"));
            detail.insert(QStringLiteral("documents_override"), details.documentsOverride.trimmed());
            detail.insert(QStringLiteral("documents_missing"), names.join(QStringLiteral(", ")));
        }
        break;
    }
    case ReferralStatus::Discharged:
        r.dischargedOn = details.date.isValid() ? details.date : today;
        if (r.dischargedOn < r.hospitalizedOn)
            invalid(tr("The discharge date cannot be before the admission on %1.")
                        .arg(DisplayFormat::date(r.hospitalizedOn)),
                    "date");
        if (r.dischargedOn > today)
            invalid(tr("A patient cannot be discharged on a future day (%1).").arg(DisplayFormat::date(r.dischargedOn)),
                    "date");
        recorded.date = r.dischargedOn;
        closedAt = transaction.now();
        break;
    case ReferralStatus::Refused: {
        if (details.reasonCode.isEmpty())
            invalid(tr("Choose the reason the hospital gave for refusing."), "reason");
        const std::optional<RefusalReason> reason = ChecklistStore(m_database).findRefusalReason(details.reasonCode);
        if (!reason)
            invalid(tr("\"%1\" is not in the list of refusal reasons.").arg(details.reasonCode), "reason");
        // A retired reason stays on the refusals that gave it, but a new refusal takes one in use.
        if (!reason->active)
            invalid(tr("The refusal reason \"%1\" has been retired from the list. Choose a reason in use.")
                        .arg(reason->name(Languages::current())),
                    "reason");
        if (details.reasonCode == QLatin1String("other") && details.reason.trimmed().isEmpty())
            invalid(tr("Describe the reason for the refusal."), "reason");
        recorded.date = details.date.isValid() ? details.date : today;
        closedAt = transaction.now();
        break;
    }
    case ReferralStatus::Cancelled:
        if (details.reason.trimmed().isEmpty())
            invalid(tr("Give the reason for cancelling: who asked and why."), "reason");
        closedAt = transaction.now();
        break;
    case ReferralStatus::NoShow:
        recorded.date = r.scheduledDate;
        break;
    case ReferralStatus::Transferred: {
        const HospitalStore hospitals(m_database);
        const std::optional<Hospital> target = hospitals.findByCode(details.newHospitalCode);
        if (!target || !target->active)
            invalid(tr("Choose the hospital the patient moves to."), "hospital");
        if (target->id == r.hospitalId)
            invalid(tr("The patient is already in the queue of %1.").arg(target->name), "hospital");
        if (!hospitals.profileCodes(target->id).contains(r.profileCode))
            invalid(tr("%1 does not admit planned patients to this bed profile.").arg(target->name), "hospital");
        // The new referral keeps the place in time: the original registration, not the day of the move.
        Referral moved = r;
        moved.hospitalId = target->id;
        moved.hospitalCode = target->code;
        moved.hospitalName = target->name;
        moved.status = ReferralStatus::Registered;
        moved.scheduledDate = QDate();
        moved.preliminaryDate = QDate();
        moved.transferredFromId = r.id;
        moved = insertWithCode(moved, transaction.now());
        for (const DocumentRecord& record : store.documents(r.id))
            store.setDocument(moved.id, record, transaction.now());
        Transition opened;
        opened.reason = details.reason;
        recordEvent(moved.id, {}, ReferralStatuses::code(ReferralStatus::Registered), opened,
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("transferred_from"), r.code}})
                                          .toJson(QJsonDocument::Compact)),
                    transaction.now(), transaction.actor());
        transferred = moved; // counted at the end, with the transition
        detail.insert(QStringLiteral("transferred_to"), moved.code);
        closedAt = transaction.now();
        queueChanged(moved.hospitalId, moved.profileCode);
        break;
    }
    case ReferralStatus::Registered:
        break;
    }
    r.status = to;
    store.saveLifecycle(r, closedAt, transaction.now());
    recordEvent(r.id, ReferralStatuses::code(from), ReferralStatuses::code(to), recorded,
                detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                transaction.now(), transaction.actor());
    queueChanged(r.hospitalId, r.profileCode);
    // The totals last, as in a registration: their rows are shared by every workstation, and taken before a queue
    // (here the one the patient leaves) they would wait for a registration there that waits for them.
    countTransition(r, from, to);
    if (transferred)
        countNew(*transferred, false); // the same patient's place, not a new registration
    transaction.commit();
    return *store.find(r.id);
}

void ReferralService::recordView(const std::optional<Referral>& referral, const QString& asked)
{
    QString iin;
    if (referral) {
        if (const std::optional<Patient> patient = PatientStore(m_database).find(referral->patientId))
            iin = patient->iin;
    }
    AuditService(m_database, m_clock)
        .recordView(QStringLiteral("referral"), referral ? referral->code : asked, iin,
                    referral ? QJsonObject{} : QJsonObject{{QStringLiteral("found"), false}});
}

std::optional<Referral> ReferralService::openCard(const QString& code)
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    const std::optional<Referral> referral = ReferralStore(m_database).findByCode(ReferralCode::parse(code).text());
    recordView(referral, code);
    return referral;
}

std::optional<Referral> ReferralService::openCard(qint64 id)
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    const std::optional<Referral> referral = ReferralStore(m_database).find(id);
    recordView(referral, QString::number(id));
    return referral;
}

std::optional<Referral> ReferralService::find(const QString& code) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    return ReferralStore(m_database).findByCode(ReferralCode::parse(code).text());
}

std::optional<Referral> ReferralService::find(qint64 id) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    return ReferralStore(m_database).find(id);
}

QList<ReferralEvent> ReferralService::history(qint64 referralId) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    return ReferralStore(m_database).events(referralId);
}

QList<Referral> ReferralService::forPatient(qint64 patientId) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    return ReferralStore(m_database).forPatient(patientId);
}

QList<DocumentCheck::Line> ReferralService::documents(const Referral& referral) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    const QDate day = referral.plannedDate().isValid() ? referral.plannedDate() : m_clock.today();
    // Every type, retired ones included: a document already recorded on this referral still shows.
    return DocumentCheck::evaluate(ChecklistStore(m_database).documentTypes(),
                                   ReferralStore(m_database).documents(referral.id), day);
}

void ReferralService::recordDocument(const QString& code, const DocumentRecord& record)
{
    Authorization::require(m_database, Permission::RegisterReferrals, m_clock);
    return Retry::transient(m_database, [&] { return recordDocumentOnce(code, record); });
}

void ReferralService::recordDocumentOnce(const QString& code, const DocumentRecord& record)
{
    WriteTransaction transaction(m_database, m_clock);
    const ReferralStore store(m_database);
    const std::optional<Referral> referral = store.findByCode(ReferralCode::parse(code).text());
    if (!referral)
        throw OperationError(OperationError::Kind::NotFound, tr("No referral has the code %1.").arg(code));
    bool known = false;
    for (const DocumentType& type : ChecklistStore(m_database).documentTypes())
        known = known || type.code == record.code;
    if (!known)
        invalid(tr("\"%1\" is not in the document checklist.").arg(record.code), "document");
    if (record.issuedOn.isValid() && record.issuedOn > m_clock.today())
        invalid(tr("A document cannot be issued in the future (%1).").arg(DisplayFormat::date(record.issuedOn)),
                "issued_on");
    store.setDocument(referral->id, record, transaction.now());
    queueChanged(referral->hospitalId, referral->profileCode); // whether the package is complete
    transaction.commit();
}

void ReferralService::forEach(const std::function<void(const Referral&)>& visit) const
{
    Authorization::require(m_database, Permission::ViewReferrals, m_clock);
    ReferralStore(m_database).forEach(visit);
}
