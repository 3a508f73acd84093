#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/Listing.h"

// The window's big lists are read by loader threads straight from the store (LazyTableModel, for speed); this
// is their door through the services: before a list is read for a new request, the signed-in person must be
// allowed to see it (patients, referrals, waiting lists with names), and a search with its text and filters is
// recorded in the audit log before its rows are shown. Without accounts it allows everything and records
// nothing, as before.
namespace ListingAccess {

// Throws OperationError(Forbidden) when the listing is not for this person.
void check(Database& database, const Clock& clock, const Listing& listing, const ListingRequest& request,
           const QString& previousSearch);

} // namespace ListingAccess
