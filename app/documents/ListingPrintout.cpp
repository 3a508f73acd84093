#include "ListingPrintout.h"

#include "PrintLanguage.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/AuditService.h"
#include "services/Authorization.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"
#include "store/ListingReader.h"

#include <QHash>
#include <QJsonObject>

namespace {
struct KeyTitle
{
    const char* key;
    const char* title;
    bool stretch;
};

const KeyTitle titles[] = {
    {"code", QT_TRANSLATE_NOOP("Printout", "Referral code"), false},
    {"registered_at", QT_TRANSLATE_NOOP("Printout", "Registered"), false},
    {"status", QT_TRANSLATE_NOOP("Printout", "Status"), false},
    {"iin", QT_TRANSLATE_NOOP("Printout", "IIN"), false},
    {"patient", QT_TRANSLATE_NOOP("Printout", "Patient"), true},
    {"name", QT_TRANSLATE_NOOP("Printout", "Full name"), true},
    {"hospital_code", QT_TRANSLATE_NOOP("Printout", "Hospital code"), false},
    {"hospital", QT_TRANSLATE_NOOP("Printout", "Hospital"), true},
    {"profile_code", QT_TRANSLATE_NOOP("Printout", "Bed profile"), false},
    {"preliminary_date", QT_TRANSLATE_NOOP("Printout", "Preliminary date"), false},
    {"scheduled_date", QT_TRANSLATE_NOOP("Printout", "Confirmed date"), false},
    {"funding", QT_TRANSLATE_NOOP("Printout", "Funding"), false},
    {"diagnosis_code", QT_TRANSLATE_NOOP("Printout", "Diagnosis"), false},
    {"birth_date", QT_TRANSLATE_NOOP("Printout", "Date of birth"), false},
    {"sex", QT_TRANSLATE_NOOP("Printout", "Sex"), false},
    {"phone", QT_TRANSLATE_NOOP("Printout", "Telephone"), false},
    {"region_code", QT_TRANSLATE_NOOP("Printout", "Region"), false},
    {"clinic", QT_TRANSLATE_NOOP("Printout", "Clinic"), true},
    {"insured", QT_TRANSLATE_NOOP("Printout", "Insured (OSMS)"), false},
    {"documents_ok", QT_TRANSLATE_NOOP("Printout", "Documents"), false},
    {"priority", QT_TRANSLATE_NOOP("Printout", "Priority"), false},
};

const KeyTitle* find(const QString& key)
{
    for (const KeyTitle& t : titles) {
        if (key == QLatin1String(t.key))
            return &t;
    }
    return nullptr;
}
} // namespace

QString ListingPrintout::columnTitle(const PrintLanguage& language, const QString& key)
{
    const KeyTitle* t = find(key);
    return t ? language.text(t->title) : key;
}

TableDocument::Part ListingPrintout::part(Workspace& workspace, const PrintLanguage& language, const Listing& listing,
                                          const ListingRequest& request, const QStringList& columnKeys,
                                          const QString& title)
{
    // A list of patients or referrals on paper: for the bureau's internal use, and recorded with its criteria.
    Authorization::require(workspace.database(), Permission::PrintInternalLists, workspace.clock());
    QJsonObject criteria{{QStringLiteral("list"), listing.name}};
    if (!request.search.isEmpty())
        criteria.insert(QStringLiteral("search"), request.search);
    for (auto it = request.filters.constBegin(); it != request.filters.constEnd(); ++it)
        criteria.insert(it.key(), QJsonValue::fromVariant(it.value()));
    workspace.audit().recordPrint(QStringLiteral("list"), listing.name, QString(), criteria);
    QHash<QString, QString> regions;
    for (const Region& region : workspace.referenceData().regions())
        regions.insert(region.code, region.name(language.language()));
    QHash<QString, QString> profiles;
    for (const BedProfile& profile : workspace.referenceData().profiles())
        profiles.insert(profile.code, profile.name(language.language()));
    const QString complete = language.text(QT_TRANSLATE_NOOP("Printout", "complete"));
    const QString incomplete = language.text(QT_TRANSLATE_NOOP("Printout", "incomplete"));

    TableDocument::Part part;
    part.title = title;
    part.emptyText = language.text(QT_TRANSLATE_NOOP("Printout", "Nothing matches."));
    QList<int> indexes;
    QStringList keys;
    for (const QString& key : columnKeys) {
        const int index = listing.columnIndex(key);
        if (index < 0)
            continue;
        indexes << index;
        keys << key;
        const KeyTitle* t = find(key);
        part.columns << TableDocument::Column{columnTitle(language, key),
                                              key == QLatin1String("priority") ? Qt::AlignRight : Qt::AlignLeft,
                                              t && t->stretch};
    }
    auto format = [&](const QString& key, const QVariant& value) -> QString {
        const QString text = value.toString();
        if (key == QLatin1String("birth_date") || key == QLatin1String("preliminary_date") ||
            key == QLatin1String("scheduled_date"))
            return DisplayFormat::dateFromStored(text);
        if (key == QLatin1String("registered_at"))
            return DisplayFormat::dateTimeFromStored(text);
        if (key == QLatin1String("status"))
            return language.statusLabelForCode(text);
        if (key == QLatin1String("funding"))
            return language.fundingLabel(text);
        if (key == QLatin1String("sex"))
            return language.sexLabel(text);
        if (key == QLatin1String("insured"))
            return language.yesNo(value.toInt() != 0);
        if (key == QLatin1String("documents_ok"))
            return value.toInt() != 0 ? complete : incomplete;
        if (key == QLatin1String("region_code"))
            return regions.value(text, text);
        if (key == QLatin1String("profile_code"))
            return profiles.contains(text) ? QStringLiteral("%1 (%2)").arg(profiles.value(text), text) : text;
        return text;
    };

    // Keyset pages of the request, as the window's loader reads them.
    const ListingReader reader(workspace.database(), listing, request);
    std::optional<ListingCursor> after;
    constexpr int chunk = 2000;
    for (;;) {
        const QList<ListingRow> rows = reader.fetch(after, chunk);
        for (const ListingRow& row : rows) {
            if (part.rows.size() >= maxRows)
                throw OperationError(OperationError::Kind::Invalid,
                                     tr("The list has more than %1 rows. Narrow it with the search or a filter, "
                                        "then print it.")
                                         .arg(maxRows),
                                     QStringLiteral("rows"));
            TableDocument::Row printed;
            printed.cells.reserve(indexes.size());
            for (int i = 0; i < indexes.size(); ++i)
                printed.cells << format(keys.at(i), row.values.value(indexes.at(i)));
            part.rows << printed;
        }
        if (rows.size() < chunk)
            break;
        after = rows.last().cursor;
    }
    return part;
}
