#include "LazyTableModel.h"
#include "ModalDriver.h"
#include "TestSupport.h"
#include "accounts/AccessMenus.h"
#include "accounts/AuditLogDialog.h"
#include "accounts/SessionGuard.h"
#include "accounts/SignInDialog.h"
#include "accounts/UsersDialog.h"
#include "contacts/RegionalContactsPage.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "referrals/ReferralsPage.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/ListingAccess.h"
#include "services/PatientService.h"
#include "store/Query.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/Section.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Accounts in the window: the sign-in dialog in the interface language, menus that follow the role, the window
// locked after idle time with every window covered until the same person's password is typed, a different clerk
// signing the first one out instead of unlocking, the users dialog and the auditor's viewer; screenshots.
class TestGuiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInRefusesAWrongPasswordThenSignsIn();
    void menusShowOnlyWhatTheRoleAllows();
    void theWindowLocksWhenIdleAndHidesWhatItShowed();
    void inputKeepsTheWindowOpen();
    void aDifferentClerkSignsTheFirstOutInsteadOfUnlocking();
    void theAuditorReadsTheLog();

private:
    // The sign-in, users and audit windows in each language, saved for a person to look at.
    void saveScreenshots();
    struct Session
    {
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<SessionGuard> guard;
        AccessMenus* menus = nullptr;
    };
    Session openWindow(const QString& login);
    static void typeInto(QWidget* field, const QString& text)
    {
        auto* edit = qobject_cast<QLineEdit*>(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    qint64 entries(const QString& action, const QString& login);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    ModalDriver m_modals;
};

namespace {
const QString password = QStringLiteral("correct horse battery");
}

void TestGuiAccounts::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
}

// Every test starts from a new database with the same accounts, on a fixed day: none depends on what another
// left behind (a lockout, a changed password, audit entries).
void TestGuiAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir->filePath(QStringLiteral("audit.key")).toUtf8());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("accounts-gui.sqlite"), m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    AccountService& accounts = m_workspace->accounts();
    accounts.create(QStringLiteral("admin"), Role::Admin, QStringLiteral("Бауыржан Әбенов"), password);
    accounts.create(QStringLiteral("aigerim"), Role::Clerk, QStringLiteral("Айгерім Сейітова"), password);
    accounts.create(QStringLiteral("dana"), Role::Clerk, QStringLiteral("Дана Оспанова"), password);
    accounts.create(QStringLiteral("ruslan"), Role::Auditor, QStringLiteral("Руслан Ким"), password);
    accounts.signOut();
    // As the application does: the window's lists are allowed and their searches recorded through the services.
    LazyTableModel::setReadGuard(
        [this](const Listing& listing, const ListingRequest& request, const QString& previous) {
            ListingAccess::check(m_workspace->database(), m_workspace->clock(), listing, request, previous);
        });
}

void TestGuiAccounts::cleanup()
{
    LazyTableModel::setReadGuard({});
    m_workspace.reset();
    m_dir.reset();
}

TestGuiAccounts::Session TestGuiAccounts::openWindow(const QString& login)
{
    m_workspace->accounts().signIn(login, password);
    Session s;
    s.window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    s.guard = std::make_unique<SessionGuard>(*m_workspace);
    s.menus = new AccessMenus(*s.window, *m_workspace, *s.guard);
    s.window->resize(1366, 768);
    s.window->show();
    if (!QTest::qWaitForWindowExposed(s.window.get()))
        qWarning("the window was not exposed");
    return s;
}

qint64 TestGuiAccounts::entries(const QString& action, const QString& login)
{
    return Query(m_workspace->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND login = ?"))
        .bind(action)
        .bind(login)
        .scalar()
        .toLongLong();
}

void TestGuiAccounts::signInRefusesAWrongPasswordThenSignsIn()
{
    SignInDialog dialog(*m_workspace, SignInDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("signInLogin")), QStringLiteral("aigerim"));
    typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword")), QStringLiteral("not my password"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problem().startsWith(QStringLiteral("Wrong login or password")));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"))->text().isEmpty());
    QVERIFY(!m_workspace->accounts().isSignedIn());
    typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword")), password);
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword")), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.outcome(), SignInDialog::Outcome::SignedIn);
    QCOMPARE(m_workspace->accounts().current().login, QStringLiteral("aigerim"));
}

void TestGuiAccounts::menusShowOnlyWhatTheRoleAllows()
{
    auto visibleSections = [](MainWindow* window) {
        QStringList rows;
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (!navigation->item(row)->isHidden())
                rows << QString::number(row);
        }
        return rows;
    };
    // A section's row in the list of sections.
    auto rowOf = [](MainWindow* window, Section* section) {
        return QString::number(window->sections().indexOf(section));
    };
    auto action = [](MainWindow* window, const char* name) { return window->findChild<QAction*>(QLatin1String(name)); };
    {
        Session admin = openWindow(QStringLiteral("admin"));
        QVERIFY(action(admin.window.get(), "usersAction")->isVisible());
        QVERIFY(!action(admin.window.get(), "auditLogAction")->isVisible());
        QVERIFY(!action(admin.window.get(), "newPatientAction")->isVisible());
        QVERIFY(!action(admin.window.get(), "newReferralAction")->isVisible());
        QVERIFY(action(admin.window.get(), "bureauAction")->isVisible());
        // No patient data: the patients', referrals', waiting lists' and search sections are gone.
        const QStringList sections = visibleSections(admin.window.get());
        QVERIFY(!sections.contains(rowOf(admin.window.get(), admin.window.get()->patientsPage())));
        QVERIFY(!sections.contains(rowOf(admin.window.get(), admin.window.get()->referralsPage())));
        QVERIFY(!sections.contains(rowOf(admin.window.get(), admin.window.get()->waitingListPage())));
        QVERIFY(sections.contains(rowOf(admin.window.get(), admin.window.get()->contactsPage())));
        QVERIFY(admin.window->currentSection() != admin.window->patientsPage());
        QVERIFY(admin.window->findChild<QLabel*>(QStringLiteral("signedInLabel"))
                    ->text()
                    .contains(QStringLiteral("admin")));
    }
    m_workspace->accounts().signOut();
    {
        Session clerk = openWindow(QStringLiteral("aigerim"));
        QVERIFY(!action(clerk.window.get(), "usersAction")->isVisible());
        QVERIFY(!action(clerk.window.get(), "auditLogAction")->isVisible());
        QVERIFY(action(clerk.window.get(), "newPatientAction")->isVisible());
        QVERIFY(!action(clerk.window.get(), "referenceListsAction")->isVisible());
        QVERIFY(!action(clerk.window.get(), "refusalJournalAction")->isVisible());
        QVERIFY(action(clerk.window.get(), "lockAction")->isVisible());
        QVERIFY(visibleSections(clerk.window.get())
                    .contains(rowOf(clerk.window.get(), clerk.window.get()->patientsPage())));
    }
    m_workspace->accounts().signOut();
    {
        Session auditor = openWindow(QStringLiteral("ruslan"));
        QVERIFY(action(auditor.window.get(), "auditLogAction")->isVisible());
        QVERIFY(!action(auditor.window.get(), "newPatientAction")->isVisible());
        QVERIFY(!action(auditor.window.get(), "usersAction")->isVisible());
    }
}

void TestGuiAccounts::theWindowLocksWhenIdleAndHidesWhatItShowed()
{
    Session s = openWindow(QStringLiteral("aigerim"));
    s.window->showSection(s.window->patientsPage());
    QSignalSpy unlocked(s.guard.get(), &SessionGuard::unlocked);
    bool coveredWhileLocked = false;
    QString refused;
    m_modals.onNext(
        [&](QWidget* dialog) {
            // Every window is under a cover: nothing of the patients shows.
            const QList<QWidget*> covers = s.guard->covers();
            QWidget* centre = s.window->childAt(s.window->rect().center());
            coveredWhileLocked = !covers.isEmpty() && centre &&
                                 (covers.contains(centre) || covers.contains(centre->parentWidget())) &&
                                 covers.first()->geometry() == s.window->rect();
            s.window->grab().save(TestSupport::screenshotDir() + QStringLiteral("/locked-window-en.png"));
            dialog->grab().save(TestSupport::screenshotDir() + QStringLiteral("/unlock-dialog-en.png"));
            // Escape does not open it, nor a wrong password.
            QTest::keyClick(dialog, Qt::Key_Escape);
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), QStringLiteral("not mine"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
            refused = static_cast<SignInDialog*>(dialog)->problem();
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        },
        QStringLiteral("unlockDialog"));
    s.guard->setIdleInterval(300);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.size(), 1, 10000);
    QVERIFY(m_modals.done());
    QVERIFY(coveredWhileLocked);
    QVERIFY2(refused.startsWith(QStringLiteral("Wrong login or password")), qPrintable(refused));
    QVERIFY(!s.guard->isLocked());
    QVERIFY(s.guard->covers().isEmpty());
    QCOMPARE(m_workspace->accounts().current().login, QStringLiteral("aigerim"));
    QCOMPARE(entries(QStringLiteral("session_locked"), QStringLiteral("aigerim")), 1);
    QCOMPARE(entries(QStringLiteral("session_unlocked"), QStringLiteral("aigerim")), 1);
    QVERIFY(entries(QStringLiteral("login_failed"), QStringLiteral("aigerim")) >= 1);
}

void TestGuiAccounts::inputKeepsTheWindowOpen()
{
    Session s = openWindow(QStringLiteral("aigerim"));
    s.guard->setIdleInterval(400);
    // Input more often than the idle time keeps restarting it.
    for (int i = 0; i < 12; ++i) {
        QTest::mouseMove(s.window.get(), QPoint(100 + i * 10, 200));
        QTest::qWait(100);
        QVERIFY(!s.guard->isLocked());
    }
    s.guard->setIdleInterval(60 * 60 * 1000);
}

void TestGuiAccounts::aDifferentClerkSignsTheFirstOutInsteadOfUnlocking()
{
    Session s = openWindow(QStringLiteral("aigerim"));
    QSignalSpy ended(s.guard.get(), &SessionGuard::sessionEnded);
    m_modals.onNext(
        [&](QWidget* dialog) {
            // The lock names whose window it is; another clerk types their own login.
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("signInLogin"))->text(), QStringLiteral("aigerim"));
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("signInLogin")), QStringLiteral("dana"));
            typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        },
        QStringLiteral("unlockDialog"));
    s.guard->lock();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QCOMPARE(ended.first().first().value<SessionGuard::Outcome>(), SessionGuard::Outcome::Switched);
    QCOMPARE(m_workspace->accounts().current().login, QStringLiteral("dana"));
    // The first clerk was signed out, not unlocked.
    QCOMPARE(entries(QStringLiteral("session_unlocked"), QStringLiteral("dana")), 0);
    QVERIFY(entries(QStringLiteral("logout"), QStringLiteral("aigerim")) >= 1);
}

void TestGuiAccounts::theAuditorReadsTheLog()
{
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), password);
    m_workspace->patients().openCard(QStringLiteral("900115300013"));
    m_workspace->accounts().signOut();
    {
        Session s = openWindow(QStringLiteral("ruslan"));
        AuditLogDialog dialog(*m_workspace, s.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("auditPatient")), QStringLiteral("900115300013"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("auditShow")), Qt::LeftButton);
        bool viewed = false;
        for (const AuditEntry& e : dialog.entries())
            viewed = viewed || (e.action == QStringLiteral("view") && e.login == QStringLiteral("aigerim"));
        QVERIFY(viewed);
        QCOMPARE(dialog.table()->rowCount(), int(dialog.entries().size()));
        dialog.close();
    } // the auditor's window closes before the pictures are taken
    m_workspace->accounts().signOut();
    saveScreenshots();
}

void TestGuiAccounts::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::English, Language::Kazakh, Language::Russian}) {
        m_languages->setLanguage(language);
        const QString code = Languages::code(language);
        {
            SignInDialog signIn(*m_workspace, SignInDialog::Mode::SignIn);
            signIn.show();
            QVERIFY(QTest::qWaitForWindowExposed(&signIn));
            QVERIFY(signIn.grab().save(QStringLiteral("%1/sign-in-%2.png").arg(dir, code)));
        }
        {
            Session s = openWindow(QStringLiteral("admin"));
            s.window->switchLanguage(language);
            UsersDialog users(*m_workspace, s.window.get());
            users.show();
            QVERIFY(QTest::qWaitForWindowExposed(&users));
            QVERIFY(users.grab().save(QStringLiteral("%1/users-%2.png").arg(dir, code)));
            QVERIFY(s.window->grab().save(QStringLiteral("%1/admin-window-%2.png").arg(dir, code)));
            m_workspace->accounts().signOut();
        }
        {
            Session s = openWindow(QStringLiteral("ruslan"));
            s.window->switchLanguage(language);
            AuditLogDialog audit(*m_workspace, s.window.get());
            audit.show();
            QVERIFY(QTest::qWaitForWindowExposed(&audit));
            QTest::mouseClick(audit.findChild<QPushButton*>(QStringLiteral("auditShow")), Qt::LeftButton);
            QVERIFY(audit.grab().save(QStringLiteral("%1/audit-log-%2.png").arg(dir, code)));
            m_workspace->accounts().signOut();
        }
    }
    m_languages->setLanguage(Language::English);
}

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
