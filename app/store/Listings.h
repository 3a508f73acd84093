#pragma once

#include "Listing.h"

// The big tables of Joldama, defined where their SQL belongs.
namespace Listings {

// Patients: iin, name, birth_date, sex, phone, region_code, clinic, insured. Filters: "region_code".
// Every listing also takes "nothing" (any value): no rows, for a search page before its first search.
Listing patients();

// Referrals: code, registered_at, status, iin, patient, hospital_code, hospital, profile_code,
// preliminary_date, scheduled_date, funding, diagnosis_code.
// Filters: "status" (one status), "hospital_id", "profile_code", "patient_id", "region_code".
Listing referrals();

// One waiting list (filters "hospital_id" and "profile_code", both required), in queue order: code,
// patient, iin, registered_at, preliminary_date, scheduled_date, status, documents_ok, priority.
Listing waitingList();

// How a free-text search is read: an IIN (or its first digits), a referral code, or name prefixes.
enum class SearchKind { Empty, IinPrefix, CodePrefix, NamePrefixes };
SearchKind classifySearch(const QString& text);

} // namespace Listings
