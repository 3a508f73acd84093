#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <memory>

class BedService;
class BureauService;
class CalendarService;
class DashboardService;
class HospitalService;
class DiagnosisService;
class PatientService;
class ReferralService;
class WaitingListService;
class ReferenceDataService;
class RegionalContactService;
class QuotaService;
class AbroadService;
class UsageService;
class AccountService;
class AuditService;

// Everything one open database offers, built once and handed to the GUI or the CLI: the composition
// root. Services are passed in through constructors, never looked up as globals, so tests build their
// own workspace on a temporary file.
class Workspace
{
public:
    // Opens the database, brings its schema up to date and loads the shipped reference data on first
    // start. Throws OperationError with a message for the user.
    static std::unique_ptr<Workspace> open(const DatabaseLocation& location, const Clock& clock = Clock::system());
    ~Workspace();

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }
    // The schema version this program brings a database up to (its last migration).
    static int builtInSchemaVersion();

    ReferenceDataService& referenceData() { return *m_referenceData; }
    RegionalContactService& contacts() { return *m_contacts; }
    BedService& beds() { return *m_beds; }
    PatientService& patients() { return *m_patients; }
    ReferralService& referrals() { return *m_referrals; }
    DiagnosisService& diagnoses() { return *m_diagnoses; }
    WaitingListService& waitingList() { return *m_waitingList; }
    HospitalService& hospitals() { return *m_hospitals; }
    CalendarService& calendar() { return *m_calendar; }
    DashboardService& dashboard() { return *m_dashboard; }
    QuotaService& quotas() { return *m_quotas; }
    AbroadService& abroad() { return *m_abroad; }
    BureauService& bureau() { return *m_bureau; }
    // Lookups counted and workstations seen; it writes what it counted when the workspace closes.
    UsageService& usage() { return *m_usage; }
    // User accounts and signing in; the audit log (both idle until the database has its first account).
    AccountService& accounts() { return *m_accounts; }
    AuditService& audit() { return *m_audit; }

private:
    Workspace(std::unique_ptr<Database> database, const Clock& clock);

    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    int m_schemaVersion = 0;
    std::unique_ptr<ReferenceDataService> m_referenceData;
    std::unique_ptr<RegionalContactService> m_contacts;
    std::unique_ptr<BedService> m_beds;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<ReferralService> m_referrals;
    std::unique_ptr<DiagnosisService> m_diagnoses;
    std::unique_ptr<WaitingListService> m_waitingList;
    std::unique_ptr<HospitalService> m_hospitals;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<QuotaService> m_quotas;
    std::unique_ptr<AbroadService> m_abroad;
    std::unique_ptr<BureauService> m_bureau;
    std::unique_ptr<UsageService> m_usage;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_audit;
};
