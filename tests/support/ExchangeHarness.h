#pragma once

#include "domain/Clock.h"
#include "domain/Patient.h"
#include "domain/Referral.h"
#include "services/ExchangeReport.h"
#include "services/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A bureau and its enrolled workstations on real database files, exchanging real package files, for the
// exchange tests (services, randomized, codes, command line).
namespace ExchangeHarness {

// The n-th valid IIN of a deterministic sequence (n ≥ 0).
QString iin(int n);

struct Node
{
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Workspace> workspace;
    DatabaseLocation location;
    QString path; // the file, for a node on a file
    QString name;
    Database& db() { return workspace->database(); }
};

// A database file in dir: a workstation (joins a bureau), or a bureau that always works on a file.
Node openNode(const QTemporaryDir& dir, const QString& fileName, const QDateTime& now);
// A bureau's database (enrols on first use): a file in dir, or on PostgreSQL runs (TestSupport::onPostgres()) a
// database of its own on the test server — the bureau's side may be either; its workstations are always files.
Node openBureau(const QTemporaryDir& dir, const QString& fileName, const QDateTime& now);
// Closes and opens the node's database again (what a restart does).
void reopen(Node& node);
// Enrols name at the bureau and joins a fresh workstation database to it. Returns the enrolment file's path.
Node enrolAndJoin(Node& bureau, const QTemporaryDir& dir, const QString& name, const QString& region = {});

Patient registerPatient(Workspace& workspace, const QString& iin, const QString& lastName = QStringLiteral("Сейтқали"),
                        const QString& region = QStringLiteral("71"));
Referral registerReferral(Workspace& workspace, const QString& iin, const QString& hospital = QStringLiteral("7101"),
                          const QString& profile = QStringLiteral("CAR"));

// The package a node makes for its peer (to: the workstation's name at the bureau), written to dir.
QString exportPackage(Node& from, const QTemporaryDir& dir, const QString& to = {});
ExchangeReport importPackage(Node& into, const QString& path);
// A workstation's package to the bureau, and the bureau's answer back, both imported.
void roundTrip(Node& bureau, Node& workstation, const QTemporaryDir& dir);

// What a database holds, independent of local ids, row versions, planner output and exchange bookkeeping: every
// travelling record with its travelling columns, references by global key, in a fixed order.
QByteArray canonicalDump(Database& database, const QStringList& tables = {});
// Every row of every table, as it is: two identical databases give the same bytes.
QByteArray fullDump(Database& database);
// The records a workstation holds, as the bureau has them: for convergence checks.
QByteArray scopedDump(Database& database, const QStringList& referralUids, const QStringList& patientUids);

} // namespace ExchangeHarness
