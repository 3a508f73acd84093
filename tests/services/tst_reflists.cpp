#include "ModelRoles.h"
#include "ReferenceListModel.h"
#include "TestSupport.h"
#include "domain/DocumentCheck.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/WaitingListService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The bureau's editable reference lists — document checklist, refusal reasons, bed profiles — through the
// service and the table model: add, edit, retire and restore; a bad entry names its field and saves nothing;
// a retired entry is no longer offered for new records while the records that have it keep it.
class TestRefLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void addsEditsRetiresAndRestoresADocumentType();
    void addsAReasonAndAProfileAtTheEndOfTheirLists();
    void badEntriesNameTheFieldAndSaveNothing_data();
    void badEntriesNameTheFieldAndSaveNothing();
    void aRejectedEditLeavesTheEntryAsItWas();
    void retiredReasonIsNotOfferedButOldRefusalsKeepIt();
    void retiredProfileTakesNoNewReferralsButKeepsItsQueue();
    void retiredDocumentStaysOnlyWhereItWasRecorded();
    void checklistEditsReplanTheWaitingList();
    void modelPassesTheTesterAndRejectsBadCells_data();
    void modelPassesTheTesterAndRejectsBadCells();

private:
    Referral registerOne(const QString& profile = QStringLiteral("CAR"));
    ReferenceDataService& lists() { return m_workspace->referenceData(); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

void TestRefLists::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("l%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
}

void TestRefLists::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

Referral TestRefLists::registerOne(const QString& profile)
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = profile;
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringOrg = QStringLiteral("ГП №4");
    in.secondReferralReason = QStringLiteral("a test registers the same patient again");
    return m_workspace->referrals().registerReferral(in);
}

namespace {
std::optional<DocumentType> documentType(ReferenceDataService& service, const QString& code)
{
    for (const DocumentType& t : service.documentTypes()) {
        if (t.code == code)
            return t;
    }
    return std::nullopt;
}

QStringList codes(const QList<DocumentType>& types)
{
    QStringList result;
    for (const DocumentType& t : types)
        result << t.code;
    return result;
}
} // namespace

void TestRefLists::addsEditsRetiresAndRestoresADocumentType()
{
    const DocumentType added = lists().addDocumentType(DocumentType{
        QStringLiteral(" Chest_Xray "), QStringLiteral("Кеуде қуысының рентгенограммасы"),
        QStringLiteral("Рентгенография органов грудной клетки"), QStringLiteral("Chest X-ray"), 30, true, true});
    QCOMPARE(added.code, QStringLiteral("chest_xray")); // trimmed and in small letters, as codes are stored
    QCOMPARE(codes(lists().documentTypes()).last(), QStringLiteral("chest_xray"));

    DocumentType changed = added;
    changed.validityDays = 21;
    changed.required = false;
    changed.nameEn = QStringLiteral("  Chest X-ray (plain)  ");
    lists().updateDocumentType(changed);
    std::optional<DocumentType> stored = documentType(lists(), QStringLiteral("chest_xray"));
    QVERIFY(stored);
    QCOMPARE(stored->validityDays, 21);
    QCOMPARE(stored->required, false);
    QCOMPARE(stored->nameEn, QStringLiteral("Chest X-ray (plain)"));
    QCOMPARE(codes(lists().documentTypes()).last(), QStringLiteral("chest_xray")); // an edit keeps its place

    lists().setDocumentTypeActive(QStringLiteral("chest_xray"), false);
    QVERIFY(!codes(lists().documentTypes(true)).contains(QStringLiteral("chest_xray")));
    QVERIFY(!documentType(lists(), QStringLiteral("chest_xray"))->active);
    lists().setDocumentTypeActive(QStringLiteral("chest_xray"), true);
    QVERIFY(codes(lists().documentTypes(true)).contains(QStringLiteral("chest_xray")));
    QCOMPARE(documentType(lists(), QStringLiteral("chest_xray"))->validityDays, 21);
}

void TestRefLists::addsAReasonAndAProfileAtTheEndOfTheirLists()
{
    lists().addRefusalReason(RefusalReason{QStringLiteral("quarantine"), QStringLiteral("Бөлімде карантин"),
                                           QStringLiteral("Карантин в отделении"),
                                           QStringLiteral("Quarantine in the ward"), true});
    QCOMPARE(lists().refusalReasons().last().code, QStringLiteral("quarantine"));
    QCOMPARE(lists().refusalReasons(true).last().nameRu, QStringLiteral("Карантин в отделении"));

    const BedProfile profile = lists().addProfile(BedProfile{
        QStringLiteral("pal"), QStringLiteral("Паллиативтік көмек"), QStringLiteral("Паллиативная помощь"),
        QStringLiteral("Palliative care"), BedProfile::AgeGroup::Any, BedProfile::CareForm::RoundTheClock, true});
    QCOMPARE(profile.code, QStringLiteral("PAL")); // profile codes are capitals, as in referral codes
    const BedProfile last = lists().profiles().last();
    QCOMPARE(last.code, QStringLiteral("PAL"));
    QCOMPARE(last.ageGroup, BedProfile::AgeGroup::Any);

    BedProfile day = last;
    day.careForm = BedProfile::CareForm::Day;
    day.ageGroup = BedProfile::AgeGroup::Child;
    lists().updateProfile(day);
    QCOMPARE(lists().profiles().last().careForm, BedProfile::CareForm::Day);
    QCOMPARE(lists().profiles().last().ageGroup, BedProfile::AgeGroup::Child);
}

void TestRefLists::badEntriesNameTheFieldAndSaveNothing_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameKk");
    QTest::addColumn<QString>("nameRu");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("field");
    const QString kk = QStringLiteral("Атауы");
    const QString ru = QStringLiteral("Название");
    const QString en = QStringLiteral("Name");
    QTest::newRow("document: no Kazakh name") << "document"
                                              << "x_ray"
                                              << " " << ru << en << 10 << "name_kk";
    QTest::newRow("document: no Russian name") << "document"
                                               << "x_ray" << kk << "" << en << 10 << "name_ru";
    QTest::newRow("document: no English name") << "document"
                                               << "x_ray" << kk << ru << "" << 10 << "name_en";
    QTest::newRow("document: code taken") << "document"
                                          << "blood_count" << kk << ru << en << 10 << "code";
    QTest::newRow("document: code with a space") << "document"
                                                 << "x ray" << kk << ru << en << 10 << "code";
    QTest::newRow("document: code in Cyrillic") << "document"
                                                << "анализ" << kk << ru << en << 10 << "code";
    QTest::newRow("document: code from a digit") << "document"
                                                 << "1st_test" << kk << ru << en << 10 << "code";
    QTest::newRow("document: negative validity") << "document"
                                                 << "x_ray" << kk << ru << en << -1 << "validity_days";
    QTest::newRow("document: validity over ten years") << "document"
                                                       << "x_ray" << kk << ru << en << 3651 << "validity_days";
    QTest::newRow("reason: no Russian name") << "reason"
                                             << "quarantine" << kk << "" << en << 0 << "name_ru";
    QTest::newRow("reason: code taken") << "reason"
                                        << "other" << kk << ru << en << 0 << "code";
    QTest::newRow("reason: empty code") << "reason"
                                        << "" << kk << ru << en << 0 << "code";
    QTest::newRow("profile: four letters") << "profile"
                                           << "CARD" << kk << ru << en << 0 << "code";
    QTest::newRow("profile: one letter") << "profile"
                                         << "C" << kk << ru << en << 0 << "code";
    QTest::newRow("profile: a dot") << "profile"
                                    << "C.A" << kk << ru << en << 0 << "code";
    QTest::newRow("profile: code taken, any case") << "profile"
                                                   << "car" << kk << ru << en << 0 << "code";
    QTest::newRow("profile: no Kazakh name") << "profile"
                                             << "PAL"
                                             << "" << ru << en << 0 << "name_kk";
}

void TestRefLists::badEntriesNameTheFieldAndSaveNothing()
{
    QFETCH(QString, list);
    QFETCH(QString, code);
    QFETCH(QString, nameKk);
    QFETCH(QString, nameRu);
    QFETCH(QString, nameEn);
    QFETCH(int, days);
    QFETCH(QString, field);
    const int documents = int(lists().documentTypes().size());
    const int reasons = int(lists().refusalReasons().size());
    const int profiles = int(lists().profiles().size());
    const QString bloodName = documentType(lists(), QStringLiteral("blood_count"))->nameRu;
    try {
        if (list == QLatin1String("document"))
            lists().addDocumentType(DocumentType{code, nameKk, nameRu, nameEn, days, true, true});
        else if (list == QLatin1String("reason"))
            lists().addRefusalReason(RefusalReason{code, nameKk, nameRu, nameEn, true});
        else
            lists().addProfile(BedProfile{code, nameKk, nameRu, nameEn, BedProfile::AgeGroup::Adult,
                                          BedProfile::CareForm::RoundTheClock, true});
        QFAIL("a bad entry was accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
        if (code == QLatin1String("blood_count")) {
            QCOMPARE(e.kind(), OperationError::Kind::Conflict);
            QVERIFY2(e.message().contains(bloodName) || e.message().contains(QStringLiteral("Full blood count")),
                     qPrintable(e.message())); // says which entry has the code
        }
    }
    QCOMPARE(int(lists().documentTypes().size()), documents);
    QCOMPARE(int(lists().refusalReasons().size()), reasons);
    QCOMPARE(int(lists().profiles().size()), profiles);
    QCOMPARE(documentType(lists(), QStringLiteral("blood_count"))->nameRu, bloodName);
}

void TestRefLists::aRejectedEditLeavesTheEntryAsItWas()
{
    const DocumentType before = *documentType(lists(), QStringLiteral("record_extract"));
    DocumentType changed = before;
    changed.validityDays = 10;  // good
    changed.nameRu = QString(); // bad: the whole edit is refused
    QVERIFY_THROWS_EXCEPTION(OperationError, lists().updateDocumentType(changed));
    const DocumentType after = *documentType(lists(), QStringLiteral("record_extract"));
    QCOMPARE(after.validityDays, before.validityDays);
    QCOMPARE(after.nameRu, before.nameRu);

    DocumentType unknown = before;
    unknown.code = QStringLiteral("no_such_document");
    try {
        lists().updateDocumentType(unknown);
        QFAIL("an unknown code was updated");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::NotFound);
    }
    QVERIFY(!documentType(lists(), QStringLiteral("no_such_document")));
    QVERIFY_THROWS_EXCEPTION(OperationError, lists().setRefusalReasonActive(QStringLiteral("no_such_reason"), false));
    QVERIFY_THROWS_EXCEPTION(OperationError, lists().setProfileActive(QStringLiteral("ZZ"), false));
}

void TestRefLists::retiredReasonIsNotOfferedButOldRefusalsKeepIt()
{
    const Referral old = registerOne();
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("no_beds");
    m_workspace->referrals().transition(old.code, ReferralStatus::Refused, refusal);

    lists().setRefusalReasonActive(QStringLiteral("no_beds"), false);
    bool offered = false;
    for (const RefusalReason& r : lists().refusalReasons(true))
        offered = offered || r.code == QLatin1String("no_beds");
    QVERIFY(!offered);

    const Referral fresh = registerOne();
    try {
        m_workspace->referrals().transition(fresh.code, ReferralStatus::Refused, refusal);
        QFAIL("a retired reason was accepted for a new refusal");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("reason"));
    }
    QCOMPARE(m_workspace->referrals().find(fresh.code)->status, ReferralStatus::Registered);

    // The old refusal keeps its reason, and the full list still names it.
    const QList<ReferralEvent> history = m_workspace->referrals().history(old.id);
    QCOMPARE(history.last().reasonCode, QStringLiteral("no_beds"));
    QString name;
    for (const RefusalReason& r : lists().refusalReasons()) {
        if (r.code == QLatin1String("no_beds"))
            name = r.nameEn;
    }
    QVERIFY(!name.isEmpty());

    lists().setRefusalReasonActive(QStringLiteral("no_beds"), true);
    QCOMPARE(m_workspace->referrals().transition(fresh.code, ReferralStatus::Refused, refusal).status,
             ReferralStatus::Refused);
}

void TestRefLists::retiredProfileTakesNoNewReferralsButKeepsItsQueue()
{
    const Referral waiting = registerOne(QStringLiteral("CAR"));
    lists().setProfileActive(QStringLiteral("CAR"), false);
    bool offered = false;
    for (const BedProfile& p : lists().profiles(true))
        offered = offered || p.code == QLatin1String("CAR");
    QVERIFY(!offered);
    try {
        registerOne(QStringLiteral("CAR"));
        QFAIL("a referral was registered to a retired profile");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("profile"));
    }
    const std::optional<Referral> kept = m_workspace->referrals().find(waiting.code);
    QVERIFY(kept);
    QCOMPARE(kept->profileCode, QStringLiteral("CAR"));
    QCOMPARE(kept->status, ReferralStatus::Registered);
    ReferralService::Transition date;
    date.date = m_clock->today().addDays(3);
    QCOMPARE(m_workspace->referrals().transition(waiting.code, ReferralStatus::Scheduled, date).status,
             ReferralStatus::Scheduled);
}

void TestRefLists::retiredDocumentStaysOnlyWhereItWasRecorded()
{
    const Referral recorded = registerOne();
    const Referral other = registerOne();
    m_workspace->referrals().recordDocument(
        recorded.code, DocumentRecord{QStringLiteral("ecg"), true, m_clock->today().addDays(-1), {}});
    lists().setDocumentTypeActive(QStringLiteral("ecg"), false);
    auto lineOf = [this](const Referral& r) -> std::optional<DocumentCheck::Line> {
        for (const DocumentCheck::Line& line : m_workspace->referrals().documents(r)) {
            if (line.type.code == QLatin1String("ecg"))
                return line;
        }
        return std::nullopt;
    };
    const std::optional<DocumentCheck::Line> kept = lineOf(*m_workspace->referrals().find(recorded.id));
    QVERIFY(kept);
    QVERIFY(kept->record.present);
    QVERIFY(!kept->type.required);
    QVERIFY(!lineOf(*m_workspace->referrals().find(other.id)));
    for (const DocumentCheck::Line& problem :
         DocumentCheck::problems(m_workspace->referrals().documents(*m_workspace->referrals().find(other.id))))
        QVERIFY(problem.type.code != QLatin1String("ecg"));
}

void TestRefLists::checklistEditsReplanTheWaitingList()
{
    // One referral with every document issued yesterday: complete until a validity shrinks below a day.
    const Referral r = registerOne();
    for (const DocumentType& type : lists().documentTypes(true))
        m_workspace->referrals().recordDocument(r.code,
                                                DocumentRecord{type.code, true, m_clock->today().addDays(-1), {}});
    // What the waiting list shows: the flag it keeps per referral, planned again when the checklist changes.
    auto complete = [this, &r] {
        const QList<WaitingListService::QueueEntry> queue =
            m_workspace->waitingList().queue(r.hospitalId, r.profileCode, 0, 10);
        return queue.size() == 1 && queue.first().documentsOk;
    };
    QVERIFY(complete());
    DocumentType blood = *documentType(lists(), QStringLiteral("blood_count"));
    blood.validityDays = 1; // issued yesterday, valid one day: expired before any admission day
    lists().updateDocumentType(blood);
    QVERIFY(!complete());
    lists().setDocumentTypeActive(QStringLiteral("blood_count"), false);
    QVERIFY(complete());
}

void TestRefLists::modelPassesTheTesterAndRejectsBadCells_data()
{
    QTest::addColumn<int>("list");
    QTest::newRow("documents") << int(ReferenceListModel::List::Documents);
    QTest::newRow("refusal reasons") << int(ReferenceListModel::List::RefusalReasons);
    QTest::newRow("bed profiles") << int(ReferenceListModel::List::BedProfiles);
}

void TestRefLists::modelPassesTheTesterAndRejectsBadCells()
{
    QFETCH(int, list);
    using Field = ReferenceListModel::Field;
    ReferenceListModel model(lists(), ReferenceListModel::List(list));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rejected(&model, &ReferenceListModel::editRejected);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.rowCount() > 3);
    QVERIFY(!(model.flags(model.index(0, model.column(Field::Code))) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, model.column(Field::InUse))) & Qt::ItemIsEditable));

    // An empty name is refused: the cell keeps its text and the database its row.
    const QModelIndex name = model.index(1, model.column(Field::NameRu));
    const QString before = name.data().toString();
    QVERIFY(!model.setData(name, QStringLiteral("   ")));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(name.data().toString(), before);
    QCOMPARE(ReferenceListModel(lists(), ReferenceListModel::List(list)).index(1, name.column()).data().toString(),
             before);

    QVERIFY(model.setData(name, QStringLiteral("Новое название")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ReferenceListModel(lists(), ReferenceListModel::List(list)).index(1, name.column()).data().toString(),
             QStringLiteral("Новое название"));

    const QString code = model.codeAt(1);
    QVERIFY(model.setActive(1, false));
    QCOMPARE(model.index(1, model.column(Field::InUse)).data().toString(), QStringLiteral("Retired"));
    QCOMPARE(model.rowOf(code), 1); // still listed
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());

    if (model.list() == ReferenceListModel::List::Documents) {
        const QModelIndex days = model.index(0, model.column(Field::ValidityDays));
        QVERIFY(!model.setData(days, 4000));
        QVERIFY(!model.setData(days, QStringLiteral("two weeks")));
        QCOMPARE(rejected.count(), 3);
        QVERIFY(model.setData(days, 14));
        QCOMPARE(days.data(Qt::EditRole).toInt(), 14);
        QCOMPARE(days.data().toString(), QStringLiteral("14"));
        QVERIFY(model.setData(days, 0));
        QCOMPARE(days.data().toString(), QStringLiteral("does not expire"));
        const QModelIndex required = model.index(0, model.column(Field::Required));
        QVERIFY(model.flags(required) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(required, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(documentType(lists(), model.codeAt(0))->required, false);
    }
    if (model.list() == ReferenceListModel::List::BedProfiles) {
        const QModelIndex form = model.index(0, model.column(Field::CareForm));
        QCOMPARE(form.data(ModelRoles::ChoicesRole).toList().size(), 2);
        QVERIFY(model.setData(form, QStringLiteral("day")));
        QCOMPARE(lists().profiles().first().careForm, BedProfile::CareForm::Day);
        QCOMPARE(form.data().toString(), QStringLiteral("Day hospital"));
    }

    const int rows = model.rowCount();
    int row = -1;
    if (model.list() == ReferenceListModel::List::Documents)
        row = model.addDocumentType(DocumentType{QStringLiteral("mri"), QStringLiteral("МРТ"), QStringLiteral("МРТ"),
                                                 QStringLiteral("MRI"), 90, false, true});
    else if (model.list() == ReferenceListModel::List::RefusalReasons)
        row = model.addRefusalReason(RefusalReason{QStringLiteral("quarantine"), QStringLiteral("Карантин"),
                                                   QStringLiteral("Карантин"), QStringLiteral("Quarantine"), true});
    else
        row = model.addProfile(BedProfile{QStringLiteral("PAL"), QStringLiteral("Паллиатив"),
                                          QStringLiteral("Паллиатив"), QStringLiteral("Palliative"),
                                          BedProfile::AgeGroup::Any, BedProfile::CareForm::RoundTheClock, true});
    QCOMPARE(row, rows);
    QCOMPARE(model.rowCount(), rows + 1);
    // The same code again: refused, nothing added.
    if (model.list() == ReferenceListModel::List::Documents)
        row = model.addDocumentType(DocumentType{QStringLiteral("mri"), QStringLiteral("МРТ"), QStringLiteral("МРТ"),
                                                 QStringLiteral("MRI"), 90, false, true});
    else if (model.list() == ReferenceListModel::List::RefusalReasons)
        row = model.addRefusalReason(RefusalReason{QStringLiteral("quarantine"), QStringLiteral("Карантин"),
                                                   QStringLiteral("Карантин"), QStringLiteral("Quarantine"), true});
    else
        row = model.addProfile(BedProfile{QStringLiteral("PAL"), QStringLiteral("Паллиатив"),
                                          QStringLiteral("Паллиатив"), QStringLiteral("Palliative"),
                                          BedProfile::AgeGroup::Any, BedProfile::CareForm::RoundTheClock, true});
    QCOMPARE(row, -1);
    QCOMPARE(model.rowCount(), rows + 1);
}

QTEST_GUILESS_MAIN(TestRefLists)
#include "tst_reflists.moc"
