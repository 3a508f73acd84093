#include "ContactsPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "services/Authorization.h"
#include "services/ReferenceDataService.h"
#include "services/RegionalContactService.h"
#include "services/Workspace.h"

#include <QHash>

std::unique_ptr<TableDocument> ContactsPrintout::build(Workspace& workspace, Language language)
{
    return build(workspace, workspace.contacts().contacts(), {}, language);
}

std::unique_ptr<TableDocument> ContactsPrintout::build(Workspace& workspace, const QList<RegionalContact>& contacts,
                                                       const QStringList& filters, Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintPublicLists, workspace.clock());
    const PrintLanguage language(languageId);
    QHash<QString, QString> regions;
    for (const Region& region : workspace.referenceData().regions())
        regions.insert(region.code, region.name(languageId));
    const QString title =
        language.text(QT_TRANSLATE_NOOP("Printout", "Telephones of the regional bureaus of hospitalization"));
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    QStringList subtitle;
    subtitle << language.text(QT_TRANSLATE_NOOP("Printout", "To call from anywhere in Kazakhstan: 8, the area code "
                                                            "in brackets, then the number."));
    if (!filters.isEmpty())
        subtitle << filters.join(QStringLiteral(" · "));
    document->setSubtitle(subtitle);

    TableDocument::Part part;
    part.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Region")), Qt::AlignLeft, true, 1.0},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Telephone"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Last update"))},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Note")), Qt::AlignLeft, true, 0.8}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No telephone matches."));
    const QString missing = language.text(QT_TRANSLATE_NOOP("Printout", "8 (%1) — number not published"));
    int published = 0;
    for (const RegionalContact& contact : contacts) {
        published += contact.hasPhone() ? 1 : 0;
        part.rows << TableDocument::Row{{regions.value(contact.regionCode, contact.regionCode),
                                         contact.hasPhone() ? contact.dialString() : missing.arg(contact.areaCode),
                                         DisplayFormat::date(contact.updatedOn), contact.note},
                                        false};
    }
    document->addPart(std::move(part));
    document->setClosing({language
                              .text(QT_TRANSLATE_NOOP("Printout", "Bureaus listed: %1, with a published "
                                                                  "number: %2."))
                              .arg(contacts.size())
                              .arg(published)});
    return document;
}
