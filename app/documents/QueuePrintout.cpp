#include "QueuePrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/HospitalService.h"
#include "services/ReferenceDataService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"

std::unique_ptr<TableDocument> QueuePrintout::build(Workspace& workspace, const QString& hospitalCode,
                                                    const QString& profileCode, Version version, Language languageId)
{
    Authorization::require(workspace.database(),
                           version == Version::Internal ? Permission::PrintInternalLists : Permission::PrintPublicLists,
                           workspace.clock());
    const std::optional<Hospital> hospital = workspace.hospitals().find(hospitalCode.trimmed().toUpper());
    if (!hospital)
        throw OperationError(
            OperationError::Kind::NotFound,
            tr("No hospital has the code %1. Check it against the hospital registry.").arg(hospitalCode),
            QStringLiteral("hospital"));
    const QString profileWanted = profileCode.trimmed().toUpper();
    std::optional<BedProfile> profile;
    for (const BedProfile& p : workspace.referenceData().profiles()) {
        if (p.code == profileWanted)
            profile = p;
    }
    if (!profile)
        throw OperationError(OperationError::Kind::NotFound, tr("\"%1\" is not a bed profile.").arg(profileCode),
                             QStringLiteral("profile"));

    const PrintLanguage language(languageId);
    const bool internal = version == Version::Internal;
    if (internal)
        workspace.audit().recordPrint(QStringLiteral("waiting_list_internal"),
                                      hospital->code + QLatin1Char('/') + profile->code, QString());
    const QList<WaitingListService::QueueEntry> entries = workspace.waitingList().queue(hospital->id, profile->code);

    const QString title = internal ? language.text(QT_TRANSLATE_NOOP("Printout", "Waiting list (internal)"))
                                   : language.text(QT_TRANSLATE_NOOP("Printout", "Waiting list"));
    const QString footer = QStringLiteral("%1 · %2 · %3").arg(title, hospital->code, profile->code);
    auto document =
        std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, hospital->regionCode, footer), title);
    document->setSubtitle({QStringLiteral("%1 — %2").arg(hospital->code, hospital->name),
                           language.text(QT_TRANSLATE_NOOP("Printout", "Bed profile: %1 (%2)"))
                               .arg(profile->name(languageId), profile->code),
                           language.text(QT_TRANSLATE_NOOP("Printout", "As of %1: %2 in the waiting list"))
                               .arg(DisplayFormat::date(workspace.clock().today()))
                               .arg(entries.size())});
    QStringList notes;
    if (internal)
        notes << language.text(QT_TRANSLATE_NOOP(
            "Printout", "For the bureau's internal use: contains personal data of patients. Do not post or hand out."));
    else
        notes << language.text(QT_TRANSLATE_NOOP("Printout", "Patients are listed by their referral code only, "
                                                             "without names or IIN. Find your code on your ticket."));
    notes << language.text(QT_TRANSLATE_NOOP("Printout",
                                             "Preliminary dates are estimates: they move with the queue and with the "
                                             "hospital's free beds. A confirmed date is fixed by the hospital."));
    document->setNotes(notes);

    TableDocument::Part part;
    const QString number = language.text(QT_TRANSLATE_NOOP("Printout", "No."));
    const QString code = language.text(QT_TRANSLATE_NOOP("Printout", "Referral code"));
    const QString registered = language.text(QT_TRANSLATE_NOOP("Printout", "Registered"));
    const QString preliminary = language.text(QT_TRANSLATE_NOOP("Printout", "Preliminary date"));
    const QString confirmed = language.text(QT_TRANSLATE_NOOP("Printout", "Confirmed date"));
    if (internal)
        part.columns = {{number, Qt::AlignRight},
                        {code},
                        {language.text(QT_TRANSLATE_NOOP("Printout", "Patient")), Qt::AlignLeft, true},
                        {language.text(QT_TRANSLATE_NOOP("Printout", "IIN"))},
                        {registered},
                        {preliminary},
                        {confirmed},
                        {language.text(QT_TRANSLATE_NOOP("Printout", "Documents"))}};
    else
        part.columns = {{number, Qt::AlignRight}, {code}, {registered}, {preliminary}, {confirmed}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "Nobody is in this waiting list."));
    const QString complete = language.text(QT_TRANSLATE_NOOP("Printout", "complete"));
    const QString incomplete = language.text(QT_TRANSLATE_NOOP("Printout", "incomplete"));
    part.rows.reserve(entries.size());
    for (const WaitingListService::QueueEntry& e : entries) {
        TableDocument::Row row;
        const QString place = QString::number(e.position);
        const QString when = DisplayFormat::dateTime(e.registeredAt);
        const QString preliminaryDate = DisplayFormat::date(e.preliminaryDate);
        const QString confirmedDate = DisplayFormat::date(e.scheduledDate);
        if (internal)
            row.cells = {place, e.code,          e.patient,     e.iin,
                         when,  preliminaryDate, confirmedDate, e.documentsOk ? complete : incomplete};
        else
            row.cells = {place, e.code, when, preliminaryDate, confirmedDate};
        part.rows << row;
    }
    document->addPart(std::move(part));
    return document;
}
