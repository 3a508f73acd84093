#pragma once

#include "domain/BedAvailability.h"
#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Free beds of every hospital and profile for today and the next two days.
class BedService
{
    Q_DECLARE_TR_FUNCTIONS(BedService)

public:
    explicit BedService(Database& database, const Clock& clock = Clock::system());

    QList<BedAvailability> availability(const QString& regionCode = {}, const QString& profileCode = {}) const;

private:
    Database& m_database;
    const Clock& m_clock;
};
