#pragma once

#include "domain/BedProfile.h"
#include "domain/Clock.h"
#include "domain/DocumentType.h"
#include "domain/Hospital.h"
#include "domain/RefusalReason.h"
#include "domain/Region.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Regions, bed profiles, hospitals and the other lists every screen picks from. Loads the shipped
// reference data on first start, one named set at a time, each in its own transaction together with its
// marker: a set is loaded exactly once, so a bureau's later edits are never overwritten.
class ReferenceDataService
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataService)

public:
    explicit ReferenceDataService(Database& database, const Clock& clock = Clock::system());

    // Loads every shipped set not loaded yet. Returns the names of the sets loaded now.
    QStringList loadShippedData();

    QList<Region> regions() const;
    QList<BedProfile> profiles(bool activeOnly = false) const;
    QList<Hospital> hospitals(bool activeOnly = false) const;
    QList<Hospital> hospitalsOffering(const QString& regionCode, const QString& profileCode) const;
    QString resolveRegion(const QString& codeOrName) const;
    QList<DocumentType> documentTypes(bool activeOnly = false) const;
    QList<RefusalReason> refusalReasons(bool activeOnly = false) const;

    // Reads a shipped CSV resource (":/reference/NAME.csv") into records keyed by column name.
    static QList<QHash<QString, QString>> readShippedCsv(const QString& name);

private:
    void loadRegions();
    void loadContacts();
    void loadProfiles();
    void loadDemoHospitals();
    void loadDocumentTypes();
    void loadRefusalReasons();
    void loadCommonDiagnoses();
    void loadCalendar();
    void loadHtmcProfiles();
    void loadAbroadDiseases();
    void loadAbroadCategories();

    Database& m_database;
    const Clock& m_clock;
};
