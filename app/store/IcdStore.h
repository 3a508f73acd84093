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
    // Where the entry comes from: "dictionary" (shipped or imported), or, for a code the dictionary does not
    // have yet, "clerk" (typed with a referral) or "opendata" (met in the Bureau's open data).
    QString source = QStringLiteral("dictionary");

    bool inDictionary() const { return source == QLatin1String("dictionary"); }
};

class IcdStore
{
public:
    explicit IcdStore(const Database& database)
        : m_database(database)
    {}

    std::optional<IcdEntry> find(const QString& code) const;
    // An entry of the dictionary (shipped or imported): it is in the dictionary from now on. Empty names keep
    // the names already there.
    void upsert(const IcdEntry& entry, const QString& now) const;
    // A code the dictionary lacks, learned with the name it came with (source "clerk" or "opendata"). An entry
    // already there keeps its names, unless it had only its code for a name.
    void learn(const QString& code, const QString& name, const QString& source, const QString& now) const;
    // The shipped starter list over a dictionary that may be fuller: adds the codes missing, fills names that
    // are empty, and takes over learned entries; names a bureau imported stay.
    void complete(const IcdEntry& entry, const QString& now) const;
    // Entries whose code starts with the text, common ones first.
    QList<IcdEntry> withCodePrefix(const QString& prefix, int limit) const;
    QList<IcdEntry> all() const;
    qint64 count() const;

private:
    const Database& m_database;
};
