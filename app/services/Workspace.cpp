#include "Workspace.h"

#include "BedService.h"
#include "DiagnosisService.h"
#include "PatientService.h"
#include "ReferenceDataService.h"
#include "ReferralService.h"
#include "RegionalContactService.h"
#include "store/Migrator.h"

#include "AbroadService.h"
#include "QuotaService.h"

Workspace::Workspace(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_referenceData(std::make_unique<ReferenceDataService>(*m_database, clock))
    , m_contacts(std::make_unique<RegionalContactService>(*m_database, clock))
    , m_beds(std::make_unique<BedService>(*m_database, clock))
    , m_patients(std::make_unique<PatientService>(*m_database, clock))
    , m_referrals(std::make_unique<ReferralService>(*m_database, clock))
    , m_diagnoses(std::make_unique<DiagnosisService>(*m_database, clock))
    , m_quotas(std::make_unique<QuotaService>(*m_database, clock))
    , m_abroad(std::make_unique<AbroadService>(*m_database, clock))
{}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const DatabaseLocation& location, const Clock& clock)
{
    auto database = std::make_unique<Database>(location);
    database->open();
    Migrator migrator(*database);
    migrator.migrate();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    workspace->m_schemaVersion = migrator.currentVersion();
    workspace->m_referenceData->loadShippedData();
    return workspace;
}
