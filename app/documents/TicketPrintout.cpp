#include "TicketPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TicketDocument.h"
#include "domain/DisplayFormat.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
const char* const context = "Printout";

QString regionName(Workspace& workspace, const PrintLanguage& language, const QString& code)
{
    for (const Region& region : workspace.referenceData().regions()) {
        if (region.code == code)
            return region.name(language.language());
    }
    return code;
}
} // namespace

std::unique_ptr<TicketDocument> TicketPrintout::build(Workspace& workspace, const QString& code, Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintTickets, workspace.clock());
    const PrintLanguage language(languageId);
    auto t = [&language](const char* source) { return language.translate(context, source); };
    const WaitingListService::Lookup lookup = workspace.waitingList().lookup(code);
    const Referral& referral = lookup.referral;
    const std::optional<Patient> patient = workspace.patients().find(referral.patientId);
    // Recorded before the ticket exists, as a view is before the data is shown.
    workspace.audit().recordPrint(QStringLiteral("referral_ticket"), referral.code, patient ? patient->iin : QString(),
                                  QJsonObject{{QStringLiteral("language"), Languages::code(languageId)}});

    TicketDocument::Content content;
    content.heading = t(QT_TRANSLATE_NOOP("Printout", "Referral ticket for planned hospitalization"));
    content.codeLabel = t(QT_TRANSLATE_NOOP("Printout", "Hospitalization code"));
    content.code = referral.code;
    content.codeNote =
        t(QT_TRANSLATE_NOOP("Printout", "Keep this ticket and bring it to the hospital. With this code you can "
                                        "check your place in the waiting list and the preliminary date of "
                                        "hospitalization on the Bureau of Hospitalization portal or by telephone."));

    TicketDocument::Section person{t(QT_TRANSLATE_NOOP("Printout", "Patient")), {}, false};
    if (patient) {
        person.fields << TicketDocument::Field{t(QT_TRANSLATE_NOOP("Printout", "Full name")), patient->fullName(), {}};
        person.fields << TicketDocument::Field{t(QT_TRANSLATE_NOOP("Printout", "IIN")), patient->iin, {}};
        person.fields << TicketDocument::Field{
            t(QT_TRANSLATE_NOOP("Printout", "Date of birth")), DisplayFormat::date(patient->birthDate), {}};
    }
    content.sections << person;

    TicketDocument::Section care{t(QT_TRANSLATE_NOOP("Printout", "Referral")), {}, false};
    const QString diagnosis =
        workspace.diagnoses().displayName(referral.diagnosisCode, referral.diagnosisName, language.language());
    care.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Diagnosis")),
        diagnosis.isEmpty() ? referral.diagnosisCode : referral.diagnosisCode + QStringLiteral(" — ") + diagnosis,
        {}};
    QString profile = referral.profileCode;
    for (const BedProfile& p : workspace.referenceData().profiles()) {
        if (p.code == referral.profileCode)
            profile = QStringLiteral("%1 (%2)").arg(p.name(languageId), p.code);
    }
    care.fields << TicketDocument::Field{t(QT_TRANSLATE_NOOP("Printout", "Bed profile")), profile, {}};
    care.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Form of care")), language.careFormLabel(referral.careForm), {}};
    care.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Purpose")), language.purposeLabel(referral.purpose), {}};
    // The seed is plain about it: care within the guaranteed volume is free, so the ticket says so.
    if (referral.funding == QLatin1String("gobmp"))
        care.fields << TicketDocument::Field{
            t(QT_TRANSLATE_NOOP("Printout", "Funding")), t(QT_TRANSLATE_NOOP("Printout", "Free of charge (GOBMP)")),
            t(QT_TRANSLATE_NOOP("Printout",
                                "Care within the guaranteed volume of free medical care is free for the patient."))};
    else
        care.fields << TicketDocument::Field{
            t(QT_TRANSLATE_NOOP("Printout", "Funding")), language.fundingLabel(referral.funding), {}};
    const QString referredBy = QStringList{regionName(workspace, language, referral.referringRegion),
                                           referral.referringOrg, referral.referringDoctor}
                                   .filter(QRegularExpression(QStringLiteral("\\S")))
                                   .join(QStringLiteral(", "));
    if (!referral.referringOrg.isEmpty() || !referral.referringDoctor.isEmpty())
        care.fields << TicketDocument::Field{t(QT_TRANSLATE_NOOP("Printout", "Referred by")), referredBy, {}};
    content.sections << care;

    const Hospital& hospital = lookup.hospital;
    const QString none = t(QT_TRANSLATE_NOOP("Printout", "not given"));
    TicketDocument::Section where{t(QT_TRANSLATE_NOOP("Printout", "Hospital")), {}, false};
    where.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Name")), QStringLiteral("%1 — %2").arg(hospital.code, hospital.name), {}};
    where.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Address")), hospital.address.isEmpty() ? none : hospital.address, {}};
    where.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Telephone")), hospital.phone.isEmpty() ? none : hospital.phone, {}};
    content.sections << where;

    const QString today = DisplayFormat::date(workspace.clock().today());
    TicketDocument::Section queue{t(QT_TRANSLATE_NOOP("Printout", "Waiting list as of %1")).arg(today), {}, true};
    queue.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Registered")), DisplayFormat::dateTime(referral.registeredAt), {}};
    if (lookup.position > 0) {
        queue.fields << TicketDocument::Field{
            t(QT_TRANSLATE_NOOP("Printout", "Place in the waiting list")),
            t(QT_TRANSLATE_NOOP("Printout", "%1 of %2")).arg(lookup.position).arg(lookup.queueLength),
            {}};
        if (referral.scheduledDate.isValid())
            queue.fields << TicketDocument::Field{
                t(QT_TRANSLATE_NOOP("Printout", "Confirmed date of hospitalization")),
                DisplayFormat::date(referral.scheduledDate),
                t(QT_TRANSLATE_NOOP("Printout", "The hospital has confirmed this date.")), true};
        else
            queue.fields << TicketDocument::Field{
                t(QT_TRANSLATE_NOOP("Printout", "Preliminary date of hospitalization")),
                lookup.preliminaryDate.isValid() ? DisplayFormat::date(lookup.preliminaryDate) : none,
                t(QT_TRANSLATE_NOOP("Printout",
                                    "The preliminary date is an estimate: it moves with the queue and with the "
                                    "hospital's free beds. The hospital confirms the date.")),
                true};
    } else {
        queue.fields << TicketDocument::Field{t(QT_TRANSLATE_NOOP("Printout", "Status")),
                                              language.statusLabel(referral.status),
                                              t(QT_TRANSLATE_NOOP("Printout", "The referral is no longer in a waiting "
                                                                              "list.")),
                                              true};
    }
    // Whom to ask: the bureau of the hospital's region, with its number as the portal publishes it.
    const QString hospitalRegion = regionName(workspace, language, hospital.regionCode);
    queue.fields << TicketDocument::Field{
        t(QT_TRANSLATE_NOOP("Printout", "Questions about the queue")),
        lookup.bureau && lookup.bureau->hasPhone() ? lookup.bureau->dialString()
                                                   : t(QT_TRANSLATE_NOOP("Printout", "number not published")),
        t(QT_TRANSLATE_NOOP("Printout", "The bureau of hospitalization of %1")).arg(hospitalRegion)};
    content.sections << queue;

    content.documentsTitle = t(QT_TRANSLATE_NOOP("Printout", "Documents to bring to the hospital"));
    for (const DocumentType& type : lookup.documentsToBring) {
        const QString validity =
            type.expires() ? t(QT_TRANSLATE_NOOP("Printout", "valid %1 days from issue")).arg(type.validityDays)
                           : t(QT_TRANSLATE_NOOP("Printout", "does not expire"));
        content.documents << std::pair{type.name(languageId), validity};
    }
    content.documentsNote = t(QT_TRANSLATE_NOOP(
        "Printout", "Without the required documents the hospital has the right to refuse hospitalization."));

    content.issuedBy = t(QT_TRANSLATE_NOOP("Printout", "Issued by the clerk"));
    content.receivedBy = t(QT_TRANSLATE_NOOP("Printout", "Received by the patient"));
    content.signatureCaption = t(QT_TRANSLATE_NOOP("Printout", "signature, full name, date"));
    content.stamp = t(QT_TRANSLATE_NOOP("Printout", "Stamp"));

    const QString title = t(QT_TRANSLATE_NOOP("Printout", "Referral ticket %1")).arg(referral.code);
    PageFrame frame = BureauHeading::frame(workspace, language, hospital.regionCode, title);
    return std::make_unique<TicketDocument>(std::move(frame), std::move(content), title);
}
