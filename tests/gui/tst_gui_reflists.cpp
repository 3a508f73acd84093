#include "ModalDriver.h"
#include "ReferenceListModel.h"
#include "TestSupport.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/TransitionDialog.h"
#include "reflists/ReferenceListsDialog.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "widgets/Section.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Bureau → Reference lists through the real window: a document's validity edited by keyboard and saved at
// once (and still there when the database is opened again), a bad value explained without saving, a refusal
// reason retired and gone from a new refusal's choices while an old refusal still names it; screenshots.
class TestGuiRefLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editsValidityByKeyboard();
    void badValueIsExplainedAndNotSaved();
    void retiredReasonLeavesTheChoicesButNotOldRefusals();
    void addsAnEntryThroughTheForm();
    void savedEditsSurviveReopening();

private:
    // Each view in each language, for a person to look at (called from savedEditsSurviveReopening).
    void saveScreenshots();
    // Runs the steps on the next modal dialog shown (of this object name, when one is given).
    void onNextModal(std::function<void(QWidget*)> steps, const QString& name = {})
    {
        m_modals.onNext(std::move(steps), name);
    }
    // Opens Bureau → Reference lists, runs the steps on the dialog and closes it.
    void withDialog(std::function<void(ReferenceListsDialog*)> steps);
    static void typeInto(const QString& text)
    {
        for (const QChar ch : text)
            QTest::keyClick(QApplication::focusWidget(), char(ch.unicode()));
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = {}) { QTest::keyClick(QApplication::focusWidget(), k, m); }
    // Puts the keyboard on a cell of the list, as a clerk arriving there with the arrow keys.
    static void focusCell(ReferenceListsDialog* dialog, ReferenceListModel::List list, const QString& code,
                          ReferenceListModel::Field field);
    int validityOf(const QString& code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    ModalDriver m_modals;
    Referral m_refused;
};

void TestGuiRefLists::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiRefLists::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("reflists-gui.sqlite"), m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringOrg = QStringLiteral("ГП №4");
    m_refused = m_workspace->referrals().registerReferral(in);
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("no_beds");
    m_refused = m_workspace->referrals().transition(m_refused.code, ReferralStatus::Refused, refusal);

    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiRefLists::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGuiRefLists::withDialog(std::function<void(ReferenceListsDialog*)> steps)
{
    bool found = false;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ReferenceListsDialog*>(modal);
        found = dialog != nullptr;
        if (dialog)
            steps(dialog);
    });
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("referenceListsAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QTRY_VERIFY(m_modals.done());
    QVERIFY(found);
}

void TestGuiRefLists::focusCell(ReferenceListsDialog* dialog, ReferenceListModel::List list, const QString& code,
                                ReferenceListModel::Field field)
{
    dialog->tabs()->setCurrentIndex(int(list));
    ReferenceListModel* model = dialog->model(list);
    QTableView* view = dialog->view(list);
    view->setFocus();
    view->setCurrentIndex(model->index(model->rowOf(code), model->column(field)));
}

int TestGuiRefLists::validityOf(const QString& code) const
{
    for (const DocumentType& t : m_workspace->referenceData().documentTypes()) {
        if (t.code == code)
            return t.validityDays;
    }
    return -1;
}

void TestGuiRefLists::editsValidityByKeyboard()
{
    QCOMPARE(validityOf(QStringLiteral("blood_count")), 14);
    QString shown;
    withDialog([&](ReferenceListsDialog* dialog) {
        QAbstractItemModelTester tester(dialog->model(ReferenceListModel::List::Documents),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        focusCell(dialog, ReferenceListModel::List::Documents, QStringLiteral("blood_count"),
                  ReferenceListModel::Field::ValidityDays);
        key(Qt::Key_F2);
        key(Qt::Key_A, Qt::ControlModifier);
        typeInto(QStringLiteral("21"));
        key(Qt::Key_Return);
        // The delegate commits the editor's value once the event loop runs.
        ReferenceListModel* model = dialog->model(ReferenceListModel::List::Documents);
        const QModelIndex cell = model->index(model->rowOf(QStringLiteral("blood_count")),
                                              model->column(ReferenceListModel::Field::ValidityDays));
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("21"));
        shown = cell.data().toString();
        QVERIFY(!dialog->problem(ReferenceListModel::List::Documents)->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QCOMPARE(shown, QStringLiteral("21"));
    QCOMPARE(validityOf(QStringLiteral("blood_count")), 21); // saved at once, not on closing
}

void TestGuiRefLists::badValueIsExplainedAndNotSaved()
{
    QString problem;
    bool visible = false;
    QString shown;
    withDialog([&](ReferenceListsDialog* dialog) {
        focusCell(dialog, ReferenceListModel::List::Documents, QStringLiteral("blood_count"),
                  ReferenceListModel::Field::ValidityDays);
        key(Qt::Key_F2);
        key(Qt::Key_A, Qt::ControlModifier);
        typeInto(QStringLiteral("5000"));
        key(Qt::Key_Return);
        QLabel* label = dialog->problem(ReferenceListModel::List::Documents);
        QTRY_VERIFY(label->isVisible());
        visible = label->isVisible();
        problem = label->text();
        ReferenceListModel* model = dialog->model(ReferenceListModel::List::Documents);
        shown = model
                    ->index(model->rowOf(QStringLiteral("blood_count")),
                            model->column(ReferenceListModel::Field::ValidityDays))
                    .data()
                    .toString();
        // An empty name by keyboard: refused the same way.
        focusCell(dialog, ReferenceListModel::List::Documents, QStringLiteral("ecg"),
                  ReferenceListModel::Field::NameRu);
        key(Qt::Key_F2);
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        key(Qt::Key_Return);
        QTRY_VERIFY(label->text().contains(QStringLiteral("Russian")));
        problem += QLatin1Char('|') + label->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(visible);
    QVERIFY2(problem.contains(QStringLiteral("0 to 3650 days")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("name in Russian")), qPrintable(problem));
    QCOMPARE(shown, QStringLiteral("14")); // as shipped: the refused value was not kept
    QCOMPARE(validityOf(QStringLiteral("blood_count")), 14);
    bool ecgNamed = false;
    for (const DocumentType& t : m_workspace->referenceData().documentTypes())
        ecgNamed = ecgNamed || (t.code == QLatin1String("ecg") && !t.nameRu.isEmpty());
    QVERIFY(ecgNamed);
}

void TestGuiRefLists::retiredReasonLeavesTheChoicesButNotOldRefusals()
{
    QString statusText;
    QString buttonText;
    withDialog([&](ReferenceListsDialog* dialog) {
        focusCell(dialog, ReferenceListModel::List::RefusalReasons, QStringLiteral("no_beds"),
                  ReferenceListModel::Field::NameEn);
        QPushButton* retire = dialog->findChild<QPushButton*>(QStringLiteral("reasonsRetireButton"));
        QVERIFY(retire && retire->isEnabled());
        retire->click();
        ReferenceListModel* model = dialog->model(ReferenceListModel::List::RefusalReasons);
        statusText =
            model->index(model->rowOf(QStringLiteral("no_beds")), model->column(ReferenceListModel::Field::InUse))
                .data()
                .toString();
        buttonText = retire->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QCOMPARE(statusText, QStringLiteral("Retired"));
    QCOMPARE(buttonText, QStringLiteral("Re&store"));

    // A new refusal is not offered the retired reason.
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringOrg = QStringLiteral("ГП №4");
    const Referral fresh = m_workspace->referrals().registerReferral(in);
    {
        TransitionDialog transition(*m_workspace, m_window->names(), fresh, ReferralStatus::Refused, m_window.get());
        auto* reasons = transition.findChild<QComboBox*>(QStringLiteral("refusalReason"));
        QVERIFY(reasons);
        QVERIFY(reasons->count() > 3);
        QCOMPARE(reasons->findData(QStringLiteral("no_beds")), -1);
        QVERIFY(reasons->findData(QStringLiteral("no_indication")) >= 0);
    }
    // The old refusal still names it in its history.
    QString reasonName;
    for (const RefusalReason& r : m_workspace->referenceData().refusalReasons()) {
        if (r.code == QLatin1String("no_beds"))
            reasonName = r.nameEn;
    }
    QVERIFY(!reasonName.isEmpty());
    ReferralDetailDialog detail(*m_workspace, m_window->names(), m_refused.id, m_window.get());
    auto* history = detail.findChild<QTableView*>(QStringLiteral("historyView"));
    QVERIFY(history);
    QString texts;
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        for (int column = 0; column < history->model()->columnCount(); ++column)
            texts += history->model()->index(row, column).data().toString() + QLatin1Char('|');
    }
    QVERIFY2(texts.contains(reasonName), qPrintable(texts));
}

void TestGuiRefLists::addsAnEntryThroughTheForm()
{
    int rowsBefore = 0;
    int rowsAfter = 0;
    QString formProblem;
    withDialog([&](ReferenceListsDialog* dialog) {
        dialog->tabs()->setCurrentIndex(int(ReferenceListModel::List::RefusalReasons));
        ReferenceListModel* model = dialog->model(ReferenceListModel::List::RefusalReasons);
        rowsBefore = model->rowCount();
        // First a taken code: the form comes back and says why; then a free one.
        const QString form = QStringLiteral("addReferenceEntryDialog");
        onNextModal(
            [&](QWidget* entry) {
                entry->findChild<QLineEdit*>(QStringLiteral("entryCode"))->setText(QStringLiteral("other"));
                entry->findChild<QLineEdit*>(QStringLiteral("entryNameKk"))
                    ->setText(QStringLiteral("Бөлімде карантин"));
                entry->findChild<QLineEdit*>(QStringLiteral("entryNameRu"))
                    ->setText(QStringLiteral("Карантин в отделении"));
                entry->findChild<QLineEdit*>(QStringLiteral("entryNameEn"))->setText(QStringLiteral("Quarantine"));
                QTest::keyClick(entry->findChild<QLineEdit*>(QStringLiteral("entryNameEn")), Qt::Key_Return);
                onNextModal(
                    [&](QWidget* again) {
                        auto* label = again->findChild<QLabel*>(QStringLiteral("entryProblem"));
                        formProblem = label->isVisible() ? label->text() : QString();
                        auto* code = again->findChild<QLineEdit*>(QStringLiteral("entryCode"));
                        code->setText(QStringLiteral("quarantine"));
                        QTest::keyClick(code, Qt::Key_Return);
                    },
                    form);
            },
            form);
        dialog->findChild<QPushButton*>(QStringLiteral("reasonsAddButton"))->click();
        rowsAfter = model->rowCount();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY2(formProblem.contains(QStringLiteral("already taken")), qPrintable(formProblem));
    QCOMPARE(rowsAfter, rowsBefore + 1);
    QCOMPARE(m_workspace->referenceData().refusalReasons(true).last().code, QStringLiteral("quarantine"));
}

void TestGuiRefLists::savedEditsSurviveReopening()
{
    // The edits the dialog makes (through these same calls, as the tests above show), then the program closed.
    DocumentType bloodCount;
    for (const DocumentType& t : m_workspace->referenceData().documentTypes()) {
        if (t.code == QLatin1String("blood_count"))
            bloodCount = t;
    }
    bloodCount.validityDays = 21;
    m_workspace->referenceData().updateDocumentType(bloodCount);
    m_workspace->referenceData().setRefusalReasonActive(QStringLiteral("no_beds"), false);
    m_window.reset();
    m_workspace.reset();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("reflists-gui.sqlite"), m_clock);
    QCOMPARE(validityOf(QStringLiteral("blood_count")), 21);
    bool noBedsActive = true;
    for (const RefusalReason& r : m_workspace->referenceData().refusalReasons()) {
        if (r.code == QLatin1String("no_beds"))
            noBedsActive = r.active;
    }
    QVERIFY(!noBedsActive);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    saveScreenshots();
}

void TestGuiRefLists::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::English, Language::Kazakh, Language::Russian}) {
        m_window->switchLanguage(language);
        // The posted LanguageChange has arrived when the list of sections speaks the language.
        QTRY_COMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(),
                     m_window->sections().first()->sectionTitle());
        const QString code = Languages::code(language);
        for (ReferenceListModel::List list :
             {ReferenceListModel::List::Documents, ReferenceListModel::List::RefusalReasons,
              ReferenceListModel::List::BedProfiles}) {
            bool saved = false;
            withDialog([&](ReferenceListsDialog* dialog) {
                focusCell(dialog, list, dialog->model(list)->codeAt(1), ReferenceListModel::Field::NameKk);
                QApplication::processEvents();
                const QStringList names{QStringLiteral("documents"), QStringLiteral("reasons"),
                                        QStringLiteral("profiles")};
                saved = dialog->grab().save(
                    QStringLiteral("%1/reference-lists-%2-%3.png").arg(dir, names.at(int(list)), code));
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
            QVERIFY(saved);
        }
    }
    m_window->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiRefLists)
#include "tst_gui_reflists.moc"
