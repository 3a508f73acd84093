#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <optional>

// Beds of one hospital in one profile and form of care, as last reported for a day.
struct BedCount
{
    int total = 0;
    int occupied = 0;
    int reserved = 0; // held for planned patients already given a date
    int free() const { return std::max(0, total - occupied - reserved); }
};

// One row of the Hospital beds view: free beds today, tomorrow and the day after. A day without a report
// of its own uses the latest report before it.
struct BedAvailability
{
    qint64 hospitalId = 0;
    QString hospitalCode;
    QString hospitalName;
    QString regionCode;
    QString profileCode;
    QString careForm;                            // round_the_clock / day
    std::array<std::optional<BedCount>, 3> days; // today, tomorrow, the day after
    QDate reportedFor;                           // the day of the latest report used for today
};
