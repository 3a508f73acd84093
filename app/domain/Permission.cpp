#include "Permission.h"

QString Permissions::code(Permission permission)
{
    switch (permission) {
    case Permission::ViewPatients:
        return QStringLiteral("patients.view");
    case Permission::EditPatients:
        return QStringLiteral("patients.edit");
    case Permission::ViewReferrals:
        return QStringLiteral("referrals.view");
    case Permission::RegisterReferrals:
        return QStringLiteral("referrals.register");
    case Permission::CancelReferrals:
        return QStringLiteral("referrals.cancel");
    case Permission::OverrideDocuments:
        return QStringLiteral("referrals.override");
    case Permission::LookUp:
        return QStringLiteral("lookup");
    case Permission::ViewQueues:
        return QStringLiteral("queues.view");
    case Permission::ViewLists:
        return QStringLiteral("lists.view");
    case Permission::PrintTickets:
        return QStringLiteral("print.tickets");
    case Permission::PrintPublicLists:
        return QStringLiteral("print.public");
    case Permission::PrintInternalLists:
        return QStringLiteral("print.internal");
    case Permission::ExportRecords:
        return QStringLiteral("records.export");
    case Permission::ImportRecords:
        return QStringLiteral("records.import");
    case Permission::ManageQuotas:
        return QStringLiteral("quotas.manage");
    case Permission::ManageReferenceLists:
        return QStringLiteral("reflists.manage");
    case Permission::ManageBeds:
        return QStringLiteral("beds.manage");
    case Permission::ManageContacts:
        return QStringLiteral("contacts.manage");
    case Permission::EditAbroad:
        return QStringLiteral("abroad.edit");
    case Permission::DecideAbroad:
        return QStringLiteral("abroad.decide");
    case Permission::ReadAudit:
        return QStringLiteral("audit.read");
    case Permission::VerifyAudit:
        return QStringLiteral("audit.verify");
    case Permission::ManageUsers:
        return QStringLiteral("users.manage");
    case Permission::ManageSettings:
        return QStringLiteral("settings.manage");
    case Permission::Backup:
        return QStringLiteral("backup");
    case Permission::GenerateDemo:
        return QStringLiteral("demo");
    }
    return {};
}

QString Permissions::description(Permission permission)
{
    switch (permission) {
    case Permission::ViewPatients:
        return tr("seeing patients' records");
    case Permission::EditPatients:
        return tr("registering and correcting patients");
    case Permission::ViewReferrals:
        return tr("seeing referrals");
    case Permission::RegisterReferrals:
        return tr("registering referrals and recording their course");
    case Permission::CancelReferrals:
        return tr("cancelling referrals");
    case Permission::OverrideDocuments:
        return tr("admitting a patient without valid documents");
    case Permission::LookUp:
        return tr("looking up a referral by its code");
    case Permission::ViewQueues:
        return tr("seeing waiting lists with patients' names");
    case Permission::ViewLists:
        return tr("seeing the bureau's lists");
    case Permission::PrintTickets:
        return tr("printing referral tickets");
    case Permission::PrintPublicLists:
        return tr("printing public lists");
    case Permission::PrintInternalLists:
        return tr("printing lists with patients' names");
    case Permission::ExportRecords:
        return tr("exporting patients and referrals");
    case Permission::ImportRecords:
        return tr("importing files");
    case Permission::ManageQuotas:
        return tr("changing quotas");
    case Permission::ManageReferenceLists:
        return tr("changing reference lists");
    case Permission::ManageBeds:
        return tr("recording hospital beds");
    case Permission::ManageContacts:
        return tr("changing the regional bureaus' contacts");
    case Permission::EditAbroad:
        return tr("recording applications for treatment abroad");
    case Permission::DecideAbroad:
        return tr("recording the commission's decisions");
    case Permission::ReadAudit:
        return tr("reading the audit log");
    case Permission::VerifyAudit:
        return tr("checking the audit log");
    case Permission::ManageUsers:
        return tr("managing user accounts");
    case Permission::ManageSettings:
        return tr("changing the bureau's settings");
    case Permission::Backup:
        return tr("backing up and restoring the database");
    case Permission::GenerateDemo:
        return tr("filling the database with demo data");
    }
    return {};
}

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (int p = int(Permission::ViewPatients); p <= int(Permission::GenerateDemo); ++p)
        list << Permission(p);
    return list;
}
