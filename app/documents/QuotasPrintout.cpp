#include "QuotasPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "services/Authorization.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QHash>
#include <QLocale>

std::unique_ptr<TableDocument> QuotasPrintout::build(Workspace& workspace, int year, const QString& profileCode,
                                                     const QList<QuotaPlan>& plans, const QStringList& filters,
                                                     Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintPublicLists, workspace.clock());
    const PrintLanguage language(languageId);
    QHash<QString, QString> regions;
    for (const Region& region : workspace.referenceData().regions())
        regions.insert(region.code, region.name(languageId));
    QString profile = profileCode;
    for (const HtmcProfile& p : workspace.quotas().profiles(false)) {
        if (p.code == profileCode)
            profile = QStringLiteral("%1 — %2").arg(p.code, p.name(languageId));
    }
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Quotas for high-tech medical care"));
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    QStringList subtitle{language.text(QT_TRANSLATE_NOOP("Printout", "Year %1 · profile %2")).arg(year).arg(profile)};
    if (!filters.isEmpty())
        subtitle << filters.join(QStringLiteral(" · "));
    document->setSubtitle(subtitle);
    TableDocument::Part part;
    part.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Region")), Qt::AlignLeft, true, 1.0},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Population")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Allocated")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Used")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Remaining")), Qt::AlignRight}};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No region matches."));
    const QLocale locale(language.code()); // digit grouping as the reader writes it
    int allocated = 0;
    int used = 0;
    for (const QuotaPlan& plan : plans) {
        // The estimate's year beside the number: populations are revised, and allocations follow them.
        const QString population =
            plan.population > 0
                ? QStringLiteral("%1 (%2)").arg(locale.toString(plan.population)).arg(plan.populationYear)
                : QStringLiteral("—");
        part.rows << TableDocument::Row{{regions.value(plan.regionCode, plan.regionCode), population,
                                         QString::number(plan.allocated), QString::number(plan.used),
                                         QString::number(plan.remaining())},
                                        false};
        allocated += plan.allocated;
        used += plan.used;
    }
    document->addPart(std::move(part));
    document->setClosing({language.text(QT_TRANSLATE_NOOP("Printout", "In all: allocated %1, used %2, remaining %3."))
                              .arg(allocated)
                              .arg(used)
                              .arg(allocated - used)});
    return document;
}
