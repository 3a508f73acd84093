#pragma once

#include "domain/Clock.h"
#include "domain/RegionalContact.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Keeps the telephone directory of the regional hospitalization bureaus. Every change is validated,
// stamped with today's date as the row's "last update", and saved at once.
class RegionalContactService
{
    Q_DECLARE_TR_FUNCTIONS(RegionalContactService)

public:
    explicit RegionalContactService(Database& database, const Clock& clock = Clock::system());

    QList<RegionalContact> contacts() const;
    // The first contact of a region with a number; the first one at all when none has a number.
    std::optional<RegionalContact> forRegion(const QString& regionCode) const;

    // Each throws OperationError(Invalid) naming the field at fault ("region_code", "area_code", "phone").
    RegionalContact add(const QString& regionCode, const QString& areaCode, const QString& phone,
                        const QString& note = {});
    // Saves the changed row and returns it with its new "last update" date; unchanged rows are left alone.
    RegionalContact update(const RegionalContact& contact);
    void remove(qint64 id);

private:
    void validate(const RegionalContact& contact) const;

    Database& m_database;
    const Clock& m_clock;
};
