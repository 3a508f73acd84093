#include "DashboardPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "services/Authorization.h"
#include "services/DashboardService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QHash>
#include <QLocale>

std::unique_ptr<TableDocument> DashboardPrintout::build(Workspace& workspace, Language languageId)
{
    // Counts only, nobody named: printed by whoever may print the public lists.
    Authorization::require(workspace.database(), Permission::PrintPublicLists, workspace.clock());
    const PrintLanguage language(languageId);
    const DashboardService::Summary s = workspace.dashboard().summary();
    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "The bureau at a glance"));
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    document->setSubtitle({BureauHeading::printedAt(workspace, language)});
    const auto number = [](qint64 n) { return QString::number(n); };
    // -> QString: a QStringBuilder returned by value would refer to temporaries already destroyed.
    const auto percent = [](double share) -> QString {
        return QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %");
    };

    TableDocument::Part summary;
    summary.title = language.text(QT_TRANSLATE_NOOP("Printout", "Referrals"));
    summary.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Indicator")), Qt::AlignLeft, true, 1.0},
                       {language.text(QT_TRANSLATE_NOOP("Printout", "Value")), Qt::AlignRight}};
    summary.rows << TableDocument::Row{{language.text(QT_TRANSLATE_NOOP("Printout", "Referrals in all")),
                                        number(s.total)},
                                       false}
                 << TableDocument::Row{{language.text(QT_TRANSLATE_NOOP("Printout", "Registered today")),
                                        number(s.registeredToday)},
                                       false}
                 << TableDocument::Row{{language.text(QT_TRANSLATE_NOOP("Printout", "Registered this month")),
                                        number(s.registeredThisMonth)},
                                       false}
                 << TableDocument::Row{{language.text(QT_TRANSLATE_NOOP(
                                            "Printout", "Refused among the referrals the hospitals decided on")),
                                        percent(s.refusedShare)},
                                       false};
    for (const char* status :
         {"registered", "scheduled", "hospitalized", "discharged", "refused", "cancelled", "no_show", "transferred"})
        summary.rows << TableDocument::Row{
            {language.statusLabelForCode(QLatin1String(status)), number(s.byStatus.value(QLatin1String(status)))},
            false};
    document->addPart(std::move(summary));

    QHash<QString, QString> profiles;
    for (const BedProfile& p : workspace.referenceData().profiles())
        profiles.insert(p.code, p.name(languageId));
    TableDocument::Part waits;
    waits.title = language.text(QT_TRANSLATE_NOOP("Printout", "Days waited, by bed profile"));
    waits.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Bed profile")), Qt::AlignLeft, true, 1.0},
                     {language.text(QT_TRANSLATE_NOOP("Printout", "Waiting")), Qt::AlignRight},
                     {language.text(QT_TRANSLATE_NOOP("Printout", "Median, days")), Qt::AlignRight},
                     {language.text(QT_TRANSLATE_NOOP("Printout", "90th percentile, days")), Qt::AlignRight}};
    waits.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "Nobody is waiting."));
    for (const DashboardService::ProfileWait& w : s.waits)
        waits.rows << TableDocument::Row{{QStringLiteral("%1 — %2").arg(w.profileCode, profiles.value(w.profileCode)),
                                          number(w.waiting), number(w.medianDays), number(w.p90Days)},
                                         false};
    document->addPart(std::move(waits));

    QHash<QString, QString> regions;
    for (const Region& r : workspace.referenceData().regions())
        regions.insert(r.code, r.name(languageId));
    TableDocument::Part beds;
    beds.title = language.text(QT_TRANSLATE_NOOP("Printout", "Beds by region, today"));
    beds.columns = {{language.text(QT_TRANSLATE_NOOP("Printout", "Region")), Qt::AlignLeft, true, 1.0},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Beds")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Occupied")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Reserved")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Free")), Qt::AlignRight},
                    {language.text(QT_TRANSLATE_NOOP("Printout", "Occupancy")), Qt::AlignRight}};
    beds.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No hospital has reported its beds."));
    for (const DashboardService::RegionBeds& b : s.beds)
        beds.rows << TableDocument::Row{{QStringLiteral("%1 %2").arg(b.regionCode, regions.value(b.regionCode)),
                                         number(b.total), number(b.occupied), number(b.reserved), number(b.free),
                                         percent(b.occupancy())},
                                        false};
    document->addPart(std::move(beds));
    return document;
}
