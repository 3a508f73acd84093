#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "domain/Hospital.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <functional>

// The registry of hospitals that admit planned patients, and the profiles each admits to. A bureau
// replaces the shipped demo set with its own by editing or by importing a CSV file.
class HospitalService
{
    Q_DECLARE_TR_FUNCTIONS(HospitalService)

public:
    explicit HospitalService(Database& database, const Clock& clock = Clock::system());

    QList<Hospital> hospitals() const;
    std::optional<Hospital> find(const QString& code) const;
    QStringList profiles(qint64 hospitalId) const;

    // Validates (code of 4 letters or digits, name, region, phone) and saves; returns the saved hospital.
    Hospital save(Hospital hospital, const QStringList& profileCodes = {});
    void setProfiles(qint64 hospitalId, const QStringList& profileCodes);

    // code,name,region_code[,address,phone,kind,active,profiles] — profiles as "CAR|NEU|DH"; the region
    // may be a KATO code or a name. Re-importing the same file changes nothing.
    ImportReport importCsv(QIODevice* device, bool skipBad);
    // hospital_code,profile_code,date,total,occupied[,reserved,care_form]
    // Rows for days far from today (BedService::dateProblem) are bad rows unless unusualDatesConfirmed.
    ImportReport importBedsCsv(QIODevice* device, bool skipBad, bool unusualDatesConfirmed = false);

    void setBedsChangedHandler(std::function<void(qint64, const QString&)> handler)
    {
        m_bedsChanged = std::move(handler);
    }

private:
    Hospital checked(Hospital hospital) const;

    Database& m_database;
    const Clock& m_clock;
    std::function<void(qint64, const QString&)> m_bedsChanged;
};
