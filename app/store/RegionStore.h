#pragma once

#include "Database.h"
#include "domain/Region.h"

#include <QList>
#include <optional>

// Regions and the other names they are known by.
class RegionStore
{
public:
    explicit RegionStore(const Database& database)
        : m_database(database)
    {}

    QList<Region> all() const; // in KATO code order
    std::optional<Region> find(const QString& code) const;
    void upsert(const Region& region, const QString& now) const;
    void setPopulation(const QString& code, int population, int year, const QString& now) const;
    void addAlias(const QString& foldedAlias, const QString& code) const;
    // The KATO code for a code, a name in any language or a known alias; empty when unknown.
    QString resolve(const QString& codeOrName) const;

private:
    const Database& m_database;
};
