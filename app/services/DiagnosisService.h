#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/IcdStore.h"

#include <QCoreApplication>
#include <QIODevice>

// The ICD-10 dictionary referrals are coded with: a starter list of common planned-hospitalization
// diagnoses ships with Joldama; the full dictionary is imported from CSV.
class DiagnosisService
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisService)

public:
    explicit DiagnosisService(Database& database, const Clock& clock = Clock::system());

    std::optional<IcdEntry> find(const QString& code) const; // normalises the code first
    QList<IcdEntry> all() const;
    qint64 count() const;
    // CSV with code and name_ru (or name), optionally name_kk and name_en. One transaction.
    ImportReport importCsv(QIODevice* device, bool skipBad);

private:
    Database& m_database;
    const Clock& m_clock;
};
