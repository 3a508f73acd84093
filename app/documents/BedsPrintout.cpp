#include "BedsPrintout.h"

#include "BureauHeading.h"
#include "PrintLanguage.h"
#include "TableDocument.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/Authorization.h"
#include "services/BedService.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QHash>

std::unique_ptr<TableDocument> BedsPrintout::build(Workspace& workspace, const QString& regionCode, Language language)
{
    QStringList filters;
    const QString code = regionCode.trimmed();
    if (!code.isEmpty()) {
        bool known = false;
        for (const Region& region : workspace.referenceData().regions()) {
            if (region.code == code) {
                known = true;
                filters << region.name(language);
            }
        }
        if (!known)
            throw OperationError(
                OperationError::Kind::NotFound,
                tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 for Astana.").arg(regionCode),
                QStringLiteral("region"));
    }
    // Rows without any report would only print dashes: the sheet lists who reported and counts the rest.
    QList<BedAvailability> reported;
    int silent = 0;
    for (const BedAvailability& row : workspace.beds().availability(code)) {
        if (row.days[0] || row.days[1] || row.days[2])
            reported << row;
        else
            ++silent;
    }
    std::unique_ptr<TableDocument> document = build(workspace, reported, true, code, filters, language);
    if (silent > 0) {
        const PrintLanguage words(language);
        QStringList closing = document->closing();
        closing << words.text(QT_TRANSLATE_NOOP("Printout", "Hospital profiles without a bed report, not listed: %1."))
                       .arg(silent);
        document->setClosing(closing);
    }
    return document;
}

std::unique_ptr<TableDocument> BedsPrintout::build(Workspace& workspace, const QList<BedAvailability>& rows,
                                                   bool byRegion, const QString& regionCode, const QStringList& filters,
                                                   Language languageId)
{
    Authorization::require(workspace.database(), Permission::PrintPublicLists, workspace.clock());
    const PrintLanguage language(languageId);
    QHash<QString, QString> regions;
    for (const Region& region : workspace.referenceData().regions())
        regions.insert(region.code, region.name(languageId));
    QHash<QString, QString> profiles;
    for (const BedProfile& profile : workspace.referenceData().profiles())
        profiles.insert(profile.code, profile.name(languageId));

    const QString title = language.text(QT_TRANSLATE_NOOP("Printout", "Free beds"));
    const QDate today = workspace.clock().today();
    auto document =
        std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, regionCode, title), title);
    QStringList subtitle;
    subtitle << language.text(QT_TRANSLATE_NOOP("Printout", "Today %1, tomorrow %2, the day after %3"))
                    .arg(DisplayFormat::date(today), DisplayFormat::date(today.addDays(1)),
                         DisplayFormat::date(today.addDays(2)));
    if (!filters.isEmpty())
        subtitle << filters.join(QStringLiteral(" · "));
    document->setSubtitle(subtitle);
    document->setNotes({language.text(QT_TRANSLATE_NOOP(
        "Printout", "Free beds are the beds of the latest report for the day, less the occupied and the reserved "
                    "ones. A dash: the hospital has not reported its beds."))});

    TableDocument::Part part;
    if (!byRegion)
        part.columns << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Region")), Qt::AlignLeft,
                                              true, 0.6};
    part.columns << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Hospital")), Qt::AlignLeft, true}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Bed profile")), Qt::AlignLeft,
                                          true, 0.5}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Form of care")), Qt::AlignLeft,
                                          true, 0.4}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Beds")), Qt::AlignRight}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Free today")), Qt::AlignRight}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Tomorrow")), Qt::AlignRight}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Day after")), Qt::AlignRight}
                 << TableDocument::Column{language.text(QT_TRANSLATE_NOOP("Printout", "Report of"))};
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "No hospital admits planned patients here."));

    const QString dash = QStringLiteral("—");
    auto freeText = [&dash](const std::optional<BedCount>& count) {
        return count ? QString::number(count->free()) : dash;
    };
    int totals[3] = {0, 0, 0};
    QString region;
    int sectionRow = -1;
    int regionFree = 0;
    auto closeSection = [&] {
        if (sectionRow >= 0)
            part.rows[sectionRow].cells[0] = language.text(QT_TRANSLATE_NOOP("Printout", "%1 — free today: %2"))
                                                 .arg(regions.value(region, region))
                                                 .arg(regionFree);
    };
    for (const BedAvailability& beds : rows) {
        if (byRegion && beds.regionCode != region) {
            closeSection();
            region = beds.regionCode;
            regionFree = 0;
            sectionRow = int(part.rows.size());
            part.rows << TableDocument::Row{{regions.value(region, region)}, true};
        }
        for (int d = 0; d < 3; ++d) {
            if (beds.days[size_t(d)])
                totals[d] += beds.days[size_t(d)]->free();
        }
        if (beds.days[0])
            regionFree += beds.days[0]->free();
        QStringList cells;
        if (!byRegion)
            cells << regions.value(beds.regionCode, beds.regionCode);
        cells << QStringLiteral("%1 — %2").arg(beds.hospitalCode, beds.hospitalName)
              << profiles.value(beds.profileCode, beds.profileCode) << language.careFormLabel(beds.careForm)
              << (beds.days[0] ? QString::number(beds.days[0]->total) : dash) << freeText(beds.days[0])
              << freeText(beds.days[1]) << freeText(beds.days[2]) << DisplayFormat::date(beds.reportedFor);
        part.rows << TableDocument::Row{cells, false};
    }
    closeSection();
    document->addPart(std::move(part));
    document->setClosing({language
                              .text(QT_TRANSLATE_NOOP("Printout", "Free beds in all: today %1, tomorrow %2, "
                                                                  "the day after %3."))
                              .arg(totals[0])
                              .arg(totals[1])
                              .arg(totals[2])});
    return document;
}
