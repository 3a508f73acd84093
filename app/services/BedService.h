#pragma once

#include "domain/BedAvailability.h"
#include "domain/Clock.h"
#include "store/BedStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

// Free beds of every hospital and profile for today and the next two days.
class BedService
{
    Q_DECLARE_TR_FUNCTIONS(BedService)

public:
    explicit BedService(Database& database, const Clock& clock = Clock::system());

    QList<BedAvailability> availability(const QString& regionCode = {}, const QString& profileCode = {}) const;

    // Records a hospital's beds in a profile for a day (today when invalid). Throws OperationError
    // (Invalid) when the numbers do not add up. The form of care is the profile's when empty.
    void report(const QString& hospitalCode, const QString& profileCode, const QDate& day, const BedCount& count,
                const QString& careForm = {});
    QList<BedStore::Report> history(const QString& hospitalCode, const QString& profileCode) const;

    void setBedsChangedHandler(std::function<void(qint64, const QString&)> handler)
    {
        m_bedsChanged = std::move(handler);
    }

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    void reportOnce(const QString& hospitalCode, const QString& profileCode, const QDate& day, const BedCount& count,
                    const QString& careForm);
    std::function<void(qint64, const QString&)> m_bedsChanged;
    Database& m_database;
    const Clock& m_clock;
};
