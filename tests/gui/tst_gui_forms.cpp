#include "ModalDriver.h"
#include "PatientTableModel.h"
#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "abroad/AbroadApplicationDialog.h"
#include "accounts/AuditLogDialog.h"
#include "domain/OperationError.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/SearchPage.h"
#include "patients/PatientDialog.h"
#include "referrals/LookupDialog.h"
#include "referrals/ReferralDialog.h"
#include "referrals/ReferralsPage.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// A clerk's forms: a scanner's burst under the Kazakh layout is read as printed in every box that takes a
// referral code or an IIN; a form shows every problem at once, whole, and clears each as it is fixed; a
// database SQLite may not write opens for viewing and lookups with a banner.
class TestGuiForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scanIntoTheWindowsBoxes();
    void scanIntoThePageFilters();
    void scanIntoTheLookupDialog();
    void scanIntoThePatientForm();
    void scanIntoTheReferralForm();
    void scanIntoTheAbroadApplication();
    void scanIntoTheAuditLogFilter();
    void referralFormShowsEveryProblemAndClearsEach();
    void patientFormShowsEveryProblemAndClearsEach();
    void readOnlyConnectionOpensForViewing();
    void readOnlyMediumOpensForViewing();

private:
    // Shows the dialog and puts the cursor into its line edit of that name, where a scan is typed (nullptr when the
    // dialog did not appear or has no such box).
    static QLineEdit* showWithFocusOn(QDialog& dialog, const char* boxName)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return nullptr;
        auto* box = dialog.findChild<QLineEdit*>(QLatin1String(boxName));
        if (box)
            box->setFocus();
        return box;
    }
    // Types as a scanner does under the Kazakh layout: one key event per character, as fast as they come.
    // QTest::keyClicks knows only Latin-1.
    static void burst(QWidget* widget, const QString& text)
    {
        for (const QChar ch : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
    void showWindow();
    // Whether a label's text shows whole: as high as it needs for its width.
    static bool whole(QLabel* label)
    {
        return label->isVisible() && !label->text().isEmpty() &&
               label->height() >=
                   (label->hasHeightForWidth() ? label->heightForWidth(label->width()) : label->sizeHint().height());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    ModalDriver m_modals;
};

namespace {
// 71.7101.CAR.1 and 900115300013 as a scanner types them under the Kazakh layout.
const QString scannedCode = QStringLiteral(".\"ю.\"қ\"юСФКю\"");
const QString code = QStringLiteral("71.7101.CAR.1");
const QString scannedIin = QStringLiteral("ұққ\"\"ғіқққ\"і");
const QString iin = QStringLiteral("900115300013");
} // namespace

void TestGuiForms::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestGuiForms::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("forms.sqlite"), m_clock);
    Patient p;
    p.iin = iin;
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    QCOMPARE(m_workspace->referrals().registerReferral(in).code, code);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
}

void TestGuiForms::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiForms::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGuiForms::scanIntoTheWindowsBoxes()
{
    showWindow();
    // The one search box: a code, then an IIN.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    search->setFocus();
    burst(search, scannedCode);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), code);
    QTRY_COMPARE(m_window->searchPage()->referrals()->totalCount(), 1);
    search->clear();
    burst(search, scannedIin);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(search->text(), iin);
    QTRY_COMPARE(m_window->searchPage()->patients()->totalCount(), 1);

    // The toolbar's lookup box opens the lookup on the code as printed.
    auto* lookup = m_window->findChild<QLineEdit*>(QStringLiteral("lookupEdit"));
    QString asked;
    QString answer;
    m_modals.onNext(
        [&](QWidget* dialog) {
            asked = dialog->findChild<QLineEdit*>(QStringLiteral("lookupCode"))->text();
            answer = dialog->findChild<QLabel*>(QStringLiteral("lookupResult"))->text();
        },
        QStringLiteral("lookupDialog"));
    lookup->setFocus();
    burst(lookup, scannedCode);
    QTest::keyClick(lookup, Qt::Key_Return);
    QTRY_VERIFY(m_modals.done());
    QCOMPARE(asked, code);
    QVERIFY2(answer.contains(QStringLiteral("of 1")), qPrintable(answer));
}

void TestGuiForms::scanIntoThePageFilters()
{
    showWindow();
    ReferralsPage* page = m_window->referralsPage();
    m_window->showSection(page);
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("referralsFilter"));
    QVERIFY(filter);
    QAbstractItemView* view = page->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // A code scanned into the filter finds its referral; the same characters kept as typed would find none.
    filter->setFocus();
    burst(filter, scannedCode);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(filter->text(), code);
    QTest::qWait(400); // the filter's debounce
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // A scan that ends with Tab instead of Enter is read as printed too.
    filter->clear();
    burst(filter, scannedIin);
    QTest::keyClick(filter, Qt::Key_Tab);
    QCOMPARE(filter->text(), iin);
    QTRY_COMPARE(view->model()->rowCount(), 1);
}

void TestGuiForms::scanIntoTheLookupDialog()
{
    showWindow();
    LookupDialog dialog(*m_workspace, m_window->names(), m_window.get());
    QLineEdit* box = showWithFocusOn(dialog, "lookupCode");
    QVERIFY(box);
    burst(box, scannedCode);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(box->text(), code);
    const QString answer = dialog.findChild<QLabel*>(QStringLiteral("lookupResult"))->text();
    QVERIFY2(answer.contains(QStringLiteral("of 1")), qPrintable(answer));
}

void TestGuiForms::scanIntoThePatientForm()
{
    showWindow();
    PatientDialog dialog(m_workspace->patients(), m_window->names(), m_window.get());
    QLineEdit* box = showWithFocusOn(dialog, "iinEdit");
    QVERIFY(box);
    burst(box, scannedIin);
    QCOMPARE(box->text(), iin);
    // The IIN is read: the birth date and sex come from it, and no problem is shown.
    QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("derivedValue"))->text().contains(QStringLiteral("15.01.1990")),
             qPrintable(dialog.findChild<QLabel*>(QStringLiteral("derivedValue"))->text()));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("iinProblem"))->isVisible());
}

void TestGuiForms::scanIntoTheReferralForm()
{
    showWindow();
    ReferralDialog dialog(*m_workspace, m_window->names(), m_window.get());
    QLineEdit* box = showWithFocusOn(dialog, "patientEdit");
    QVERIFY(box);
    burst(box, scannedIin);
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(box->text(), iin);
    const QString patient = dialog.findChild<QLabel*>(QStringLiteral("patientValue"))->text();
    QVERIFY2(patient.contains(QStringLiteral("Әлиханов Нұрлан")), qPrintable(patient));
}

void TestGuiForms::scanIntoTheAbroadApplication()
{
    showWindow();
    AbroadApplicationDialog dialog(*m_workspace, m_window->names(), m_window.get());
    QLineEdit* box = showWithFocusOn(dialog, "abroadPatientEdit");
    QVERIFY(box);
    burst(box, scannedIin);
    QCOMPARE(box->text(), iin);
    const QString patient = dialog.findChild<QLabel*>(QStringLiteral("abroadPatientValue"))->text();
    QVERIFY2(patient.contains(QStringLiteral("Әлиханов Нұрлан")), qPrintable(patient));
}

void TestGuiForms::scanIntoTheAuditLogFilter()
{
    showWindow();
    AuditLogDialog dialog(*m_workspace, m_window.get());
    QLineEdit* box = showWithFocusOn(dialog, "auditPatient");
    QVERIFY(box);
    burst(box, scannedIin);
    QCOMPARE(box->text(), iin);
}

void TestGuiForms::referralFormShowsEveryProblemAndClearsEach()
{
    showWindow();
    m_window->switchLanguage(Language::Kazakh); // the longest words
    ReferralDialog dialog(*m_workspace, m_window->names(), m_window.get());
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("profileCombo"));
    auto* hospital = dialog.findChild<QComboBox*>(QStringLiteral("hospitalCombo"));
    dialog.accept(); // Save on an empty form (a bed profile and a hospital are chosen from the start)
    QVERIFY(dialog.isVisible());
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    QApplication::processEvents();
    const QStringList lines = label->text().split(QLatin1Char('\n'));
    // The patient and the diagnosis: both at once, whole.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(whole(label),
             qPrintable(
                 QStringLiteral("%1 high, needs %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
    QVERIFY(dialog.geometry().height() <= 768);
    auto* patient = dialog.findChild<QLineEdit*>(QStringLiteral("patientEdit"));
    auto* diagnosis = dialog.findChild<QLineEdit*>(QStringLiteral("diagnosisEdit"));
    for (QWidget* field : std::initializer_list<QWidget*>{patient, diagnosis})
        QVERIFY2(field->styleSheet().contains(QStringLiteral("border")), qPrintable(field->objectName()));
    QVERIFY(profile->styleSheet().isEmpty());
    QVERIFY(hospital->styleSheet().isEmpty());

    // The patient fixed: their line and red border go, the diagnosis's stay.
    patient->setFocus();
    QTest::keyClicks(patient, iin);
    QTest::keyClick(patient, Qt::Key_Tab);
    QTRY_VERIFY(patient->styleSheet().isEmpty());
    QCOMPARE(label->text(), lines.at(1).mid(2)); // one problem left: no bullet
    QVERIFY(diagnosis->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(whole(label));

    // The diagnosis fixed: its line goes, and nothing is left to say.
    diagnosis->setFocus();
    QTest::keyClicks(diagnosis, QStringLiteral("I25.1"));
    QTRY_VERIFY(diagnosis->styleSheet().isEmpty());
    QVERIFY(!label->isVisible());
    m_window->switchLanguage(Language::English);
}

void TestGuiForms::patientFormShowsEveryProblemAndClearsEach()
{
    showWindow();
    m_window->switchLanguage(Language::Kazakh);
    PatientDialog dialog(m_workspace->patients(), m_window->names(), m_window.get());
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* iinEdit = dialog.findChild<QLineEdit*>(QStringLiteral("iinEdit"));
    QTest::keyClicks(iinEdit, QStringLiteral("900115300014")); // a wrong check digit
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QApplication::processEvents();
    QStringList shown;
    for (const char* name : {"iinProblem", "lastNameProblem", "firstNameProblem"}) {
        auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(whole(label), name);
        shown << label->text();
    }
    auto* lastName = dialog.findChild<QLineEdit*>(QStringLiteral("lastNameEdit"));
    auto* firstName = dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"));
    for (QWidget* field : std::initializer_list<QWidget*>{iinEdit, lastName, firstName})
        QVERIFY2(field->styleSheet().contains(QStringLiteral("border")), qPrintable(field->objectName()));
    QVERIFY(dialog.height() <= 768);

    // The last name fixed: its message and border go, the IIN's and the first name's stay.
    burst(lastName, QStringLiteral("Әлиханов"));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("lastNameProblem"))->isVisible());
    QVERIFY(lastName->styleSheet().isEmpty());
    QVERIFY(whole(dialog.findChild<QLabel*>(QStringLiteral("iinProblem"))));
    QVERIFY(whole(dialog.findChild<QLabel*>(QStringLiteral("firstNameProblem"))));
    QVERIFY(iinEdit->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(firstName->styleSheet().contains(QStringLiteral("border")));

    // The IIN fixed: its message and border go too.
    iinEdit->setFocus();
    QTest::keyClick(iinEdit, Qt::Key_Backspace);
    QTest::keyClicks(iinEdit, QStringLiteral("3"));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("iinProblem"))->isVisible());
    QVERIFY(iinEdit->styleSheet().isEmpty());
    QVERIFY(whole(dialog.findChild<QLabel*>(QStringLiteral("firstNameProblem"))));
    m_window->switchLanguage(Language::English);
}

void TestGuiForms::readOnlyConnectionOpensForViewing()
{
    // SQLite's read-only open, the connection a file, folder or medium this process may not write gives: for
    // root, who runs the CI, file permissions would not make one.
    DatabaseLocation location = m_workspace->database().location();
    m_workspace.reset();
    location.readOnly = true;
    m_workspace = Workspace::open(location, m_clock);
    QVERIFY(m_workspace->database().isReadOnly());
    showWindow();
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read only")));
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("newPatientAction"))->isEnabled());
    // Viewing and lookups work.
    m_window->showSection(m_window->referralsPage());
    QTRY_COMPARE(m_window->referralsPage()->view()->model()->rowCount(), 1);
    LookupDialog lookup(*m_workspace, m_window->names(), m_window.get());
    lookup.lookUp(code);
    const QString answer = lookup.findChild<QLabel*>(QStringLiteral("lookupResult"))->text();
    QVERIFY2(answer.contains(QStringLiteral("of 1")), qPrintable(answer));
    // A save says why it cannot be made.
    Patient p;
    p.iin = QStringLiteral("850720400126");
    p.lastName = QStringLiteral("Серікова");
    p.firstName = QStringLiteral("Дана");
    try {
        m_workspace->patients().registerPatient(p);
        QFAIL("a patient was saved to a read-only database");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
    }
}

void TestGuiForms::readOnlyMediumOpensForViewing()
{
    // The folder made a read-only medium: a read-only bind mount in a mount namespace of this test's own
    // (root with CAP_SYS_ADMIN, as in the CI's container), or, for a user, a folder and file without write
    // permission. SQLite then cannot create the database's -shm beside it.
    const DatabaseLocation location = m_workspace->database().location();
    m_workspace.reset();
    const QByteArray folder = QFileInfo(location.path).absolutePath().toLocal8Bit();
    bool mounted = false;
    if (geteuid() == 0) {
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount(folder.constData(), folder.constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP("root without a mount namespace of its own: no read-only medium to try");
        mounted = true;
        QVERIFY(mount(nullptr, folder.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);
    } else {
        QFile::setPermissions(location.path, QFileDevice::ReadOwner);
        QFile::setPermissions(QString::fromLocal8Bit(folder), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    const auto restore = qScopeGuard([&] {
        m_window.reset();
        m_workspace.reset();
        if (mounted)
            umount2(folder.constData(), MNT_DETACH);
        else
            QFile::setPermissions(QString::fromLocal8Bit(folder),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    QVERIFY(!QFile(location.path + QStringLiteral("-shm")).exists());
    QFile probe(QString::fromLocal8Bit(folder) + QStringLiteral("/probe"));
    QVERIFY2(!probe.open(QIODevice::WriteOnly), "the folder is writable");

    m_workspace = Workspace::open(location, m_clock);
    QVERIFY(m_workspace->database().isReadOnly());
    showWindow();
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("newReferralAction"))->isEnabled());
    m_window->showSection(m_window->referralsPage());
    QTRY_COMPARE(m_window->referralsPage()->view()->model()->rowCount(), 1);
    LookupDialog lookup(*m_workspace, m_window->names(), m_window.get());
    lookup.lookUp(code);
    const QString answer = lookup.findChild<QLabel*>(QStringLiteral("lookupResult"))->text();
    QVERIFY2(answer.contains(QStringLiteral("of 1")), qPrintable(answer));
}

QTEST_MAIN(TestGuiForms)
#include "tst_gui_forms.moc"
