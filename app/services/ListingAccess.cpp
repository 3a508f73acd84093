#include "ListingAccess.h"

#include "AuditService.h"
#include "Authorization.h"
#include "domain/Iin.h"

#include <QJsonObject>

namespace ListingAccess {

void check(Database& database, const Clock& clock, const Listing& listing, const ListingRequest& request,
           const QString& previousSearch)
{
    Permission permission = Permission::ViewLists;
    if (listing.name == QLatin1String("patients"))
        permission = Permission::ViewPatients;
    else if (listing.name == QLatin1String("referrals"))
        permission = Permission::ViewReferrals;
    else if (listing.name == QLatin1String("waiting_list"))
        permission = Permission::ViewQueues;
    Authorization::require(database, permission, clock);
    const QString search = request.search.trimmed();
    if (search.isEmpty() || search == previousSearch.trimmed())
        return;
    QJsonObject criteria{{QStringLiteral("text"), search}};
    for (auto it = request.filters.constBegin(); it != request.filters.constEnd(); ++it)
        criteria.insert(it.key(), QJsonValue::fromVariant(it.value()));
    const Iin iin = Iin::parse(search);
    AuditService(database, clock).recordSearch(listing.name, criteria, iin.isValid() ? iin.digits() : QString());
}

} // namespace ListingAccess
