#include "ModalDriver.h"
#include "PatientTableModel.h"
#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "main/ClerkActions.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/SearchPage.h"
#include "patients/PatientsPage.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralsPage.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
    void cleanupTestCase();
    void registersAPatientByKeyboard();
    void duplicateIinOffersTheRegisteredPatient();
    void registersAReferralByKeyboard();
    void oneSearchBoxFindsPatientsAndReferrals();
    void confirmsADateFromTheReferral();
    void screenshotsOfTheForms();

private:
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

    QTemporaryDir m_dir;
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
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("registration.sqlite"));
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiRegistration::cleanupTestCase()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
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
        typeInto(QStringLiteral("Astana")); // keyboard search in the list of regions
        key(Qt::Key_Return);                // Save is the default button
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

void TestGuiRegistration::duplicateIinOffersTheRegisteredPatient()
{
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
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Referral registered. Code: …"
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(patientShown.contains(QStringLiteral("Әлиханов Нұрлан")), qPrintable(patientShown));
    QCOMPARE(diagnosisShown, QStringLiteral("Атеросклеротическая болезнь сердца"));
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("71.7102.CAR.1")));
    const std::optional<Referral> referral = m_workspace->referrals().find(QStringLiteral("71.7102.CAR.1"));
    QVERIFY(referral);
    QCOMPARE(referral->profileCode, QStringLiteral("CAR"));
    QCOMPARE(referral->diagnosisCode, QStringLiteral("I25.1"));
    QCOMPARE(referral->hospitalCode, QStringLiteral("7102"));
    QCOMPARE(m_workspace->referrals().history(referral->id).size(), 1);
}

void TestGuiRegistration::oneSearchBoxFindsPatientsAndReferrals()
{
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
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("71.7102"));
    QTest::keyClick(search, Qt::Key_Return);
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
            date->setDate(QDate::currentDate().addDays(10));
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
    QCOMPARE(dateShown, QDate::currentDate().addDays(10).toString(QStringLiteral("dd.MM.yyyy")));
    const Referral r = *m_workspace->referrals().find(QStringLiteral("71.7102.CAR.1"));
    QCOMPARE(r.status, ReferralStatus::Scheduled);
    QCOMPARE(r.scheduledDate, QDate::currentDate().addDays(10));
    QTRY_COMPARE(m_window->referralsPage()->model()->index(0, ReferralTableModel::Status).data().toString(),
                 QStringLiteral("Date confirmed"));
}

void TestGuiRegistration::screenshotsOfTheForms()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        m_window->switchLanguage(language);
        QTest::qWait(30);
        const QString code = Languages::code(language);
        onNextModal([&](QWidget* dialog) {
            typeInto(QStringLiteral("850720400126"));
            QTest::qWait(20);
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
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-search-%2.png").arg(dir, code)));
    }
    m_window->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiRegistration)
#include "tst_gui_registration.moc"
