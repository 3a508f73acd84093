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

#include <functional>

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

    // The bureau's editable lists: the document checklist, refusal reasons and bed profiles. An entry is
    // never deleted, since referrals keep the code they were given; it is retired instead: no longer offered
    // for new records, still shown on the records that have it. Codes never change once given. Every call
    // checks the whole entry first and saves it in one transaction, or throws OperationError naming the field.
    DocumentType addDocumentType(const DocumentType& type);
    DocumentType updateDocumentType(const DocumentType& type);
    DocumentType setDocumentTypeActive(const QString& code, bool active);
    RefusalReason addRefusalReason(const RefusalReason& reason);
    RefusalReason updateRefusalReason(const RefusalReason& reason);
    RefusalReason setRefusalReasonActive(const QString& code, bool active);
    BedProfile addProfile(const BedProfile& profile);
    BedProfile updateProfile(const BedProfile& profile);
    BedProfile setProfileActive(const QString& code, bool active);

    // Called inside the transaction of every change to the document checklist: whose package is complete, and
    // so the waiting lists' flags, depend on it.
    void setChecklistChangedHandler(std::function<void()> handler) { m_checklistChanged = std::move(handler); }

    // The longest validity a document type may have: ten years, longer than any medical paper stays current.
    static constexpr int maxValidityDays = 3650;

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
    void completeCommonDiagnoses();
    void loadCalendar();
    void loadHtmcProfiles();
    void loadAbroadDiseases();
    void loadAbroadCategories();

    Database& m_database;
    const Clock& m_clock;
    std::function<void()> m_checklistChanged;
};
