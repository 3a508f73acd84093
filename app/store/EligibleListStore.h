#pragma once

#include "Database.h"
#include "domain/EligibleEntry.h"

#include <QList>
#include <optional>

// The editable lists of diseases and of categories of citizens for treatment abroad.
class EligibleListStore
{
public:
    explicit EligibleListStore(const Database& database)
        : m_database(database)
    {}

    QList<EligibleEntry> all(EligibleList list, bool activeOnly = false) const; // in the list's order
    std::optional<EligibleEntry> find(EligibleList list, const QString& code) const;
    // sortOrder < 0 keeps the place of an existing entry and puts a new one last.
    void upsert(EligibleList list, const EligibleEntry& entry, int sortOrder, const QString& now) const;

private:
    const Database& m_database;
};
