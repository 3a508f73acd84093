#include "TestSupport.h"
#include "services/ReferenceDataService.h"
#include "services/RegionalContactService.h"
#include "store/ChecklistStore.h"
#include "store/HospitalStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The reference data shipped with Joldama, as loaded into a new database.
class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void twentyRegionsWithKatoCodesAndThreeLanguages();
    void contactsExactlyAsThePortalPublishesThem();
    void bedProfiles();
    void demoHospitalsInEveryRegion();
    void checklists();
    void loadedOnceAndEditsSurviveRestart();
    void regionNamesResolve_data();
    void regionNamesResolve();
};

void TestReferenceData::twentyRegionsWithKatoCodesAndThreeLanguages()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    const QList<Region> regions = workspace->referenceData().regions();
    QStringList codes;
    for (const Region& r : regions) {
        codes << r.code;
        QVERIFY(!r.nameKk.isEmpty() && !r.nameRu.isEmpty() && !r.nameEn.isEmpty());
        QVERIFY2(r.population > 100000, qPrintable(r.code));
        QCOMPARE(r.populationYear, 2024);
    }
    QCOMPARE(codes, (QStringList{"10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
                                 "43", "47", "55", "59", "61", "62", "63", "71", "75", "79"}));
    QCOMPARE(regions.at(17).nameKk, QStringLiteral("Астана қаласы"));
    QCOMPARE(regions.at(0).nameRu, QStringLiteral("область Абай"));
}

void TestReferenceData::contactsExactlyAsThePortalPublishesThem()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    // The table of the Bureau's portal (seed 000), region by region.
    const QHash<QString, QPair<QString, QString>> expected{
        {"11", {"7162", "721-517"}}, {"15", {"7132", "563-588"}},  {"19", {"8771", "7459450"}},
        {"23", {"7122", "354-263"}}, {"63", {"7232", "710-158"}},  {"31", {"7262", "516-169"}},
        {"27", {"7112", "255-120"}}, {"35", {"7212", "559-786"}},  {"39", {"7142", ""}},
        {"43", {"7242", "234-470"}}, {"47", {"7292", "302-072"}},  {"55", {"7182", "32-30-70"}},
        {"59", {"7152", "500-369"}}, {"61", {"72533", "593-314"}}, {"33", {"7282", "400020"}},
        {"62", {"7102", "600377"}},  {"10", {"7222", "522-450"}},  {"75", {"7272", "2251-422"}},
        {"71", {"7172", "557-290"}}, {"79", {"7252", ""}}};
    const QList<RegionalContact> contacts = workspace->contacts().contacts();
    QCOMPARE(contacts.size(), 20);
    QSet<QString> seen;
    for (const RegionalContact& c : contacts) {
        QVERIFY2(expected.contains(c.regionCode), qPrintable(c.regionCode));
        QCOMPARE(c.areaCode, expected.value(c.regionCode).first);
        QCOMPARE(c.phone, expected.value(c.regionCode).second);
        QCOMPARE(c.updatedOn, QDate(2024, 3, 11)); // the portal's "last update"
        QVERIFY(!c.uid.isEmpty());
        seen.insert(c.regionCode);
    }
    QCOMPARE(seen.size(), 20);
    // Kostanay and Shymkent: the portal gives no number, and none is invented.
    QVERIFY(!workspace->contacts().forRegion(QStringLiteral("39"))->hasPhone());
    QVERIFY(!workspace->contacts().forRegion(QStringLiteral("79"))->hasPhone());
    QVERIFY(workspace->contacts().forRegion(QStringLiteral("39"))->dialString().isEmpty());
    QCOMPARE(workspace->contacts().forRegion(QStringLiteral("71"))->dialString(), QStringLiteral("8 (7172) 557-290"));
}

void TestReferenceData::bedProfiles()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    const QList<BedProfile> profiles = workspace->referenceData().profiles();
    QVERIFY(profiles.size() >= 20);
    bool hasChild = false, hasDay = false;
    QSet<QString> codes;
    for (const BedProfile& p : profiles) {
        QVERIFY2(p.code.size() == 2 || p.code.size() == 3, qPrintable(p.code));
        QVERIFY(!p.nameKk.isEmpty() && !p.nameRu.isEmpty() && !p.nameEn.isEmpty());
        hasChild = hasChild || p.ageGroup == BedProfile::AgeGroup::Child;
        hasDay = hasDay || p.careForm == BedProfile::CareForm::Day;
        codes.insert(p.code);
    }
    QVERIFY(hasChild);
    QVERIFY(hasDay);
    QVERIFY(codes.contains(QStringLiteral("DH"))); // the official data's day-hospital code
    QCOMPARE(codes.size(), profiles.size());
}

void TestReferenceData::demoHospitalsInEveryRegion()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    QHash<QString, int> perRegion;
    for (const Hospital& h : workspace->referenceData().hospitals()) {
        QCOMPARE(h.code.size(), 4);
        QVERIFY(h.demo);
        QVERIFY2(h.name.contains(QStringLiteral("(демо)")), qPrintable(h.name)); // clearly marked
        perRegion[h.regionCode]++;
        QVERIFY(!HospitalStore(workspace->database()).profileCodes(h.id).isEmpty());
    }
    QCOMPARE(perRegion.size(), 20);
    for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it)
        QVERIFY2(it.value() >= 3, qPrintable(it.key()));
    // Offered by region and profile: cardiology in Astana.
    const QList<Hospital> cardiology =
        workspace->referenceData().hospitalsOffering(QStringLiteral("71"), QStringLiteral("CAR"));
    QVERIFY(cardiology.size() >= 2);
    for (const Hospital& h : cardiology)
        QCOMPARE(h.regionCode, QStringLiteral("71"));
}

void TestReferenceData::checklists()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    const ChecklistStore store(workspace->database());
    const QList<DocumentType> documents = store.documentTypes();
    QVERIFY(documents.size() >= 7);
    QHash<QString, int> validity;
    for (const DocumentType& d : documents)
        validity.insert(d.code, d.validityDays);
    QCOMPARE(validity.value(QStringLiteral("blood_count")), 14);
    QCOMPARE(validity.value(QStringLiteral("identity")), 0);
    QVERIFY(validity.contains(QStringLiteral("form_001_3u")));
    QVERIFY(store.refusalReasons().size() >= 5);
}

void TestReferenceData::loadedOnceAndEditsSurviveRestart()
{
    QTemporaryDir dir;
    {
        auto workspace = TestSupport::openWorkspace(dir);
        RegionalContact kostanay = *workspace->contacts().forRegion(QStringLiteral("39"));
        kostanay.phone = QStringLiteral("50-12-34");
        workspace->contacts().update(kostanay);
        QVERIFY(workspace->referenceData().loadShippedData().isEmpty()); // nothing loaded twice
    }
    auto workspace = TestSupport::openWorkspace(dir);
    QCOMPARE(workspace->contacts().contacts().size(), 20);
    QCOMPARE(workspace->contacts().forRegion(QStringLiteral("39"))->phone, QStringLiteral("50-12-34"));
    QCOMPARE(workspace->referenceData().hospitals().size(), 61);
}

void TestReferenceData::regionNamesResolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("colloquial") << "Абайская область"
                                << "10";
    QTest::newRow("official") << "область Абай"
                              << "10";
    QTest::newRow("kazakh") << "Абай облысы"
                            << "10";
    QTest::newRow("portal english") << "Akmola region"
                                    << "11";
    QTest::newRow("upper case") << "ЖЕТЫСУСКАЯ ОБЛАСТЬ"
                                << "33";
    QTest::newRow("official zhetysu") << "область Жетісу"
                                      << "33";
    QTest::newRow("city") << "г. Алматы"
                          << "75";
    QTest::newRow("code") << "71"
                          << "71";
    QTest::newRow("unknown") << "Марс"
                             << "";
}

void TestReferenceData::regionNamesResolve()
{
    static QTemporaryDir dir;
    static auto workspace = TestSupport::openWorkspace(dir);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(workspace->referenceData().resolveRegion(name), code);
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
