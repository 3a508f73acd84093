#include "Workspace.h"

#include "AccountService.h"
#include "AuditService.h"
#include "BedService.h"
#include "BureauService.h"
#include "CalendarService.h"
#include "DashboardService.h"
#include "DiagnosisService.h"
#include "HospitalService.h"
#include "OpenDataService.h"
#include "PatientService.h"
#include "ReferenceDataService.h"
#include "ReferralService.h"
#include "RegionalContactService.h"
#include "UsageService.h"
#include "WaitingListService.h"
#include "store/ExchangeStore.h"
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
    , m_waitingList(std::make_unique<WaitingListService>(*m_database, clock))
    , m_hospitals(std::make_unique<HospitalService>(*m_database, clock))
    , m_calendar(std::make_unique<CalendarService>(*m_database, clock))
    , m_dashboard(std::make_unique<DashboardService>(*m_database, clock))
    , m_quotas(std::make_unique<QuotaService>(*m_database, clock))
    , m_abroad(std::make_unique<AbroadService>(*m_database, clock))
    , m_bureau(std::make_unique<BureauService>(*m_database, clock))
    , m_usage(std::make_unique<UsageService>(*m_database, clock))
    , m_accounts(std::make_unique<AccountService>(*m_database, clock))
    , m_audit(std::make_unique<AuditService>(*m_database, clock))
{
    // Every change to a queue plans its preliminary dates again, inside the same transaction.
    m_referrals->setQueueChangedHandler(
        [this](qint64 hospitalId, const QString& profileCode) { m_waitingList->recompute(hospitalId, profileCode); });
    m_referrals->setNewcomerHandler([this](qint64 referralId) { m_waitingList->placeNewcomer(referralId); });
    m_beds->setBedsChangedHandler(
        [this](qint64 hospitalId, const QString& profileCode) { m_waitingList->recompute(hospitalId, profileCode); });
    m_hospitals->setBedsChangedHandler(
        [this](qint64 hospitalId, const QString& profileCode) { m_waitingList->recompute(hospitalId, profileCode); });
    m_calendar->setCalendarChangedHandler([this] { m_waitingList->recomputeAll(); });
    m_referenceData->setChecklistChangedHandler([this] { m_waitingList->recomputeAll(); });
}

Workspace::~Workspace() = default;

int Workspace::builtInSchemaVersion()
{
    const QList<Migrator::Migration> migrations = Migrator::builtIn();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

std::unique_ptr<Workspace> Workspace::open(const DatabaseLocation& location, const Clock& clock)
{
    // Database::open makes a new file private to its owner and refuses a folder that does not exist.
    auto database = std::make_unique<Database>(location);
    database->open();
    Migrator migrator(*database);
    migrator.migrate();
    // An enrolled workstation's changes carry its enrolled code, which the bureau knows it by.
    if (const ExchangeIdentity identity = ExchangeStore(*database).identity(); identity.isWorkstation())
        database->setWorkstation(ExchangeIdentity::label(identity.workstationCode));
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    workspace->m_schemaVersion = migrator.currentVersion();
    // Before anything is written: whether sign-in is required, and the audit key that seals every write.
    workspace->m_accounts->attach();
    // A database SQLite may not write opens for viewing and lookups: the upkeep below writes, and is left to
    // the next start that may.
    if (workspace->m_database->isReadOnly())
        return workspace;
    workspace->m_referenceData->loadShippedData();
    // An import killed mid-way left committed batches: undo them now, as its Cancel would have. Should the
    // database stay busy, opening goes on; the next open or the next import tries again.
    try {
        OpenDataService(*workspace->m_database, clock).recoverAbandoned();
    } catch (const OperationError& e) {
        qWarning("Undoing an interrupted import failed: %s", qPrintable(e.message()));
    }
    workspace->m_waitingList->ensurePlannedToday();
    return workspace;
}
