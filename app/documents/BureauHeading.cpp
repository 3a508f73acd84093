#include "BureauHeading.h"

#include "PrintLanguage.h"
#include "domain/DisplayFormat.h"
#include "services/BureauService.h"
#include "services/ReferenceDataService.h"
#include "services/RegionalContactService.h"
#include "services/Workspace.h"

PageFrame BureauHeading::frame(Workspace& workspace, const PrintLanguage& language, const QString& regionCode,
                               const QString& footer)
{
    const BureauService::Info info = workspace.bureau().info();
    PageFrame frame;
    frame.bureau =
        info.name.isEmpty() ? language.text(QT_TRANSLATE_NOOP("Printout", "Bureau of Hospitalization")) : info.name;
    const QString region = info.regionCode.isEmpty() ? regionCode : info.regionCode;
    QStringList detail;
    if (!region.isEmpty()) {
        for (const Region& r : workspace.referenceData().regions()) {
            if (r.code == region)
                detail << r.name(language.language());
        }
        if (const std::optional<RegionalContact> contact = workspace.contacts().forRegion(region);
            contact && contact->hasPhone())
            detail << language.text(QT_TRANSLATE_NOOP("Printout", "tel. %1")).arg(contact->dialString());
    }
    frame.bureauDetail = detail.join(QStringLiteral(" · "));
    frame.printedAt = printedAt(workspace, language);
    frame.footer = footer;
    frame.pageOf = language.text(QT_TRANSLATE_NOOP("Printout", "Page %1 of %2"));
    return frame;
}

QString BureauHeading::printedAt(Workspace& workspace, const PrintLanguage& language)
{
    return language.text(QT_TRANSLATE_NOOP("Printout", "Printed %1"))
        .arg(DisplayFormat::dateTime(workspace.clock().now()));
}
