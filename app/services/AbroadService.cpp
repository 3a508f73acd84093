#include "AbroadService.h"

#include "AuditService.h"
#include "Authorization.h"
#include "PatientService.h"
#include "domain/AbroadLifecycle.h"
#include "domain/DisplayFormat.h"
#include "domain/IcdCode.h"
#include "domain/Iin.h"
#include "store/AbroadStore.h"
#include "store/EligibleListStore.h"
#include "store/IcdStore.h"
#include "store/PatientStore.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AbroadService::AbroadService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

void AbroadService::checkEligible(const QString& diseaseCode, const QString& categoryCode, qint64 patientId) const
{
    const EligibleListStore lists(m_database);
    if (diseaseCode.isEmpty())
        invalid(tr("Choose the disease from the list of diseases for which citizens are sent for treatment abroad."),
                "disease");
    const std::optional<EligibleEntry> disease = lists.find(EligibleList::Diseases, diseaseCode);
    if (!disease)
        invalid(tr("\"%1\" is not on the list of diseases for which citizens are sent for treatment abroad, so the "
                   "application cannot be accepted. Choose a disease from the list; if the Ministry of Health's order "
                   "includes it, add it to the list first.")
                    .arg(diseaseCode),
                "disease");
    if (!disease->active)
        invalid(tr("%1 has been taken off the list of diseases for which citizens are sent for treatment abroad, so "
                   "the application cannot be accepted. Check the Ministry of Health's current order.")
                    .arg(disease->name(Languages::current())),
                "disease");
    if (categoryCode.isEmpty())
        invalid(tr("Choose the patient's category from the list of categories of citizens sent for treatment "
                   "abroad."),
                "category");
    const std::optional<EligibleEntry> category = lists.find(EligibleList::Categories, categoryCode);
    if (!category)
        invalid(tr("\"%1\" is not on the list of categories of citizens sent for treatment abroad, so the "
                   "application cannot be accepted. Choose a category from the list; if the Ministry of Health's "
                   "order includes it, add it to the list first.")
                    .arg(categoryCode),
                "category");
    if (!category->active)
        invalid(tr("%1 has been taken off the list of categories of citizens sent for treatment abroad, so the "
                   "application cannot be accepted. Check the Ministry of Health's current order.")
                    .arg(category->name(Languages::current())),
                "category");
    // The category's ages, in full years today: a child's category refuses an adult.
    if (const std::optional<Patient> patient = PatientStore(m_database).find(patientId);
        patient && patient->birthDate.isValid() && (category->minAge || category->maxAge)) {
        const QDate today = m_clock.today();
        int years = today.year() - patient->birthDate.year();
        if (today < patient->birthDate.addYears(years))
            --years;
        if (!category->coversAge(years)) {
            const QString range = category->minAge && category->maxAge
                                      ? tr("from %1 to %2 years").arg(*category->minAge).arg(*category->maxAge)
                                  : category->maxAge ? tr("up to %1 years").arg(*category->maxAge)
                                                     : tr("from %1 years").arg(*category->minAge);
            invalid(tr("%1 is %n year(s) old, and the category \"%2\" covers ages %3. Choose the category the "
                       "patient belongs to.",
                       nullptr, years)
                        .arg(patient->fullName(), category->name(Languages::current()), range),
                    "category");
        }
    }
}

AbroadDocument AbroadService::checkedDocument(const AbroadDocument& in) const
{
    AbroadDocument document = in;
    document.title = in.title.trimmed();
    document.note = in.note.trimmed();
    if (document.title.isEmpty())
        invalid(tr("Give the name of the document, for example \"Extract from the medical record\"."), "document");
    if (document.receivedOn.isValid() && document.receivedOn > m_clock.today())
        invalid(tr("A document cannot be received in the future (%1).").arg(DisplayFormat::date(document.receivedOn)),
                "document");
    return document;
}

void AbroadService::recordEvent(qint64 id, const QString& from, const QString& to, const QString& reason,
                                const QString& detail, const QString& now, const QString& actor) const
{
    AbroadEvent event;
    event.happenedAt = Clock::fromStamp(now);
    event.actor = actor;
    event.fromStatus = from;
    event.toStatus = to;
    event.reason = reason.trimmed();
    event.detail = detail;
    AbroadStore(m_database).insertEvent(id, event, newUid());
}

AbroadApplication AbroadService::add(const Application& in)
{
    Authorization::require(m_database, Permission::EditAbroad, m_clock);
    AbroadApplication a;
    const std::optional<Patient> patient =
        PatientService(m_database, m_clock)
            .chosenPatient(in.patientId, in.iin, tr("Choose the patient the application is for."));
    a.patientId = patient->id;

    const QString diagnosis = IcdCode::normalize(in.diagnosisCode);
    if (!IcdCode::isValid(diagnosis))
        invalid(IcdCode::problemText(in.diagnosisCode), "diagnosis");
    const QString typedName = in.diagnosisName.simplified();
    if (typedName.size() > 500)
        invalid(tr("The diagnosis text has %1 characters; at most %2 fit. Shorten it to the diagnosis itself.")
                    .arg(typedName.size())
                    .arg(500),
                "diagnosis_name");
    const std::optional<IcdEntry> entry = IcdStore(m_database).find(diagnosis);
    if (!entry && typedName.isEmpty())
        invalid(tr("%1 is not yet in the ICD-10 dictionary. Type the diagnosis as the documents word it: the "
                   "application is accepted with it, and the code is kept for the next time.")
                    .arg(diagnosis),
                "diagnosis_name");
    a.diagnosisCode = diagnosis;
    a.diagnosisName = !typedName.isEmpty()
                          ? typedName
                          : Languages::pick(Language::Russian, entry->nameKk, entry->nameRu, entry->nameEn);
    const bool learn = !entry;
    a.diseaseCode = in.diseaseCode.trimmed();
    a.categoryCode = in.categoryCode.trimmed();
    checkEligible(a.diseaseCode, a.categoryCode, a.patientId);
    a.country = in.country.trimmed();
    a.clinic = in.clinic.trimmed();
    a.notes = in.notes.trimmed();
    QList<AbroadDocument> documents;
    for (const AbroadDocument& document : in.documents)
        documents << checkedDocument(document);
    if (in.submit && documents.isEmpty())
        invalid(tr("Record the documents the patient handed in before submitting the application to the "
                   "commission."),
                "document");
    a.status = in.submit ? AbroadStatus::Submitted : AbroadStatus::Draft;

    WriteTransaction transaction(m_database, m_clock);
    const AbroadStore store(m_database);
    a.uid = newUid();
    a.id = store.insert(a, transaction.now());
    for (const AbroadDocument& document : std::as_const(documents))
        store.addDocument(a.id, document, newUid(), transaction.now());
    if (learn)
        IcdStore(m_database).learn(a.diagnosisCode, a.diagnosisName, QStringLiteral("clerk"), transaction.now());
    recordEvent(a.id, {}, AbroadStatuses::code(a.status), {},
                learn ? compact(QJsonObject{{QStringLiteral("diagnosis_not_in_dictionary"), true}}) : QString(),
                transaction.now(), transaction.actor());
    transaction.commit();
    return *store.find(a.id);
}

AbroadApplication AbroadService::found(qint64 id) const
{
    const std::optional<AbroadApplication> a = AbroadStore(m_database).find(id);
    if (!a)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no application for treatment abroad with the number %1. Check the number "
                                "in the list of applications.")
                                 .arg(id));
    return *a;
}

AbroadApplication AbroadService::transition(qint64 id, AbroadStatus to, const QString& reason)
{
    Authorization::require(m_database, Permission::EditAbroad, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    const AbroadStore store(m_database);
    AbroadApplication a = found(id);
    const AbroadStatus from = a.status;
    if (const QString why = AbroadLifecycle::whyNot(from, to); !why.isEmpty())
        throw OperationError(OperationError::Kind::Conflict, why, QStringLiteral("status"));
    if (AbroadLifecycle::isDecision(to))
        throw OperationError(OperationError::Kind::Conflict,
                             tr("Approval and rejection are the commission's decision: record it with the decision "
                                "date and the protocol number."),
                             QStringLiteral("status"));
    switch (to) {
    case AbroadStatus::Submitted:
        checkEligible(a.diseaseCode, a.categoryCode, a.patientId);
        if (store.documents(a.id).isEmpty())
            invalid(tr("Record the documents the patient handed in before submitting the application to the "
                       "commission."),
                    "document");
        break;
    case AbroadStatus::Withdrawn:
        if (reason.trimmed().isEmpty())
            invalid(tr("Give the reason for withdrawing the application: who asked and why."), "reason");
        break;
    default:
        break;
    }
    a.status = to;
    store.update(a, transaction.now());
    recordEvent(a.id, AbroadStatuses::code(from), AbroadStatuses::code(to), reason, {}, transaction.now(),
                transaction.actor());
    transaction.commit();
    return *store.find(a.id);
}

AbroadApplication AbroadService::decide(qint64 id, const Decision& d)
{
    Authorization::require(m_database, Permission::DecideAbroad, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    const AbroadStore store(m_database);
    AbroadApplication a = found(id);
    const AbroadStatus from = a.status;
    const AbroadStatus to = d.decision == QLatin1String("rejected") ? AbroadStatus::Rejected : AbroadStatus::Approved;
    if (d.decision != QLatin1String("approved") && d.decision != QLatin1String("rejected"))
        invalid(tr("Say whether the commission approved or rejected the application."), "decision");
    if (const QString why = AbroadLifecycle::whyNot(from, to); !why.isEmpty())
        throw OperationError(OperationError::Kind::Conflict, why, QStringLiteral("status"));
    if (!d.date.isValid())
        invalid(tr("Give the date of the commission's decision."), "date");
    if (d.date > m_clock.today())
        invalid(tr("The decision date %1 is in the future. Give the date on the commission's protocol.")
                    .arg(DisplayFormat::date(d.date)),
                "date");
    if (d.date < a.createdAt.date())
        invalid(tr("The decision date cannot be before the application was registered (%1).")
                    .arg(DisplayFormat::date(a.createdAt.date())),
                "date");
    if (d.protocol.trimmed().isEmpty())
        invalid(tr("Give the number of the commission's protocol."), "protocol");
    if (to == AbroadStatus::Rejected && d.reason.trimmed().isEmpty())
        invalid(tr("Give the reason the commission rejected the application."), "reason");
    if (to == AbroadStatus::Approved) {
        checkEligible(a.diseaseCode, a.categoryCode, a.patientId);
        if (!d.country.trimmed().isEmpty())
            a.country = d.country.trimmed();
        if (!d.clinic.trimmed().isEmpty())
            a.clinic = d.clinic.trimmed();
        if (a.country.isEmpty())
            invalid(tr("Give the country where the patient will be treated."), "country");
    }
    a.status = to;
    a.decision = d.decision;
    a.decisionDate = d.date;
    a.decisionProtocol = d.protocol.trimmed();
    a.decisionReason = d.reason.trimmed();
    store.update(a, transaction.now());
    recordEvent(a.id, AbroadStatuses::code(from), AbroadStatuses::code(to), a.decisionReason,
                compact(QJsonObject{{QStringLiteral("decision_date"), Clock::dateText(a.decisionDate)},
                                    {QStringLiteral("protocol"), a.decisionProtocol}}),
                transaction.now(), transaction.actor());
    transaction.commit();
    return *store.find(a.id);
}

AbroadDocument AbroadService::addDocument(qint64 id, const AbroadDocument& in)
{
    Authorization::require(m_database, Permission::EditAbroad, m_clock);
    AbroadDocument document = checkedDocument(in);
    WriteTransaction transaction(m_database, m_clock);
    const AbroadApplication a = found(id);
    if (AbroadStatuses::isFinal(a.status))
        throw OperationError(OperationError::Kind::Conflict,
                             tr("The application is closed (%1): documents can no longer be added to it.")
                                 .arg(AbroadStatuses::label(a.status)),
                             QStringLiteral("document"));
    document.id = AbroadStore(m_database).addDocument(a.id, document, newUid(), transaction.now());
    transaction.commit();
    return document;
}

std::optional<AbroadApplication> AbroadService::openCard(qint64 id)
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    const std::optional<AbroadApplication> application = AbroadStore(m_database).find(id);
    QString iin;
    if (application) {
        if (const std::optional<Patient> patient = PatientStore(m_database).find(application->patientId))
            iin = patient->iin;
    }
    AuditService(m_database, m_clock)
        .recordView(QStringLiteral("abroad_application"), QString::number(id), iin,
                    application ? QJsonObject{} : QJsonObject{{QStringLiteral("found"), false}});
    return application;
}

std::optional<AbroadApplication> AbroadService::find(qint64 id) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return AbroadStore(m_database).find(id);
}

QList<AbroadApplication> AbroadService::applications(const std::optional<AbroadStatus>& status) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return AbroadStore(m_database).all(status);
}

QList<AbroadEvent> AbroadService::history(qint64 id) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return AbroadStore(m_database).events(id);
}

QList<AbroadDocument> AbroadService::documents(qint64 id) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return AbroadStore(m_database).documents(id);
}

QHash<QString, int> AbroadService::countByStatus() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return AbroadStore(m_database).countByStatus();
}

QList<EligibleEntry> AbroadService::list(EligibleList list, bool activeOnly) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return EligibleListStore(m_database).all(list, activeOnly);
}

std::optional<EligibleEntry> AbroadService::findEntry(EligibleList list, const QString& code) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return EligibleListStore(m_database).find(list, code.trimmed());
}

EligibleEntry AbroadService::saveEntry(EligibleList list, const EligibleEntry& in)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{2,40}$"));
    EligibleEntry entry = in;
    entry.code = in.code.trimmed().toLower();
    entry.nameKk = in.nameKk.trimmed();
    entry.nameRu = in.nameRu.trimmed();
    entry.nameEn = in.nameEn.trimmed();
    entry.icd10 = list == EligibleList::Diseases ? in.icd10.trimmed().toUpper() : QString();
    entry.starter = false; // saved by a clerk: checked
    if (list == EligibleList::Diseases) {
        entry.minAge.reset();
        entry.maxAge.reset();
    }
    for (const std::optional<int>& age : {entry.minAge, entry.maxAge}) {
        if (age && (*age < 0 || *age > 150))
            invalid(tr("An age of %1 years is out of range: give 0 to 150, or no bound.").arg(*age), "age");
    }
    if (entry.minAge && entry.maxAge && *entry.minAge > *entry.maxAge)
        invalid(tr("The ages run from %1 to %2: the first must not be above the second.")
                    .arg(*entry.minAge)
                    .arg(*entry.maxAge),
                "age");
    if (!codePattern.match(entry.code).hasMatch())
        invalid(tr("The code of a list entry is 2 to 40 small Latin letters, digits or underscores, for example "
                   "organ_transplant."),
                "code");
    if (entry.nameKk.isEmpty())
        invalid(tr("Give the name in Kazakh."), "name_kk");
    if (entry.nameRu.isEmpty())
        invalid(tr("Give the name in Russian."), "name_ru");
    if (entry.nameEn.isEmpty())
        invalid(tr("Give the name in English."), "name_en");
    WriteTransaction transaction(m_database, m_clock);
    const EligibleListStore store(m_database);
    store.upsert(list, entry, -1, transaction.now());
    transaction.commit();
    return *store.find(list, entry.code);
}
