#include "AlphabeticalSortProxy.h"
#include "BedAvailabilityModel.h"
#include "HospitalRegistryModel.h"
#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "ReferralDocumentModel.h"
#include "ReferralHistoryModel.h"
#include "ReferralTableModel.h"
#include "RegionalContactModel.h"
#include "TestSupport.h"
#include "services/BedService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/RegionalContactService.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The small in-memory models, checked by Qt's model tester and by their signals.
class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void contactModelShowsMissingNumbers();
    void contactModelEditsSaveAtOnce();
    void contactModelRefusesBadInputAndKeepsTheRow();
    void contactModelAddRemoveSignals();
    void proxySortsInKazakhOrderAndFilters();
    void languageChangeRepaints();
    void bedModel();
    void referralListUnderLoadChanges();
    void referralHistoryAndDocuments();
    void hospitalRegistry();

private:
    // A workspace with one patient and `count` referrals to hospital 7101, cardiology.
    static std::unique_ptr<Workspace> withReferrals(const QTemporaryDir& dir, int count, QStringList* codes = nullptr,
                                                    const Clock& clock = Clock::system());
};

std::unique_ptr<Workspace> TestModels::withReferrals(const QTemporaryDir& dir, int count, QStringList* codes,
                                                     const Clock& clock)
{
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("test.sqlite"), clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
    for (int i = 0; i < count; ++i) {
        ReferralService::Registration in;
        in.iin = p.iin;
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = i % 2 ? QStringLiteral("CAR") : QStringLiteral("THR");
        in.diagnosisCode = QStringLiteral("I25.1");
        in.referringOrg = QStringLiteral("ГП №4");
        in.secondReferralReason = QStringLiteral("a test fills a list with one patient's referrals");
        const QString code = workspace->referrals().registerReferral(in).code;
        if (codes)
            *codes << code;
    }
    return workspace;
}

void TestModels::contactModelShowsMissingNumbers()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    RegionalContactModel model(workspace->contacts(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 20);
    int missing = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex phone = model.index(row, RegionalContactModel::Phone);
        if (phone.data(ModelRoles::MissingRole).toBool()) {
            ++missing;
            QCOMPARE(phone.data(Qt::EditRole).toString(), QString()); // nothing invented behind the label
            QCOMPARE(phone.data(Qt::DisplayRole).toString(), QStringLiteral("number not published"));
        }
    }
    QCOMPARE(missing, 2);
}

void TestModels::contactModelEditsSaveAtOnce()
{
    QTemporaryDir dir;
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("m.sqlite"), clock);
    ReferenceNames names(workspace->referenceData());
    RegionalContactModel model(workspace->contacts(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = 0;
    while (model.contactAt(row).regionCode != QLatin1String("39"))
        ++row;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(row, RegionalContactModel::Phone), QStringLiteral("50-60-70")));
    QCOMPARE(changed.count(), 1);
    // The whole row changes: the "last update" column too.
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), RegionalContactModel::ColumnCount - 1);
    QCOMPARE(model.index(row, RegionalContactModel::Updated).data().toString(), QStringLiteral("16.11.2026"));
    QCOMPARE(workspace->contacts().forRegion(QStringLiteral("39"))->phone, QStringLiteral("50-60-70"));
}

void TestModels::contactModelRefusesBadInputAndKeepsTheRow()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    RegionalContactModel model(workspace->contacts(), names);
    QSignalSpy rejected(&model, &RegionalContactModel::editRejected);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString before = model.index(0, RegionalContactModel::AreaCode).data().toString();
    QVERIFY(!model.setData(model.index(0, RegionalContactModel::AreaCode), QStringLiteral("ab")));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.first().at(0).toString().contains(QStringLiteral("3 to 5 digits")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0, RegionalContactModel::AreaCode).data().toString(), before);
    QVERIFY(!model.setData(model.index(0, RegionalContactModel::Updated), QDate(2020, 1, 1)));
    QVERIFY(!(model.flags(model.index(0, RegionalContactModel::Updated)) & Qt::ItemIsEditable));
}

void TestModels::contactModelAddRemoveSignals()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    RegionalContactModel model(workspace->contacts(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int row = model.addContact(QStringLiteral("75"), QStringLiteral("727"), QStringLiteral("300-00-00"));
    QCOMPARE(row, 20);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.addContact(QStringLiteral("75"), QStringLiteral("x"), {}), -1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(model.removeContact(row));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 20);
    model.reload();
    QCOMPARE(model.rowCount(), 20);
}

void TestModels::proxySortsInKazakhOrderAndFilters()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    names.setLanguage(Language::Kazakh);
    RegionalContactModel model(workspace->contacts(), names);
    AlphabeticalSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(RegionalContactModel::Region, Qt::AscendingOrder);
    QStringList regions;
    for (int row = 0; row < proxy.rowCount(); ++row)
        regions << proxy.index(row, RegionalContactModel::Region).data().toString();
    // Қ comes after К and before Л: Ақмола before Алматы; "Алматы қаласы" before "Алматы облысы".
    QCOMPARE(regions.mid(0, 6), (QStringList{QStringLiteral("Абай облысы"), QStringLiteral("Ақмола облысы"),
                                             QStringLiteral("Ақтөбе облысы"), QStringLiteral("Алматы қаласы"),
                                             QStringLiteral("Алматы облысы"), QStringLiteral("Астана қаласы")}));
    // Қарағанды comes right after Жетісу; Ұ after У; ғ before м: Шығыс before Шымкент.
    QCOMPARE(regions.at(10), QStringLiteral("Қарағанды облысы"));
    QCOMPARE(regions.mid(16),
             (QStringList{QStringLiteral("Түркістан облысы"), QStringLiteral("Ұлытау облысы"),
                          QStringLiteral("Шығыс Қазақстан облысы"), QStringLiteral("Шымкент қаласы")}));
    proxy.setFilterText(QStringLiteral("ҚАЛАСЫ"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("557-290"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 20);
    // Dates sort by date, not by their dd.MM.yyyy text.
    model.setData(model.index(0, RegionalContactModel::Phone), QStringLiteral("111-111"));
    proxy.sort(RegionalContactModel::Updated, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, RegionalContactModel::Updated).data(ModelRoles::SortRole).toDate() > QDate(2024, 3, 11));
}

void TestModels::languageChangeRepaints()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    RegionalContactModel model(workspace->contacts(), names);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    names.setLanguage(Language::Russian);
    QCOMPARE(header.count(), 1);
    QCOMPARE(data.count(), 1);
    int row = 0;
    while (model.contactAt(row).regionCode != QLatin1String("71"))
        ++row;
    QCOMPARE(model.index(row, RegionalContactModel::Region).data().toString(), QStringLiteral("город Астана"));
}

void TestModels::bedModel()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    BedAvailabilityModel model(workspace->beds(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 100); // every demo hospital × profile, even before any bed report
    QCOMPARE(model.index(0, BedAvailabilityModel::FreeToday).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.totalFree(0), 0);
    model.reload(QStringLiteral("71"), QStringLiteral("CAR"));
    QVERIFY(model.rowCount() >= 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, BedAvailabilityModel::Region).data(ModelRoles::CodeRole).toString(),
                 QStringLiteral("71"));
        QCOMPARE(model.index(row, BedAvailabilityModel::Profile).data(ModelRoles::CodeRole).toString(),
                 QStringLiteral("CAR"));
    }
}

void TestModels::referralListUnderLoadChanges()
{
    QTemporaryDir dir;
    QStringList codes;
    auto workspace = withReferrals(dir, 600, &codes); // more than two pages of 256
    ReferenceNames names(workspace->referenceData());
    ReferralTableModel model(workspace->database().location(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.startCounting(); // as a view showing the list would
    // Sort, search and filter changes while pages and counts are still on their way; fetchMore too.
    model.sort(ReferralTableModel::Code, Qt::AscendingOrder);
    model.setSearch(QStringLiteral("әлих"));
    model.setFilter(QStringLiteral("profile_code"), QStringLiteral("CAR"));
    if (model.canFetchMore({}))
        model.fetchMore({});
    model.sort(ReferralTableModel::Registered, Qt::DescendingOrder);
    model.setFilter(QStringLiteral("profile_code"), QVariant());
    model.setFilter(QStringLiteral("status"), QStringLiteral("registered"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown() && !model.isLoading(), 10000);
    QCOMPARE(model.totalCount(), qint64(600));
    QCOMPARE(model.rowCount(), 600);
    // Newest first, every row readable once its page is in.
    for (int row : {0, 255, 256, 599}) {
        QTRY_VERIFY(model.index(row, 0).data().isValid());
        QCOMPARE(model.index(row, ReferralTableModel::Code).data().toString(), codes.at(599 - row));
    }
    model.setFilter(QStringLiteral("profile_code"), QStringLiteral("THR"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown() && !model.isLoading(), 10000);
    QCOMPARE(model.totalCount(), qint64(300));
}

void TestModels::referralHistoryAndDocuments()
{
    QTemporaryDir dir;
    QStringList codes;
    const FixedClock clock(TestSupport::fixedNow().addYears(-3)); // a day that is not the machine's today
    auto workspace = withReferrals(dir, 1, &codes, clock);
    ReferralService& referrals = workspace->referrals();
    const Referral referral = *referrals.find(codes.first());

    ReferralHistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setEvents(referrals.history(referral.id), {});
    QCOMPARE(history.rowCount(), 1);
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("Пациент передумал");
    referrals.transition(referral.code, ReferralStatus::Cancelled, cancel);
    history.setEvents(referrals.history(referral.id), {});
    QCOMPARE(history.rowCount(), 2);
    QVERIFY(history.index(1, ReferralHistoryModel::Reason).data().toString().contains(cancel.reason));

    ReferralDocumentModel documents(workspace->clock());
    QAbstractItemModelTester documentTester(&documents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    documents.setLines(referrals.documents(referral), Language::Russian);
    const int lines = documents.rowCount();
    QVERIFY(lines > 0);
    // A date of issue not given yet is offered as the workspace's today, not the machine's.
    QVERIFY(!documents.lines().first().record.issuedOn.isValid());
    QCOMPARE(documents.index(0, ReferralDocumentModel::IssuedOn).data(Qt::EditRole).toDate(),
             workspace->clock().today());
    documents.setSaveFunction([&](const DocumentRecord& record) { referrals.recordDocument(referral.code, record); });
    QSignalSpy saved(&documents, &ReferralDocumentModel::documentSaved);
    QVERIFY(documents.setData(documents.index(0, ReferralDocumentModel::Present), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(documents.index(0, ReferralDocumentModel::Present).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(referrals.documents(referral).first().record.present); // saved, not only shown
    documents.setLines({}, Language::Russian);
    QCOMPARE(documents.rowCount(), 0);
}

void TestModels::hospitalRegistry()
{
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    ReferenceNames names(workspace->referenceData());
    HospitalRegistryModel model(workspace->hospitals(), names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() >= 20); // demo hospitals in every region
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.hospitalAt(r).code == QStringLiteral("7101"))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(model.flags(model.index(row, HospitalRegistryModel::Phone)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(row, HospitalRegistryModel::Phone), QStringLiteral("8 7172 70-80-90")));
    model.reload(); // read back from the database
    QString digits = model.index(row, HospitalRegistryModel::Phone).data(Qt::EditRole).toString();
    digits.remove(QRegularExpression(QStringLiteral("\\D")));
    QVERIFY2(digits.endsWith(QStringLiteral("7172708090")), qPrintable(digits));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
