#include "RefusalsPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/DiagnosisService.h"
#include "services/HospitalService.h"
#include "services/Workspace.h"
#include "store/AdmissionJournalStore.h"

#include <QJsonObject>

std::unique_ptr<TableDocument> RefusalsPrintout::build(Workspace& workspace, const QDate& from, const QDate& to,
                                                       Language languageId, const QString& hospitalCode)
{
    if (!from.isValid() || !to.isValid())
        throw OperationError(OperationError::Kind::Invalid, tr("Give both days of the period."),
                             QStringLiteral("period"));
    if (from > to)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The period starts on %1, after it ends on %2. Swap the days.")
                                 .arg(DisplayFormat::date(from), DisplayFormat::date(to)),
                             QStringLiteral("period"));
    Authorization::require(workspace.database(), Permission::PrintInternalLists, workspace.clock());
    workspace.audit().recordPrint(QStringLiteral("refusal_journal"), QString(), QString(),
                                  QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                              {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                              {QStringLiteral("hospital"), hospitalCode.trimmed()}});
    std::optional<Hospital> hospital;
    if (!hospitalCode.trimmed().isEmpty()) {
        hospital = workspace.hospitals().find(hospitalCode.trimmed());
        if (!hospital)
            throw OperationError(OperationError::Kind::NotFound,
                                 tr("There is no hospital with the code \"%1\".").arg(hospitalCode.trimmed()),
                                 QStringLiteral("hospital"));
    }
    const PrintLanguage language(languageId);
    const QList<AdmissionJournalStore::Entry> entries =
        AdmissionJournalStore(workspace.database()).entries(from, to, hospital ? hospital->code : QString());
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Journal of admissions and refusals of "
                                                                      "hospitalization"));
    const QString form = language.text(QT_TRANSLATE_NOOP("Printout", "Form No. 001/u"));
    const QString period = language.text(QT_TRANSLATE_NOOP("Printout", "From %1 to %2"))
                               .arg(DisplayFormat::date(from), DisplayFormat::date(to));
    auto document = std::make_unique<TableDocument>(
        BureauHeading::frame(workspace, language, hospital ? hospital->regionCode : QString(),
                             form + QStringLiteral(" · ") + title + QStringLiteral(" · ") + period),
        title);
    QStringList subtitle{form, period};
    if (hospital)
        subtitle << QStringLiteral("%1 — %2").arg(hospital->code, hospital->name);
    document->setSubtitle(subtitle);
    document->setNotes({language.text(QT_TRANSLATE_NOOP(
        "Printout", "For the bureau's internal use: contains personal data of patients. Do not post or hand out."))});
    TableDocument::Part part;
    part.columns = {
        {language.text(QT_TRANSLATE_NOOP("Printout", "No.")), Qt::AlignRight},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Date and time of arrival"))},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Full name, IIN")), Qt::AlignLeft, true, 0.9},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Date of birth"))},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Address, telephone")), Qt::AlignLeft, true, 0.9},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Referred or brought by")), Qt::AlignLeft, true, 0.8},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Department (bed profile)")), Qt::AlignLeft, true, 0.6},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Hospitalization code"))},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Diagnosis of the referring organization")), Qt::AlignLeft, true,
         0.9},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Outcome")), Qt::AlignLeft, true, 0.6},
        {language.text(QT_TRANSLATE_NOOP("Printout", "Reason for refusal and measures taken")), Qt::AlignLeft, true,
         1.0}};
    part.emptyText =
        language.text(QT_TRANSLATE_NOOP("Printout", "No admissions or refusals were recorded in this period."));
    int admitted = 0, refused = 0, number = 0;
    const QString hospitalWord = language.text(QT_TRANSLATE_NOOP("Printout", "Hospital"));
    for (const AdmissionJournalStore::Entry& e : entries) {
        (e.refused ? refused : admitted) += 1;
        QString who = e.patient.isEmpty() ? QStringLiteral("—") : e.patient;
        if (!e.iin.isEmpty())
            who +=
                QStringLiteral(", ") + language.text(QT_TRANSLATE_NOOP("Printout", "IIN")) + QLatin1Char(' ') + e.iin;
        QStringList contact;
        if (!e.address.isEmpty())
            contact << e.address;
        if (!e.phone.isEmpty())
            contact << e.phone;
        // An emergency admission says how the patient came; a planned one, which organization referred them.
        QString referredBy = e.emergencySource.isEmpty()
                                 ? e.referringOrg
                                 : language.translate("CareTerms", e.emergencySource == QLatin1String("ambulance")
                                                                       ? "Brought by ambulance"
                                                                   : e.emergencySource == QLatin1String("self")
                                                                       ? "Came on their own"
                                                                       : "Transferred from another hospital");
        QString department = language.pick(e.profileKk, e.profileRu, e.profileEn);
        if (department.isEmpty())
            department = e.profileCode;
        if (!hospital)
            department += QStringLiteral("\n%1 %2 — %3").arg(hospitalWord, e.hospitalCode, e.hospitalName);
        const QString diagnosisName = workspace.diagnoses().displayName(e.diagnosisCode, e.diagnosisName, languageId);
        const QString diagnosis =
            diagnosisName.isEmpty() ? e.diagnosisCode : QStringLiteral("%1 %2").arg(e.diagnosisCode, diagnosisName);
        QString outcome;
        QString reason;
        if (e.refused) {
            outcome = language.statusLabelForCode(QStringLiteral("refused"));
            reason = language.pick(e.reasonKk, e.reasonRu, e.reasonEn);
            if (reason.isEmpty())
                reason = e.reasonCode;
            if (!e.reasonText.trimmed().isEmpty())
                reason += (reason.isEmpty() ? QString() : QStringLiteral(": ")) + e.reasonText.trimmed();
        } else {
            outcome = language.statusLabelForCode(QStringLiteral("hospitalized"));
            if (e.status == QLatin1String("discharged") && e.dischargedOn.isValid())
                outcome =
                    language.statusLabelForCode(e.status) + QLatin1Char(' ') + DisplayFormat::date(e.dischargedOn);
            else if (e.status != QLatin1String("hospitalized"))
                outcome = language.statusLabelForCode(e.status);
        }
        part.rows << TableDocument::Row{
            {QString::number(++number),
             // The hour when the event was recorded on the day it happened.
             DisplayFormat::date(e.date) + (e.at.isValid() && e.at.date() == e.date
                                                ? QLatin1Char(' ') + e.at.toString(QStringLiteral("HH:mm"))
                                                : QString()),
             who, e.birthDate.isValid() ? DisplayFormat::date(e.birthDate) : QString(),
             contact.join(QStringLiteral(", ")), referredBy, department, e.code, diagnosis, outcome, reason},
            false};
    }
    document->addPart(std::move(part));
    document->setClosing({language.text(QT_TRANSLATE_NOOP("Printout", "Admitted in the period: %1. Refused: %2."))
                              .arg(admitted)
                              .arg(refused)});
    return document;
}
