#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One thing a person may be allowed to do. Services ask for these (Authorization), never for a role, so
// a role can be given or refused an action in one place: AccessPolicy.
enum class Permission {
    ViewPatients,       // patient cards, searches and lists
    EditPatients,       // register and correct patients
    ViewReferrals,      // referral cards, their history and lists
    RegisterReferrals,  // register referrals and move them through their usual course, record documents
    CancelReferrals,    // cancel a referral
    OverrideDocuments,  // admit a patient whose documents are missing or expired
    LookUp,             // where a referral stands, by its code
    ViewQueues,         // waiting lists with the patients' names
    ViewLists,          // lists without personal data: contacts, beds, hospitals, quotas, reference lists
    PrintTickets,       // referral tickets
    PrintPublicLists,   // lists for the notice board (codes and dates only)
    PrintInternalLists, // lists with names and IINs (internal waiting lists, refusal journal, patient lists)
    ExportRecords,      // every patient or referral into a file
    ImportRecords,      // patients, hospitals, beds, ICD-10 and the open data from files
    ManageQuotas,
    ManageReferenceLists, // hospitals, profiles, documents, refusal reasons, calendar, capacity, eligible lists
    ManageBeds,
    ManageContacts,
    EditAbroad,   // applications for treatment abroad
    DecideAbroad, // the commission's decision
    ReadAudit,    // the audit log
    VerifyAudit,  // check the audit chain, write its signed checkpoint
    ManageUsers,
    ManageSettings, // the bureau's details and workstation settings
    Backup,         // backups and restores
    GenerateDemo,
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // A stable name for scripts and the audit log ("referrals.cancel").
    static QString code(Permission permission);
    // What it allows, as the end of "… is not allowed": "cancelling referrals".
    static QString description(Permission permission);
    static QList<Permission> all();
};
