#include "TestSupport.h"
#include "domain/QuotaAllocation.h"
#include "domain/QuotaConsumption.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "store/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

// HTMC quotas: the split of a national total by population (largest remainder), plans and their history,
// and the consumption of quotas by referrals: taken at registration, refused at zero, given back by a
// cancellation or a refusal, kept exactly once by a transfer.
class TestQuotas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();

    void splitAddsUpExactly_data();
    void splitAddsUpExactly();
    void splitOfTheShippedPopulations_data();
    void splitOfTheShippedPopulations();
    void everyTotalUpTo3000AddsUpAndStaysWithinOneOfTheShare();
    void tiesGoToTheLargerPopulationThenTheSmallerCode();
    void regionsWithoutPopulationGetNothing();
    void splitIsTheSameInAnyOrder();
    void splitRefusesWhatCannotBeSplit();
    void largestNumbersDoNotOverflow();

    void shippedProfiles();
    void planIsSetAndItsHistoryKept();
    void badPlansNameTheField();
    void allocationSplitsTheTotalAndRecordsIt();
    void allocationNeedsPopulations();
    void populationIsEditableWithItsYear();
    void referralTakesAQuotaOfThePatientsRegion();
    void refusedWhenNoneIsLeft();
    void refusedWhenTheRegionHasNoPlan();
    void cancellingOrRefusingGivesTheQuotaBack();
    void transferKeepsExactlyOneQuota();
    void noShowAndTreatedReferralsKeepTheirQuota();
    void quotaFundingNeedsAProfileAndARegion();
    void planCannotGoBelowWhatIsHeld();
    void allocationCannotGoBelowWhatIsHeld();
    void cliCommands();

private:
    static QList<QuotaAllocation::Region> shippedRegions();
    Referral registerHtmc(const QString& iin = QStringLiteral("900115300013"),
                          const QString& quotaProfile = QStringLiteral("CSU"));
    int used(const QString& region = QStringLiteral("71"), const QString& profile = QStringLiteral("CSU")) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

QList<QuotaAllocation::Region> TestQuotas::shippedRegions()
{
    QList<QuotaAllocation::Region> regions;
    for (const auto& record : ReferenceDataService::readShippedCsv(QStringLiteral("regions")))
        regions << QuotaAllocation::Region{record.value(QStringLiteral("code")),
                                           record.value(QStringLiteral("population")).toLongLong()};
    return regions;
}

void TestQuotas::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("q%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
}

void TestQuotas::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

Referral TestQuotas::registerHtmc(const QString& iin, const QString& quotaProfile)
{
    ReferralService::Registration in;
    in.iin = iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.funding = QStringLiteral("htmc");
    in.quotaProfile = quotaProfile;
    in.secondReferralReason = QStringLiteral("a test takes several quotas for one patient");
    return m_workspace->referrals().registerReferral(in);
}

int TestQuotas::used(const QString& region, const QString& profile) const
{
    const std::optional<QuotaPlan> plan = m_workspace->quotas().plan(2026, region, profile);
    return plan ? plan->used : 0;
}

// --- The split --------------------------------------------------------------------------------------------

void TestQuotas::splitAddsUpExactly_data()
{
    QTest::addColumn<int>("total");
    for (int total : {0, 1, 2, 7, 19, 20, 21, 39, 100, 1001, 9999, 12345, QuotaAllocation::MaxTotal})
        QTest::addRow("%d", total) << total;
}

void TestQuotas::splitAddsUpExactly()
{
    QFETCH(int, total);
    const QList<QuotaAllocation::Region> regions = shippedRegions();
    QCOMPARE(regions.size(), 20);
    const QList<int> parts = QuotaAllocation::split(total, regions);
    QCOMPARE(parts.size(), regions.size());
    QCOMPARE(std::accumulate(parts.begin(), parts.end(), 0), total);
    for (int part : parts)
        QVERIFY(part >= 0);
}

void TestQuotas::splitOfTheShippedPopulations_data()
{
    // Expected parts computed independently with exact fractions (Python's fractions module).
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 (fewer than the regions)") << 1 << "75:1";
    QTest::newRow("7 (fewer than the regions)") << 7 << "19:1 31:1 35:1 61:1 71:1 75:1 79:1";
    QTest::newRow("19") << 19 << "11:1 15:1 19:1 23:1 27:1 31:1 33:1 35:1 39:1 43:1 47:1 55:1 61:2 63:1 71:1 75:2 79:1";
    QTest::newRow("20") << 20
                        << "10:1 11:1 15:1 19:1 23:1 27:1 31:1 33:1 35:1 39:1 43:1 47:1 55:1 61:2 63:1 71:1 75:2 79:1";
    QTest::newRow("21") << 21
                        << "10:1 11:1 15:1 19:2 23:1 27:1 31:1 33:1 35:1 39:1 43:1 47:1 55:1 61:2 63:1 71:1 75:2 79:1";
    QTest::newRow("9999") << 9999
                          << "10:302 11:392 15:468 19:755 23:350 27:347 31:611 33:350 35:567 39:415 43:419 47:389 "
                             "55:377 59:267 61:1070 62:111 63:358 71:714 75:1118 79:619";
}

void TestQuotas::splitOfTheShippedPopulations()
{
    QFETCH(int, total);
    QFETCH(QString, expected);
    const QList<QuotaAllocation::Region> regions = shippedRegions();
    const QList<int> parts = QuotaAllocation::split(total, regions);
    QStringList got;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (parts.at(i) > 0)
            got << QStringLiteral("%1:%2").arg(regions.at(i).code).arg(parts.at(i));
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestQuotas::everyTotalUpTo3000AddsUpAndStaysWithinOneOfTheShare()
{
    const QList<QuotaAllocation::Region> regions = shippedRegions();
    qint64 population = 0;
    for (const auto& r : regions)
        population += r.population;
    for (int total = 0; total <= 3000; ++total) {
        const QList<int> parts = QuotaAllocation::split(total, regions);
        QCOMPARE(std::accumulate(parts.begin(), parts.end(), 0), total);
        for (qsizetype i = 0; i < regions.size(); ++i) {
            // Each part is its exact share rounded down or up: floor(share) ≤ part ≤ floor(share) + 1.
            const qint64 floorShare = qint64(total) * regions.at(i).population / population;
            QVERIFY2(parts.at(i) == floorShare || parts.at(i) == floorShare + 1,
                     qPrintable(QStringLiteral("total %1 region %2").arg(total).arg(regions.at(i).code)));
        }
    }
}

void TestQuotas::tiesGoToTheLargerPopulationThenTheSmallerCode()
{
    // Shares 0.5 and 1.5: equal fractional parts, the one unit left goes to the larger population.
    QCOMPARE(QuotaAllocation::split(2, {{QStringLiteral("10"), 1}, {QStringLiteral("11"), 3}}), (QList<int>{0, 2}));
    QCOMPARE(QuotaAllocation::split(2, {{QStringLiteral("11"), 3}, {QStringLiteral("10"), 1}}), (QList<int>{2, 0}));
    // Equal populations: the smaller KATO code, whatever the order given.
    QCOMPARE(QuotaAllocation::split(1, {{QStringLiteral("75"), 500}, {QStringLiteral("71"), 500}}), (QList<int>{0, 1}));
    QCOMPARE(QuotaAllocation::split(3, {{QStringLiteral("79"), 7},
                                        {QStringLiteral("75"), 7},
                                        {QStringLiteral("71"), 7},
                                        {QStringLiteral("63"), 7}}),
             (QList<int>{0, 1, 1, 1}));
    // Equal shares split evenly with nothing left over.
    QCOMPARE(QuotaAllocation::split(4, {{QStringLiteral("10"), 9}, {QStringLiteral("11"), 9}}), (QList<int>{2, 2}));
}

void TestQuotas::regionsWithoutPopulationGetNothing()
{
    QList<QuotaAllocation::Region> regions = shippedRegions();
    regions[3].population = 0;  // 19
    regions[17].population = 0; // 71
    regions[19].population = 0; // 79
    for (int total = 0; total <= 2000; ++total) {
        const QList<int> parts = QuotaAllocation::split(total, regions);
        QCOMPARE(std::accumulate(parts.begin(), parts.end(), 0), total);
        QCOMPARE(parts.at(3), 0);
        QCOMPARE(parts.at(17), 0);
        QCOMPARE(parts.at(19), 0);
    }
    // One region with people among empty ones takes the whole total.
    QCOMPARE(
        QuotaAllocation::split(5, {{QStringLiteral("10"), 0}, {QStringLiteral("11"), 42}, {QStringLiteral("15"), 0}}),
        (QList<int>{0, 5, 0}));
}

void TestQuotas::splitIsTheSameInAnyOrder()
{
    const QList<QuotaAllocation::Region> regions = shippedRegions();
    QRandomGenerator random(20261116);
    for (int total : {1, 7, 20, 21, 333, 9999}) {
        const QList<int> parts = QuotaAllocation::split(total, regions);
        QHash<QString, int> byCode;
        for (qsizetype i = 0; i < regions.size(); ++i)
            byCode.insert(regions.at(i).code, parts.at(i));
        for (int round = 0; round < 20; ++round) {
            QList<QuotaAllocation::Region> shuffled = regions;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            const QList<int> again = QuotaAllocation::split(total, shuffled);
            for (qsizetype i = 0; i < shuffled.size(); ++i)
                QCOMPARE(again.at(i), byCode.value(shuffled.at(i).code));
        }
    }
}

void TestQuotas::splitRefusesWhatCannotBeSplit()
{
    const QList<QuotaAllocation::Region> empty{{QStringLiteral("10"), 0}, {QStringLiteral("11"), 0}};
    QVERIFY(QuotaAllocation::split(5, empty).isEmpty());
    QCOMPARE(QuotaAllocation::split(0, empty), (QList<int>{0, 0})); // nothing to split is always possible
    QVERIFY(QuotaAllocation::split(-1, shippedRegions()).isEmpty());
    QVERIFY(QuotaAllocation::split(QuotaAllocation::MaxTotal + 1, shippedRegions()).isEmpty());
    QVERIFY(QuotaAllocation::split(5, {{QStringLiteral("10"), -3}, {QStringLiteral("11"), 10}}).isEmpty());
    QVERIFY(QuotaAllocation::split(0, {}).isEmpty());
    QVERIFY(QuotaAllocation::split(3, {}).isEmpty());
}

void TestQuotas::largestNumbersDoNotOverflow()
{
    QList<QuotaAllocation::Region> regions;
    for (int i = 0; i < 20; ++i)
        regions << QuotaAllocation::Region{QString::number(10 + i), QuotaAllocation::MaxPopulation - i};
    const QList<int> parts = QuotaAllocation::split(QuotaAllocation::MaxTotal, regions);
    QCOMPARE(std::accumulate(parts.begin(), parts.end(), 0), QuotaAllocation::MaxTotal);
    for (int part : parts)
        QVERIFY(part == 50000 || part == 49999 || part == 50001);
}

// --- Plans ------------------------------------------------------------------------------------------------

void TestQuotas::shippedProfiles()
{
    const QList<HtmcProfile> profiles = m_workspace->quotas().profiles();
    QVERIFY(profiles.size() >= 10);
    QStringList codes;
    for (const HtmcProfile& p : profiles) {
        codes << p.code;
        QVERIFY2(!p.nameKk.isEmpty() && !p.nameRu.isEmpty() && !p.nameEn.isEmpty(), qPrintable(p.code));
    }
    for (const char* code : {"CSU", "NSU", "ONC", "TRP", "JRP", "OPH", "PCS", "IVF"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QCOMPARE(m_workspace->quotas().findProfile(QStringLiteral("trp"))->nameKk,
             QStringLiteral("Ағзаларды транспланттау"));
    // Editable: a new profile, and one taken out of use.
    HtmcProfile bone;
    bone.code = QStringLiteral("bmt");
    bone.nameKk = QStringLiteral("Сүйек кемігін транспланттау");
    bone.nameRu = QStringLiteral("Трансплантация костного мозга");
    bone.nameEn = QStringLiteral("Bone marrow transplantation");
    QCOMPARE(m_workspace->quotas().saveProfile(bone).code, QStringLiteral("BMT"));
    HtmcProfile ivf = *m_workspace->quotas().findProfile(QStringLiteral("IVF"));
    ivf.active = false;
    m_workspace->quotas().saveProfile(ivf);
    QCOMPARE(m_workspace->quotas().profiles(true).size(), profiles.size());
    QCOMPARE(m_workspace->quotas().profiles().last().code, QStringLiteral("BMT"));
    bone.code = QStringLiteral("X");
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->quotas().saveProfile(bone));
}

void TestQuotas::planIsSetAndItsHistoryKept()
{
    QuotaService& quotas = m_workspace->quotas();
    QuotaPlan plan =
        quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("csu"), 12, QStringLiteral("приказ 45"));
    QCOMPARE(plan.allocated, 12);
    QCOMPARE(plan.used, 0);
    QCOMPARE(plan.remaining(), 12);
    QCOMPARE(plan.profileCode, QStringLiteral("CSU"));
    QCOMPARE(plan.note, QStringLiteral("приказ 45"));
    quotas.setAllocated(2026, QStringLiteral("Астана"), QStringLiteral("CSU"), 15); // a region by its name too
    quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 15);     // no change, no history
    const QList<QuotaPlanChange> history = quotas.history(2026, QStringLiteral("71"), QStringLiteral("CSU"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).allocatedBefore, -1);
    QCOMPARE(history.at(0).allocatedAfter, 12);
    QCOMPARE(history.at(1).allocatedBefore, 12);
    QCOMPARE(history.at(1).allocatedAfter, 15);
    QCOMPARE(history.at(1).source, QStringLiteral("set"));
    QVERIFY(!history.at(1).actor.isEmpty());
    QCOMPARE(Query(m_workspace->database(),
                   QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'quota_plan' AND uid = ?"))
                 .bind(plan.uid)
                 .scalar()
                 .toInt(),
             2);
    QCOMPARE(quotas.plans(2026).size(), 1);
    QCOMPARE(quotas.plans(2027).size(), 0);
    QCOMPARE(quotas.regionPlans(2026, QStringLiteral("CSU")).size(), 20);
    QVERIFY(quotas.years().contains(2026));
}

void TestQuotas::badPlansNameTheField()
{
    QuotaService& quotas = m_workspace->quotas();
    auto field = [&](auto call) {
        try {
            call();
        } catch (const OperationError& e) {
            return e.field();
        }
        return QStringLiteral("(accepted)");
    };
    QCOMPARE(field([&] { quotas.setAllocated(1999, QStringLiteral("71"), QStringLiteral("CSU"), 1); }),
             QStringLiteral("year"));
    QCOMPARE(field([&] { quotas.setAllocated(2026, QStringLiteral("99"), QStringLiteral("CSU"), 1); }),
             QStringLiteral("region"));
    QCOMPARE(field([&] { quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("XYZ"), 1); }),
             QStringLiteral("profile"));
    QCOMPARE(field([&] { quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), -1); }),
             QStringLiteral("allocated"));
    QCOMPARE(field([&] { quotas.allocate(2026, QStringLiteral("CSU"), -5); }), QStringLiteral("total"));
    QVERIFY(quotas.plans().isEmpty());
}

void TestQuotas::allocationSplitsTheTotalAndRecordsIt()
{
    QuotaService& quotas = m_workspace->quotas();
    quotas.setAllocated(2026, QStringLiteral("62"), QStringLiteral("NSU"), 4); // overwritten by the split
    const QList<QuotaPlan> lines = quotas.allocate(2026, QStringLiteral("NSU"), 7);
    QCOMPARE(lines.size(), 20);
    int sum = 0;
    for (const QuotaPlan& line : lines)
        sum += line.allocated;
    QCOMPARE(sum, 7);
    QCOMPARE(quotas.plan(2026, QStringLiteral("62"), QStringLiteral("NSU"))->allocated, 0);
    QCOMPARE(quotas.plan(2026, QStringLiteral("75"), QStringLiteral("NSU"))->allocated, 1);
    const QList<QuotaPlanChange> history = quotas.history(2026, QStringLiteral("62"), QStringLiteral("NSU"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().source, QStringLiteral("allocation"));
    const QJsonObject detail = QJsonDocument::fromJson(history.last().detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("total")).toInt(), 7);
    QCOMPARE(detail.value(QStringLiteral("population_year")).toInt(), 2024);
    // Again with a larger total: every line is replaced, still exact.
    sum = 0;
    for (const QuotaPlan& line : quotas.allocate(2026, QStringLiteral("NSU"), 9999))
        sum += line.allocated;
    QCOMPARE(sum, 9999);
    // Another profile and year are untouched.
    QVERIFY(quotas.plans(2027).isEmpty());
    QCOMPARE(quotas.plan(2026, QStringLiteral("75"), QStringLiteral("CSU")), std::nullopt);
}

void TestQuotas::allocationNeedsPopulations()
{
    QuotaService& quotas = m_workspace->quotas();
    for (const Region& r : m_workspace->referenceData().regions())
        quotas.setPopulation(r.code, 0, 2024);
    try {
        quotas.allocate(2026, QStringLiteral("CSU"), 10);
        QFAIL("allocated without populations");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("population"));
        QVERIFY(e.message().contains(QStringLiteral("populations first")));
    }
    QVERIFY(quotas.plans().isEmpty());
    quotas.setPopulation(QStringLiteral("79"), 1234000, 2025);
    const QList<QuotaPlan> lines = quotas.allocate(2026, QStringLiteral("CSU"), 10);
    QCOMPARE(quotas.plan(2026, QStringLiteral("79"), QStringLiteral("CSU"))->allocated, 10);
    QCOMPARE(lines.size(), 20);
}

void TestQuotas::populationIsEditableWithItsYear()
{
    QuotaService& quotas = m_workspace->quotas();
    const QList<Region> regions = m_workspace->referenceData().regions();
    const Region before =
        *std::find_if(regions.begin(), regions.end(), [](const Region& r) { return r.code == QLatin1String("71"); });
    QCOMPARE(before.populationYear, 2024);
    QVERIFY(before.population > 1000000);
    const Region after = quotas.setPopulation(QStringLiteral("71"), 1500123, 2025);
    QCOMPARE(after.population, 1500123);
    QCOMPARE(after.populationYear, 2025);
    QCOMPARE(quotas.regionPlans(2026, QStringLiteral("CSU")).at(17).population, 1500123);
    // Recorded as one change of the region, with the old and new values.
    Query change(m_workspace->database(), QStringLiteral("SELECT uid, row_version, fields FROM change_log WHERE "
                                                         "entity = 'region' AND change = 'update'"));
    change.exec();
    QVERIFY(change.next());
    QCOMPARE(change.text(0), QStringLiteral("71"));
    QCOMPARE(change.integer(1), 2);
    const QJsonObject fields = QJsonDocument::fromJson(change.text(2).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("population")).toArray().at(1).toInt(), 1500123);
    QCOMPARE(fields.value(QStringLiteral("population_year")).toArray().at(0).toInt(), 2024);
    QCOMPARE(fields.value(QStringLiteral("population_year")).toArray().at(1).toInt(), 2025);
    QVERIFY(!change.next());
    QVERIFY_THROWS_EXCEPTION(OperationError, quotas.setPopulation(QStringLiteral("71"), -1, 2025));
    QVERIFY_THROWS_EXCEPTION(OperationError, quotas.setPopulation(QStringLiteral("71"), 1000, 2040));
    QVERIFY_THROWS_EXCEPTION(OperationError, quotas.setPopulation(QStringLiteral("00"), 1000, 2025));
}

// --- Consumption ------------------------------------------------------------------------------------------

void TestQuotas::referralTakesAQuotaOfThePatientsRegion()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 3);
    const Referral r = registerHtmc();
    QCOMPARE(r.funding, QStringLiteral("htmc"));
    QCOMPARE(r.quotaProfile, QStringLiteral("CSU"));
    QCOMPARE(r.quotaYear, 2026);
    QCOMPARE(r.quotaRegion, QStringLiteral("71"));
    const QuotaPlan plan = *m_workspace->quotas().plan(2026, QStringLiteral("71"), QStringLiteral("CSU"));
    QCOMPARE(plan.used, 1);
    QCOMPARE(plan.remaining(), 2);
    // Referred from another region, the quota is still the patient's region's.
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.funding = QStringLiteral("htmc");
    in.quotaProfile = QStringLiteral("CSU");
    in.referringRegion = QStringLiteral("75");
    in.secondReferralReason = QStringLiteral("a test takes several quotas for one patient");
    QCOMPARE(m_workspace->referrals().registerReferral(in).quotaRegion, QStringLiteral("71"));
    QCOMPARE(used(), 2);
    // Other funding takes nothing.
    in.funding = QStringLiteral("gobmp");
    in.quotaProfile.clear();
    QVERIFY(m_workspace->referrals().registerReferral(in).quotaProfile.isEmpty());
    QCOMPARE(used(), 2);
}

void TestQuotas::refusedWhenNoneIsLeft()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 2);
    m_workspace->quotas().setAllocated(2026, QStringLiteral("75"), QStringLiteral("CSU"), 50);
    registerHtmc();
    registerHtmc();
    const int referrals =
        Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt();
    try {
        registerHtmc();
        QFAIL("a third referral took a quota that does not exist");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("quota"));
        QVERIFY2(e.message().contains(QStringLiteral("No HTMC quota is left for Cardiac surgery in Astana for 2026")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("all 2 are held")));
        QVERIFY(e.message().contains(QStringLiteral("another region cannot be used")));
        QVERIFY(e.message().contains(QStringLiteral("redistribute")));
        QVERIFY(e.message().contains(QStringLiteral("another funding")));
    }
    // Nothing of the refused registration is left: no referral, no event, no sequence number used.
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(),
             referrals);
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM referral_event")).scalar().toInt(),
             referrals);
    QCOMPARE(used(), 2);
    QCOMPARE(used(QStringLiteral("75")), 0); // another region's plan was not touched
    // Another profile of the same region has its own plan.
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("NSU"), 1);
    QCOMPARE(registerHtmc(QStringLiteral("900115300013"), QStringLiteral("NSU")).code, QStringLiteral("71.7101.CAR.3"));
}

void TestQuotas::refusedWhenTheRegionHasNoPlan()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("75"), QStringLiteral("CSU"), 50);
    m_workspace->quotas().setAllocated(2027, QStringLiteral("71"), QStringLiteral("CSU"), 50); // next year's plan
    try {
        registerHtmc();
        QFAIL("registered without a plan");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("quota"));
        QVERIFY2(e.message().contains(QStringLiteral("Astana has no HTMC quotas for Cardiac surgery in 2026")),
                 qPrintable(e.message()));
    }
    // A plan of zero says the same as no plan.
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 0);
    QVERIFY_THROWS_EXCEPTION(OperationError, registerHtmc());
}

void TestQuotas::cancellingOrRefusingGivesTheQuotaBack()
{
    ReferralService& referrals = m_workspace->referrals();
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 1);
    const Referral first = registerHtmc();
    QCOMPARE(used(), 1);
    QVERIFY_THROWS_EXCEPTION(OperationError, registerHtmc());
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("Пациент отказался");
    referrals.transition(first.code, ReferralStatus::Cancelled, cancel);
    QCOMPARE(used(), 0);
    const Referral second = registerHtmc(); // the quota is free again
    QCOMPARE(used(), 1);
    ReferralService::Transition refuse;
    refuse.reasonCode = QStringLiteral("no_indication");
    referrals.transition(second.code, ReferralStatus::Refused, refuse);
    QCOMPARE(used(), 0);
    registerHtmc();
    QCOMPARE(used(), 1);
}

void TestQuotas::transferKeepsExactlyOneQuota()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 1);
    const Referral r = registerHtmc();
    ReferralService::Transition move;
    move.newHospitalCode = QStringLiteral("7102");
    const Referral closed = m_workspace->referrals().transition(r.code, ReferralStatus::Transferred, move);
    QCOMPARE(closed.status, ReferralStatus::Transferred);
    QCOMPARE(used(), 1); // the new referral holds it, the old one no longer does
    const Referral moved = m_workspace->referrals().forPatient(r.patientId).first();
    QVERIFY(moved.code != r.code);
    QCOMPARE(moved.quotaProfile, QStringLiteral("CSU"));
    QCOMPARE(moved.quotaYear, 2026);
    QCOMPARE(moved.quotaRegion, QStringLiteral("71"));
    QVERIFY_THROWS_EXCEPTION(OperationError, registerHtmc());
}

void TestQuotas::noShowAndTreatedReferralsKeepTheirQuota()
{
    ReferralService& referrals = m_workspace->referrals();
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 2);
    Referral a = registerHtmc();
    Referral b = registerHtmc();
    ReferralService::Transition schedule;
    schedule.date = m_clock->today();
    a = referrals.transition(a.code, ReferralStatus::Scheduled, schedule);
    a = referrals.transition(a.code, ReferralStatus::NoShow, {});
    QCOMPARE(used(), 2);
    b = referrals.transition(b.code, ReferralStatus::Scheduled, schedule);
    for (const DocumentType& type : m_workspace->referenceData().documentTypes(true))
        referrals.recordDocument(b.code, DocumentRecord{type.code, true, m_clock->today().addDays(-1), {}});
    b = referrals.transition(b.code, ReferralStatus::Hospitalized, {});
    QCOMPARE(used(), 2);
    b = referrals.transition(b.code, ReferralStatus::Discharged, {});
    QCOMPARE(used(), 2);
    QVERIFY_THROWS_EXCEPTION(OperationError, registerHtmc());
    for (ReferralStatus s : ReferralStatuses::all())
        QCOMPARE(QuotaConsumption::holdsQuota(s), QuotaConsumption::statusCodes().contains(ReferralStatuses::code(s)));
    QCOMPARE(QuotaConsumption::statusCodes(),
             (QStringList{QStringLiteral("registered"), QStringLiteral("scheduled"), QStringLiteral("hospitalized"),
                          QStringLiteral("discharged"), QStringLiteral("no_show")}));
}

void TestQuotas::quotaFundingNeedsAProfileAndARegion()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 5);
    auto failure = [&](const QString& iin, const QString& funding, const QString& quota) -> OperationError {
        ReferralService::Registration in;
        in.iin = iin;
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        in.funding = funding;
        in.quotaProfile = quota;
        in.referringRegion = QStringLiteral("71"); // the patient without a region is referred from Astana
        try {
            m_workspace->referrals().registerReferral(in);
        } catch (const OperationError& e) {
            return e;
        }
        return OperationError(OperationError::Kind::Invalid, QStringLiteral("(accepted)"));
    };
    OperationError e = failure(QStringLiteral("900115300013"), QStringLiteral("htmc"), {});
    QCOMPARE(e.field(), QStringLiteral("quota"));
    QVERIFY(e.message().contains(QStringLiteral("needs the HTMC profile")));
    e = failure(QStringLiteral("900115300013"), QStringLiteral("htmc"), QStringLiteral("CAR")); // a bed profile
    QCOMPARE(e.field(), QStringLiteral("quota"));
    e = failure(QStringLiteral("900115300013"), QStringLiteral("gobmp"), QStringLiteral("CSU"));
    QCOMPARE(e.field(), QStringLiteral("quota"));
    QVERIFY(e.message().contains(QStringLiteral("only for referrals funded by an HTMC quota")));
    Patient nowhere;
    nowhere.iin = QStringLiteral("850720400126");
    nowhere.lastName = QStringLiteral("Иванова");
    nowhere.firstName = QStringLiteral("Анна");
    m_workspace->patients().registerPatient(nowhere);
    e = failure(QStringLiteral("850720400126"), QStringLiteral("htmc"), QStringLiteral("CSU"));
    QCOMPARE(e.kind(), OperationError::Kind::Invalid);
    QCOMPARE(e.field(), QStringLiteral("iin"));
    QVERIFY2(e.message().contains(QStringLiteral("region is not recorded")), qPrintable(e.message()));
    QCOMPARE(used(), 0);
}

void TestQuotas::planCannotGoBelowWhatIsHeld()
{
    QuotaService& quotas = m_workspace->quotas();
    quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 5);
    registerHtmc();
    registerHtmc();
    registerHtmc();
    try {
        quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 2);
        QFAIL("the plan went below the quotas held");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("allocated"));
        QVERIFY2(e.message().contains(QStringLiteral("already hold 3 quotas")), qPrintable(e.message()));
    }
    QCOMPARE(quotas.setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 3).remaining(), 0);
}

void TestQuotas::allocationCannotGoBelowWhatIsHeld()
{
    QuotaService& quotas = m_workspace->quotas();
    quotas.allocate(2026, QStringLiteral("CSU"), 100);
    registerHtmc();
    registerHtmc();
    // A total of 7 gives Astana 1, below the 2 its referrals hold: refused, nothing changed.
    try {
        quotas.allocate(2026, QStringLiteral("CSU"), 7);
        QFAIL("the split went below the quotas held");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("total"));
        QVERIFY2(e.message().contains(QStringLiteral("Astana (referrals hold 2, the split gives 1)")),
                 qPrintable(e.message()));
    }
    int sum = 0;
    for (const QuotaPlan& plan : quotas.plans(2026))
        sum += plan.allocated;
    QCOMPARE(sum, 100);
}

void TestQuotas::cliCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args);
    };
    const int year = QDate::currentDate().year();
    auto result = cli({QStringLiteral("quotas"), QStringLiteral("profiles"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(profiles.size() >= 10);
    QCOMPARE(profiles.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("CSU"));
    QCOMPARE(profiles.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Cardiac surgery"));

    result = cli({QStringLiteral("quotas"), QStringLiteral("allocate"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--profile"), QStringLiteral("CSU"), QStringLiteral("--total"), QStringLiteral("7")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = cli({QStringLiteral("quotas"), QStringLiteral("set"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--region"), QStringLiteral("71"), QStringLiteral("--profile"), QStringLiteral("CSU"),
                  QStringLiteral("--allocated"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("allocated")).toInt(), 1);

    result = cli({QStringLiteral("quotas"), QStringLiteral("list"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray plans = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(plans.size(), 20);
    int sum = 0;
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        for (const char* key : {"year", "region_code", "profile", "allocated", "used", "remaining"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p.value(QStringLiteral("year")).toInt(), year);
        sum += p.value(QStringLiteral("allocated")).toInt();
    }
    QCOMPARE(sum, 7); // Astana had 1 from the split and was set to 1

    // A quota-funded referral through the CLI, and the refusal once the quota is used up.
    result =
        cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("900115300013"),
             QStringLiteral("--last-name"), QStringLiteral("Әлиханов"), QStringLiteral("--first-name"),
             QStringLiteral("Нұрлан"), QStringLiteral("--region"), QStringLiteral("71")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList add{QStringLiteral("referrals"),
                          QStringLiteral("add"),
                          QStringLiteral("--iin"),
                          QStringLiteral("900115300013"),
                          QStringLiteral("--hospital"),
                          QStringLiteral("7101"),
                          QStringLiteral("--profile"),
                          QStringLiteral("CAR"),
                          QStringLiteral("--diagnosis"),
                          QStringLiteral("I25.1"),
                          QStringLiteral("--funding"),
                          QStringLiteral("htmc"),
                          QStringLiteral("--quota-profile"),
                          QStringLiteral("CSU"),
                          QStringLiteral("--json"),
                          QStringLiteral("--second-referral-reason"),
                          QStringLiteral("a test takes two quotas for one patient")};
    result = cli(add);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject referral = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(referral.value(QStringLiteral("funding")).toString(), QStringLiteral("htmc"));
    QCOMPARE(referral.value(QStringLiteral("quota_profile")).toString(), QStringLiteral("CSU"));
    QCOMPARE(referral.value(QStringLiteral("quota_year")).toInt(), year);
    result = cli(add);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("No HTMC quota is left")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("another funding")));
    QVERIFY(result.out.isEmpty());
    result = cli({QStringLiteral("quotas"), QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("71"),
                  QStringLiteral("--json")});
    const QJsonObject astana = QJsonDocument::fromJson(result.out.toUtf8()).array().first().toObject();
    QCOMPARE(astana.value(QStringLiteral("used")).toInt(), 1);
    QCOMPARE(astana.value(QStringLiteral("remaining")).toInt(), 0);

    result = cli({QStringLiteral("quotas"), QStringLiteral("history"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--region"), QStringLiteral("71"), QStringLiteral("--profile"), QStringLiteral("CSU"),
                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 1); // split gave 1, set to 1: one change

    result =
        cli({QStringLiteral("regions"), QStringLiteral("set-population"), QStringLiteral("62"),
             QStringLiteral("225300"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("population")).toInt(), 225300);
    result = cli({QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& v : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("62"))
            QCOMPARE(v.toObject().value(QStringLiteral("population_year")).toInt(), 2025);
    }

    // Usage errors and failures.
    QCOMPARE(cli({QStringLiteral("quotas"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2026")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("quotas"), QStringLiteral("allocate"), QStringLiteral("--year"), QStringLiteral("x"),
                  QStringLiteral("--profile"), QStringLiteral("CSU"), QStringLiteral("--total"), QStringLiteral("5")})
                 .exitCode,
             2);
    result = cli({QStringLiteral("quotas"), QStringLiteral("set"), QStringLiteral("--year"), QString::number(year),
                  QStringLiteral("--region"), QStringLiteral("71"), QStringLiteral("--profile"), QStringLiteral("CSU"),
                  QStringLiteral("--allocated"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("cannot be lower than 1")));
}

QTEST_GUILESS_MAIN(TestQuotas)
#include "tst_quotas.moc"
