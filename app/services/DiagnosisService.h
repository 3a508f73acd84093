#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "domain/Language.h"
#include "store/Database.h"
#include "store/IcdStore.h"

#include <QCoreApplication>
#include <QIODevice>

// The ICD-10 dictionary referrals are coded with: a starter list of common planned-hospitalization and
// emergency diagnoses ships with Joldama; the full dictionary is imported from CSV. A well-formed code the
// dictionary lacks is learned with the name a referral gives it, marked as not yet in the dictionary.
class DiagnosisService
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisService)

public:
    explicit DiagnosisService(Database& database, const Clock& clock = Clock::system());

    std::optional<IcdEntry> find(const QString& code) const; // normalises the code first
    // The name of a recorded diagnosis for a screen or printout in this language: the dictionary's Kazakh or
    // English name when it has one; else the wording the referral recorded (Russian, or the clerk's own).
    QString displayName(const QString& code, const QString& recorded, Language language) const;
    QList<IcdEntry> all() const;
    qint64 count() const;
    // The dictionary files a bureau receives: CSV in UTF-8 or Windows-1251, with a header in Kazakh, Russian or
    // English (code, name_ru, name_kk, name_en; код, наименование; коды, атауы …) in any order, or without a
    // header, the columns then told by what they hold (codes; names in Kazakh, Russian or English letters).
    // Imported entries are in the dictionary from then on, learned ones included. One transaction: with a bad
    // row and without skipBad, nothing is imported.
    ImportReport importCsv(QIODevice* device, bool skipBad);

private:
    Database& m_database;
    const Clock& m_clock;
};
