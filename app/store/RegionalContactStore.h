#pragma once

#include "Database.h"
#include "domain/RegionalContact.h"

#include <QList>
#include <optional>

// The regional bureaus' telephones. Removing one marks it deleted: records that travel between
// workstations are never erased.
class RegionalContactStore
{
public:
    explicit RegionalContactStore(const Database& database)
        : m_database(database)
    {}

    QList<RegionalContact> all() const; // not deleted, in region order
    std::optional<RegionalContact> find(qint64 id) const;
    QList<RegionalContact> forRegion(const QString& regionCode) const;
    qint64 insert(const RegionalContact& contact, const QString& now) const;
    void update(const RegionalContact& contact, const QString& now) const;
    void markDeleted(qint64 id, const QString& now) const;

private:
    const Database& m_database;
};
