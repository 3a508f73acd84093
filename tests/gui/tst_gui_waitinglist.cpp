#include "ModalDriver.h"
#include "TestSupport.h"
#include "WaitingListModel.h"
#include "dashboard/DashboardPage.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "referrals/ReferralsPage.h"
#include "services/BedService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/Section.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

// Waiting lists, the code lookup and the dashboard through the real window.
class TestGuiWaitingList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void looksUpACodeByKeyboard();
    void readsAScannedCodeWhileBrowsing();
    void fastTypingInADialogIsNotAScan();
    void showsTheQueueInOrder();
    void dashboardCounts();

private:
    // Each view in each language, for a person to look at (called from dashboardCounts).
    void saveScreenshots();
    void onNextModal(std::function<void(QWidget*)> steps) { m_modals.onNext(std::move(steps)); }
    void activateMain()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    static void sendText(QWidget* widget, const QString& text)
    {
        for (const QChar ch : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_codes;
    ModalDriver m_modals;
};

void TestGuiWaitingList::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiWaitingList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_codes.clear();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("queue.sqlite"), m_clock);
    const char* people[][3] = {{"900115300013", "Әлиханов", "Нұрлан"},
                               {"850720400126", "Иванова", "Алёна"},
                               {"010203500078", "Сейтқали", "Ерлан"},
                               {"051231600017", "Қасымова", "Айгерім"},
                               {"900115300401", "Петров", "Сергей"}};
    for (const auto& p : people) {
        Patient patient;
        patient.iin = QLatin1String(p[0]);
        patient.lastName = QString::fromUtf8(p[1]);
        patient.firstName = QString::fromUtf8(p[2]);
        patient.regionCode = QStringLiteral("71");
        m_workspace->patients().registerPatient(patient);
        ReferralService::Registration in;
        in.iin = patient.iin;
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        m_codes << m_workspace->referrals().registerReferral(in).code;
    }
    m_workspace->beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{20, 14, 2});
    m_workspace->beds().report(QStringLiteral("7102"), QStringLiteral("CAR"), {}, BedCount{30, 29, 1});
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiWaitingList::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGuiWaitingList::looksUpACodeByKeyboard()
{
    QString found;
    QString unknown;
    QString malformed;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lookupDialog"));
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("lookupResult"));
        found = result->text();
        auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("lookupCode"));
        code->setFocus();
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("71.7101.CAR.Z9"));
        QTest::keyClick(code, Qt::Key_Return);
        unknown = result->text();
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("7101-CAR"));
        QTest::keyClick(code, Qt::Key_Return);
        malformed = result->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    auto* lookup = m_window->findChild<QLineEdit*>(QStringLiteral("lookupEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), lookup);
    QTest::keyClicks(lookup, m_codes.at(2).toLower());
    QTest::keyClick(lookup, Qt::Key_Return);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(found.contains(QStringLiteral(">3</b> of 5")), qPrintable(found));
    QVERIFY(found.contains(QStringLiteral("Full blood count")));
    QVERIFY(found.contains(QStringLiteral("8 (7172) 557-290")));
    // 20 beds: two admissions a day; the third in the queue gets the second working day.
    QVERIFY(found.contains(
        m_workspace->referrals().find(m_codes.at(2))->preliminaryDate.toString(QStringLiteral("dd.MM.yyyy"))));
    QVERIFY2(unknown.contains(QStringLiteral("No referral has the code 71.7101.CAR.Z9")), qPrintable(unknown));
    QVERIFY2(malformed.contains(QStringLiteral("is not a referral code")), qPrintable(malformed));
}

void TestGuiWaitingList::readsAScannedCodeWhileBrowsing()
{
    m_window->showSection(m_window->referralsPage());
    activateMain();
    QTableView* view = m_window->referralsPage()->view();
    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QString found;
    onNextModal([&](QWidget* dialog) {
        found = dialog->findChild<QLabel*>(QStringLiteral("lookupResult"))->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    // The scanner types 71.7101.CAR.4 as the Kazakh layout makes of it, in a fast burst ending with Enter.
    sendText(view, QStringLiteral(".\"ю.\"қ\"юСФКюң"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(found.contains(QStringLiteral(">4</b> of 5")), qPrintable(found));
}

void TestGuiWaitingList::fastTypingInADialogIsNotAScan()
{
    // A clerk who types fast in a form (a profile code in a combo box, then Enter) is not a scanner:
    // the lookup must not open over the form.
    QDialog form(m_window.get());
    auto* layout = new QVBoxLayout(&form);
    auto* profile = new QComboBox(&form);
    profile->addItems({QStringLiteral("CAR"), QStringLiteral("CSU"), QStringLiteral("NEU")});
    layout->addWidget(profile);
    bool openedOverForm = false;
    // Anything modal that opens over the form is noted and closed, so a regression fails instead of hanging.
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, &form, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal != &form) {
            openedOverForm = true;
            modal->close();
        }
    });
    watcher.start(20);
    QTimer::singleShot(0, &form, [&] {
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        profile->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), profile);
        sendText(profile, QStringLiteral("71.7101.CSU.4"));
        QTest::keyClick(profile, Qt::Key_Return);
        QTimer::singleShot(200, &form, &QDialog::reject);
    });
    form.exec();
    watcher.stop();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(!openedOverForm, "a dialog opened over the form as if the keys were a scan");
}

void TestGuiWaitingList::showsTheQueueInOrder()
{
    m_window->showSection(m_window->waitingListPage());
    WaitingListPage* page = m_window->waitingListPage();
    page->showQueue(QStringLiteral("7101"), QStringLiteral("CAR"));
    WaitingListModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->totalCount(), 5);
    QTRY_VERIFY(model->index(4, WaitingListModel::Code).data().isValid());
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model->index(row, WaitingListModel::Position).data().toInt(), row + 1);
        QCOMPARE(model->index(row, WaitingListModel::Code).data().toString(), m_codes.at(row));
        QCOMPARE(model->index(row, WaitingListModel::DaysWaited).data().toInt(), 0);
        QCOMPARE(model->index(row, WaitingListModel::Documents).data().toString(), QStringLiteral("incomplete"));
    }
    // A referral leaves: the list follows at once.
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("по просьбе пациента");
    m_workspace->referrals().transition(m_codes.at(0), ReferralStatus::Cancelled, cancel);
    page->refresh();
    QTRY_COMPARE(model->totalCount(), 4);
    QTRY_COMPARE(model->index(0, WaitingListModel::Code).data().toString(), m_codes.at(1));
    QVERIFY(page->countLabel()->text().contains(QStringLiteral("4 in the waiting list")));
}

void TestGuiWaitingList::dashboardCounts()
{
    m_window->showSection(m_window->dashboardPage());
    auto* counters = m_window->dashboardPage()->findChild<QLabel*>(QStringLiteral("dashboardCounters"));
    QTRY_VERIFY(counters->text().contains(QStringLiteral("Referrals: <b>5</b>")));
    QVERIFY(counters->text().contains(QStringLiteral("registered today: <b>5</b>")));
    auto* beds = m_window->dashboardPage()->findChild<QTableWidget*>(QStringLiteral("dashboardBeds"));
    QCOMPARE(beds->rowCount(), 1); // only Astana has bed reports
    QCOMPARE(beds->item(0, 1)->text(), QStringLiteral("50"));
    QCOMPARE(beds->item(0, 2)->text(), QStringLiteral("4"));
    saveScreenshots();
}

void TestGuiWaitingList::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        m_window->switchLanguage(language);
        // The posted LanguageChange has arrived when the list of sections speaks the language.
        QTRY_COMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(),
                     m_window->sections().first()->sectionTitle());
        const QString code = Languages::code(language);
        m_window->showSection(m_window->waitingListPage());
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-waiting-%2.png").arg(dir, code)));
        m_window->showSection(m_window->dashboardPage());
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-dashboard-%2.png").arg(dir, code)));
        onNextModal([&](QWidget* dialog) {
            QApplication::processEvents();
            QVERIFY(dialog->grab().save(QStringLiteral("%1/lookup-%2.png").arg(dir, code)));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->lookUp(m_codes.at(3));
        QTRY_VERIFY(m_modals.done());
    }
    m_window->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiWaitingList)
#include "tst_gui_waitinglist.moc"
