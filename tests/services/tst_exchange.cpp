#include "ExchangeHarness.h"
#include "TestSupport.h"
#include "domain/ReferralCode.h"
#include "domain/ReferralNumbers.h"
#include "io/EnrolmentFile.h"
#include "io/ExchangePackage.h"
#include "services/AccountService.h"
#include "services/CalendarService.h"
#include "services/ExchangeService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/ProblemReportService.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/RegionalContactService.h"
#include "services/WaitingListService.h"
#include "store/ExchangeStore.h"
#include "store/Query.h"
#include "store/TallyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ExchangeHarness;

// The exchange between a bureau and its offline workstations, on real database and package files: enrolment,
// codes unique while apart, packages that never lose and never double, conflicts kept, the bureau's decisions and
// its answer.
class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void enrolmentGivesCodesNeverReusedAndADatabaseJoinsOnce();
    void workstationNumbersFromItsOwnPart();
    void workstationWorkReachesTheBureauAndCodesKeepWorking();
    void patientsAreMatchedByIin();
    void importingTheSamePackageAgainChangesNothing();
    void packagesShuffledDuplicatedAndLostGiveTheSameResult();
    void aPackageAfterAGapWaitsForTheEarlierOne();
    void refusedPackagesWriteNothing_data();
    void refusedPackagesWriteNothing();
    void differentFieldsMergeAndTheSameFieldIsKeptForReview();
    void clocksSkewedByDaysDecideNothing();
    void aReferralTheBureauCancelledIsNotBroughtBack();
    void aChildWithoutItsParentIsParkedAndAppliedWhenItComes();
    void oneBadRecordDoesNotBlockTheRest();
    void htmcQuotaIsTakenOnlyAtTheBureau();
    void aClinicReferralNeverGoesAheadOfConfirmedDates();
    void theAnswerBringsStandingStatusAndReferenceLists();
    void aReinstalledWorkstationContinuesAboveItsNumbers();
    void onlyTheRolesAllowedExchangeAndAnExportIsAudited();
    void aClinicsProblemReportTravelsWithItsNextPackage();
    void theBureausCapacityAndDaysOffPlanTheClinicsQueues();

private:
    Node& bureau() { return *m_bureau; }
    void verifyTallies(Database& database);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_bureau;
};

void TestExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_bureau = std::make_unique<Node>(openBureau(*m_dir, QStringLiteral("bureau.sqlite"), TestSupport::fixedNow()));
}

void TestExchange::cleanup()
{
    m_bureau.reset();
    for (const char* name : {"bureau.sqlite", "bureau-b.sqlite", "other-bureau.sqlite"})
        TestSupport::dropDatabase(*m_dir, QString::fromLatin1(name));
    m_dir.reset();
}

void TestExchange::verifyTallies(Database& database)
{
    const QHash<QString, qint64> kept = TallyStore(database).statusCounts();
    TallyStore(database).rebuild();
    QCOMPARE(TallyStore(database).statusCounts(), kept);
}

void TestExchange::enrolmentGivesCodesNeverReusedAndADatabaseJoinsOnce()
{
    ExchangeService service(bureau().db(), *bureau().clock);
    const EnrolmentFile first = service.enroll(QStringLiteral("Polyclinic 4"), QStringLiteral("71"));
    const EnrolmentFile second = service.enroll(QStringLiteral("Polyclinic 5"), {});
    QCOMPARE(first.workstationCode, 1);
    QCOMPARE(second.workstationCode, 2);
    QVERIFY(service.identity().isBureau());
    QCOMPARE(first.secret.size(), 64);
    QVERIFY(first.secret != second.secret);
    // A name is enrolled once; its file is issued anew only on purpose (a reinstalled computer).
    try {
        service.enroll(QStringLiteral("Polyclinic 4"), {});
        QFAIL("enrolled twice");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        QVERIFY(e.message().contains(QStringLiteral("--again")));
    }
    // A retired code is never given again.
    service.retire(QStringLiteral("WS-002"));
    QCOMPARE(service.enroll(QStringLiteral("Polyclinic 6"), {}).workstationCode, 3);

    const QString path = m_dir->filePath(QStringLiteral("p4.enrol"));
    service.writeEnrolment(first, path);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    Node clinic = openNode(*m_dir, QStringLiteral("clinic.sqlite"), TestSupport::fixedNow());
    ExchangeService joined(clinic.db(), *clinic.clock);
    const ExchangeIdentity identity = joined.join(path);
    QCOMPARE(identity.workstationCode, 1);
    QCOMPARE(clinic.db().workstation(), QStringLiteral("WS-001"));
    // Once only; and never a second bureau.
    QVERIFY_THROWS_EXCEPTION(OperationError, joined.join(path));
    Node otherBureau = openBureau(*m_dir, QStringLiteral("other-bureau.sqlite"), TestSupport::fixedNow());
    const EnrolmentFile foreign = ExchangeService(otherBureau.db(), *otherBureau.clock).enroll(QStringLiteral("X"), {});
    try {
        joined.join(foreign);
        QFAIL("joined a second bureau");
    } catch (const OperationError& e) {
        QVERIFY(e.message().contains(QStringLiteral("one bureau only")));
    }
    // A workstation enrols nobody, and a bureau joins nobody.
    QVERIFY_THROWS_EXCEPTION(OperationError, joined.enroll(QStringLiteral("Y"), {}));
    QVERIFY_THROWS_EXCEPTION(OperationError, service.join(foreign));
    // The name it is known by survives a restart.
    reopen(clinic);
    QCOMPARE(clinic.db().workstation(), QStringLiteral("WS-001"));
    // A damaged enrolment file is refused with what to do.
    QByteArray bytes = first.toBytes();
    bytes[40] = bytes.at(40) == 'a' ? 'b' : 'a';
    QVERIFY_THROWS_EXCEPTION(OperationError, EnrolmentFile::fromBytes(bytes));
}

void TestExchange::workstationNumbersFromItsOwnPart()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    Node clinic2 = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws2"));
    registerPatient(*bureau().workspace, iin(1));
    registerPatient(*clinic.workspace, iin(2));
    registerPatient(*clinic2.workspace, iin(3));
    const Referral atBureau = registerReferral(*bureau().workspace, iin(1));
    const Referral atClinic = registerReferral(*clinic.workspace, iin(2));
    const Referral atClinic2 = registerReferral(*clinic2.workspace, iin(3));
    // The bureau's numbers stay 1, 2, 3 …; workstation k numbers from k × 36^5 + 1.
    QCOMPARE(atBureau.code, QStringLiteral("71.7101.CAR.1"));
    QCOMPARE(atClinic.code, QStringLiteral("71.7101.CAR.100001"));
    QCOMPARE(atClinic2.code, QStringLiteral("71.7101.CAR.200001"));
    QCOMPARE(ReferralNumbers::ownerOf(ReferralCode::parse(atClinic2.code).sequence()), 2);
    QCOMPARE(registerReferral(*clinic.workspace, iin(2)).code, QStringLiteral("71.7101.CAR.100002"));
    QCOMPARE(registerReferral(*bureau().workspace, iin(1)).code, QStringLiteral("71.7101.CAR.2"));
}

void TestExchange::workstationWorkReachesTheBureauAndCodesKeepWorking()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(10), QStringLiteral("Әлиханова"));
    const Referral r = registerReferral(*clinic.workspace, iin(10));
    clinic.workspace->referrals().recordDocument(
        r.code, DocumentRecord{QStringLiteral("identity"), true, clinic.clock->today(), {}});
    const QString package = exportPackage(clinic, *m_dir);
    const ExchangeReport report = importPackage(bureau(), package);
    QVERIFY(report.written);
    QCOMPARE(report.changes, 4); // patient, referral, its first event, its document
    QCOMPARE(report.applied, 4);
    QCOMPARE(report.accounted(), report.changes);
    // The ticket's code works at the bureau: lookup, history, the same uid.
    const WaitingListService::Lookup lookup = bureau().workspace->waitingList().lookup(r.code);
    QCOMPARE(lookup.referral.uid, r.uid);
    QCOMPARE(lookup.position, 1);
    QVERIFY(lookup.preliminaryDate.isValid());
    QCOMPARE(bureau().workspace->referrals().history(lookup.referral.id).size(), 1);
    QCOMPARE(bureau().workspace->referrals().documents(lookup.referral).first().record.present, true);
    QCOMPARE(bureau().workspace->patients().findByIin(iin(10))->lastName, QStringLiteral("Әлиханова"));
    // Recorded as the workstation's work.
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT workstation FROM change_log WHERE uid = ?"))
                 .bind(r.uid)
                 .scalar()
                 .toString(),
             QStringLiteral("exchange:WS-001"));
    verifyTallies(bureau().db());
    // Nothing more to send until something changes.
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QVERIFY(ExchangeService(clinic.db(), *clinic.clock).referralsNotAtBureau().isEmpty());
    QCOMPARE(ExchangeService(clinic.db(), *clinic.clock).status().waitingChanges, 0);
}

void TestExchange::patientsAreMatchedByIin()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    Patient known = registerPatient(*bureau().workspace, iin(20), QStringLiteral("Иванова"));
    Patient again = registerPatient(*clinic.workspace, iin(20), QStringLiteral("Иванова"));
    again.phone = QStringLiteral("+77011234567"); // the bureau had no phone
    clinic.workspace->patients().update(again);
    const Referral r = registerReferral(*clinic.workspace, iin(20));
    const ExchangeReport report = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(report.parked, 0);
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT count(*) FROM patient WHERE iin = ?"))
                 .bind(iin(20))
                 .scalar()
                 .toInt(),
             1);
    const Patient merged = *bureau().workspace->patients().findByIin(iin(20));
    QCOMPARE(merged.uid, known.uid);
    QCOMPARE(merged.phone, QStringLiteral("+77011234567"));
    QCOMPARE(bureau().workspace->referrals().find(r.code)->patientId, merged.id);
    // The answer gives the workstation's copy the bureau's uid; later changes find it.
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(clinic.workspace->patients().findByIin(iin(20))->uid, known.uid);
    Patient edited = *clinic.workspace->patients().findByIin(iin(20));
    edited.address = QStringLiteral("Астана, Мәңгілік Ел 8");
    clinic.workspace->patients().update(edited);
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(bureau().workspace->patients().findByIin(iin(20))->address, QStringLiteral("Астана, Мәңгілік Ел 8"));
}

void TestExchange::importingTheSamePackageAgainChangesNothing()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    for (int i = 0; i < 5; ++i) {
        registerPatient(*clinic.workspace, iin(30 + i));
        registerReferral(*clinic.workspace, iin(30 + i));
    }
    const QString package = exportPackage(clinic, *m_dir);
    const ExchangeReport once = importPackage(bureau(), package);
    QVERIFY(once.written);
    const QByteArray afterOnce = fullDump(bureau().db());
    for (int i = 2; i <= 10; ++i) {
        const ExchangeReport again = importPackage(bureau(), package);
        QVERIFY(again.repeated);
        QVERIFY(!again.written);
        QCOMPARE(again.alreadyApplied, once.changes);
        QCOMPARE(again.applied + again.merged + again.conflicts + again.parked, 0);
        QVERIFY(again.summary().contains(QStringLiteral("imported before")));
        if (i == 2 || i == 10)
            QCOMPARE(fullDump(bureau().db()), afterOnce);
    }
    // The same at the workstation with the bureau's answer.
    const QString answer = exportPackage(bureau(), *m_dir, QStringLiteral("ws1"));
    QVERIFY(importPackage(clinic, answer).written);
    const QByteArray clinicOnce = fullDump(clinic.db());
    for (int i = 2; i <= 10; ++i)
        QVERIFY(importPackage(clinic, answer).repeated);
    QCOMPARE(fullDump(clinic.db()), clinicOnce);
}

void TestExchange::packagesShuffledDuplicatedAndLostGiveTheSameResult()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    // A second copy of the bureau, taken before any package: one receives the packages in order, the other
    // shuffled, with one duplicated and one lost and made again.
    bureau().workspace.reset();
    TestSupport::copyDatabase(*m_dir, QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-b.sqlite"));
    reopen(bureau());
    Node other = openBureau(*m_dir, QStringLiteral("bureau-b.sqlite"), TestSupport::fixedNow());
    QStringList packages;
    QList<Referral> referrals;
    for (int p = 0; p < 5; ++p) {
        registerPatient(*clinic.workspace, iin(40 + p));
        referrals << registerReferral(*clinic.workspace, iin(40 + p));
        if (p > 0) {
            Patient edited = *clinic.workspace->patients().findByIin(iin(40 + p - 1));
            edited.phone = QStringLiteral("+7701000000%1").arg(p);
            clinic.workspace->patients().update(edited);
            clinic.workspace->referrals().recordDocument(
                referrals.at(p - 1).code, DocumentRecord{QStringLiteral("identity"), true, clinic.clock->today(), {}});
        }
        packages << exportPackage(clinic, *m_dir);
        clinic.clock->advance(3600);
    }
    for (const QString& p : std::as_const(packages))
        importPackage(bureau(), p);
    // P3, P1, P5, P2, P2 again; P4 lost, made again.
    QFile::remove(packages.at(3));
    const QString remade = exportPackage(clinic, *m_dir);
    const ExchangeReport third = importPackage(other, packages.at(2));
    QVERIFY(third.written);
    QVERIFY(!importPackage(other, packages.at(0)).written);
    QVERIFY(importPackage(other, packages.at(4)).written);
    const ExchangeReport second = importPackage(other, packages.at(1));
    QVERIFY(second.repeated);
    QCOMPARE(second.alreadyApplied, second.changes);
    QVERIFY(importPackage(other, packages.at(1)).repeated);
    QVERIFY(importPackage(other, remade).repeated); // everything in it has arrived with P5
    QCOMPARE(canonicalDump(other.db()), canonicalDump(bureau().db()));
    QVERIFY(canonicalDump(other.db()).contains(referrals.last().uid.toUtf8()));
}

void TestExchange::aPackageAfterAGapWaitsForTheEarlierOne()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    bureau().workspace.reset();
    TestSupport::copyDatabase(*m_dir, QStringLiteral("bureau.sqlite"), QStringLiteral("bureau-b.sqlite"));
    reopen(bureau());
    Node other = openBureau(*m_dir, QStringLiteral("bureau-b.sqlite"), TestSupport::fixedNow());
    registerPatient(*clinic.workspace, iin(50));
    registerReferral(*clinic.workspace, iin(50));
    const QString first = exportPackage(clinic, *m_dir);
    importPackage(bureau(), first);
    importPackage(other, first);
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    registerReferral(*clinic.workspace, iin(50));
    const QString second = exportPackage(clinic, *m_dir);
    importPackage(bureau(), second);
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    registerReferral(*clinic.workspace, iin(50));
    const QString third = exportPackage(clinic, *m_dir);
    importPackage(bureau(), third);
    // The other copy never got the second: the third starts after it, so it is refused, and nothing is written,
    // until the second comes.
    const QByteArray before = fullDump(other.db());
    try {
        importPackage(other, third);
        QFAIL("a package after a gap was applied");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("never arrived")), qPrintable(e.message()));
    }
    QCOMPARE(fullDump(other.db()), before);
    QVERIFY(importPackage(other, second).written);
    QVERIFY(importPackage(other, third).written);
    QCOMPARE(canonicalDump(other.db()), canonicalDump(bureau().db()));
}

void TestExchange::refusedPackagesWriteNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << "truncated"
                               << "incomplete or damaged";
    QTest::newRow("flipped byte") << "flipped"
                                  << "incomplete or damaged";
    QTest::newRow("wrong key") << "wrong key"
                               << "signature does not match";
    QTest::newRow("foreign bureau") << "foreign"
                                    << "another bureau";
    QTest::newRow("other workstation's answer") << "other workstation"
                                                << "another workstation";
    QTest::newRow("answer at the bureau") << "answer at bureau"
                                          << "import it at that workstation";
    QTest::newRow("not a package") << "not a package"
                                   << "not a Joldama exchange package";
    QTest::newRow("empty") << "empty"
                           << "empty";
}

void TestExchange::refusedPackagesWriteNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    Node clinic2 = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws2"));
    registerPatient(*clinic.workspace, iin(60));
    registerReferral(*clinic.workspace, iin(60));
    const QString good = exportPackage(clinic, *m_dir);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    Node* target = &bureau();
    if (damage == QLatin1String("truncated")) {
        bytes.truncate(bytes.size() * 2 / 3);
    } else if (damage == QLatin1String("flipped")) {
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    } else if (damage == QLatin1String("wrong key")) {
        ExchangePackage::Reading reading = ExchangePackage::read(bytes);
        QVERIFY(reading.ok());
        bytes = ExchangePackage::write(reading.content, QByteArray(64, 'f'));
    } else if (damage == QLatin1String("foreign")) {
        Node other = openBureau(*m_dir, QStringLiteral("other-bureau.sqlite"), TestSupport::fixedNow());
        Node stranger = enrolAndJoin(other, *m_dir, QStringLiteral("stranger"));
        registerPatient(*stranger.workspace, iin(61));
        QFile f(exportPackage(stranger, *m_dir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    } else if (damage == QLatin1String("other workstation")) {
        QFile f(exportPackage(bureau(), *m_dir, QStringLiteral("ws2")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
        target = &clinic;
    } else if (damage == QLatin1String("answer at bureau")) {
        QFile f(exportPackage(bureau(), *m_dir, QStringLiteral("ws2")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    } else if (damage == QLatin1String("not a package")) {
        bytes = "code,name\n7101,Hospital\n";
    } else {
        bytes.clear();
    }
    Q_UNUSED(clinic2);
    const QString bad = m_dir->filePath(
        QStringLiteral("bad-%1.jpkg").arg(damage.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QByteArray before = fullDump(target->db());
    try {
        importPackage(*target, bad);
        QFAIL("a damaged package was imported");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QFileInfo(bad).fileName()), qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
    QCOMPARE(fullDump(target->db()), before);
}

void TestExchange::differentFieldsMergeAndTheSameFieldIsKeptForReview()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(70), QStringLiteral("Нұрланова"));
    roundTrip(bureau(), clinic, *m_dir);
    // Both edit the patient while apart: the clinic the phone and the address, the bureau the address and the
    // clinic's name.
    Patient atClinic = *clinic.workspace->patients().findByIin(iin(70));
    atClinic.phone = QStringLiteral("+77019998877");
    atClinic.address = QStringLiteral("Көкшетау, Абай 1");
    clinic.workspace->patients().update(atClinic);
    Patient atBureau = *bureau().workspace->patients().findByIin(iin(70));
    atBureau.address = QStringLiteral("Астана, Сарыарқа 5");
    atBureau.clinic = QStringLiteral("ГП №4");
    bureau().workspace->patients().update(atBureau);
    const ExchangeReport report = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(report.conflicts, 1);
    const Patient merged = *bureau().workspace->patients().findByIin(iin(70));
    QCOMPARE(merged.phone, QStringLiteral("+77019998877"));         // only the clinic changed it
    QCOMPARE(merged.clinic, QStringLiteral("ГП №4"));               // only the bureau changed it
    QCOMPARE(merged.address, QStringLiteral("Астана, Сарыарқа 5")); // both: the bureau's stays
    const QList<ExchangeConflict> conflicts = ExchangeService(bureau().db(), *bureau().clock).conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("address"));
    QCOMPARE(conflicts.first().kind, QStringLiteral("same_field"));
    QCOMPARE(conflicts.first().label, iin(70));
    QCOMPARE(conflicts.first().keptValue, QStringLiteral("\"Астана, Сарыарқа 5\""));
    QCOMPARE(conflicts.first().otherValue, QStringLiteral("\"Көкшетау, Абай 1\""));
    // The answer brings the bureau's value, and the conflict, to the clinic: both sides agree again.
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(clinic.workspace->patients().findByIin(iin(70))->address, QStringLiteral("Астана, Сарыарқа 5"));
    QCOMPARE(ExchangeService(clinic.db(), *clinic.clock).conflicts().size(), 1);
    // Reviewed at the bureau: the next answer says so.
    ExchangeService(bureau().db(), *bureau().clock).resolveConflict(conflicts.first().id, QStringLiteral("phoned"));
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QVERIFY(ExchangeService(clinic.db(), *clinic.clock).conflicts(true).isEmpty());
    QCOMPARE(ExchangeService(clinic.db(), *clinic.clock).conflicts(false).size(), 1);
}

void TestExchange::clocksSkewedByDaysDecideNothing()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(80));
    roundTrip(bureau(), clinic, *m_dir);
    // The clinic's clock runs ten days ahead and it edits last; the bureau's three days behind. The later clock
    // does not win: the same field stays the bureau's and goes to review.
    clinic.clock->advance(10 * 86400);
    bureau().clock->advance(-3 * 86400);
    Patient atBureau = *bureau().workspace->patients().findByIin(iin(80));
    atBureau.phone = QStringLiteral("+77010000001");
    bureau().workspace->patients().update(atBureau);
    Patient atClinic = *clinic.workspace->patients().findByIin(iin(80));
    atClinic.phone = QStringLiteral("+77010000002");
    clinic.workspace->patients().update(atClinic);
    const ExchangeReport report = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(bureau().workspace->patients().findByIin(iin(80))->phone, QStringLiteral("+77010000001"));
    QVERIFY(report.clockSkewSecs < -86400 * 12);
    QVERIFY(!report.notes.isEmpty()); // the skew is shown
    // And the other way round: the clinic's clock behind, editing a field the bureau did not touch: applied.
    clinic.clock->advance(-20 * 86400);
    atClinic = *clinic.workspace->patients().findByIin(iin(80));
    atClinic.benefit = QStringLiteral("pensioner");
    clinic.workspace->patients().update(atClinic);
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(bureau().workspace->patients().findByIin(iin(80))->benefit, QStringLiteral("pensioner"));
}

void TestExchange::aReferralTheBureauCancelledIsNotBroughtBack()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(90));
    const Referral r = registerReferral(*clinic.workspace, iin(90));
    roundTrip(bureau(), clinic, *m_dir);
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("The patient asked by phone");
    bureau().workspace->referrals().transition(r.code, ReferralStatus::Cancelled, cancel);
    // Meanwhile the clinic confirms a date and records a document.
    ReferralService::Transition schedule;
    schedule.date = clinic.clock->today().addDays(10);
    clinic.workspace->referrals().transition(r.code, ReferralStatus::Scheduled, schedule);
    clinic.workspace->referrals().recordDocument(
        r.code, DocumentRecord{QStringLiteral("blood_count"), true, clinic.clock->today(), {}});
    const ExchangeReport report = importPackage(bureau(), exportPackage(clinic, *m_dir));
    const Referral atBureau = *bureau().workspace->referrals().find(r.code);
    QCOMPARE(atBureau.status, ReferralStatus::Cancelled);
    QVERIFY(!atBureau.scheduledDate.isValid());
    // History is never rewritten: the clinic's step is recorded, marked as not taken.
    const QList<ReferralEvent> history = bureau().workspace->referrals().history(atBureau.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().toStatus, QStringLiteral("scheduled"));
    QVERIFY(history.last().detail.contains(QStringLiteral("held_back")));
    QCOMPARE(report.conflicts, 2); // the referral's edit and its event, kept for review; the document applies
    QCOMPARE(report.accounted(), report.changes);
    QStringList kept;
    for (const ExchangeConflict& c : ExchangeService(bureau().db(), *bureau().clock).conflicts()) {
        QCOMPARE(c.label, r.code);
        kept << c.kind + QLatin1Char(':') + c.field + QLatin1Char('=') + c.otherValue;
    }
    kept.sort();
    QCOMPARE(kept, (QStringList{QStringLiteral("closed:scheduled_date=\"%1\"").arg(Clock::dateText(schedule.date)),
                                QStringLiteral("closed:status=\"scheduled\""),
                                QStringLiteral("event:status=\"scheduled\"")}));
    // The clinic learns it: the referral is cancelled there too.
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(clinic.workspace->referrals().find(r.code)->status, ReferralStatus::Cancelled);
    verifyTallies(bureau().db());
    verifyTallies(clinic.db());
}

void TestExchange::aChildWithoutItsParentIsParkedAndAppliedWhenItComes()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    // The clinic registers a referral to a hospital the bureau's registry does not have yet.
    Hospital h;
    h.code = QStringLiteral("7199");
    h.name = QStringLiteral("Новая больница");
    h.regionCode = QStringLiteral("71");
    clinic.workspace->hospitals().save(h, {QStringLiteral("CAR")});
    registerPatient(*clinic.workspace, iin(100));
    const Referral r = registerReferral(*clinic.workspace, iin(100), QStringLiteral("7199"));
    clinic.workspace->referrals().recordDocument(
        r.code, DocumentRecord{QStringLiteral("identity"), true, clinic.clock->today(), {}});
    const ExchangeReport first = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(first.applied, 1); // the patient
    QCOMPARE(first.parked, 3);  // the referral (no hospital 7199), its event and its document
    QCOMPARE(first.accounted(), first.changes);
    QVERIFY(!bureau().workspace->referrals().find(r.code));
    const QList<ParkedChange> parked = ExchangeService(bureau().db(), *bureau().clock).parked();
    QCOMPARE(parked.size(), 3);
    QVERIFY(parked.first().reason.contains(QStringLiteral("7199")));
    // The bureau adds the hospital; the next package from anyone applies what waited for it.
    bureau().workspace->hospitals().save(h, {QStringLiteral("CAR")});
    registerPatient(*clinic.workspace, iin(101));
    const ExchangeReport second = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(second.parkedApplied, 3);
    const std::optional<Referral> arrived = bureau().workspace->referrals().find(r.code);
    QVERIFY(arrived);
    QCOMPARE(bureau().workspace->referrals().history(arrived->id).size(), 1);
    QVERIFY(ExchangeService(bureau().db(), *bureau().clock).parked().isEmpty());
    verifyTallies(bureau().db());
}

void TestExchange::oneBadRecordDoesNotBlockTheRest()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    for (int i = 0; i < 3; ++i) {
        registerPatient(*clinic.workspace, iin(110 + i));
        registerReferral(*clinic.workspace, iin(110 + i));
    }
    QFile file(exportPackage(clinic, *m_dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ExchangePackage::Reading reading = ExchangePackage::read(file.readAll());
    QVERIFY(reading.ok());
    // One referral carries a status no database accepts (a package from a broken program, say), signed properly.
    int spoiled = 0;
    for (QJsonObject& change : reading.content.changes) {
        if (change.value(QStringLiteral("entity")).toString() == QLatin1String("referral") && spoiled++ == 1) {
            QJsonObject row = change.value(QStringLiteral("row")).toObject();
            row.insert(QStringLiteral("status"), QStringLiteral("lost_in_space"));
            change.insert(QStringLiteral("row"), row);
        }
    }
    const QByteArray secret = ExchangeStore(clinic.db()).peer(0)->secret;
    const QString path = m_dir->filePath(QStringLiteral("spoiled.jpkg"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ExchangePackage::write(reading.content, secret));
    out.close();
    const ExchangeReport report = importPackage(bureau(), path);
    QCOMPARE(report.parked, 2); // the bad referral and its event, kept with the reason
    QCOMPARE(report.applied, report.changes - 2);
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 2);
    QVERIFY(ExchangeService(bureau().db(), *bureau().clock).parked().first().reason.contains(QStringLiteral("rule")));
}

void TestExchange::htmcQuotaIsTakenOnlyAtTheBureau()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    bureau().workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 1);
    for (int i = 0; i < 2; ++i) {
        registerPatient(*clinic.workspace, iin(120 + i));
        ReferralService::Registration in;
        in.iin = iin(120 + i);
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        in.funding = QStringLiteral("htmc");
        in.quotaProfile = QStringLiteral("CSU");
        const Referral r = clinic.workspace->referrals().registerReferral(in);
        QCOMPARE(r.quotaYear, 0); // awaiting the bureau's confirmation
    }
    const QList<ExchangeService::PendingReferral> awaiting =
        ExchangeService(clinic.db(), *clinic.clock).referralsNotAtBureau();
    QCOMPARE(awaiting.size(), 2);
    QVERIFY(awaiting.first().quotaAwaiting);
    const ExchangeReport report = importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(report.accounted(), report.changes);
    const QList<Referral> held = {*bureau().workspace->referrals().find(QStringLiteral("71.7101.CAR.100001")),
                                  *bureau().workspace->referrals().find(QStringLiteral("71.7101.CAR.100002"))};
    QCOMPARE(held.at(0).quotaYear, 2026);
    QCOMPARE(held.at(0).status, ReferralStatus::Registered);
    QCOMPARE(held.at(1).status, ReferralStatus::Refused);
    QCOMPARE(held.at(1).quotaYear, 0);
    const QList<ReferralEvent> history = bureau().workspace->referrals().history(held.at(1).id);
    QCOMPARE(history.last().toStatus, QStringLiteral("refused"));
    QVERIFY(history.last().reason.contains(QStringLiteral("quota")));
    // Back at the clinic: one confirmed, one refused with the reason.
    importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(clinic.workspace->referrals().find(held.at(0).code)->quotaYear, 2026);
    const Referral refused = *clinic.workspace->referrals().find(held.at(1).code);
    QCOMPARE(refused.status, ReferralStatus::Refused);
    QVERIFY(clinic.workspace->referrals().history(refused.id).last().reason.contains(QStringLiteral("quota")));
    verifyTallies(bureau().db());
    verifyTallies(clinic.db());
}

void TestExchange::aClinicReferralNeverGoesAheadOfConfirmedDates()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    // The clinic registers first, offline.
    registerPatient(*clinic.workspace, iin(130));
    const Referral early = registerReferral(*clinic.workspace, iin(130));
    // Hours later the bureau registers three, and confirms the date of the second.
    bureau().clock->advance(3 * 3600);
    QList<Referral> atBureau;
    for (int i = 0; i < 3; ++i) {
        registerPatient(*bureau().workspace, iin(131 + i));
        atBureau << registerReferral(*bureau().workspace, iin(131 + i));
        bureau().clock->advance(600);
    }
    ReferralService::Transition schedule;
    schedule.date = bureau().clock->today().addDays(5);
    bureau().workspace->referrals().transition(atBureau.at(1).code, ReferralStatus::Scheduled, schedule);
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    // By registration time it would stand first; it stands after the confirmed one and before the unconfirmed
    // third, and keeps its own registration time.
    WaitingListService& waiting = bureau().workspace->waitingList();
    const Referral arrived = *bureau().workspace->referrals().find(early.code);
    QCOMPARE(arrived.registeredAt, early.registeredAt);
    QCOMPARE(waiting.position(*bureau().workspace->referrals().find(atBureau.at(1).code)), 2);
    QCOMPARE(waiting.position(arrived), 3);
    QCOMPARE(waiting.position(*bureau().workspace->referrals().find(atBureau.at(2).code)), 4);
    QCOMPARE(waiting.position(*bureau().workspace->referrals().find(atBureau.at(0).code)), 1);
}

void TestExchange::theAnswerBringsStandingStatusAndReferenceLists()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(140));
    const Referral r = registerReferral(*clinic.workspace, iin(140));
    registerPatient(*bureau().workspace, iin(141));
    registerReferral(*bureau().workspace, iin(141)); // ahead in the queue
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    ReferralService::Transition schedule;
    schedule.date = bureau().clock->today().addDays(7);
    bureau().workspace->referrals().transition(r.code, ReferralStatus::Scheduled, schedule);
    // The bureau's reference lists change: a hospital, its profiles, a checklist document, a holiday, a contact.
    Hospital h;
    h.code = QStringLiteral("7188");
    h.name = QStringLiteral("Городская больница №8");
    h.regionCode = QStringLiteral("71");
    bureau().workspace->hospitals().save(h, {QStringLiteral("CAR"), QStringLiteral("NEU")});
    DocumentType ecg;
    ecg.code = QStringLiteral("spirometry");
    ecg.nameKk = QStringLiteral("Спирометрия");
    ecg.nameRu = QStringLiteral("Спирометрия");
    ecg.nameEn = QStringLiteral("Spirometry");
    ecg.validityDays = 14;
    bureau().workspace->referenceData().addDocumentType(ecg);
    bureau().workspace->calendar().setDayOff(QDate(2026, 12, 31), QStringLiteral("Жаңа жыл"),
                                             QStringLiteral("Новый год"), QStringLiteral("New Year"));
    RegionalContact contact = *bureau().workspace->contacts().forRegion(QStringLiteral("71"));
    contact.phone = QStringLiteral("557700");
    bureau().workspace->contacts().update(contact);

    const ExchangeReport report = importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(report.parked, 0);
    const Referral atClinic = *clinic.workspace->referrals().find(r.code);
    QCOMPARE(atClinic.status, ReferralStatus::Scheduled);
    QCOMPARE(atClinic.scheduledDate, schedule.date);
    const std::optional<ReferralStanding> standing = ExchangeService(clinic.db(), *clinic.clock).standing(r.uid);
    QVERIFY(standing);
    QCOMPARE(standing->position, 2);
    QCOMPARE(standing->queueLength, 2);
    QCOMPARE(standing->scheduledDate, schedule.date);
    QVERIFY(clinic.workspace->hospitals().find(QStringLiteral("7188")));
    QCOMPARE(
        clinic.workspace->hospitals().profiles(clinic.workspace->hospitals().find(QStringLiteral("7188"))->id).size(),
        2);
    bool hasEcg = false;
    for (const DocumentType& t : clinic.workspace->referenceData().documentTypes())
        hasEcg = hasEcg || t.code == QLatin1String("spirometry");
    QVERIFY(hasEcg);
    QCOMPARE(Query(clinic.db(), QStringLiteral("SELECT kind FROM calendar_day WHERE day = '2026-12-31'"))
                 .scalar()
                 .toString(),
             QStringLiteral("day_off"));
    const QList<RegionalContact> contacts = clinic.workspace->contacts().contacts();
    int astana = 0;
    for (const RegionalContact& c : contacts) {
        if (c.regionCode == QLatin1String("71")) {
            ++astana;
            QCOMPARE(c.phone, QStringLiteral("557700"));
        }
    }
    QCOMPARE(astana, 1); // the clinic's own shipped copy gave way to the bureau's
    // The two agree on every record the clinic holds.
    QCOMPARE(scopedDump(clinic.db(), {r.uid}, {clinic.workspace->patients().findByIin(iin(140))->uid}),
             scopedDump(bureau().db(), {r.uid}, {bureau().workspace->patients().findByIin(iin(140))->uid}));
    verifyTallies(clinic.db());
}

void TestExchange::aReinstalledWorkstationContinuesAboveItsNumbers()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(150));
    QStringList codes;
    for (int i = 0; i < 3; ++i)
        codes << registerReferral(*clinic.workspace, iin(150)).code;
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    // The clinic's disk dies. The bureau issues its file again; a fresh database joins with it.
    ExchangeService service(bureau().db(), *bureau().clock);
    const EnrolmentFile again = service.enroll(QStringLiteral("ws1"), {}, true);
    QCOMPARE(again.workstationCode, 1);
    QCOMPARE(again.issue, 2);
    QCOMPARE(again.codeFloor, ReferralNumbers::floorOf(1) + ReferralNumbers::blockSize);
    const QString enrolment = m_dir->filePath(QStringLiteral("ws1-again.enrol"));
    service.writeEnrolment(again, enrolment);
    Node reinstalled = openNode(*m_dir, QStringLiteral("ws1-new.sqlite"), TestSupport::fixedNow());
    reinstalled.name = QStringLiteral("ws1");
    ExchangeService(reinstalled.db(), *reinstalled.clock).join(enrolment);
    registerPatient(*reinstalled.workspace, iin(151));
    const Referral next = registerReferral(*reinstalled.workspace, iin(151));
    QCOMPARE(next.code, QStringLiteral("71.7101.CAR.101001")); // the next block: 36^5 + 36^3 + 1
    // The old key no longer signs: a package from the dead disk's copy would be refused.
    QVERIFY_THROWS_EXCEPTION(OperationError, importPackage(bureau(), exportPackage(clinic, *m_dir)));
    // The reinstalled workstation's first exchange brings back what it had sent before.
    roundTrip(bureau(), reinstalled, *m_dir);
    for (const QString& code : std::as_const(codes))
        QVERIFY2(reinstalled.workspace->referrals().find(code), qPrintable(code));
    QVERIFY(bureau().workspace->referrals().find(next.code));
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 4);
}

void TestExchange::onlyTheRolesAllowedExchangeAndAnExportIsAudited()
{
    // Argon2id at its lowest cost; the audit log's key beside the databases.
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir->filePath(QStringLiteral("bureau.key")).toUtf8());
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    registerPatient(*clinic.workspace, iin(160));
    const Referral r = registerReferral(*clinic.workspace, iin(160));
    const QString package = exportPackage(clinic, *m_dir);
    const QString password = QStringLiteral("correct horse battery");
    const QList<std::pair<QString, Role>> accounts{{QStringLiteral("admin"), Role::Admin},
                                                   {QStringLiteral("senior"), Role::Senior},
                                                   {QStringLiteral("clerk"), Role::Clerk},
                                                   {QStringLiteral("auditor"), Role::Auditor}};
    for (const auto& [login, role] : accounts)
        bureau().workspace->accounts().create(login, role, login.toUpper(), password);
    auto as = [&](const QString& login) {
        reopen(bureau());
        bureau().workspace->accounts().signIn(login, password);
        return ExchangeService(bureau().db(), *bureau().clock);
    };
    auto refused = [&](const std::function<void()>& action) {
        try {
            action();
        } catch (const OperationError& e) {
            return e.kind() == OperationError::Kind::Forbidden;
        }
        return false;
    };
    const QString answer = m_dir->filePath(QStringLiteral("answer.jpkg"));
    // Enrolment is the administrator's; the packages, which carry patients, are the senior clerk's: never the
    // administrator's (refused patient data), the clerk's or the auditor's.
    for (const QString& login : {QStringLiteral("clerk"), QStringLiteral("auditor"), QStringLiteral("admin")}) {
        ExchangeService service = as(login);
        QVERIFY2(refused([&] { service.importPackage(package); }), qPrintable(login));
        QVERIFY2(refused([&] { service.exportPackage(answer, QStringLiteral("ws1")); }), qPrintable(login));
        QVERIFY2(refused([&] { service.exchangeFolder(m_dir->path()); }), qPrintable(login));
        QVERIFY(!QFile::exists(answer));
    }
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 0);
    for (const QString& login : {QStringLiteral("clerk"), QStringLiteral("auditor"), QStringLiteral("senior")}) {
        ExchangeService service = as(login);
        QVERIFY2(refused([&] { service.enroll(QStringLiteral("ws2"), {}); }), qPrintable(login));
        QVERIFY2(refused([&] { service.retire(QStringLiteral("ws1")); }), qPrintable(login));
    }
    QCOMPARE(as(QStringLiteral("admin")).enroll(QStringLiteral("ws2"), {}).workstationCode, 2);
    ExchangeService senior = as(QStringLiteral("senior"));
    const ExchangeReport imported = senior.importPackage(package);
    QVERIFY(imported.written);
    QCOMPARE(imported.applied, imported.changes); // the patient, the referral, its first event
    QVERIFY(bureau().workspace->referrals().find(r.code));
    const ExchangeService::Export made = senior.exportPackage(answer, QStringLiteral("ws1"));
    // The export is in the audit log: who, which file, for whom.
    {
        Query audit(bureau().db(),
                    QStringLiteral("SELECT login, object_type, details FROM audit_log WHERE action = ? AND "
                                   "object_id = ?"));
        audit.bind(QStringLiteral("export")).bind(answer).exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.text(0), QStringLiteral("senior"));
        QCOMPARE(audit.text(1), QStringLiteral("exchange_package"));
        const QJsonObject details = QJsonDocument::fromJson(audit.text(2).toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("to")).toString(), made.target);
        QCOMPARE(details.value(QStringLiteral("package")).toString(), made.packageUid);
    }
    // A workstation joins by its administrator too.
    const EnrolmentFile file = as(QStringLiteral("admin")).enroll(QStringLiteral("ws3"), {});
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir->filePath(QStringLiteral("ws3.key")).toUtf8());
    Node third = openNode(*m_dir, QStringLiteral("ws3.sqlite"), TestSupport::fixedNow());
    third.workspace->accounts().create(QStringLiteral("admin"), Role::Admin, QStringLiteral("A"), password);
    third.workspace->accounts().create(QStringLiteral("senior"), Role::Senior, QStringLiteral("S"), password);
    reopen(third);
    third.workspace->accounts().signIn(QStringLiteral("senior"), password);
    QVERIFY(refused([&] { ExchangeService(third.db(), *third.clock).join(file); }));
    reopen(third);
    third.workspace->accounts().signIn(QStringLiteral("admin"), password);
    QCOMPARE(ExchangeService(third.db(), *third.clock).join(file).workstationCode, 3);
    qunsetenv("JOLDAMA_AUDIT_KEY_FILE");
}

void TestExchange::aClinicsProblemReportTravelsWithItsNextPackage()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    const QString words = QStringLiteral("Талон не печатается: принтер молчит, а очередь показывает номер.");
    const ProblemReportService::Outcome sent = ProblemReportService(clinic.db(), *clinic.clock).submit(words);
    QVERIFY2(sent.stored, qPrintable(sent.error));
    QCOMPARE(sent.answer, ProblemReportService::accepted());
    QVERIFY(ProblemReportService(bureau().db(), *bureau().clock).list().isEmpty());

    // The clinic works offline: the report waits in its database and reaches the bureau with the next package.
    const QString package = exportPackage(clinic, *m_dir);
    importPackage(bureau(), package);
    const auto reportsFor = [&](Node& node) {
        QList<ProblemReportStore::Report> found;
        for (const auto& report : ProblemReportService(node.db(), *node.clock).list(100, true)) {
            if (report.uid == sent.uid)
                found << report;
        }
        return found;
    };
    const QList<ProblemReportStore::Report> atBureau = reportsFor(bureau());
    QCOMPARE(atBureau.size(), 1);
    const ProblemReportStore::Report atClinic = reportsFor(clinic).value(0);
    QCOMPARE(atBureau.first().description, words);
    QCOMPARE(atBureau.first().workstation, atClinic.workstation);
    QCOMPARE(atBureau.first().appVersion, atClinic.appVersion);
    QCOMPARE(atBureau.first().databaseKind, QStringLiteral("sqlite"));
    QCOMPARE(atBureau.first().applicationLog, atClinic.applicationLog);
    QCOMPARE(atBureau.first().createdAt, atClinic.createdAt);

    // The same package again, or the next one, brings no second copy.
    importPackage(bureau(), package);
    importPackage(bureau(), exportPackage(clinic, *m_dir));
    QCOMPARE(reportsFor(bureau()).size(), 1);
    QCOMPARE(Query(bureau().db(), QStringLiteral("SELECT count(*) FROM problem_report")).scalar().toInt(), 1);
}

void TestExchange::theBureausCapacityAndDaysOffPlanTheClinicsQueues()
{
    Node clinic = enrolAndJoin(bureau(), *m_dir, QStringLiteral("ws1"));
    for (int i = 0; i < 6; ++i) {
        registerPatient(*clinic.workspace, iin(150 + i));
        registerReferral(*clinic.workspace, iin(150 + i));
    }
    const qint64 atClinic = clinic.workspace->hospitals().find(QStringLiteral("7101"))->id;
    const auto dates = [&] {
        QHash<QString, std::pair<QDate, bool>> d;
        for (const auto& e : clinic.workspace->waitingList().queue(atClinic, QStringLiteral("CAR")))
            d.insert(e.code, {e.preliminaryDate, e.documentsOk});
        return d;
    };
    const auto before = dates();
    QDate first;
    for (const auto& [date, documentsOk] : before)
        first = first.isValid() ? std::min(first, date) : date;
    // The bureau admits one planned patient a day to the queue, and the day the first of them would come becomes a
    // holiday. Neither names a referral of the clinic, yet every date in its queue follows from them.
    const qint64 atBureau = bureau().workspace->hospitals().find(QStringLiteral("7101"))->id;
    bureau().workspace->waitingList().setCapacity(atBureau, QStringLiteral("CAR"), 1, 0);
    bureau().workspace->calendar().setDayOff(first, QStringLiteral("Мереке"), QStringLiteral("Праздник"),
                                             QStringLiteral("Holiday"));
    const ExchangeReport report = importPackage(clinic, exportPackage(bureau(), *m_dir, QStringLiteral("ws1")));
    QCOMPARE(report.parked, 0);
    const auto after = dates();
    QVERIFY(after != before);
    for (const auto& [date, documentsOk] : after)
        QVERIFY(date != first);
    clinic.workspace->waitingList().recomputeAll();
    QCOMPARE(dates(), after);
    verifyTallies(clinic.db());
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
