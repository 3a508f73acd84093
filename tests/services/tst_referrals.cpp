#include "TestSupport.h"
#include "domain/ReferralCode.h"
#include "domain/ReferralLifecycle.h"
#include "platform/SystemAccount.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "store/ListingReader.h"
#include "store/Listings.h"
#include "store/Query.h"
#include "store/ReferralsByName.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Referrals: registration with codes, every transition of the lifecycle, documents, transfer, emergencies.
class TestReferrals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void codesFollowTheFormatAndCountInBase36();
    void registrationAndItsFirstEventAreOneTransaction();
    void careFormComesFromTheProfile();
    void badRegistrationsNameTheField_data();
    void badRegistrationsNameTheField();
    void everyTransition_data();
    void everyTransition();
    void reasonsAndDatesAreRequired();
    void documentsExpireAgainstThePlannedDate();
    void hospitalizationNeedsCompleteDocumentsOrAnOverride();
    void transferKeepsTheRegistrationTime();
    void emergencyAdmissionWithoutAReferral();
    void codeAlreadyTakenByAnImportIsSkipped();
    void lifecycleTexts();
    void listingCountsWhatItShows_data();
    void listingCountsWhatItShows();
    void diagnosisNotInTheDictionaryIsAcceptedWithItsWordsAndLearned();
    void emergencyDiagnosesAreInTheStarterListWithKazakhNames();
    void oneLivePlacePerPatientAndProfile();
    void emergencyAdmissionDaysFarFromTodayAreConfirmedOrRefused();
    void actorIsTheOperatingSystemAccount();

private:
    Referral registerOne(const QString& hospital = QStringLiteral("7101"),
                         const QString& profile = QStringLiteral("CAR"));
    // Drives a new referral to the given status through legal steps.
    Referral referralIn(ReferralStatus status);
    void allDocuments(const QString& code, const QDate& issued);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

void TestReferrals::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("r%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
}

void TestReferrals::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

Referral TestReferrals::registerOne(const QString& hospital, const QString& profile)
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = hospital;
    in.profileCode = profile;
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringOrg = QStringLiteral("ГП №4");
    // The tests put one patient into queues again and again; the bureau's rule against that is tested apart.
    in.secondReferralReason = QStringLiteral("a test registers the same patient again");
    return m_workspace->referrals().registerReferral(in);
}

void TestReferrals::allDocuments(const QString& code, const QDate& issued)
{
    for (const DocumentType& type : m_workspace->referenceData().documentTypes(true))
        m_workspace->referrals().recordDocument(code, DocumentRecord{type.code, true, issued, {}});
}

Referral TestReferrals::referralIn(ReferralStatus status)
{
    ReferralService& referrals = m_workspace->referrals();
    Referral r = registerOne();
    ReferralService::Transition t;
    auto go = [&](ReferralStatus to, ReferralService::Transition details = {}) {
        r = referrals.transition(r.code, to, details);
    };
    switch (status) {
    case ReferralStatus::Registered:
        break;
    case ReferralStatus::Scheduled:
        t.date = m_clock->today().addDays(3);
        go(ReferralStatus::Scheduled, t);
        break;
    case ReferralStatus::Hospitalized:
    case ReferralStatus::Discharged:
        t.date = m_clock->today();
        go(ReferralStatus::Scheduled, t);
        allDocuments(r.code, m_clock->today().addDays(-2));
        go(ReferralStatus::Hospitalized);
        if (status == ReferralStatus::Discharged)
            go(ReferralStatus::Discharged);
        break;
    case ReferralStatus::Refused:
        t.reasonCode = QStringLiteral("no_indication");
        go(ReferralStatus::Refused, t);
        break;
    case ReferralStatus::Cancelled:
        t.reason = QStringLiteral("Пациент отказался");
        go(ReferralStatus::Cancelled, t);
        break;
    case ReferralStatus::NoShow:
        t.date = m_clock->today();
        go(ReferralStatus::Scheduled, t);
        go(ReferralStatus::NoShow);
        break;
    case ReferralStatus::Transferred:
        t.newHospitalCode = QStringLiteral("7102");
        go(ReferralStatus::Transferred, t);
        break;
    }
    return r;
}

void TestReferrals::codesFollowTheFormatAndCountInBase36()
{
    QCOMPARE(ReferralCode::toBase36(35), QStringLiteral("Z"));
    QCOMPARE(ReferralCode::toBase36(36), QStringLiteral("10"));
    QCOMPARE(ReferralCode::fromBase36(QStringLiteral("1F")), 51);
    QVERIFY(ReferralCode::parse(QStringLiteral(" 71.7101.dh.1f ")).isValid());
    QCOMPARE(ReferralCode::parse(QStringLiteral("71.7101.DH.1F")).profile(), QStringLiteral("DH"));
    for (const char* bad :
         {"", "71.7101.CAR", "7.7101.CAR.1", "71.710.CAR.1", "71.7101.CARD.1", "71.7101.CAR.0", "71-7101-CAR-1"})
        QVERIFY2(!ReferralCode::parse(QLatin1String(bad)).isValid(), bad);
    QStringList codes;
    for (int i = 0; i < 37; ++i)
        codes << registerOne().code;
    QCOMPARE(codes.first(), QStringLiteral("71.7101.CAR.1"));
    QCOMPARE(codes.at(34), QStringLiteral("71.7101.CAR.Z"));
    QCOMPARE(codes.at(35), QStringLiteral("71.7101.CAR.10"));
    // Another queue counts on its own.
    QCOMPARE(registerOne(QStringLiteral("7101"), QStringLiteral("THR")).code, QStringLiteral("71.7101.THR.1"));
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
}

void TestReferrals::registrationAndItsFirstEventAreOneTransaction()
{
    const Referral r = registerOne();
    QCOMPARE(r.status, ReferralStatus::Registered);
    QCOMPARE(r.registeredAt, TestSupport::fixedNow());
    const QList<ReferralEvent> history = m_workspace->referrals().history(r.id);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().fromStatus.isEmpty());
    QCOMPARE(history.first().toStatus, QStringLiteral("registered"));
    QVERIFY(!history.first().actor.isEmpty());
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'referral'"))
                 .scalar()
                 .toInt(),
             1);
    // A registration that fails leaves neither the referral nor an event behind, nor a used number.
    ReferralService::Registration bad;
    bad.iin = QStringLiteral("900115300013");
    bad.hospitalCode = QStringLiteral("7101");
    bad.profileCode = QStringLiteral("CAR");
    bad.diagnosisCode = QStringLiteral("Z99.99");
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->referrals().registerReferral(bad));
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral_event")).scalar().toInt(), 1);
    QCOMPARE(registerOne().code, QStringLiteral("71.7101.CAR.2"));
}

void TestReferrals::careFormComesFromTheProfile()
{
    QCOMPARE(registerOne(QStringLiteral("7101"), QStringLiteral("DH")).careForm, QStringLiteral("day"));
    QCOMPARE(registerOne(QStringLiteral("7101"), QStringLiteral("GSU")).careForm, QStringLiteral("round_the_clock"));
}

void TestReferrals::badRegistrationsNameTheField_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("hospital");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QString>("field");
    QTest::newRow("unregistered patient") << "850720400126"
                                          << "7101"
                                          << "CAR"
                                          << "I25.1" << 0 << "iin";
    QTest::newRow("invalid iin") << "850720400127"
                                 << "7101"
                                 << "CAR"
                                 << "I25.1" << 0 << "iin";
    QTest::newRow("unknown hospital") << "900115300013"
                                      << "9999"
                                      << "CAR"
                                      << "I25.1" << 0 << "hospital";
    QTest::newRow("hospital without profile") << "900115300013"
                                              << "7103"
                                              << "CAR"
                                              << "I25.1" << 0 << "hospital";
    QTest::newRow("unknown profile") << "900115300013"
                                     << "7101"
                                     << "XYZ"
                                     << "I25.1" << 0 << "profile";
    QTest::newRow("malformed icd") << "900115300013"
                                   << "7101"
                                   << "CAR"
                                   << "25.1" << 0 << "diagnosis";
    // A code the dictionary lacks is accepted with its wording: without it, the wording is asked for.
    QTest::newRow("icd not in dictionary, no wording") << "900115300013"
                                                       << "7101"
                                                       << "CAR"
                                                       << "Z99.9" << 0 << "diagnosis_name";
    QTest::newRow("priority") << "900115300013"
                              << "7101"
                              << "CAR"
                              << "I25.1" << 10 << "priority";
}

void TestReferrals::badRegistrationsNameTheField()
{
    QFETCH(QString, iin);
    QFETCH(QString, hospital);
    QFETCH(QString, profile);
    QFETCH(QString, diagnosis);
    QFETCH(int, priority);
    QFETCH(QString, field);
    ReferralService::Registration in;
    in.iin = iin;
    in.hospitalCode = hospital;
    in.profileCode = profile;
    in.diagnosisCode = diagnosis;
    in.priority = priority;
    try {
        m_workspace->referrals().registerReferral(in);
        QFAIL("a bad referral was registered");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 0);
}

void TestReferrals::everyTransition_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    using S = ReferralStatus;
    const QList<std::pair<S, S>> allowed{
        {S::Registered, S::Scheduled},   {S::Registered, S::Refused},  {S::Registered, S::Cancelled},
        {S::Registered, S::Transferred}, {S::Scheduled, S::Scheduled}, {S::Scheduled, S::Hospitalized},
        {S::Scheduled, S::Refused},      {S::Scheduled, S::Cancelled}, {S::Scheduled, S::NoShow},
        {S::Scheduled, S::Transferred},  {S::NoShow, S::Scheduled},    {S::NoShow, S::Cancelled},
        {S::Hospitalized, S::Discharged}};
    for (S from : ReferralStatuses::all()) {
        for (S to : ReferralStatuses::all()) {
            if (to == S::Registered)
                continue; // nothing ever returns to the waiting list
            const bool ok = allowed.contains({from, to});
            QCOMPARE(ReferralLifecycle::isAllowed(from, to), ok);
            QTest::addRow("%s → %s", qPrintable(ReferralStatuses::code(from)), qPrintable(ReferralStatuses::code(to)))
                << int(from) << int(to) << ok;
        }
    }
}

void TestReferrals::everyTransition()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    const Referral r = referralIn(ReferralStatus(from));
    QCOMPARE(int(r.status), from);
    const int eventsBefore = int(m_workspace->referrals().history(r.id).size());
    ReferralService::Transition t;
    t.date = m_clock->today().addDays(5);
    t.reason = QStringLiteral("по просьбе пациента");
    t.reasonCode = QStringLiteral("no_beds");
    t.newHospitalCode = QStringLiteral("7104");
    t.documentsOverride = QStringLiteral("пакет довезут в день госпитализации");
    if (ReferralStatus(to) == ReferralStatus::Hospitalized || ReferralStatus(to) == ReferralStatus::Discharged)
        t.date = m_clock->today();
    try {
        const Referral after = m_workspace->referrals().transition(r.code, ReferralStatus(to), t);
        QVERIFY2(allowed, "an illegal transition was applied");
        QCOMPARE(int(after.status), to);
        const QList<ReferralEvent> history = m_workspace->referrals().history(r.id);
        QCOMPARE(history.size(), eventsBefore + 1);
        QCOMPARE(history.last().fromStatus, ReferralStatuses::code(ReferralStatus(from)));
        QCOMPARE(history.last().toStatus, ReferralStatuses::code(ReferralStatus(to)));
    } catch (const OperationError& e) {
        QVERIFY2(!allowed, qPrintable(e.message()));
        QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(m_workspace->referrals().history(r.id).size(), eventsBefore); // nothing recorded
        QCOMPARE(int(m_workspace->referrals().find(r.id)->status), from);
    }
}

void TestReferrals::reasonsAndDatesAreRequired()
{
    ReferralService& referrals = m_workspace->referrals();
    const Referral r = registerOne();
    auto expectField = [&](ReferralStatus to, const ReferralService::Transition& t, const QString& field) {
        try {
            referrals.transition(r.code, to, t);
            QFAIL("accepted without the required detail");
        } catch (const OperationError& e) {
            QCOMPARE(e.field(), field);
        }
    };
    expectField(ReferralStatus::Cancelled, {}, QStringLiteral("reason"));
    expectField(ReferralStatus::Refused, {}, QStringLiteral("reason"));
    ReferralService::Transition unknown;
    unknown.reasonCode = QStringLiteral("because");
    expectField(ReferralStatus::Refused, unknown, QStringLiteral("reason"));
    ReferralService::Transition other;
    other.reasonCode = QStringLiteral("other");
    expectField(ReferralStatus::Refused, other, QStringLiteral("reason"));
    expectField(ReferralStatus::Scheduled, {}, QStringLiteral("date"));
    ReferralService::Transition past;
    past.date = m_clock->today().addDays(-1);
    expectField(ReferralStatus::Scheduled, past, QStringLiteral("date"));
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("documents");
    refusal.reason = QStringLiteral("нет коагулограммы");
    const Referral refused = referrals.transition(r.code, ReferralStatus::Refused, refusal);
    const ReferralEvent last = referrals.history(refused.id).last();
    QCOMPARE(last.reasonCode, QStringLiteral("documents"));
    QCOMPARE(last.reason, QStringLiteral("нет коагулограммы"));
    QCOMPARE(last.eventDate, m_clock->today());
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             referrals.transition(QStringLiteral("71.7101.CAR.99"), ReferralStatus::Cancelled, {}));
}

void TestReferrals::documentsExpireAgainstThePlannedDate()
{
    ReferralService& referrals = m_workspace->referrals();
    Referral r = registerOne();
    referrals.recordDocument(r.code, DocumentRecord{QStringLiteral("blood_count"), true, QDate(2026, 11, 10), {}});
    referrals.recordDocument(r.code, DocumentRecord{QStringLiteral("identity"), true, {}, {}});
    referrals.recordDocument(r.code, DocumentRecord{QStringLiteral("urinalysis"), true, {}, {}});
    auto stateOf = [&](const Referral& referral, const QString& code) {
        for (const DocumentCheck::Line& line : referrals.documents(referral)) {
            if (line.type.code == code)
                return line;
        }
        return DocumentCheck::Line();
    };
    // Issued 10 November with 14 days' validity: valid through 23 November.
    QCOMPARE(stateOf(r, QStringLiteral("blood_count")).validUntil, QDate(2026, 11, 23));
    QCOMPARE(stateOf(r, QStringLiteral("blood_count")).state, DocumentCheck::State::Valid); // no date yet: today
    ReferralService::Transition t;
    t.date = QDate(2026, 11, 23);
    r = referrals.transition(r.code, ReferralStatus::Scheduled, t);
    QCOMPARE(stateOf(r, QStringLiteral("blood_count")).state, DocumentCheck::State::Valid);
    t.date = QDate(2026, 11, 24);
    r = referrals.transition(r.code, ReferralStatus::Scheduled, t);
    QCOMPARE(stateOf(r, QStringLiteral("blood_count")).state, DocumentCheck::State::ExpiresBeforeAdmission);
    QCOMPARE(stateOf(r, QStringLiteral("identity")).state, DocumentCheck::State::Valid); // never expires
    QCOMPARE(stateOf(r, QStringLiteral("urinalysis")).state, DocumentCheck::State::NoIssueDate);
    QCOMPARE(stateOf(r, QStringLiteral("coagulogram")).state, DocumentCheck::State::Missing);
    QCOMPARE(stateOf(r, QStringLiteral("ecg")).state, DocumentCheck::State::Optional);
    QVERIFY_THROWS_EXCEPTION(
        OperationError,
        referrals.recordDocument(r.code, DocumentRecord{QStringLiteral("ecg"), true, QDate(2026, 12, 1), {}}));
}

void TestReferrals::hospitalizationNeedsCompleteDocumentsOrAnOverride()
{
    ReferralService& referrals = m_workspace->referrals();
    Referral r = registerOne();
    ReferralService::Transition t;
    t.date = m_clock->today();
    r = referrals.transition(r.code, ReferralStatus::Scheduled, t);
    allDocuments(r.code, m_clock->today().addDays(-20)); // lab tests 20 days old: expired
    try {
        referrals.transition(r.code, ReferralStatus::Hospitalized, {});
        QFAIL("admitted with expired documents");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("documents"));
        QVERIFY2(e.message().contains(QStringLiteral("Full blood count")), qPrintable(e.message()));
    }
    QCOMPARE(referrals.find(r.id)->status, ReferralStatus::Scheduled);
    ReferralService::Transition override;
    override.documentsOverride = QStringLiteral("анализы пересданы в приёмном покое");
    r = referrals.transition(r.code, ReferralStatus::Hospitalized, override);
    QCOMPARE(r.status, ReferralStatus::Hospitalized);
    QCOMPARE(r.hospitalizedOn, m_clock->today());
    const QJsonObject detail = QJsonDocument::fromJson(referrals.history(r.id).last().detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("documents_override")).toString(), override.documentsOverride);
    QVERIFY(detail.value(QStringLiteral("documents_missing")).toString().contains(QStringLiteral("Coagulogram")));
    // Fresh documents: no override needed.
    Referral second = registerOne();
    t.date = m_clock->today();
    second = referrals.transition(second.code, ReferralStatus::Scheduled, t);
    allDocuments(second.code, m_clock->today().addDays(-1));
    QCOMPARE(referrals.transition(second.code, ReferralStatus::Hospitalized, {}).status, ReferralStatus::Hospitalized);
}

void TestReferrals::transferKeepsTheRegistrationTime()
{
    ReferralService& referrals = m_workspace->referrals();
    const Referral original = registerOne();
    referrals.recordDocument(original.code, DocumentRecord{QStringLiteral("identity"), true, {}, {}});
    m_clock->advance(3 * 24 * 3600); // the patient decides three days later
    ReferralService::Transition t;
    t.newHospitalCode = QStringLiteral("7102");
    t.reason = QStringLiteral("свободный выбор пациента");
    const Referral closed = referrals.transition(original.code, ReferralStatus::Transferred, t);
    QCOMPARE(closed.status, ReferralStatus::Transferred);
    const QString newCode = QJsonDocument::fromJson(referrals.history(closed.id).last().detail.toUtf8())
                                .object()
                                .value(QStringLiteral("transferred_to"))
                                .toString();
    QCOMPARE(newCode, QStringLiteral("71.7102.CAR.1"));
    const Referral moved = *referrals.find(newCode);
    QCOMPARE(moved.status, ReferralStatus::Registered);
    QCOMPARE(moved.registeredAt, original.registeredAt); // the place in time is kept
    QCOMPARE(moved.transferredFromId, original.id);
    QCOMPARE(moved.hospitalCode, QStringLiteral("7102"));
    QCOMPARE(moved.patientId, original.patientId);
    QCOMPARE(moved.diagnosisCode, original.diagnosisCode);
    bool identity = false;
    for (const DocumentCheck::Line& line : referrals.documents(moved))
        identity = identity || (line.type.code == QLatin1String("identity") && line.record.present);
    QVERIFY(identity);                          // documents move with the patient
    t.newHospitalCode = QStringLiteral("7103"); // a children's hospital: no adult cardiology
    QVERIFY_THROWS_EXCEPTION(OperationError, referrals.transition(newCode, ReferralStatus::Transferred, t));
}

void TestReferrals::emergencyAdmissionWithoutAReferral()
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("GSU");
    in.diagnosisCode = QStringLiteral("K80.1");
    in.emergency = true;
    try {
        m_workspace->referrals().registerReferral(in);
        QFAIL("emergency without a source");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("emergency_source"));
    }
    in.emergencySource = QStringLiteral("ambulance");
    const Referral r = m_workspace->referrals().registerReferral(in);
    QVERIFY(r.emergency);
    QCOMPARE(r.status, ReferralStatus::Hospitalized);
    QCOMPARE(r.emergencySource, QStringLiteral("ambulance"));
    QCOMPARE(r.hospitalizedOn, m_clock->today());
    QCOMPARE(m_workspace->referrals().history(r.id).first().toStatus, QStringLiteral("hospitalized"));
    QCOMPARE(m_workspace->referrals().transition(r.code, ReferralStatus::Discharged, {}).status,
             ReferralStatus::Discharged);
}

void TestReferrals::codeAlreadyTakenByAnImportIsSkipped()
{
    const Referral first = registerOne();
    // An official code with N = 2 arrives by import before the next local registration.
    Query(m_workspace->database(),
          QStringLiteral(
              "INSERT INTO referral (uid, code, patient_id, referring_region, hospital_id, profile_code, care_form, "
              "purpose, funding, diagnosis_code, status, registered_at, created_at, updated_at) SELECT 'imported', "
              "'71.7101.CAR.2', patient_id, referring_region, hospital_id, profile_code, care_form, purpose, "
              "funding, diagnosis_code, status, registered_at, created_at, updated_at FROM referral WHERE id = ?"))
        .bind(first.id)
        .exec();
    QCOMPARE(registerOne().code, QStringLiteral("71.7101.CAR.3"));
}

void TestReferrals::lifecycleTexts()
{
    QVERIFY(ReferralLifecycle::whyNot(ReferralStatus::Registered, ReferralStatus::Hospitalized)
                .contains(QStringLiteral("date")));
    QVERIFY(ReferralLifecycle::whyNot(ReferralStatus::Discharged, ReferralStatus::Scheduled)
                .contains(QStringLiteral("closed")));
    QVERIFY(ReferralLifecycle::whyNot(ReferralStatus::Registered, ReferralStatus::Scheduled).isEmpty());
    QCOMPARE(ReferralLifecycle::nextStatuses(ReferralStatus::Hospitalized),
             QList<ReferralStatus>{ReferralStatus::Discharged});
}

void TestReferrals::listingCountsWhatItShows_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<int>("expected");
    // The count reads the referral table alone unless a condition or the order names a joined table.
    QTest::newRow("all, newest first") << -1 << QString() << QString() << 5;
    QTest::newRow("by code") << 0 << QString() << QString() << 5;
    QTest::newRow("hospital's region") << -1 << QString() << QStringLiteral("75") << 1;
    // Two patients of the name: a driver gathering each one's referrals runs its statement once for each.
    QTest::newRow("patient's name") << -1 << QStringLiteral("әлихан") << QString() << 4;
    QTest::newRow("name and region") << 1 << QStringLiteral("әлихан") << QStringLiteral("71") << 3;
}

void TestReferrals::listingCountsWhatItShows()
{
    QFETCH(int, sortColumn);
    QFETCH(QString, search);
    QFETCH(QString, regionCode);
    QFETCH(int, expected);
    registerOne();
    registerOne(QStringLiteral("7101"), QStringLiteral("THR"));
    registerOne(QStringLiteral("7501"), QStringLiteral("CAR"));
    // An imported referral names no patient (the LEFT JOIN keeps it) and a deleted one is not listed.
    const Referral first = registerOne();
    Query(m_workspace->database(), QStringLiteral("UPDATE referral SET patient_id = NULL WHERE id = ?"))
        .bind(first.id)
        .exec();
    const Referral deleted = registerOne();
    Query(m_workspace->database(), QStringLiteral("UPDATE referral SET deleted = 1 WHERE id = ?"))
        .bind(deleted.id)
        .exec();
    Patient namesake;
    namesake.iin = QStringLiteral("850720400126");
    namesake.lastName = QStringLiteral("Әлиханова");
    namesake.firstName = QStringLiteral("Гүлнар");
    namesake.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(namesake);
    ReferralService::Registration hers;
    hers.iin = namesake.iin;
    hers.hospitalCode = QStringLiteral("7101");
    hers.profileCode = QStringLiteral("CAR");
    hers.diagnosisCode = QStringLiteral("I25.1");
    m_workspace->referrals().registerReferral(hers);

    ListingRequest request;
    request.sortColumn = sortColumn;
    request.search = search;
    if (!regionCode.isEmpty())
        request.filters.insert(QStringLiteral("region_code"), regionCode);
    const ListingReader reader(m_workspace->database(), Listings::referrals(), request);
    qint64 count = -1;
    QList<ListingCursor> boundaries;
    QVERIFY(reader.scan(2, &count, &boundaries, [] { return false; }));
    QCOMPARE(count, qint64(expected));
    const QList<ListingRow> rows = reader.fetch(std::nullopt, 100);
    QCOMPARE(rows.size(), expected);
    QCOMPARE(boundaries.size(), expected / 2);

    // A name search is read by its driver (ReferralsByName), walking the order or gathering each patient's
    // referrals: the same rows in the same order as the listing's own conditions, page by page, and the same
    // count and page boundaries.
    const auto ids = [](const QList<ListingRow>& list) {
        QList<qint64> out;
        for (const ListingRow& row : list)
            out << row.id;
        return out;
    };
    const auto cursorIds = [](const QList<ListingCursor>& list) {
        QList<qint64> out;
        for (const ListingCursor& cursor : list)
            out << cursor.id;
        return out;
    };
    Listing generic = Listings::referrals();
    generic.driver = nullptr;
    const ListingReader plain(m_workspace->database(), generic, request);
    QCOMPARE(ids(rows), ids(plain.fetch(std::nullopt, 100)));
    for (const auto plan : {ReferralsByName::Plan::Walk, ReferralsByName::Plan::Gather}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            Listing forced = Listings::referrals();
            forced.driver = [plan](const Database& database,
                                   const ListingRequest& r) -> std::unique_ptr<ListingDriver> {
                if (!r.filters.isEmpty() || Listings::classifySearch(r.search) != Listings::SearchKind::NamePrefixes)
                    return nullptr;
                return ReferralsByName::make(database, r.search, r.order == Qt::DescendingOrder, plan);
            };
            ListingRequest ordered = request;
            ordered.sortColumn = 1;
            ordered.order = order;
            const ListingReader reference(m_workspace->database(), generic, ordered);
            const ListingReader driven(m_workspace->database(), forced, ordered);
            QCOMPARE(driven.driver() != nullptr, !search.isEmpty() && regionCode.isEmpty());
            const QList<ListingRow> all = reference.fetch(std::nullopt, 100);
            QCOMPARE(ids(driven.fetch(std::nullopt, 100)), ids(all));
            const QList<ListingRow> head = driven.fetch(std::nullopt, 1);
            if (!head.isEmpty())
                QCOMPARE(ids(driven.fetch(head.last().cursor, 100)), ids(all).mid(1));
            qint64 n = -1;
            QList<ListingCursor> marks;
            QVERIFY(driven.scan(1, &n, &marks, [] { return false; }));
            QCOMPARE(n, qint64(all.size()));
            QCOMPARE(cursorIds(marks), ids(all));
        }
    }
}

void TestReferrals::diagnosisNotInTheDictionaryIsAcceptedWithItsWordsAndLearned()
{
    ReferralService& referrals = m_workspace->referrals();
    QVERIFY(!m_workspace->diagnoses().find(QStringLiteral("I22.0"))); // not in the starter list
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("І22.0"); // typed on a Russian layout: a Cyrillic І
    try {
        referrals.registerReferral(in);
        QFAIL("a code missing from the dictionary was registered without its wording");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("diagnosis_name"));
        QVERIFY2(e.message().contains(QStringLiteral("I22.0")), qPrintable(e.message()));
    }
    // A malformed code stays refused, wording or not.
    in.diagnosisCode = QStringLiteral("I2");
    in.diagnosisName = QStringLiteral("Инфаркт");
    QVERIFY_THROWS_EXCEPTION(OperationError, referrals.registerReferral(in));
    in.diagnosisCode = QStringLiteral("І22.0");
    in.diagnosisName = QStringLiteral("Повторный  инфаркт миокарда передней стенки");
    const Referral r = referrals.registerReferral(in);
    QCOMPARE(r.diagnosisCode, QStringLiteral("I22.0"));
    QCOMPARE(r.diagnosisName, QStringLiteral("Повторный инфаркт миокарда передней стенки"));
    const QJsonObject detail = QJsonDocument::fromJson(referrals.history(r.id).first().detail.toUtf8()).object();
    QVERIFY(detail.value(QStringLiteral("diagnosis_not_in_dictionary")).toBool());
    // Learned for the next clerk, marked as not yet in the dictionary.
    const std::optional<IcdEntry> learned = m_workspace->diagnoses().find(QStringLiteral("i22.0"));
    QVERIFY(learned);
    QCOMPARE(learned->source, QStringLiteral("clerk"));
    QVERIFY(!learned->inDictionary());
    QCOMPARE(learned->nameRu, QStringLiteral("Повторный инфаркт миокарда передней стенки"));
    Patient other;
    other.iin = QStringLiteral("850720400126");
    other.lastName = QStringLiteral("Сейітова");
    other.firstName = QStringLiteral("Гүлнар");
    other.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(other);
    ReferralService::Registration next;
    next.iin = other.iin;
    next.hospitalCode = QStringLiteral("7101");
    next.profileCode = QStringLiteral("CAR");
    next.diagnosisCode = QStringLiteral("I22.0");
    const Referral second = referrals.registerReferral(next);
    QCOMPARE(second.diagnosisName, QStringLiteral("Повторный инфаркт миокарда передней стенки"));
    QVERIFY(QJsonDocument::fromJson(referrals.history(second.id).first().detail.toUtf8()).object().isEmpty());
    // The full dictionary, when imported, takes the code over and names it in Kazakh too.
    QByteArray csv = "code,name_ru,name_kk\nI22.0,Повторный инфаркт передней стенки миокарда,Миокардтың алдыңғы "
                     "қабырғасының қайталанған инфарктісі\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(m_workspace->diagnoses().importCsv(&buffer, false).committed);
    const IcdEntry listed = *m_workspace->diagnoses().find(QStringLiteral("I22.0"));
    QVERIFY(listed.inDictionary());
    // Kazakh screens and printouts name it in Kazakh; the referral keeps its own Russian wording.
    QCOMPARE(m_workspace->diagnoses().displayName(r.diagnosisCode, r.diagnosisName, Language::Kazakh),
             QStringLiteral("Миокардтың алдыңғы қабырғасының қайталанған инфарктісі"));
    QCOMPARE(m_workspace->diagnoses().displayName(r.diagnosisCode, r.diagnosisName, Language::Russian),
             r.diagnosisName);
    QCOMPARE(referrals.find(r.code)->diagnosisName, r.diagnosisName);
}

void TestReferrals::emergencyDiagnosesAreInTheStarterListWithKazakhNames()
{
    // Before, these were refused and most emergencies could not be registered.
    for (const char* code : {"I21.0", "K35", "K35.8", "C91.0", "I63.9", "K80.0", "K85.9", "S72.0", "O00.9"}) {
        const std::optional<IcdEntry> entry = m_workspace->diagnoses().find(QLatin1String(code));
        QVERIFY2(entry, code);
        QVERIFY2(entry->inDictionary() && entry->common, code);
        QVERIFY2(!entry->nameKk.isEmpty() && !entry->nameRu.isEmpty() && !entry->nameEn.isEmpty(), code);
    }
    // Every entry of the shipped list has its Kazakh name, in Kazakh letters.
    int common = 0;
    for (const IcdEntry& e : m_workspace->diagnoses().all()) {
        if (!e.common)
            continue;
        ++common;
        QVERIFY2(!e.nameKk.isEmpty(), qPrintable(e.code));
        QVERIFY2(e.nameKk != e.nameRu, qPrintable(e.code));
    }
    QVERIFY(common >= 180);
    QCOMPARE(m_workspace->diagnoses().find(QStringLiteral("K35"))->nameKk, QStringLiteral("Жедел аппендицит"));
    // An emergency admission with one of them is recorded.
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I21.0");
    in.emergency = true;
    in.emergencySource = QStringLiteral("ambulance");
    QCOMPARE(m_workspace->referrals().registerReferral(in).status, ReferralStatus::Hospitalized);
}

void TestReferrals::oneLivePlacePerPatientAndProfile()
{
    ReferralService& referrals = m_workspace->referrals();
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    const Referral first = referrals.registerReferral(in);
    // The same queue, and the same profile in another hospital: refused, naming the place the patient holds.
    for (const char* hospital : {"7101", "7102"}) {
        in.hospitalCode = QLatin1String(hospital);
        try {
            referrals.registerReferral(in);
            QFAIL("a second live place in the same profile was given");
        } catch (const OperationError& e) {
            QCOMPARE(e.kind(), OperationError::Kind::Conflict);
            QCOMPARE(e.field(), QStringLiteral("second_referral"));
            QVERIFY2(e.message().contains(first.code), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("transfer")), qPrintable(e.message()));
        }
    }
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(), 1);
    // With the reason, it is registered and the history says why.
    in.secondReferralReason = QStringLiteral("Two operations in two hospitals, agreed by the commission");
    const Referral second = referrals.registerReferral(in);
    const QJsonObject detail = QJsonDocument::fromJson(referrals.history(second.id).first().detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("second_referral_reason")).toString(), in.secondReferralReason);
    QCOMPARE(detail.value(QStringLiteral("other_live_referrals")).toArray().first().toString(), first.code);
    // Another profile is another queue; a place closed frees the profile again; a transfer is no second place.
    Referral otherProfile = [&] {
        ReferralService::Registration t = in;
        t.secondReferralReason.clear();
        t.hospitalCode = QStringLiteral("7101");
        t.profileCode = QStringLiteral("THR");
        return referrals.registerReferral(t);
    }();
    QCOMPARE(otherProfile.status, ReferralStatus::Registered);
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("Пациент передумал");
    referrals.transition(second.code, ReferralStatus::Cancelled, cancel);
    ReferralService::Transition move;
    move.newHospitalCode = QStringLiteral("7102");
    const Referral closed = referrals.transition(first.code, ReferralStatus::Transferred, move);
    QCOMPARE(closed.status, ReferralStatus::Transferred);
    const QString moved = QJsonDocument::fromJson(referrals.history(closed.id).last().detail.toUtf8())
                              .object()
                              .value(QStringLiteral("transferred_to"))
                              .toString();
    QVERIFY(!moved.isEmpty());
    referrals.transition(moved, ReferralStatus::Cancelled, cancel);
    in.secondReferralReason.clear();
    QCOMPARE(referrals.registerReferral(in).status, ReferralStatus::Registered);
}

void TestReferrals::emergencyAdmissionDaysFarFromTodayAreConfirmedOrRefused()
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I21.0");
    in.emergency = true;
    in.emergencySource = QStringLiteral("ambulance");
    const QDate today = m_clock->today();
    QString field;
    const auto kindFor = [&](const QDate& day) -> OperationError::Kind {
        in.admittedOn = day;
        try {
            m_workspace->referrals().registerReferral(in);
        } catch (const OperationError& e) {
            field = e.field();
            return e.kind();
        }
        return OperationError::Kind::Busy; // stands for "accepted"
    };
    QCOMPARE(kindFor(today.addDays(1)), OperationError::Kind::Invalid);       // the future
    QCOMPARE(kindFor(today.addYears(-2)), OperationError::Kind::Invalid);     // a typo in the year
    QCOMPARE(kindFor(today.addDays(-20)), OperationError::Kind::Unconfirmed); // possible, but said twice
    QCOMPARE(field, QStringLiteral("date"));
    QCOMPARE(kindFor(today.addDays(-2)), OperationError::Kind::Busy);
    in.unusualDateConfirmed = true;
    QCOMPARE(kindFor(today.addDays(-20)), OperationError::Kind::Busy);
}

void TestReferrals::actorIsTheOperatingSystemAccount()
{
    // Anybody can set USER before starting the program; the history must name the account itself.
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "mallory");
    qputenv("LOGNAME", "mallory");
    qputenv("USERNAME", "mallory");
    const Referral r = registerOne();
    qputenv("USER", saved);
    const QString actor = m_workspace->referrals().history(r.id).first().actor;
    QVERIFY2(actor != QLatin1String("mallory"), qPrintable(actor));
    QCOMPARE(actor, SystemAccount::userName());
    QProcess whoami;
    whoami.start(QStringLiteral("id"), {QStringLiteral("-un")});
    if (whoami.waitForFinished(10000) && whoami.exitCode() == 0)
        QCOMPARE(actor, QString::fromLocal8Bit(whoami.readAllStandardOutput()).trimmed());
}

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"
