#pragma once

#include "Database.h"
#include "domain/HtmcProfile.h"

#include <QList>
#include <optional>

// The editable list of HTMC profiles.
class HtmcProfileStore
{
public:
    explicit HtmcProfileStore(const Database& database)
        : m_database(database)
    {}

    QList<HtmcProfile> all(bool activeOnly = false) const; // in the bureau's list order
    std::optional<HtmcProfile> find(const QString& code) const;
    // sortOrder < 0 keeps the order of an existing profile and puts a new one last.
    void upsert(const HtmcProfile& profile, int sortOrder, const QString& now) const;

private:
    const Database& m_database;
};
