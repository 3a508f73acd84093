#include "ModalDriver.h"
#include "TestSupport.h"
#include "dashboard/DashboardPage.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "operations/BackupSettingsDialog.h"
#include "operations/OperationsActions.h"
#include "operations/ProblemReportDialog.h"
#include "platform/ApplicationLog.h"
#include "services/BackupPolicy.h"
#include "services/BackupService.h"
#include "services/PatientService.h"
#include "services/ProblemReportService.h"
#include "services/ReferralService.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "store/Query.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The window's side of running a bureau for years: Help → Report a problem… with the portal's two answers (the
// second on a database that cannot be written), File → Back up the database… and the status bar's word on the
// last good backup, the day's automatic backup, the dashboard's usage counters after lookups, and a restore
// chosen in the window; screenshots in English, Kazakh and Russian.
class TestGuiOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void problemReportIsAcceptedInEveryLanguage_data();
    void problemReportIsAcceptedInEveryLanguage();
    void problemReportOnAnUnwritableDatabase_data();
    void problemReportOnAnUnwritableDatabase();
    void statusBarSaysWhenTheLastGoodBackupWasMade();
    void backupFromTheWindow();
    void automaticBackupOfTheDay();
    void dashboardCountsLookups();
    void restoreChosenInTheWindow();

private:
    // The window, the problem report and the backup settings in each language, for a person to look at.
    void saveScreenshots();
    QString reportProblem(const QString& text, bool* sendStillEnabled = nullptr);
    QLabel* backupStatus() const { return m_window->findChild<QLabel*>(QStringLiteral("backupStatus")); }
    void openWindow();

    QTemporaryDir m_logs; // the application's log, for the whole run
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    ModalDriver m_modals;
    QString m_code;
};

void TestGuiOperations::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
    ApplicationLog::install(m_logs.filePath(QStringLiteral("logs")));
    m_languages = std::make_unique<LanguageSwitcher>();
}

// Every test starts from a new database on the fixed day, in English: none depends on what another left behind.
void TestGuiOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    // Off until the test of the automatic backup: the window's first check must not race the other tests.
    BackupPolicy policy;
    policy.automatic = false;
    policy.folder = m_dir->filePath(QStringLiteral("automatic"));
    policy.save();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("operations-gui.sqlite"), *m_clock);
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
    m_code = m_workspace->referrals().registerReferral(in).code;
    m_languages->setLanguage(Language::English);
    openWindow();
}

void TestGuiOperations::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiOperations::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiOperations::cleanupTestCase()
{
    m_languages.reset();
    ApplicationLog::uninstall();
}

QString TestGuiOperations::reportProblem(const QString& text, bool* sendStillEnabled)
{
    QString answer;
    m_modals.onNext(
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<ProblemReportDialog*>(modal);
            QVERIFY(dialog);
            auto* description = dialog->findChild<QPlainTextEdit*>(QStringLiteral("problemDescription"));
            auto* send = dialog->findChild<QPushButton*>(QStringLiteral("sendProblemButton"));
            auto* answerLabel = dialog->findChild<QLabel*>(QStringLiteral("problemAnswer"));
            QVERIFY(description && send && answerLabel);
            QVERIFY(!answerLabel->isVisible());
            description->setFocus();
            QTest::keyClicks(description, text);
            QTest::mouseClick(send, Qt::LeftButton);
            QTRY_VERIFY(answerLabel->isVisible());
            answer = answerLabel->text();
            if (sendStillEnabled)
                *sendStillEnabled = send->isEnabled() && description->toPlainText() == text;
            QVERIFY(dialog->grab().save(
                QStringLiteral("%1/problem-report-%2-%3.png")
                    .arg(TestSupport::screenshotDir(),
                         dialog->stored() ? QStringLiteral("accepted") : QStringLiteral("unavailable"),
                         Languages::code(m_languages->language()))));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeProblemButton")), Qt::LeftButton);
        },
        QStringLiteral("problemReportDialog"));
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("reportProblemAction"));
    if (!action || !action->isEnabled())
        return QStringLiteral("no action");
    action->trigger();
    if (!m_modals.done())
        return QStringLiteral("no dialog");
    return answer;
}

void TestGuiOperations::problemReportIsAcceptedInEveryLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << Language::English << QStringLiteral("Thank you, the error report has been received.");
    QTest::newRow("ru") << Language::Russian << QStringLiteral("Спасибо, информация об ошибке принята.");
    QTest::newRow("kk") << Language::Kazakh << QStringLiteral("Рақмет, қате туралы ақпарат қабылданды.");
}

void TestGuiOperations::problemReportIsAcceptedInEveryLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, expected);
    m_window->switchLanguage(language);
    // A warning the clerk was shown before: the report carries it, with the IIN masked.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::warning(m_window.get(), QStringLiteral("Cannot print"),
                        QStringLiteral("The ticket of IIN 900115300013 did not reach the printer."));
    const qint64 before = ProblemReportStore(m_workspace->database()).count();
    const QString text = QStringLiteral("The ticket for %1 did not print (%2).").arg(m_code, Languages::code(language));
    QCOMPARE(reportProblem(text), expected);
    const QList<ProblemReportStore::Report> reports = ProblemReportService(m_workspace->database()).list(1, true);
    QCOMPARE(ProblemReportStore(m_workspace->database()).count(), before + 1);
    QCOMPARE(reports.first().description, text);
    QCOMPARE(reports.first().databaseKind, QStringLiteral("sqlite"));
    QVERIFY(reports.first().recentErrors.contains(QStringLiteral("did not reach the printer")));
    QVERIFY(!reports.first().recentErrors.contains(QStringLiteral("900115300013")));
    QVERIFY(!reports.first().applicationLog.contains(QStringLiteral("900115300013")));
    m_window->switchLanguage(Language::English);
}

void TestGuiOperations::problemReportOnAnUnwritableDatabase_data()
{
    problemReportIsAcceptedInEveryLanguage_data(); // the languages; the answer is the other one
}

void TestGuiOperations::problemReportOnAnUnwritableDatabase()
{
    QFETCH(Language, language);
    const QString expected = language == Language::Russian
                                 ? QStringLiteral("Извините, в данный момент информация об ошибке не может быть "
                                                  "обработана. Попробуйте позже.")
                             : language == Language::Kazakh
                                 ? QStringLiteral("Кешіріңіз, қазір қате туралы ақпаратты өңдеу мүмкін емес. "
                                                  "Кейінірек қайталап көріңіз.")
                                 : QStringLiteral("Sorry, the error report cannot be processed at the moment. Please "
                                                  "try again later.");
    m_window->switchLanguage(language);
    const qint64 before = ProblemReportStore(m_workspace->database()).count();
    // The window's connection made read-only: chmod 0444 would not stop root, who runs the CI.
    Query(m_workspace->database(), QStringLiteral("PRAGMA query_only = ON")).exec();
    bool canSendAgain = false;
    const QString answer = reportProblem(QStringLiteral("Nothing is saved any more."), &canSendAgain);
    Query(m_workspace->database(), QStringLiteral("PRAGMA query_only = OFF")).exec();
    QCOMPARE(answer, expected);
    QVERIFY(canSendAgain); // the words stay, to send later
    QCOMPARE(ProblemReportStore(m_workspace->database()).count(), before);
    m_window->switchLanguage(Language::English);
}

void TestGuiOperations::statusBarSaysWhenTheLastGoodBackupWasMade()
{
    QLabel* status = backupStatus();
    QVERIFY(status);
    QVERIFY(status->isVisible());
    m_window->operations()->refreshStatus();
    QVERIFY2(status->text().contains(QStringLiteral("No backup of this database yet")), qPrintable(status->text()));
    BackupService(m_workspace->database(), *m_clock).backUp(m_dir->filePath(QStringLiteral("first.sqlite")));
    m_window->operations()->refreshStatus();
    QVERIFY2(status->text().contains(QStringLiteral("Last good backup: 16.11.2026 10:00")), qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("more than two days")));
    m_clock->advance(3 * 24 * 3600);
    m_window->operations()->refreshStatus();
    QVERIFY2(status->text().contains(QStringLiteral("more than two days ago")), qPrintable(status->text()));
    m_clock->set(TestSupport::fixedNow());
    // In the window's language (the change reaches the window as an event).
    m_window->switchLanguage(Language::Russian);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Последняя исправная резервная копия: 16.11.2026 10:00")),
                 qPrintable(status->text()));
    m_window->switchLanguage(Language::English);
    QTRY_VERIFY(status->text().contains(QStringLiteral("Last good backup")));
}

void TestGuiOperations::backupFromTheWindow()
{
    const QString target = m_dir->filePath(QStringLiteral("from-window/copy.sqlite"));
    m_clock->advance(600);
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("backupAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("was made and checked")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(BackupService::verify(target).ok);
    QVERIFY(backupStatus()->text().contains(QStringLiteral("Last good backup: 16.11.2026 10:10")));
    // A folder that cannot be written is explained, and nothing is kept.
    FileDialog::setNextFileName(QStringLiteral("/proc/joldama/copy.sqlite"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("/proc/joldama")), qPrintable(MessageBox::lastText()));
    m_clock->set(TestSupport::fixedNow());
}

void TestGuiOperations::automaticBackupOfTheDay()
{
    OperationsActions* operations = m_window->operations();
    QVERIFY(!operations->runAutomaticBackup()); // switched off
    BackupPolicy on = BackupPolicy::load();
    on.automatic = true;
    on.save();
    const QString folder = BackupPolicy::load().folderFor(m_workspace->database().location().path);
    QVERIFY(folder.startsWith(m_dir->filePath(QStringLiteral("automatic"))));
    QVERIFY(operations->runAutomaticBackup());
    QVERIFY(backupStatus()->text().contains(QStringLiteral("Making the daily backup")));
    QTRY_VERIFY_WITH_TIMEOUT(!operations->automaticBackupRunning(), 60000);
    const auto made = BackupService::automaticBackups(folder);
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().second.date(), m_clock->today());
    QVERIFY(BackupService::verify(made.first().first).ok);
    QVERIFY(!operations->runAutomaticBackup()); // one a day
    // The next day the window makes the next one.
    m_clock->advance(24 * 3600);
    QVERIFY(operations->runAutomaticBackup());
    QTRY_VERIFY_WITH_TIMEOUT(!operations->automaticBackupRunning(), 60000);
    QCOMPARE(BackupService::automaticBackups(folder).size(), 2);
    QVERIFY(backupStatus()->text().contains(QStringLiteral("Last good backup: 17.11.2026")));
    // Switched off in File → Automatic backups…, none is made.
    m_clock->advance(24 * 3600);
    m_modals.onNext(
        [](QWidget* modal) {
            auto* dialog = qobject_cast<BackupSettingsDialog*>(modal);
            QVERIFY(dialog);
            dialog->findChild<QCheckBox*>(QStringLiteral("automaticBackupCheck"))->setChecked(false);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("backupWhereLabel"))
                        ->text()
                        .contains(QStringLiteral("operations-gui-")));
            dialog->accept();
        },
        QStringLiteral("backupSettingsDialog"));
    m_window->findChild<QAction*>(QStringLiteral("backupSettingsAction"))->trigger();
    QVERIFY(m_modals.done());
    QVERIFY(!BackupPolicy::load().automatic);
    QVERIFY(!operations->runAutomaticBackup());
    m_clock->set(TestSupport::fixedNow());
    m_window->operations()->refreshStatus();
}

void TestGuiOperations::dashboardCountsLookups()
{
    const qint64 before = UsageService::stored(m_workspace->database(), *m_clock).lookupsToday;
    for (int i = 0; i < 3; ++i) {
        m_modals.onNext([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Escape); }, QStringLiteral("lookupDialog"));
        m_window->lookUp(m_code);
        QVERIFY(m_modals.done());
    }
    // An unknown code is not an answered lookup.
    m_modals.onNext([](QWidget* modal) { QTest::keyClick(modal, Qt::Key_Escape); }, QStringLiteral("lookupDialog"));
    m_window->lookUp(QStringLiteral("71.7101.CAR.ZZZ"));
    QVERIFY(m_modals.done());
    m_window->showSection(m_window->dashboardPage());
    m_window->dashboardPage()->refresh();
    auto* usage = m_window->findChild<QLabel*>(QStringLiteral("dashboardUsage"));
    QVERIFY(usage);
    const QString text = usage->text();
    QVERIFY2(text.contains(QStringLiteral("today <b>%1</b>").arg(before + 3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("workstations online now: <b>1</b>")), qPrintable(text));
    QCOMPARE(UsageService::stored(m_workspace->database(), *m_clock).lookupsToday, before + 3);
    QVERIFY(m_window->dashboardPage()->grab().save(TestSupport::screenshotDir() +
                                                   QStringLiteral("/dashboard-usage-en.png")));
    saveScreenshots();
}

void TestGuiOperations::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    m_window->showSection(m_window->dashboardPage());
    for (Language language : {Language::English, Language::Kazakh, Language::Russian}) {
        m_window->switchLanguage(language);
        const QString code = Languages::code(language);
        QTest::qWait(30);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/operations-window-%2.png").arg(dir, code)));
        bool saved = false;
        m_modals.onNext(
            [&](QWidget* modal) {
                modal->findChild<QToolButton*>(QStringLiteral("problemDetailsToggle"))->setChecked(true);
                modal->resize(modal->sizeHint());
                QTest::qWait(30);
                saved = modal->grab().save(QStringLiteral("%1/problem-report-details-%2.png").arg(dir, code));
            },
            QStringLiteral("problemReportDialog"));
        m_window->findChild<QAction*>(QStringLiteral("reportProblemAction"))->trigger();
        QVERIFY(saved);
        saved = false;
        m_modals.onNext(
            [&](QWidget* modal) {
                QTest::qWait(30);
                saved = modal->grab().save(QStringLiteral("%1/backup-settings-%2.png").arg(dir, code));
            },
            QStringLiteral("backupSettingsDialog"));
        m_window->findChild<QAction*>(QStringLiteral("backupSettingsAction"))->trigger();
        QVERIFY(saved);
    }
    m_window->switchLanguage(Language::English);
}

void TestGuiOperations::restoreChosenInTheWindow()
{
    const QString db = m_workspace->database().location().path;
    const QString backup = m_dir->filePath(QStringLiteral("to-restore.sqlite"));
    BackupService(m_workspace->database(), *m_clock).backUp(backup);
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.secondReferralReason = QStringLiteral("a second place, registered after the backup");
    const QString later = m_workspace->referrals().registerReferral(in).code;

    // A damaged file is refused in the window, nothing changed.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(backup, damaged));
    QVERIFY(QFile(damaged).resize(QFileInfo(backup).size() / 3));
    FileDialog::setNextFileName(damaged);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing was changed")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->operations()->pendingRestore().isEmpty());

    // A good one, confirmed: the window closes and leaves the restore to the application.
    FileDialog::setNextFileName(backup);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Replace the whole database")),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->operations()->pendingRestore(), backup);
    // As Application::run does it: every connection closed, then the restore, then the window again.
    m_window.reset();
    m_workspace.reset();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(OperationsActions::performRestore(DatabaseLocation::sqliteFile(db), backup, *m_clock, nullptr));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("was restored")), qPrintable(MessageBox::lastText()));
    m_workspace = Workspace::open(DatabaseLocation::sqliteFile(db), *m_clock);
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->waitingList().lookup(later));
    openWindow();
    QVERIFY(backupStatus()->text().contains(QStringLiteral("Last good backup")));
}

QTEST_MAIN(TestGuiOperations)
#include "tst_gui_operations.moc"
