#pragma once

#include "ExchangeReport.h"
#include "domain/Clock.h"
#include "domain/ExchangeRecords.h"
#include "io/EnrolmentFile.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Offline clinics and the bureau exchange their work (DESIGN.md, issue 12). The bureau enrols each workstation once
// (a code never reused and a secret to sign with); the workstation joins with the file it is given; then each side
// makes packages for the other (ExchangeExport) and imports the other's (ExchangeImport). A package is one file,
// written to a temporary file, synced and renamed, so a half-written package never exists under its name.
class ExchangeService
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeService)

public:
    ExchangeService(Database& database, const Clock& clock = Clock::system());

    ExchangeIdentity identity() const;

    // Bureau: enrols a workstation, or with again issues the file of an enrolled one anew for its reinstalled
    // computer (a new secret; its codes continue above the highest the bureau has seen from it). Makes this
    // database the bureau on its first enrolment. Throws OperationError(Invalid/Conflict) saying why not.
    EnrolmentFile enroll(const QString& name, const QString& regionCode, bool again = false);
    // The enrolment file, readable by its owner only.
    void writeEnrolment(const EnrolmentFile& file, const QString& path) const;
    // Workstation: joins the bureau the file names. A database joins once.
    ExchangeIdentity join(const QString& path);
    ExchangeIdentity join(const EnrolmentFile& file);
    QList<ExchangePeer> workstations() const;
    void retire(const QString& nameOrCode);

    struct Export
    {
        QString path;
        QString packageUid;
        QString target;
        int changes = 0;
        int standing = 0;
        int conflicts = 0;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
    };
    // Workstation (to empty): its package for the bureau. Bureau: its answer to the named workstation. The file
    // appears at path only when complete.
    Export exportPackage(const QString& path, const QString& to = {});
    // Throws OperationError(Invalid) naming the file and why it was refused; nothing is written then.
    ExchangeReport importPackage(const QString& path);
    ExchangeReport importBytes(const QByteArray& bytes, const QString& fileName);

    // A folder both sides can reach (a shared folder, a synced one): imports every package in it addressed to this
    // database and not yet applied, then leaves this database's own packages in it (a workstation's for the bureau;
    // the bureau's answer to every workstation). Only complete *.jpkg files are picked up.
    struct FolderRound
    {
        QList<ExchangeReport> imported;
        QStringList refused; // file: reason
        QList<Export> exported;
    };
    FolderRound exchangeFolder(const QString& folder);
    // The name a package for target gets in a shared folder.
    static QString packageFileName(const ExchangeIdentity& from, int targetCode);

    QList<ExchangeConflict> conflicts(bool openOnly = true) const;
    void resolveConflict(qint64 id, const QString& resolution);
    QList<ParkedChange> parked() const;

    // What the window shows.
    struct PendingReferral
    {
        QString code;
        QString patient;
        QDateTime registeredAt;
        bool neverSent = false; // false: sent, but the bureau has not acknowledged it yet
        bool quotaAwaiting = false;
    };
    // Workstation: its referrals the bureau has not acknowledged receiving.
    QList<PendingReferral> referralsNotAtBureau() const;
    struct Status
    {
        ExchangeIdentity identity;
        QDateTime lastIn;
        QDateTime lastOut;
        int waitingChanges = 0; // workstation: own changes not yet acknowledged by the bureau
        int openConflicts = 0;
        int parked = 0;
    };
    Status status() const;
    struct WorkstationStatus
    {
        ExchangePeer peer;
        int waitingForIt = 0; // bureau: records changed since its last acknowledged answer
        int openConflicts = 0;
        int parked = 0;
    };
    QList<WorkstationStatus> workstationStatus() const;
    // Workstation: where a referral stands in the bureau's waiting list, as of the bureau's last answer.
    std::optional<ReferralStanding> standing(const QString& referralUid) const;

private:
    // Each public write runs through Retry::transient (PostgreSQL's deadlocks and serialization failures).
    EnrolmentFile enrollOnce(const QString& name, const QString& regionCode, bool again);
    ExchangeIdentity joinOnce(const EnrolmentFile& file);
    void retireOnce(const QString& nameOrCode);
    Export exportPackageOnce(const QString& path, const QString& to);
    void resolveConflictOnce(qint64 id, const QString& resolution);

    Database& m_database;
    const Clock& m_clock;
};
