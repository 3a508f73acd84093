#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <functional>
#include <random>

// Fills a database with deterministic, realistic synthetic data for demonstrations and benchmarks:
// Kazakh and Russian names with every Kazakh letter, valid IINs, patients in every region by population,
// referrals to every demo hospital and profile over several years, each status and funding in realistic
// proportions, and an event for every transition; bed reports of the last weeks, this year's HTMC quota plans
// with some quotas taken, and applications for treatment abroad at every stage, so every page has something
// to show. The same seed and end date give the same content.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        qint64 patients = 1000;
        qint64 referrals = 2000;
        quint64 seed = 1;
        QDate until;   // the last day of the data ("today" for the demo); default: the clock's today
        int years = 4; // how far back registrations go
    };
    // done, total, what ("patients", "referrals", "planning")
    using Progress = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    // The clock says what "today" is when Options::until is not given, and when the few referrals that take
    // a quota and the applications for treatment abroad are registered through the services.
    DemoDataGenerator(Database& database, const Clock& clock, Options options);

    // Adds the data (the database may already hold reference data; demo rows are added beside it).
    void run(const Progress& progress = {});

private:
    // What a newcomer opens beyond the referrals: bed reports of the last weeks, this year's quota plans with
    // quotas used, and applications for treatment abroad at each stage.
    void addBedReports(std::mt19937_64& random) const;
    void addQuotas(std::mt19937_64& random, const QList<qint64>& patientIds) const;
    void addAbroadApplications(std::mt19937_64& random, const QList<qint64>& patientIds) const;

    Database& m_database;
    const Clock& m_clock;
    Options m_options;
};
