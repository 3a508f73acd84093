#include "AbroadApplicationModel.h"
#include "EligibleListModel.h"
#include "ModelRoles.h"
#include "QuotaPlanModel.h"
#include "ReferenceNames.h"
#include "TestSupport.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The models of the quota and treatment-abroad views, checked by Qt's model tester and by their signals.
class TestQuotaModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void planModelShowsEveryRegion();
    void planModelEditsSaveAtOnce();
    void planModelRefusesAndKeepsTheLine();
    void planModelAllocatesAndShowsUse();
    void planModelRepaintsOnLanguageChange();
    void applicationModelListsAndFilters();
    void eligibleListModelEditsAndChecks();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReferenceNames> m_names;
    int m_file = 0;
};

void TestQuotaModels::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("m%1.sqlite").arg(++m_file), *m_clock);
    m_names = std::make_unique<ReferenceNames>(m_workspace->referenceData());
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
}

void TestQuotaModels::cleanup()
{
    m_names.reset();
    m_workspace.reset();
    m_clock.reset();
}

void TestQuotaModels::planModelShowsEveryRegion()
{
    QuotaPlanModel model(m_workspace->quotas(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing chosen yet
    QCOMPARE(model.columnCount(), int(QuotaPlanModel::ColumnCount));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.show(2026, QStringLiteral("CSU"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 20);
    const int astana = 17;
    QCOMPARE(model.planAt(astana).regionCode, QStringLiteral("71"));
    QCOMPARE(model.index(astana, QuotaPlanModel::Region).data().toString(), QStringLiteral("Astana"));
    QCOMPARE(model.index(astana, QuotaPlanModel::Allocated).data().toInt(), 0);
    QVERIFY(model.index(astana, QuotaPlanModel::Allocated).data(ModelRoles::MissingRole).toBool()); // no plan yet
    QCOMPARE(model.index(astana, QuotaPlanModel::PopulationYear).data().toInt(), 2024);
    QCOMPARE(model.index(astana, QuotaPlanModel::Population).data(Qt::EditRole).toInt(), 1423000);
    QCOMPARE(model.index(astana, QuotaPlanModel::Region).data(ModelRoles::CodeRole).toString(), QStringLiteral("71"));
    for (int column = 0; column < QuotaPlanModel::ColumnCount; ++column) {
        const bool editable = model.flags(model.index(0, column)) & Qt::ItemIsEditable;
        QCOMPARE(editable, column == QuotaPlanModel::Allocated || column == QuotaPlanModel::Population ||
                               column == QuotaPlanModel::PopulationYear);
    }
}

void TestQuotaModels::planModelEditsSaveAtOnce()
{
    QuotaPlanModel model(m_workspace->quotas(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(2026, QStringLiteral("CSU"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rejected(&model, &QuotaPlanModel::editRejected);
    QVERIFY(model.setData(model.index(17, QuotaPlanModel::Allocated), 12));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 0); // the whole line: remaining changes too
    QCOMPARE(changed.first().at(1).toModelIndex().column(), QuotaPlanModel::ColumnCount - 1);
    QCOMPARE(model.index(17, QuotaPlanModel::Remaining).data().toInt(), 12);
    QVERIFY(!model.index(17, QuotaPlanModel::Allocated).data(ModelRoles::MissingRole).toBool());
    QCOMPARE(m_workspace->quotas().plan(2026, QStringLiteral("71"), QStringLiteral("CSU"))->allocated, 12);
    QCOMPARE(model.totalAllocated(), 12);
    QVERIFY(model.setData(model.index(17, QuotaPlanModel::Population), 1500000));
    QVERIFY(model.setData(model.index(17, QuotaPlanModel::PopulationYear), 2025));
    QCOMPARE(changed.count(), 3);
    const QList<Region> regions = m_workspace->referenceData().regions();
    QCOMPARE(regions.at(17).population, 1500000);
    QCOMPARE(regions.at(17).populationYear, 2025);
    QCOMPARE(rejected.count(), 0);
}

void TestQuotaModels::planModelRefusesAndKeepsTheLine()
{
    m_workspace->quotas().setAllocated(2026, QStringLiteral("71"), QStringLiteral("CSU"), 2);
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.funding = QStringLiteral("htmc");
    in.quotaProfile = QStringLiteral("CSU");
    m_workspace->referrals().registerReferral(in);
    QuotaPlanModel model(m_workspace->quotas(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(2026, QStringLiteral("CSU"));
    QCOMPARE(model.index(17, QuotaPlanModel::Used).data().toInt(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rejected(&model, &QuotaPlanModel::editRejected);
    QVERIFY(!model.setData(model.index(17, QuotaPlanModel::Allocated), 0));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.first().at(0).toString().contains(QStringLiteral("already hold 1 quotas")));
    QVERIFY(!model.setData(model.index(17, QuotaPlanModel::Allocated), QStringLiteral("many")));
    QVERIFY(!model.setData(model.index(17, QuotaPlanModel::Population), -5));
    QVERIFY(!model.setData(model.index(17, QuotaPlanModel::Used), 0)); // never typed
    QCOMPARE(rejected.count(), 3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(17, QuotaPlanModel::Allocated).data().toInt(), 2);
    QVERIFY(model.setData(model.index(17, QuotaPlanModel::Allocated), 1));
    // None left: the remaining cell says so in red.
    QCOMPARE(model.index(17, QuotaPlanModel::Remaining).data().toInt(), 0);
    QVERIFY(model.index(17, QuotaPlanModel::Remaining).data(Qt::ForegroundRole).isValid());
}

void TestQuotaModels::planModelAllocatesAndShowsUse()
{
    QuotaPlanModel model(m_workspace->quotas(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(2026, QStringLiteral("ONC"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.allocate(21));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalAllocated(), 21);
    QCOMPARE(model.index(3, QuotaPlanModel::Allocated).data().toInt(), 2); // Almaty Region
    QSignalSpy rejected(&model, &QuotaPlanModel::editRejected);
    QVERIFY(!model.allocate(-1));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalAllocated(), 21);
    model.show(2027, QStringLiteral("ONC"));
    QCOMPARE(model.totalAllocated(), 0);
}

void TestQuotaModels::planModelRepaintsOnLanguageChange()
{
    QuotaPlanModel model(m_workspace->quotas(), *m_names);
    model.show(2026, QStringLiteral("CSU"));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    m_names->setLanguage(Language::Kazakh);
    QCOMPARE(header.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(model.index(17, QuotaPlanModel::Region).data().toString(), QStringLiteral("Астана қаласы"));
}

void TestQuotaModels::applicationModelListsAndFilters()
{
    AbroadService& abroad = m_workspace->abroad();
    AbroadService::Application in;
    in.iin = QStringLiteral("900115300013");
    in.diagnosisCode = QStringLiteral("C92.1");
    in.diseaseCode = QStringLiteral("hsct_unrelated_donor");
    in.categoryCode = QStringLiteral("listed_disease");
    in.country = QStringLiteral("Германия");
    in.documents << AbroadDocument{0, QStringLiteral("Выписка"), m_clock->today(), {}};
    const AbroadApplication first = abroad.add(in);
    in.submit = true;
    const AbroadApplication second = abroad.add(in);
    abroad.decide(second.id, {QStringLiteral("rejected"),
                              m_clock->today(),
                              QStringLiteral("3"),
                              QStringLiteral("Лечение доступно в Казахстане"),
                              {},
                              {}});

    AbroadApplicationModel model(abroad, m_workspace->patients(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AbroadApplicationModel::ColumnCount));
    QCOMPARE(model.applicationAt(0).id, second.id); // newest first
    QCOMPARE(model.index(0, AbroadApplicationModel::Patient).data().toString(), QStringLiteral("Әлиханов Нұрлан"));
    QCOMPARE(model.index(0, AbroadApplicationModel::Iin).data().toString(), QStringLiteral("900115300013"));
    QCOMPARE(model.index(0, AbroadApplicationModel::Status).data().toString(),
             QStringLiteral("Rejected by the commission"));
    QCOMPARE(model.index(0, AbroadApplicationModel::Status).data(ModelRoles::CodeRole).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(model.index(0, AbroadApplicationModel::Decision).data().toString(),
             QStringLiteral("Rejected on 16.11.2026, protocol 3"));
    QCOMPARE(model.index(0, AbroadApplicationModel::Decision).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Лечение доступно в Казахстане"));
    QVERIFY(model.index(1, AbroadApplicationModel::Disease)
                .data()
                .toString()
                .startsWith(QStringLiteral("Diseases requiring")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatusFilter(AbroadStatus::Draft);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.applicationAt(0).id, first.id);
    QCOMPARE(model.rowOf(first.id), 0);
    QCOMPARE(model.rowOf(second.id), -1);
    m_names->setLanguage(Language::Russian);
    QVERIFY(model.index(0, AbroadApplicationModel::Category).data().toString().startsWith(QStringLiteral("Граждане")));
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 2);
}

void TestQuotaModels::eligibleListModelEditsAndChecks()
{
    EligibleListModel model(m_workspace->abroad(), EligibleList::Diseases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    QCOMPARE(model.starterCount(), rows);
    QCOMPARE(model.index(0, EligibleListModel::Checked).data().toString(), QStringLiteral("Starter list, not checked"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, EligibleListModel::NameEn),
                          QStringLiteral("Unrelated-donor stem cell transplant")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.starterCount(), rows - 1);
    QCOMPARE(model.index(0, EligibleListModel::Checked).data().toString(), QStringLiteral("Checked"));
    QVERIFY(model.confirm(1));
    QCOMPARE(model.starterCount(), rows - 2);
    QVERIFY(model.setData(model.index(2, EligibleListModel::InUse), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.entryAt(2).active);
    QVERIFY(!m_workspace->abroad().findEntry(EligibleList::Diseases, model.entryAt(2).code)->active);
    QSignalSpy rejected(&model, &EligibleListModel::editRejected);
    QVERIFY(!model.setData(model.index(0, EligibleListModel::NameKk), QString()));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!(model.flags(model.index(0, EligibleListModel::Code)) & Qt::ItemIsEditable));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EligibleEntry entry{QStringLiteral("retinoblastoma"),
                        QStringLiteral("Ретинобластома"),
                        QStringLiteral("Ретинобластома"),
                        QStringLiteral("Retinoblastoma"),
                        QStringLiteral("C69.2"),
                        true,
                        false,
                        {},
                        {}};
    QCOMPARE(model.addEntry(entry), rows);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.addEntry(entry), -1); // the same code twice
    QCOMPARE(rejected.count(), 2);
    QVERIFY(rejected.last().at(0).toString().contains(QStringLiteral("already on the list")));
    EligibleListModel categories(m_workspace->abroad(), EligibleList::Categories);
    QVERIFY(!(categories.flags(categories.index(0, EligibleListModel::Icd10)) & Qt::ItemIsEditable));
}

QTEST_MAIN(TestQuotaModels)
#include "tst_quota_models.moc"
