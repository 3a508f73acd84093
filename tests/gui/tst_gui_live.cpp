#include "PatientTableModel.h"
#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "referrals/ReferralsPage.h"
#include "services/ChangeFeed.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Live refresh: what another workstation saves shows in an open window within two seconds, without F5 — on a
// SQLite file and on a PostgreSQL server alike. The other workstation is a second connection in this process
// and a separate process (register_worker), as two PCs would be.
class TestGuiLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherConnectionsSaveShowsWithinTwoSeconds();
    void anotherProcessesSavesShowWithinTwoSeconds();
    void theStatusBarSaysWhetherTheServerAnswers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLive::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestGuiLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("live.sqlite"), m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->patientsPage()->model()->totalCount(), 1);
}

void TestGuiLive::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGuiLive::anotherConnectionsSaveShowsWithinTwoSeconds()
{
    auto other = TestSupport::openWorkspace(*m_dir, QStringLiteral("live.sqlite"), m_clock);
    Patient p;
    p.iin = QStringLiteral("850720400126");
    p.lastName = QStringLiteral("Серікбаева");
    p.firstName = QStringLiteral("Гүлнар");
    p.regionCode = QStringLiteral("71");
    other->patients().registerPatient(p);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->patientsPage()->model()->totalCount(), 2, 2000);
}

void TestGuiLive::anotherProcessesSavesShowWithinTwoSeconds()
{
    m_window->showSection(m_window->referralsPage());
    QTRY_COMPARE(m_window->referralsPage()->model()->totalCount(), 0);
    QProcess worker;
    worker.start(QStringLiteral(JOLDAMA_BINARY_DIR "/tests/register_worker"),
                 {TestSupport::dbArgument(*m_dir, QStringLiteral("live.sqlite")), QStringLiteral("900115300013"),
                  QStringLiteral("7101"), QStringLiteral("3")});
    QVERIFY(worker.waitForFinished(60000));
    QVERIFY2(worker.exitCode() == 0, worker.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->referralsPage()->model()->totalCount(), 3, 2000);
}

void TestGuiLive::theStatusBarSaysWhetherTheServerAnswers()
{
    QLabel* server = m_window->serverLabel();
    if (!TestSupport::onPostgres()) {
        QVERIFY(!server->isVisible()); // a file on this computer has no server to watch
        return;
    }
    QVERIFY(server->isVisible());
    QTRY_COMPARE(server->text(), QStringLiteral("Server answers"));
    QVERIFY(m_window->changeFeed()->online());
}

QTEST_MAIN(TestGuiLive)
#include "tst_gui_live.moc"
