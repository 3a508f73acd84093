#include "HospitalsPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "services/Authorization.h"
#include "services/HospitalService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QHash>

std::unique_ptr<TableDocument> HospitalsPrintout::build(Workspace& workspace, const QList<Hospital>& hospitals,
                                                        const QStringList& filters, Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintPublicLists, workspace.clock());
    const PrintLanguage language(languageId);
    QHash<QString, QString> regions;
    for (const Region& region : workspace.referenceData().regions())
        regions.insert(region.code, region.name(languageId));
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Hospitals admitting planned patients"));
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    if (!filters.isEmpty())
        document->setSubtitle({filters.join(QStringLiteral(" · "))});
    TableDocument::Part part;
    part.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Code"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Hospital")), Qt::AlignLeft, true, 1.4},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Region")), Qt::AlignLeft, true, 0.7},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Address")), Qt::AlignLeft, true, 0.7},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Telephone"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Bed profiles")), Qt::AlignLeft, true, 0.8},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Admits"))}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No hospital matches."));
    for (const Hospital& h : hospitals)
        part.rows << TableDocument::Row{{h.code, h.name, regions.value(h.regionCode, h.regionCode), h.address, h.phone,
                                         workspace.hospitals().profiles(h.id).join(QStringLiteral(", ")),
                                         language.yesNo(h.active)},
                                        false};
    document->addPart(std::move(part));
    return document;
}
