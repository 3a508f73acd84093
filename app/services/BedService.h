#pragma once

#include "domain/BedAvailability.h"
#include "domain/Clock.h"
#include "store/BedStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

// Free beds of every hospital and profile for today and the next two days, with the admissions confirmed for
// them (see BedAvailability).
class BedService
{
    Q_DECLARE_TR_FUNCTIONS(BedService)

public:
    explicit BedService(Database& database, const Clock& clock = Clock::system());

    QList<BedAvailability> availability(const QString& regionCode = {}, const QString& profileCode = {}) const;

    // A bed report is for a day close to today. One further off is most often a typing mistake: it needs the
    // clerk's confirmation, and more than a year off it is refused. No profile has more than MaxBeds beds.
    static constexpr int ReportDaysBack = 7;
    static constexpr int ReportDaysAhead = 2;
    static constexpr int MaxBeds = 10000;

    // Records a hospital's beds in a profile for a day (today when invalid). Throws OperationError
    // (Invalid) when the numbers do not add up or are out of range, Unconfirmed for a day far from today
    // that was not confirmed. The form of care is the profile's when empty.
    void report(const QString& hospitalCode, const QString& profileCode, const QDate& day, const BedCount& count,
                const QString& careForm = {}, bool unusualDateConfirmed = false);
    // Why a report for this day is refused or needs confirmation (empty when it is fine).
    static QString dateProblem(const QDate& day, const QDate& today, bool confirmed);
    // Within a year of today: a day outside the usual window only needs confirming.
    static bool withinAYear(const QDate& day, const QDate& today);
    QList<BedStore::Report> history(const QString& hospitalCode, const QString& profileCode) const;

    void setBedsChangedHandler(std::function<void(qint64, const QString&)> handler)
    {
        m_bedsChanged = std::move(handler);
    }

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    void reportOnce(const QString& hospitalCode, const QString& profileCode, const QDate& day, const BedCount& count,
                    const QString& careForm, bool unusualDateConfirmed);
    std::function<void(qint64, const QString&)> m_bedsChanged;
    Database& m_database;
    const Clock& m_clock;
};
