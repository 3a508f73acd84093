#include "TestSupport.h"
#include "domain/AccessPolicy.h"
#include "domain/LockoutPolicy.h"
#include "platform/PrivateFiles.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/PatientService.h"
#include "services/RecordExport.h"
#include "services/ReferralService.h"
#include "services/RegionalContactService.h"
#include "store/AccountStore.h"
#include "store/Query.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Accounts, sign-in, lockout and roles, through the services on real database files: a database without
// accounts works as before; the first account is the administrator's and starts the audit log; from then on
// nothing is read or changed without a sign-in, and each role is refused what it may not do.
class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAccountsEverythingWorksAsBefore();
    void theFirstAccountIsTheAdministratorsAndStartsTheAudit();
    void signInIsRequiredOnceAnAccountExists();
    void aWrongPasswordIsRefusedAndRecorded();
    void unknownLoginsAreRefusedLikeWrongPasswords();
    void repeatedFailuresSlowTheAccountDownThenLockIt();
    void rolesAreRefusedWhatTheyMayNotDo_data();
    void rolesAreRefusedWhatTheyMayNotDo();
    void theMatrixRefusalWins();
    void aClerksViewOfAPatientIsRecordedBeforeItIsShown();
    void changesAreSealedInTheSameTransaction();
    void aDisabledOrChangedAccountStopsAtItsNextAction();
    void theLastAdministratorStays();
    void passwordsAreRehashedAtAHigherCost();
    void passwordRulesAndSelfService();
    void keyFileIsRequiredAndPrivate();
    void newDatabaseFilesArePrivate();

private:
    std::unique_ptr<Workspace> open();
    void addAccount(const QString& login, Role role);
    Patient registerPatient(const QString& iin = QStringLiteral("900115300013"));
    Referral registerReferral();
    qint64 entries(const QString& action, const QString& login = {});

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    int m_file = 0;
};

namespace {
const QString password = QStringLiteral("correct horse battery");
}

void TestAccounts::initTestCase()
{
    TestSupport::isolateUserFolders();
    // Argon2id at its lowest cost: a quarter of a second per hash would make this suite slow.
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
}

void TestAccounts::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_path = m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_file));
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir.filePath(QStringLiteral("a%1.key").arg(m_file)).toUtf8());
    m_workspace = open();
}

void TestAccounts::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

std::unique_ptr<Workspace> TestAccounts::open()
{
    return Workspace::open(TestSupport::location(m_dir, QFileInfo(m_path).fileName()), *m_clock);
}

void TestAccounts::addAccount(const QString& login, Role role)
{
    m_workspace->accounts().create(login, role, login.toUpper(), password);
}

Patient TestAccounts::registerPatient(const QString& iin)
{
    Patient p;
    p.iin = iin;
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    return m_workspace->patients().registerPatient(p);
}

Referral TestAccounts::registerReferral()
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    return m_workspace->referrals().registerReferral(in);
}

qint64 TestAccounts::entries(const QString& action, const QString& login)
{
    Query q(m_workspace->database(),
            login.isEmpty() ? QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?")
                            : QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND login = ?"));
    q.bind(action);
    if (!login.isEmpty())
        q.bind(login);
    return q.scalar().toLongLong();
}

void TestAccounts::withoutAccountsEverythingWorksAsBefore()
{
    QVERIFY(!m_workspace->accounts().hasAccounts());
    QVERIFY(!m_workspace->audit().isKept());
    registerPatient();
    const Referral r = registerReferral();
    QVERIFY(m_workspace->referrals().openCard(r.code).has_value());
    QCOMPARE(m_workspace->patients().search(QStringLiteral("Әлиханов")).size(), 1);
    QCOMPARE(Query(m_workspace->database(), QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toInt(), 0);
    QVERIFY(!QFile::exists(qEnvironmentVariable("JOLDAMA_AUDIT_KEY_FILE")));
    // Signing in makes no sense without accounts, and says how the first one is made.
    try {
        m_workspace->accounts().signIn(QStringLiteral("admin"), password);
        QFAIL("a sign-in without accounts was accepted");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("users add")), qPrintable(e.message()));
    }
}

void TestAccounts::theFirstAccountIsTheAdministratorsAndStartsTheAudit()
{
    registerPatient();
    try {
        addAccount(QStringLiteral("aigerim"), Role::Clerk);
        QFAIL("the first account was a clerk's");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("role"));
        QVERIFY(e.message().contains(QStringLiteral("administrator")));
    }
    QVERIFY(!m_workspace->accounts().hasAccounts());
    addAccount(QStringLiteral("Admin"), Role::Admin);
    QVERIFY(m_workspace->accounts().hasAccounts());
    QVERIFY(m_workspace->accounts().isSignedIn());
    QCOMPARE(m_workspace->accounts().current().login, QStringLiteral("admin"));
    QVERIFY(m_workspace->audit().isKept());
    QCOMPARE(entries(QStringLiteral("audit_start")), 1);
    QCOMPARE(entries(QStringLiteral("account_added"), QStringLiteral("admin")), 1);
    // The password is never stored in clear.
    const Account stored = *AccountStore(m_workspace->database()).findByLogin(QStringLiteral("admin"));
    QVERIFY(stored.passwordHash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!stored.passwordHash.contains(password));
    const QString key = qEnvironmentVariable("JOLDAMA_AUDIT_KEY_FILE");
    QVERIFY(QFile::exists(key));
    QVERIFY(PrivateFiles::isPrivate(key));
    // The administrator adds the others; the audit chain is intact.
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    QVERIFY(m_workspace->audit().verify().intact);
}

void TestAccounts::signInIsRequiredOnceAnAccountExists()
{
    registerPatient();
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    m_workspace = open();
    QVERIFY(m_workspace->accounts().hasAccounts());
    QVERIFY(!m_workspace->accounts().isSignedIn());
    for (const auto& action : QList<std::function<void()>>{
             [this] { m_workspace->patients().search(QStringLiteral("Әлиханов")); },
             [this] { m_workspace->patients().findByIin(QStringLiteral("900115300013")); },
             [this] { registerPatient(QStringLiteral("850720400126")); },
             [this] { m_workspace->contacts().contacts(); }, [this] { m_workspace->accounts().accounts(); }}) {
        try {
            action();
            QFAIL("an action without a sign-in was allowed");
        } catch (const OperationError& e) {
            QCOMPARE(e.kind(), OperationError::Kind::Forbidden);
            QVERIFY2(e.message().startsWith(QStringLiteral("Sign in first")), qPrintable(e.message()));
        }
    }
    m_workspace->accounts().signIn(QStringLiteral("AIGERIM"), password);
    QCOMPARE(m_workspace->patients().search(QStringLiteral("Әлиханов")).size(), 1);
    QCOMPARE(m_workspace->database().actor(), QStringLiteral("aigerim"));
    QCOMPARE(entries(QStringLiteral("login"), QStringLiteral("aigerim")), 1);
}

void TestAccounts::aWrongPasswordIsRefusedAndRecorded()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    m_workspace = open();
    try {
        m_workspace->accounts().signIn(QStringLiteral("aigerim"), QStringLiteral("correct horse battery!"));
        QFAIL("a wrong password was accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Forbidden);
        QVERIFY(e.message().startsWith(QStringLiteral("Wrong login or password")));
    }
    QVERIFY(!m_workspace->accounts().isSignedIn());
    QCOMPARE(entries(QStringLiteral("login_failed"), QStringLiteral("aigerim")), 1);
    QCOMPARE(AccountStore(m_workspace->database()).findByLogin(QStringLiteral("aigerim"))->failedLogins, 1);
    // The right one then signs in and starts the count again.
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), password);
    QCOMPARE(AccountStore(m_workspace->database()).findByLogin(QStringLiteral("aigerim"))->failedLogins, 0);
}

void TestAccounts::unknownLoginsAreRefusedLikeWrongPasswords()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    m_workspace = open();
    QString unknown, wrong;
    try {
        m_workspace->accounts().signIn(QStringLiteral("nobody"), password);
    } catch (const OperationError& e) {
        unknown = e.message();
    }
    try {
        m_workspace->accounts().signIn(QStringLiteral("admin"), QStringLiteral("not the password at all"));
    } catch (const OperationError& e) {
        wrong = e.message();
    }
    QVERIFY(!unknown.isEmpty());
    QCOMPARE(unknown, wrong); // the answer does not tell which logins exist
    QCOMPARE(entries(QStringLiteral("login_failed"), QStringLiteral("nobody")), 1);
}

void TestAccounts::repeatedFailuresSlowTheAccountDownThenLockIt()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    m_workspace = open();
    AccountService& accounts = m_workspace->accounts();
    auto attempt = [&](const QString& typed) -> QString {
        try {
            accounts.signIn(QStringLiteral("aigerim"), typed);
            return QString();
        } catch (const OperationError& e) {
            return e.message();
        }
    };
    const QString wrong = QStringLiteral("a wrong password, again");
    // The first mistakes cost nothing.
    for (int i = 1; i < LockoutPolicy::freeAttempts; ++i)
        QVERIFY(attempt(wrong).startsWith(QStringLiteral("Wrong login or password")));
    // The fifth makes the account wait: even the right password is not checked before then.
    QVERIFY(attempt(wrong).contains(QStringLiteral("the next try waits until 10:00:30")));
    QVERIFY(attempt(password).contains(QStringLiteral("try again after 10:00:30")));
    QVERIFY(!accounts.isSignedIn());
    // Each wait is longer than the one before, up to the hard lock.
    int failures = LockoutPolicy::freeAttempts;
    int previousDelay = 0;
    while (failures < LockoutPolicy::hardLockAt - 1) {
        m_clock->advance(LockoutPolicy::maxDelaySeconds + 1);
        const int delay = LockoutPolicy::delayAfter(failures + 1);
        QVERIFY(delay >= previousDelay);
        previousDelay = delay;
        QVERIFY(!attempt(wrong).isEmpty());
        ++failures;
    }
    QCOMPARE(previousDelay, LockoutPolicy::maxDelaySeconds);
    m_clock->advance(LockoutPolicy::maxDelaySeconds + 1);
    QVERIFY(attempt(wrong).contains(QStringLiteral("is now locked after 20 wrong passwords")));
    // Locked: time does not help, nor the right password.
    m_clock->advance(24 * 3600);
    QVERIFY(attempt(password).contains(QStringLiteral("Only the administrator can unlock it")));
    QCOMPARE(entries(QStringLiteral("account_locked"), QStringLiteral("aigerim")), 1);
    // Every failure is in the audit log: 20 wrong passwords and the two refused while waiting or locked.
    QCOMPARE(entries(QStringLiteral("login_failed"), QStringLiteral("aigerim")), LockoutPolicy::hardLockAt + 2);
    // Only the administrator lifts it.
    accounts.signIn(QStringLiteral("admin"), password);
    accounts.unlock(QStringLiteral("aigerim"));
    QCOMPARE(attempt(password), QString());
    QCOMPARE(accounts.current().login, QStringLiteral("aigerim"));
    QVERIFY(m_workspace->audit().isKept());
}

void TestAccounts::rolesAreRefusedWhatTheyMayNotDo_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("needs"); // what the refusal names

    const QList<std::tuple<const char*, const char*, bool, const char*>> rows = {
        {"clerk", "register patient", true, ""},
        {"clerk", "view patient", true, ""},
        {"clerk", "register referral", true, ""},
        {"clerk", "cancel referral", false, "senior clerk"},
        {"clerk", "override documents", false, "senior clerk"},
        {"clerk", "export patients", false, "senior clerk"},
        {"clerk", "change contacts", false, "senior clerk"},
        {"clerk", "read audit", false, "auditor"},
        {"clerk", "list users", false, "administrator"},
        {"senior", "cancel referral", true, ""},
        {"senior", "export patients", true, ""},
        {"senior", "change contacts", true, ""},
        {"senior", "list users", false, "administrator"},
        {"senior", "read audit", false, "auditor"},
        {"auditor", "view patient", true, ""},
        {"auditor", "read audit", true, ""},
        {"auditor", "register patient", false, "clerk"},
        {"auditor", "register referral", false, "clerk"},
        {"auditor", "change contacts", false, "senior clerk"},
        {"auditor", "list users", false, "administrator"},
        {"admin", "list users", true, ""},
        {"admin", "view patient", false, "clerk"},
        {"admin", "register patient", false, "clerk"},
        {"admin", "read audit", false, "auditor"},
        {"admin", "export patients", false, "senior clerk"},
    };
    for (const auto& [role, action, allowed, needs] : rows)
        QTest::addRow("%s %s", role, action)
            << QString::fromLatin1(role) << QString::fromLatin1(action) << allowed << QString::fromLatin1(needs);
}

void TestAccounts::rolesAreRefusedWhatTheyMayNotDo()
{
    QFETCH(QString, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(QString, needs);
    registerPatient();
    const Referral referral = registerReferral();
    addAccount(QStringLiteral("admin"), Role::Admin);
    Role r;
    QVERIFY(Roles::fromCode(role, &r));
    if (r != Role::Admin)
        addAccount(QStringLiteral("someone"), r);
    m_workspace = open();
    m_workspace->accounts().signIn(r == Role::Admin ? QStringLiteral("admin") : QStringLiteral("someone"), password);

    const QHash<QString, std::function<void()>> actions{
        {QStringLiteral("register patient"), [this] { registerPatient(QStringLiteral("850720400126")); }},
        {QStringLiteral("view patient"),
         [this] { QVERIFY(m_workspace->patients().openCard(QStringLiteral("900115300013"))); }},
        {QStringLiteral("register referral"), [this] { registerReferral(); }},
        {QStringLiteral("cancel referral"),
         [&] {
             ReferralService::Transition t;
             t.reason = QStringLiteral("the patient asked");
             m_workspace->referrals().transition(referral.code, ReferralStatus::Cancelled, t);
         }},
        {QStringLiteral("override documents"),
         [&] {
             ReferralService::Transition t;
             t.documentsOverride = QStringLiteral("brought the next day");
             m_workspace->referrals().transition(referral.code, ReferralStatus::Hospitalized, t);
         }},
        {QStringLiteral("export patients"),
         [this] {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             RecordExport::patients(m_workspace->patients(), &out, RecordExport::Format::Csv);
         }},
        {QStringLiteral("change contacts"),
         [this] {
             RegionalContact c = m_workspace->contacts().contacts().first();
             c.phone = QStringLiteral("+77172000000");
             m_workspace->contacts().update(c);
         }},
        {QStringLiteral("read audit"), [this] { m_workspace->audit().list({}); }},
        {QStringLiteral("list users"), [this] { m_workspace->accounts().accounts(); }},
    };
    QVERIFY(actions.contains(action));
    try {
        actions.value(action)();
        QVERIFY2(allowed, "the action was allowed");
    } catch (const OperationError& e) {
        if (allowed && e.kind() != OperationError::Kind::Forbidden)
            return; // allowed, and refused for another reason of the domain (e.g. documents)
        QVERIFY2(!allowed, qPrintable(e.message()));
        QCOMPARE(e.kind(), OperationError::Kind::Forbidden);
        // The refusal names the role it needs and the one the person has.
        QVERIFY2(e.message().contains(QStringLiteral("for the ") + needs), qPrintable(e.message()));
        QVERIFY2(e.message().contains(Roles::name(r)), qPrintable(e.message()));
        // A refusal at the start of an action is itself recorded.
        QVERIFY(entries(QStringLiteral("refused")) >= 1);
    }
}

void TestAccounts::theMatrixRefusalWins()
{
    // Every change is refused to the auditor, explicitly, whatever the grants say; the administrator sees no
    // patient data; a senior clerk inherits every right of a clerk.
    for (Permission p : {Permission::EditPatients, Permission::RegisterReferrals, Permission::ManageUsers,
                         Permission::Backup, Permission::ManageReferenceLists})
        QVERIFY(AccessPolicy::rules(Role::Auditor).refuses.contains(p) && !AccessPolicy::allows(Role::Auditor, p));
    for (Permission p : {Permission::ViewPatients, Permission::ViewReferrals, Permission::ViewQueues,
                         Permission::LookUp, Permission::ExportRecords})
        QVERIFY(!AccessPolicy::allows(Role::Admin, p));
    for (Permission p : AccessPolicy::granted(Role::Clerk))
        QVERIFY(AccessPolicy::allows(Role::Senior, p));
    QCOMPARE(AccessPolicy::rolesAllowing(Permission::CancelReferrals), QList<Role>{Role::Senior});
}

void TestAccounts::aClerksViewOfAPatientIsRecordedBeforeItIsShown()
{
    registerPatient();
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    addAccount(QStringLiteral("auditor"), Role::Auditor);
    m_workspace = open();
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), password);
    // Another workstation reading the file sees the view as soon as the card is returned: it was committed first.
    auto other = open();
    other->accounts().signIn(QStringLiteral("auditor"), password);
    const std::optional<Patient> card = m_workspace->patients().openCard(QStringLiteral("900115300013"));
    QVERIFY(card);
    AuditStore::Filter filter;
    filter.patientIin = QStringLiteral("900115300013");
    filter.action = QStringLiteral("view");
    const QList<AuditEntry> views = other->audit().list(filter);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().login, QStringLiteral("aigerim"));
    QCOMPARE(views.first().role, QStringLiteral("clerk"));
    QCOMPARE(views.first().objectType, QStringLiteral("patient"));
    QCOMPARE(views.first().workstation, m_workspace->database().workstation());
    QCOMPARE(views.first().at, Clock::stamp(TestSupport::fixedNow()));
    // A search is recorded with its text; by IIN it is the patient's too.
    m_workspace->patients().search(QStringLiteral("900115300013"));
    filter.action = QStringLiteral("search");
    filter.login = QStringLiteral("aigerim");
    const QList<AuditEntry> searches = other->audit().list(filter);
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().objectType, QStringLiteral("patients"));
    QVERIFY(searches.first().details.contains(QStringLiteral("\"text\":\"900115300013\"")));
    // The auditor's own reading is recorded as well.
    QVERIFY(entries(QStringLiteral("search"), QStringLiteral("auditor")) >= 2);
}

void TestAccounts::changesAreSealedInTheSameTransaction()
{
    registerPatient();
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    addAccount(QStringLiteral("auditor"), Role::Auditor);
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), password);
    const qint64 before = AuditStore(m_workspace->database()).count();
    const Referral r = registerReferral();
    // One commit: its change_log rows and the entry sealing them.
    const AuditStore::Head head = AuditStore(m_workspace->database()).head();
    QCOMPARE(head.seq, before + 1);
    QCOMPARE(head.changeTo, AuditStore(m_workspace->database()).lastChangeId());
    m_workspace->accounts().signIn(QStringLiteral("auditor"), password);
    AuditStore::Filter filter;
    filter.patientIin = QStringLiteral("900115300013");
    filter.action = QStringLiteral("change");
    const QList<AuditEntry> changes = m_workspace->audit().list(filter);
    QVERIFY(!changes.isEmpty());
    const AuditEntry& sealed = changes.last();
    QCOMPARE(sealed.login, QStringLiteral("aigerim"));
    bool referralInserted = false;
    for (const AuditStore::ChangeRow& c : m_workspace->audit().changesOf(sealed)) {
        referralInserted =
            referralInserted || (c.entity == QStringLiteral("referral") && c.uid == r.uid &&
                                 c.change == QStringLiteral("insert") && c.actor == QStringLiteral("aigerim"));
    }
    QVERIFY(referralInserted);
    // The patient registered before the accounts existed is found by IIN too, but its change predates the audit.
    QVERIFY(m_workspace->audit().verify().intact);
}

void TestAccounts::aDisabledOrChangedAccountStopsAtItsNextAction()
{
    registerPatient();
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    auto clerk = open();
    clerk->accounts().signIn(QStringLiteral("aigerim"), password);
    m_workspace->accounts().setRole(QStringLiteral("aigerim"), Role::Senior);
    try {
        clerk->patients().openCard(QStringLiteral("900115300013"));
        QFAIL("a changed role went on");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("sign in again")), qPrintable(e.message()));
    }
    clerk->accounts().signIn(QStringLiteral("aigerim"), password);
    QVERIFY(clerk->patients().openCard(QStringLiteral("900115300013")));
    m_workspace->accounts().setActive(QStringLiteral("aigerim"), false);
    QVERIFY_THROWS_EXCEPTION(OperationError, clerk->patients().openCard(QStringLiteral("900115300013")));
    try {
        clerk->accounts().signIn(QStringLiteral("aigerim"), password);
        QFAIL("a disabled account signed in");
    } catch (const OperationError& e) {
        QVERIFY(e.message().contains(QStringLiteral("disabled")));
    }
}

void TestAccounts::theLastAdministratorStays()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    addAccount(QStringLiteral("second"), Role::Admin);
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->accounts().setActive(QStringLiteral("admin"), false));
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->accounts().setRole(QStringLiteral("admin"), Role::Clerk));
    m_workspace->accounts().setActive(QStringLiteral("second"), false);
    m_workspace->accounts().signIn(QStringLiteral("admin"), password);
    m_workspace->accounts().setActive(QStringLiteral("second"), true);
    m_workspace->accounts().signIn(QStringLiteral("second"), password);
    m_workspace->accounts().setActive(QStringLiteral("admin"), false);
    try {
        m_workspace->accounts().setRole(QStringLiteral("second"), Role::Clerk);
        QFAIL("the last administrator was demoted");
    } catch (const OperationError& e) {
        QVERIFY(e.message().contains(QStringLiteral("own role")) || e.message().contains(QStringLiteral("only")));
    }
}

void TestAccounts::passwordsAreRehashedAtAHigherCost()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    const QString before = AccountStore(m_workspace->database()).findByLogin(QStringLiteral("admin"))->passwordHash;
    QVERIFY(before.contains(QStringLiteral("m=8,t=1")));
    qputenv("JOLDAMA_PASSWORD_COST", "t=2,m=16");
    m_workspace = open();
    m_workspace->accounts().signIn(QStringLiteral("admin"), password);
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    const QString after = AccountStore(m_workspace->database()).findByLogin(QStringLiteral("admin"))->passwordHash;
    QVERIFY2(after.contains(QStringLiteral("m=16,t=2")), qPrintable(after));
    // The same password, at the new cost.
    m_workspace = open();
    m_workspace->accounts().signIn(QStringLiteral("admin"), password);
}

void TestAccounts::passwordRulesAndSelfService()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    for (const QString& bad :
         {QStringLiteral("short"), QStringLiteral("aaaaaaaaaaaaaa"), QStringLiteral("my name is aigerim ok")}) {
        try {
            m_workspace->accounts().create(QStringLiteral("aigerim"), Role::Clerk, {}, bad);
            QFAIL("a weak password was accepted");
        } catch (const OperationError& e) {
            QCOMPARE(e.field(), QStringLiteral("password"));
        }
    }
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             m_workspace->accounts().create(QStringLiteral("1x"), Role::Clerk, {}, password));
    addAccount(QStringLiteral("aigerim"), Role::Clerk);
    QVERIFY_THROWS_EXCEPTION(OperationError, addAccount(QStringLiteral("Aigerim"), Role::Clerk));
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), password);
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             m_workspace->accounts().changePassword(QStringLiteral("not mine at all"),
                                                                    QStringLiteral("a brand new phrase")));
    m_workspace->accounts().changePassword(password, QStringLiteral("a brand new phrase"));
    m_workspace = open();
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->accounts().signIn(QStringLiteral("aigerim"), password));
    m_workspace->accounts().signIn(QStringLiteral("aigerim"), QStringLiteral("a brand new phrase"));
    QCOMPARE(entries(QStringLiteral("password_changed"), QStringLiteral("aigerim")), 1);
}

void TestAccounts::keyFileIsRequiredAndPrivate()
{
    addAccount(QStringLiteral("admin"), Role::Admin);
    m_workspace.reset();
    const QString key = qEnvironmentVariable("JOLDAMA_AUDIT_KEY_FILE");
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(key).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    // Without the key nobody can work on the database: every sign-in would be an entry of the chain.
    QVERIFY(QFile::rename(key, key + QStringLiteral(".away")));
    try {
        open();
        QFAIL("the database opened without its audit key");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("JOLDAMA_AUDIT_KEY_FILE")), qPrintable(e.message()));
    }
    // Another database's key is refused as well.
    {
        QFile other(key);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("joldama-audit-key-1 " + QByteArray(32, '\x11').toHex() + '\n');
    }
    QVERIFY_THROWS_EXCEPTION(OperationError, open());
    QVERIFY(QFile::remove(key));
    QVERIFY(QFile::rename(key + QStringLiteral(".away"), key));
    m_workspace = open();
    m_workspace->accounts().signIn(QStringLiteral("admin"), password);
}

void TestAccounts::newDatabaseFilesArePrivate()
{
    // Whatever the umask, a new database and its -wal and -shm are readable by their owner alone.
    const mode_t old = ::umask(022);
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    {
        auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path), *m_clock);
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            struct stat info
            {
            };
            QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, mode_t(0600));
        }
    }
    ::umask(old);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
