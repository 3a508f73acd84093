#include "AuditLogPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/Workspace.h"

#include <QJsonObject>

std::unique_ptr<TableDocument> AuditLogPrintout::build(Workspace& workspace, const QList<AuditEntry>& entries,
                                                       const QStringList& filters, Language languageId)
{
    Authorization::require(workspace.database(), Permission::ReadAudit, workspace.clock());
    workspace.audit().recordPrint(QStringLiteral("audit_log"), QString(), QString(),
                                  QJsonObject{{QStringLiteral("entries"), qint64(entries.size())},
                                              {QStringLiteral("filters"), filters.join(QStringLiteral("; "))}});
    const PrintLanguage language(languageId);
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Audit log"));
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    document->setSubtitle(filters);
    document->setNotes({language.text(QT_TRANSLATE_NOOP(
        "Printout", "For the bureau's internal use: contains personal data of patients. Do not post or hand out."))});
    TableDocument::Part part;
    part.columns = {{QStringLiteral("№"), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Date and time"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "User"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Workstation"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Action"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "IIN"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Object")), Qt::AlignLeft, true, 1.0}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "Nothing matches."));
    for (const AuditEntry& e : entries) {
        const char* source = AuditActions::labelSource(e.action);
        QString action = source ? language.translate("AuditActions", source) : e.action;
        if (e.outcome != QLatin1String("ok"))
            action += QStringLiteral(" (%1)").arg(e.outcome);
        QString object = e.objectType;
        if (!e.objectId.isEmpty())
            object += QLatin1Char(' ') + e.objectId;
        if (e.details != QLatin1String("{}") && !e.details.isEmpty())
            object += QLatin1Char(' ') + e.details;
        part.rows << TableDocument::Row{{QString::number(e.seq), DisplayFormat::dateTimeFromStored(e.at), e.login,
                                         e.workstation, action, e.patientIin, object.trimmed()},
                                        false};
    }
    document->addPart(std::move(part));
    return document;
}
