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

// One row of the Hospital beds view: free beds today, tomorrow and the day after. Tomorrow and the day after,
// without a report of their own, are the day before's figure with the admissions confirmed for that day
// taken as occupied beds (discharges are not known ahead). Today without a report of its own is the latest
// report before it.
struct BedAvailability
{
    qint64 hospitalId = 0;
    QString hospitalCode;
    QString hospitalName;
    QString regionCode;
    QString profileCode;
    QString careForm;                            // round_the_clock / day
    std::array<std::optional<BedCount>, 3> days; // today, tomorrow, the day after
    std::array<int, 3> admissions{};             // admissions confirmed for each of the three days
    QDate reportedFor;                           // the day of the latest report used for today
};
