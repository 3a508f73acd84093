#pragma once

#include "Database.h"

#include <QList>
#include <QString>
#include <optional>

// The ICD-10 dictionary: code and names.
struct IcdEntry
{
    QString code;
    QString nameRu;
    QString nameKk;
    QString nameEn;
    bool common = false; // in the shipped starter list of planned-hospitalization diagnoses
};

class IcdStore
{
public:
    explicit IcdStore(const Database& database)
        : m_database(database)
    {}

    std::optional<IcdEntry> find(const QString& code) const;
    void upsert(const IcdEntry& entry, const QString& now) const;
    // Entries whose code starts with the text, common ones first.
    QList<IcdEntry> withCodePrefix(const QString& prefix, int limit) const;
    QList<IcdEntry> all() const;
    qint64 count() const;

private:
    const Database& m_database;
};
