#pragma once

#include "ExchangeReport.h"
#include "domain/Clock.h"
#include "io/ExchangePackage.h"
#include "store/Database.h"

#include <QCoreApplication>

// Applies an exchange package. Before anything is written the package is checked whole: its SHA-256, that it is
// for this database (this bureau, this workstation), that it comes from a workstation this bureau enrolled (or
// from this workstation's bureau), and its signature with that workstation's secret. Then every change is applied
// in one transaction together with the record of what was applied, so a second import of the same package, an
// older one, or packages out of order change nothing more and say so.
//
// At the bureau a change from a workstation is decided by row versions, never by clocks: fields the bureau has
// not changed since the version the workstation's change is based on take the workstation's value; a field both
// changed keeps the bureau's value and both go to the conflict list; a referral the bureau closed (cancelled,
// refused, transferred) or a record it deleted is not brought back — the change is kept for review. Patients are
// matched by IIN. A change whose parent has not arrived is parked and applied when the parent comes; one bad record
// is parked with its reason and does not block the rest. A referral arriving from a workstation joins the queue by
// its registration time but never ahead of referrals whose dates are confirmed, and an HTMC referral takes its
// quota here or is refused with the reason.
//
// At a workstation the bureau's answer is the bureau's word: its values replace the workstation's, except fields
// the workstation changed since its last acknowledged package, which stay until its change reaches the bureau.
class ExchangeImport
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImport)

public:
    ExchangeImport(Database& database, const Clock& clock);

    // Throws OperationError(Invalid) naming the file and the reason when the package is refused; nothing is
    // written then.
    ExchangeReport run(const QByteArray& bytes, const QString& fileName);

    // The marker change entries carry when a package from this workstation code was applied.
    static QString appliedMarker(int workstationCode);

private:
    Database& m_database;
    const Clock& m_clock;
};
