#pragma once

#include "Database.h"

// Settings that belong to the database rather than to one user: markers of the reference data loaded,
// the workstation's identity, bureau-wide defaults.
class SettingStore
{
public:
    explicit SettingStore(const Database& database)
        : m_database(database)
    {}

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value) const;

private:
    const Database& m_database;
};
