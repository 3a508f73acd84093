#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <functional>

// Fills a database with deterministic, realistic synthetic data for demonstrations and benchmarks:
// Kazakh and Russian names with every Kazakh letter, valid IINs, patients in every region by population,
// referrals to every demo hospital and profile over several years, each status and funding in realistic
// proportions, and an event for every transition. The same seed and end date give the same content.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        qint64 patients = 1000;
        qint64 referrals = 2000;
        quint64 seed = 1;
        QDate until;   // the last day of the data ("today" for the demo); default: today
        int years = 4; // how far back registrations go
    };
    // done, total, what ("patients", "referrals", "planning")
    using Progress = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    DemoDataGenerator(Database& database, Options options);

    // Adds the data (the database may already hold reference data; demo rows are added beside it).
    void run(const Progress& progress = {});

private:
    Database& m_database;
    Options m_options;
};
