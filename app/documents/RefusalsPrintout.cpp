#include "RefusalsPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/Workspace.h"
#include "store/RefusalJournalStore.h"
#include <QJsonObject>

std::unique_ptr<TableDocument> RefusalsPrintout::build(Workspace& workspace, const QDate& from, const QDate& to,
                                                       Language languageId)
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
                                              {QStringLiteral("to"), to.toString(Qt::ISODate)}});
    const PrintLanguage language(languageId);
    const QList<RefusalJournalStore::Entry> entries = RefusalJournalStore(workspace.database()).entries(from, to);
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Refusal journal"));
    const QString period = language.text(QT_TRANSLATE_NOOP("Printout", "From %1 to %2"))
                               .arg(DisplayFormat::date(from), DisplayFormat::date(to));
    auto document = std::make_unique<TableDocument>(
        BureauHeading::frame(workspace, language, {}, title + QStringLiteral(" · ") + period), title);
    document->setSubtitle({period});
    document->setNotes({language.text(QT_TRANSLATE_NOOP(
        "Printout", "For the bureau's internal use: contains personal data of patients. Do not post or hand out."))});
    TableDocument::Part part;
    part.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Date"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Referral code"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Patient")), Qt::AlignLeft, true, 0.8},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "IIN"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Hospital")), Qt::AlignLeft, true, 1.0},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Reason")), Qt::AlignLeft, true, 1.1}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No refusals were recorded in this period."));
    for (const RefusalJournalStore::Entry& e : entries) {
        QString reason = language.pick(e.reasonKk, e.reasonRu, e.reasonEn);
        if (reason.isEmpty())
            reason = e.reasonCode;
        if (!e.reasonText.trimmed().isEmpty())
            reason += QStringLiteral(": ") + e.reasonText.trimmed();
        part.rows << TableDocument::Row{{DisplayFormat::date(e.date), e.code, e.patient, e.iin,
                                         QStringLiteral("%1 — %2").arg(e.hospitalCode, e.hospitalName), reason},
                                        false};
    }
    document->addPart(std::move(part));
    document->setClosing(
        {language.text(QT_TRANSLATE_NOOP("Printout", "Refusals in the period: %1.")).arg(entries.size())});
    return document;
}
