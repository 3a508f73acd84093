#pragma once

#include "Database.h"
#include "domain/BedProfile.h"

#include <QList>
#include <optional>

class BedProfileStore
{
public:
    explicit BedProfileStore(const Database& database)
        : m_database(database)
    {}

    QList<BedProfile> all(bool activeOnly = false) const; // in the bureau's list order
    std::optional<BedProfile> find(const QString& code) const;
    // A negative sort order puts a new profile at the end of the list.
    void upsert(const BedProfile& profile, int sortOrder, const QString& now) const;
    // Changes a profile in place, keeping its place in the list.
    void update(const BedProfile& profile, const QString& now) const;

private:
    const Database& m_database;
};
