#include "ModalDriver.h"
#include "PatientTableModel.h"
#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "main/ClerkActions.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/SearchPage.h"
#include "patients/PatientsPage.h"
#include "printing/PrintOptionsDialog.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralsPage.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "store/Database.h"
#include "widgets/DateDelegate.h"
#include "widgets/MessageBox.h"
#include "widgets/Section.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The clerk's daily work through the real windows, by keyboard only: register a patient, register a
// referral, find them, move the referral on.
class TestGuiRegistration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registersAPatientByKeyboard();
    void savedPatientIsShownAndOffersAReferral();
    void duplicateIinOffersTheRegisteredPatient();
    void registersAReferralByKeyboard();
    void nextStepsAfterARegisteredReferral();
    void oneSearchBoxFindsPatientsAndReferrals();
    void confirmsADateFromTheReferral();
    void aSaveWaitsVisiblyForAnotherWorkstation();
    void unknownDiagnosisAndASecondPlaceAreAskedFor();
    void aDocumentsDateStopsAtTheWorkspacesToday();

private:
    // What a test starts from besides the shipped reference data: the patient of these tests and their
    // referral, registered through the services.
    Patient givenThePatient();
    Referral givenTheReferral();
    // Each form in each language, saved for a person to look at.
    void saveScreenshotsOfTheForms();

    // Runs `steps` on the next modal dialog as soon as it is shown (the test keeps control while exec() runs).
    void onNextModal(std::function<void(QWidget*)> steps) { m_modals.onNext(std::move(steps)); }
    // Types like a keyboard with the Kazakh layout: QTest::keyClicks only knows Latin-1 characters.
    static void typeInto(const QString& text)
    {
        QWidget* widget = QApplication::focusWidget();
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClick(widget, char(ch.unicode()));
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            }
        }
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = {}) { QTest::keyClick(QApplication::focusWidget(), k, m); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    ModalDriver m_modals;
    // Shortcuts reach only the active window; after a dialog closes, make the main window active again.
    void activateMain()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
};

void TestGuiRegistration::initTestCase()
{
    TestSupport::isolateUserFolders();
    // Combo boxes find items by the letters typed within this interval; on a loaded machine (ctest -j2) the
    // default 400 ms can pass between two simulated keys and the search would start over.
    QApplication::setKeyboardInputInterval(5000);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiRegistration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("registration.sqlite"), m_clock);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiRegistration::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

// The date of issue edited in a referral's document list cannot be after today, and today is the workspace's clock
// (the machine's date would let a test, or a workstation with a wrong clock, disagree with the services).
void TestGuiRegistration::aDocumentsDateStopsAtTheWorkspacesToday()
{
    m_clock.set(TestSupport::fixedNow().addYears(-3));
    QWidget parent;
    DateDelegate delegate(m_clock, &parent);
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), QModelIndex()));
    auto* date = qobject_cast<QDateEdit*>(editor.get());
    QVERIFY(date);
    QCOMPARE(date->maximumDate(), m_clock.today());
    QCOMPARE(date->displayFormat(), QStringLiteral("dd.MM.yyyy"));
}

Patient TestGuiRegistration::givenThePatient()
{
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.middleName = QStringLiteral("Серікұлы");
    p.regionCode = QStringLiteral("71");
    p.id = m_workspace->patients().registerPatient(p).id;
    m_window->dataChanged(MainWindow::PatientsChanged);
    return p;
}

Referral TestGuiRegistration::givenTheReferral()
{
    givenThePatient();
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7102");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringRegion = QStringLiteral("71");
    const Referral referral = m_workspace->referrals().registerReferral(in);
    m_window->dataChanged(MainWindow::ReferralsChanged);
    return referral;
}

void TestGuiRegistration::registersAPatientByKeyboard()
{
    m_window->showSection(m_window->patientsPage());
    QString derived;
    QString problemShown;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("patientDialog"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("iinEdit"));
        typeInto(QStringLiteral("900115300014")); // a typo in the last digit
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("iinProblem"));
        QVERIFY(problem->isVisible());
        problemShown = problem->text();
        key(Qt::Key_Backspace);
        typeInto(QStringLiteral("3"));
        QVERIFY(!problem->isVisible());
        derived = dialog->findChild<QLabel*>(QStringLiteral("derivedValue"))->text();
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Әлиханов"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Нұрлан"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Серікұлы"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("87011234567"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab); // address left empty
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("regionCombo"));
        typeInto(QStringLiteral("Astana"));         // keyboard search in the list of regions
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Patient saved: register a referral?" — not now
        key(Qt::Key_Return);                        // Save is the default button
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(problemShown.contains(QStringLiteral("last digit")), qPrintable(problemShown));
    QCOMPARE(derived, QStringLiteral("15.01.1990, Male"));
    const std::optional<Patient> saved = m_workspace->patients().findByIin(QStringLiteral("900115300013"));
    QVERIFY(saved);
    QCOMPARE(saved->fullName(), QStringLiteral("Әлиханов Нұрлан Серікұлы"));
    QCOMPARE(saved->phone, QStringLiteral("+77011234567"));
    QCOMPARE(saved->regionCode, QStringLiteral("71"));
    // The list shows the new patient.
    QTRY_COMPARE(m_window->patientsPage()->model()->totalCount(), 1);
}

void TestGuiRegistration::savedPatientIsShownAndOffersAReferral()
{
    m_window->showSection(m_window->referralsPage());
    onNextModal([&](QWidget*) {
        typeInto(QStringLiteral("051231600017"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Қасымова"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Айгерім"));
        MessageBox::setNextChoice(0); // Register a referral…
        onNextModal([&](QWidget* referral) {
            QCOMPARE(referral->objectName(), QStringLiteral("referralDialog"));
            // The form comes with the patient just saved.
            QVERIFY(referral->findChild<QLabel*>(QStringLiteral("patientValue"))
                        ->text()
                        .contains(QStringLiteral("Қасымова Айгерім")));
            QTest::keyClick(referral, Qt::Key_Escape);
        });
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QCOMPARE(MessageBox::lastChoices().size(), 2);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("051231600017")));
    // The patients page is on screen with the new patient selected.
    QCOMPARE(m_window->currentSection(), static_cast<Section*>(m_window->patientsPage()));
    const qint64 id = m_workspace->patients().findByIin(QStringLiteral("051231600017"))->id;
    QTRY_COMPARE(m_window->patientsPage()->currentPatientId(), id);
}

void TestGuiRegistration::duplicateIinOffersTheRegisteredPatient()
{
    givenThePatient();
    QString title;
    QString lastName;
    onNextModal([&](QWidget* dialog) {
        typeInto(QStringLiteral("900115300013"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Другой"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Человек"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Open the registered patient?"
        key(Qt::Key_Return);
        // The form now shows the registered patient, whose IIN cannot change.
        lastName = dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->text();
        title = dialog->windowTitle();
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("iinEdit"))->isReadOnly());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already registered")));
    QCOMPARE(lastName, QStringLiteral("Әлиханов"));
    QVERIFY(title.contains(QStringLiteral("Әлиханов Нұрлан")));
    QCOMPARE(m_workspace->patients().search(QStringLiteral("Другой")).size(), 0);
}

void TestGuiRegistration::registersAReferralByKeyboard()
{
    givenThePatient();
    QString patientShown;
    QString diagnosisShown;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("referralDialog"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("patientEdit"));
        typeInto(QStringLiteral("900115300013"));
        key(Qt::Key_Tab);
        patientShown = dialog->findChild<QLabel*>(QStringLiteral("patientValue"))->text();
        typeInto(QStringLiteral("I25.1"));
        key(Qt::Key_Tab);
        diagnosisShown = dialog->findChild<QLabel*>(QStringLiteral("diagnosisValue"))->text();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("profileCombo"));
        typeInto(QStringLiteral("CAR")); // keyboard search in the list of profiles
        key(Qt::Key_Tab);                // hospital region: the patient's region is chosen already
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("hospitalCombo"));
        key(Qt::Key_Down);                          // the second hospital offered
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Referral registered. Code: …": Close
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(patientShown.contains(QStringLiteral("Әлиханов Нұрлан")), qPrintable(patientShown));
    // The dictionary's name in the interface language.
    QCOMPARE(diagnosisShown, QStringLiteral("Atherosclerotic heart disease"));
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("71.7102.CAR.1")));
    const std::optional<Referral> referral = m_workspace->referrals().find(QStringLiteral("71.7102.CAR.1"));
    QVERIFY(referral);
    QCOMPARE(referral->profileCode, QStringLiteral("CAR"));
    QCOMPARE(referral->diagnosisCode, QStringLiteral("I25.1"));
    QCOMPARE(referral->hospitalCode, QStringLiteral("7102"));
    QCOMPARE(m_workspace->referrals().history(referral->id).size(), 1);
}

void TestGuiRegistration::unknownDiagnosisAndASecondPlaceAreAskedFor()
{
    givenTheReferral(); // 71.7102.CAR.1: the patient waits for a cardiology bed
    bool nameShown = false, reasonBefore = true, reasonAfter = false;
    QString problem;
    onNextModal([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("diagnosisNameEdit"));
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("secondReasonEdit"));
        QVERIFY(name && reason);
        QVERIFY(!name->isVisible()); // asked for only when needed
        typeInto(QStringLiteral("900115300013"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("J96.0")); // well formed, not in the dictionary
        nameShown = name->isVisible();
        reasonBefore = reason->isVisible();
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        typeInto(QStringLiteral("Острая дыхательная недостаточность"));
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("profileCombo"));
        typeInto(QStringLiteral("CAR"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        key(Qt::Key_Down);
        key(Qt::Key_Return); // the patient waits in this profile already: refused, with the reason asked for
        problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        reasonAfter = reason->isVisible();
        dialog->grab().save(TestSupport::screenshotDir() + QStringLiteral("/referral-dialog-second-place.png"));
        reason->setFocus();
        typeInto(QStringLiteral("Две разные операции, решение комиссии"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY(nameShown);
    QVERIFY(!reasonBefore);
    QVERIFY(reasonAfter);
    QVERIFY2(problem.contains(QStringLiteral("71.7102.CAR.1")), qPrintable(problem));
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("71.7102.CAR.2")));
    const Referral second = *m_workspace->referrals().find(QStringLiteral("71.7102.CAR.2"));
    QCOMPARE(second.diagnosisCode, QStringLiteral("J96.0"));
    QCOMPARE(second.diagnosisName, QStringLiteral("Острая дыхательная недостаточность"));
    QCOMPARE(m_workspace->diagnoses().find(QStringLiteral("J96.0"))->source, QStringLiteral("clerk"));
    QVERIFY(m_workspace->referrals().history(second.id).first().detail.contains(
        QStringLiteral("Две разные операции, решение комиссии")));
}

void TestGuiRegistration::nextStepsAfterARegisteredReferral()
{
    givenThePatient();
    // Registers a referral by keyboard and answers "Referral registered" with a choice; `then` answers the
    // window that choice opens.
    const auto registerOne = [&](int choice, std::function<void(QWidget*)> then) {
        onNextModal([&, choice, then](QWidget*) {
            typeInto(QStringLiteral("900115300013"));
            key(Qt::Key_Tab);
            typeInto(QStringLiteral("I25.1"));
            key(Qt::Key_Tab);
            typeInto(QStringLiteral("CAR"));
            MessageBox::setNextChoice(choice);
            if (then)
                onNextModal(then);
            key(Qt::Key_Return);
        });
        activateMain();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(m_modals.done());
        // One live place per patient and profile: the referral just registered is cancelled before the next.
        for (const Referral& r : m_workspace->referrals().forPatient(
                 m_workspace->patients().findByIin(QStringLiteral("900115300013"))->id)) {
            if (r.status == ReferralStatus::Registered) {
                ReferralService::Transition cancel;
                cancel.reason = QStringLiteral("test: the next step is tried on another referral");
                m_workspace->referrals().transition(r.code, ReferralStatus::Cancelled, cancel);
            }
        }
    };
    // Copy code.
    QApplication::clipboard()->clear();
    registerOne(1, {});
    QCOMPARE(MessageBox::lastChoices().size(), 4);
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("71.7101.CAR.1"));
    // Open the referral: its window comes next.
    QString opened;
    registerOne(2, [&](QWidget* detail) {
        opened = detail->findChild<QLabel*>(QStringLiteral("referralCode"))->text();
        QTest::keyClick(detail, Qt::Key_Escape);
    });
    QCOMPARE(opened, QStringLiteral("71.7101.CAR.2"));
    // Print ticket: the print options come next (and are cancelled here).
    PrintOptionsDialog::setNextAnswer(std::nullopt);
    registerOne(0, {});
    QVERIFY(m_workspace->referrals().find(QStringLiteral("71.7101.CAR.3")));
}

void TestGuiRegistration::oneSearchBoxFindsPatientsAndReferrals()
{
    givenTheReferral();
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    search->setFocus();
    typeInto(QStringLiteral("ӘЛИХАН"));
    QTest::keyClick(search, Qt::Key_Return);
    SearchPage* page = m_window->searchPage();
    QVERIFY(page->isVisible());
    QTRY_COMPARE(page->patients()->totalCount(), 1);
    QTRY_COMPARE(page->referrals()->totalCount(), 1);
    QTRY_VERIFY(page->patients()->index(0, PatientTableModel::Name).data().isValid());
    QCOMPARE(page->patients()->index(0, PatientTableModel::Name).data().toString(),
             QStringLiteral("Әлиханов Нұрлан Серікұлы"));
    // A code and an IIN scanned under the Kazakh layout are read as printed.
    search->selectAll();
    typeInto(QStringLiteral(".\"ю.\"қәюСФКю\"")); // 71.7102.CAR.1
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), QStringLiteral("71.7102.CAR.1"));
    QTRY_COMPARE(page->referrals()->totalCount(), 1);
    search->selectAll();
    typeInto(QStringLiteral("ұққ\"\"ғіқққ\"і")); // 900115300013
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), QStringLiteral("900115300013"));
    QTRY_COMPARE(page->patients()->totalCount(), 1);
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("71.7102"));
    QTest::keyClick(search, Qt::Key_Return);
    // Typed with the digits where they are: the start of a code stays one (not the IIN prefix 7177102).
    QCOMPARE(search->text(), QStringLiteral("71.7102"));
    QTRY_COMPARE(page->referrals()->totalCount(), 1);
    QTRY_COMPARE(page->patients()->totalCount(), 1); // the patient the referral belongs to
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("90011530"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(page->patients()->totalCount(), 1);
    QTRY_COMPARE(page->referrals()->totalCount(), 1);
}

void TestGuiRegistration::confirmsADateFromTheReferral()
{
    givenTheReferral();
    m_window->showSection(m_window->referralsPage());
    QTableView* view = m_window->referralsPage()->view();
    QTRY_VERIFY(view->model()->index(0, 0).data().isValid());
    view->setCurrentIndex(view->model()->index(0, 0));
    QString status;
    QString dateShown;
    onNextModal([&](QWidget* detail) {
        QCOMPARE(detail->objectName(), QStringLiteral("referralDetailDialog"));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("referralCode"))->text(), QStringLiteral("71.7102.CAR.1"));
        QVERIFY(!detail->findChild<QPushButton*>(QStringLiteral("transition_hospitalized"))); // not before a date
        onNextModal([&](QWidget* transition) {
            auto* date = transition->findChild<QDateEdit*>(QStringLiteral("transitionDate"));
            QVERIFY(date);
            date->setDate(m_clock.today().addDays(10));
            dateShown = date->text();
            QTest::keyClick(transition, Qt::Key_Return);
        });
        detail->findChild<QPushButton*>(QStringLiteral("transition_scheduled"))->click();
        status = detail->findChild<QLabel*>(QStringLiteral("referralStatus"))->text();
        QVERIFY(detail->findChild<QPushButton*>(QStringLiteral("transition_hospitalized")));
        QTest::keyClick(detail, Qt::Key_Escape);
    });
    activateMain();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return); // Enter on a row opens it
    QTRY_VERIFY(m_modals.done());
    QCOMPARE(status, QStringLiteral("Date confirmed"));
    QCOMPARE(dateShown, m_clock.today().addDays(10).toString(QStringLiteral("dd.MM.yyyy")));
    const Referral r = *m_workspace->referrals().find(QStringLiteral("71.7102.CAR.1"));
    QCOMPARE(r.status, ReferralStatus::Scheduled);
    QCOMPARE(r.scheduledDate, m_clock.today().addDays(10));
    QTRY_COMPARE(m_window->referralsPage()->model()->index(0, ReferralTableModel::Status).data().toString(),
                 QStringLiteral("Date confirmed"));
    saveScreenshotsOfTheForms();
}

void TestGuiRegistration::saveScreenshotsOfTheForms()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        m_window->switchLanguage(language);
        const QString code = Languages::code(language);
        onNextModal([&](QWidget* dialog) {
            typeInto(QStringLiteral("850720400126"));
            QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
            QVERIFY(dialog->grab().save(QStringLiteral("%1/form-patient-%2.png").arg(dir, code)));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        activateMain();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_modals.done());
        onNextModal([&](QWidget* dialog) {
            typeInto(QStringLiteral("900115300013"));
            key(Qt::Key_Tab);
            typeInto(QStringLiteral("K80.2"));
            key(Qt::Key_Tab);
            // Nothing of the form is cut off: the dialog is at least as large as its layout needs.
            QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
            QVERIFY(dialog->grab().save(QStringLiteral("%1/form-referral-%2.png").arg(dir, code)));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        activateMain();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(m_modals.done());
        const qint64 id = m_workspace->referrals().find(QStringLiteral("71.7102.CAR.1"))->id;
        onNextModal([&](QWidget* dialog) {
            QVERIFY(dialog->grab().save(QStringLiteral("%1/form-referral-detail-%2.png").arg(dir, code)));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->actions()->openReferral(id);
        QTRY_VERIFY(m_modals.done());
        m_window->search(QStringLiteral("әли"));
        QTRY_COMPARE(m_window->searchPage()->patients()->totalCount(), 1);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-search-%2.png").arg(dir, code)));
    }
    m_window->switchLanguage(Language::English);
}

void TestGuiRegistration::aSaveWaitsVisiblyForAnotherWorkstation()
{
    // A second workstation: the sqlite3 shell holding the write lock of the same file.
    QProcess other;
    other.start(QStringLiteral("sqlite3"), {m_dir->filePath(QStringLiteral("registration.sqlite"))});
    if (!other.waitForStarted())
        QSKIP("the sqlite3 shell is not installed (Debian package sqlite3)");
    // The shell waits for the lock like any workstation would (it has no busy timeout of its own): the app may
    // be writing its audit at this very moment, and a shell that gave up at once would never hold the lock.
    other.write(".timeout 20000\nBEGIN IMMEDIATE;\nSELECT 'locked';\n");
    QTRY_VERIFY_WITH_TIMEOUT(Database::writeLockTaken(m_workspace->database().location()), 20000);

    QElapsedTimer sinceSave;
    qint64 noteAfterMs = -1;
    bool busyCursor = false;
    QString noteText;
    onNextModal([&](QWidget*) {
        typeInto(QStringLiteral("051231600017"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Қасымова"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("Айгерім"));
        m_modals.onNext(
            [&](QWidget* note) {
                noteAfterMs = sinceSave.elapsed();
                busyCursor =
                    QApplication::overrideCursor() && QApplication::overrideCursor()->shape() == Qt::BusyCursor;
                noteText = note->findChild<QLabel*>(QStringLiteral("writeLockWaitText"))->text();
                // Nothing is saved while the other workstation writes.
                QVERIFY(!m_workspace->patients().findByIin(QStringLiteral("051231600017")));
                MessageBox::setNextAnswer(QMessageBox::Ok); // "Patient saved": no referral now
                other.write("ROLLBACK;\n");                 // the other workstation is done
            },
            QStringLiteral("writeLockWaitNote"));
        sinceSave.start();
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    // At once, not after the store's busy timeout (5 s) has run out: the bound leaves room for a loaded machine.
    QVERIFY2(noteAfterMs >= 0 && noteAfterMs < Database::busyTimeoutMs / 2, qPrintable(QString::number(noteAfterMs)));
    QVERIFY(busyCursor);
    QVERIFY(noteText.contains(QStringLiteral("Another workstation")));
    QTRY_VERIFY(m_workspace->patients().findByIin(QStringLiteral("051231600017")));
    QVERIFY(!QApplication::overrideCursor());
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished());
}

QTEST_MAIN(TestGuiRegistration)
#include "tst_gui_registration.moc"
