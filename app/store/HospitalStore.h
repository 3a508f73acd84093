#pragma once

#include "Database.h"
#include "domain/Hospital.h"

#include <QList>
#include <optional>

class HospitalStore
{
public:
    explicit HospitalStore(const Database& database)
        : m_database(database)
    {}

    QList<Hospital> all(bool activeOnly = false) const; // by region, then name in alphabetical order
    std::optional<Hospital> find(qint64 id) const;
    std::optional<Hospital> findByCode(const QString& code) const;
    // Hospitals of a region that admit planned patients to a profile (any region when regionCode is empty).
    QList<Hospital> offering(const QString& regionCode, const QString& profileCode) const;
    // Inserts or, for an existing code, updates; returns the id.
    qint64 upsert(const Hospital& hospital, const QString& now) const;
    void setProfile(qint64 hospitalId, const QString& profileCode, bool active, const QString& now) const;
    QStringList profileCodes(qint64 hospitalId) const;

private:
    const Database& m_database;
};
