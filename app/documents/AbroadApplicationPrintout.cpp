#include "AbroadApplicationPrintout.h"

#include "AbroadApplicationDocument.h"
#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "domain/AppInfo.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "domain/Workstation.h"
#include "services/AbroadService.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

namespace {
// The printout's own texts; the page's head and foot and the signature captions are the "Printout" texts
// every printout shares (BureauHeading, PrintLanguage::text).
const char* const context = "AbroadApplicationPrintout";

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

std::unique_ptr<AbroadApplicationDocument> AbroadApplicationPrintout::build(Workspace& workspace, qint64 applicationId,
                                                                            Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintTickets, workspace.clock());
    const std::optional<AbroadApplication> found = workspace.abroad().find(applicationId);
    if (!found)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no application for treatment abroad with the number %1. Check the number "
                                "in the list of applications.")
                                 .arg(applicationId));
    const AbroadApplication& a = *found;
    const PrintLanguage language(languageId);
    auto t = [&language](const char* source) { return language.translate(context, source); };
    using Field = AbroadApplicationDocument::Field;
    using Column = AbroadApplicationDocument::Column;

    const Patient patient = workspace.patients().find(a.patientId).value_or(Patient{});
    workspace.audit().recordPrint(QStringLiteral("abroad_application"), QString::number(a.id), patient.iin);
    QString regionName = patient.regionCode;
    for (const Region& region : workspace.referenceData().regions()) {
        if (region.code == patient.regionCode)
            regionName = region.name(languageId);
    }
    const EligibleEntry disease =
        workspace.abroad().findEntry(EligibleList::Diseases, a.diseaseCode).value_or(EligibleEntry{});
    const EligibleEntry category =
        workspace.abroad().findEntry(EligibleList::Categories, a.categoryCode).value_or(EligibleEntry{});

    AbroadApplicationDocument::Content content;
    content.heading = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout",
                                          "Application for treatment abroad at the expense of the budget"));
    content.numberLabel = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Application No."));
    content.number = QString::number(a.id);
    content.summary << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Registered")),
                             DisplayFormat::date(a.createdAt.date())};
    content.summary << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Status")),
                             language.abroadStatusLabel(a.status), true};

    content.patient.title = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Patient"));
    content.patient.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Full name")),
                                    orDash(patient.fullName())};
    content.patient.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "IIN")), orDash(patient.iin)};
    content.patient.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Date of birth")),
                                    orDash(DisplayFormat::date(patient.birthDate))};
    content.patient.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Region")), orDash(regionName)};
    content.patient.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Phone")), orDash(patient.phone)};

    // The diagnosis in the printout's language when the classifier has it; else as the application recorded it.
    QString diagnosis = a.diagnosisName;
    if (const std::optional<IcdEntry> entry = workspace.diagnoses().find(a.diagnosisCode)) {
        const QString named = language.pick(entry->nameKk, entry->nameRu, entry->nameEn);
        if (!named.isEmpty())
            diagnosis = named;
    }
    content.grounds.title = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Diagnosis and grounds"));
    content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Diagnosis (ICD-10)")),
                                    diagnosis.isEmpty() ? a.diagnosisCode
                                                        : QStringLiteral("%1 — %2").arg(a.diagnosisCode, diagnosis)};
    content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Disease from the list")),
                                    disease.code.isEmpty() ? a.diseaseCode : disease.name(languageId)};
    content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Category of citizens")),
                                    category.code.isEmpty() ? a.categoryCode : category.name(languageId)};
    content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Country")), orDash(a.country)};
    content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Clinic")), orDash(a.clinic)};
    if (!a.notes.trimmed().isEmpty())
        content.grounds.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Notes")), a.notes};

    AbroadApplicationDocument::Table& documents = content.documents;
    documents.title = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Documents handed in"));
    documents.columns = {Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "No.")), 0, Qt::AlignRight},
                         Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Document")), 2},
                         Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Received on"))},
                         Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Note")), 1.2}};
    documents.emptyText = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "No documents are recorded."));
    int number = 0;
    for (const AbroadDocument& d : workspace.abroad().documents(a.id))
        documents.rows << QStringList{QString::number(++number), d.title, DisplayFormat::date(d.receivedOn), d.note};

    AbroadApplicationDocument::Section& decision = content.decision;
    decision.title = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Decision of the commission"));
    decision.highlighted = true;
    decision.emptyText =
        t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "The commission has not decided on this application yet."));
    if (a.isDecided()) {
        const bool approved = a.decision == QLatin1String("approved");
        decision.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Decision")),
                                 approved ? t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout",
                                                                "Approved: the patient is sent for treatment abroad"))
                                          : t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Rejected")),
                                 true};
        decision.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Date of the decision")),
                                 orDash(DisplayFormat::date(a.decisionDate))};
        decision.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Protocol No.")),
                                 orDash(a.decisionProtocol)};
        if (!a.decisionReason.trimmed().isEmpty())
            decision.fields << Field{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Reason")), a.decisionReason};
    }

    AbroadApplicationDocument::Table& history = content.history;
    history.title = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "History"));
    history.columns = {Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "When"))},
                       Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Who")), 0.8},
                       Column{t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Step")), 2.5}};
    for (const AbroadEvent& e : workspace.abroad().history(a.id)) {
        AbroadStatus to = AbroadStatus::Draft;
        QString step = AbroadStatuses::fromCode(e.toStatus, &to) ? language.abroadStatusLabel(to) : e.toStatus;
        if (!e.reason.isEmpty())
            step += QStringLiteral(": ") + e.reason;
        history.rows << QStringList{DisplayFormat::dateTime(e.happenedAt), e.actor, step};
    }

    if (disease.starter || category.starter)
        content.warning = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout",
                                              "The disease or the category was taken from the starter list shipped "
                                              "with Joldama, which has not been checked against the Ministry of "
                                              "Health's current order yet."));
    content.signedBy = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Clerk of the Bureau"));
    content.receivedBy = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Patient or their legal representative"));
    content.signatureCaption = language.text(QT_TRANSLATE_NOOP("Printout", "signature, full name, date"));
    content.stamp = language.text(QT_TRANSLATE_NOOP("Printout", "Stamp"));
    content.printedBy = t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Printed by %1 (Joldama %2)."))
                            .arg(Workstation::currentUser(), AppInfo::version());

    const QString title =
        t(QT_TRANSLATE_NOOP("AbroadApplicationPrintout", "Application for treatment abroad No. %1")).arg(a.id);
    PageFrame frame = BureauHeading::frame(workspace, language, patient.regionCode, title);
    return std::make_unique<AbroadApplicationDocument>(std::move(frame), std::move(content), title);
}
