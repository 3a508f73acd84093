#include "TestSupport.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Accounts and the audit log through the real joldama-cli: the first account, signing in with --user and
// JOLDAMA_PASSWORD, passwords on standard input, each role refused what it may not do, the audit list, verify and
// anchor, and the files it makes private to their owner.
class TestCliAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutAccountsNoSignInIsNeeded();
    void theFirstAccountMustBeTheAdministrators();
    void everyCommandNeedsASignInOnceAccountsExist();
    void theAdministratorManagesAccounts();
    void eachRoleIsRefusedWhatItMayNotDo();
    void repeatedWrongPasswordsLockTheAccount();
    void theAuditorListsVerifiesAndAnchors();
    void printoutsAndExportsAreAudited();
    void verifyCatchesATamperedLogAndACutTail();
    void passwdChangesTheOwnPassword();
    void filesAreReadableByTheirOwnerOnly();

private:
    TestSupport::CliResult cli(const QStringList& arguments, const QString& user = {},
                               const QString& password = QStringLiteral("correct horse battery"),
                               const QByteArray& input = {});
    QString mode(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_key;
    const QString m_password = QStringLiteral("correct horse battery");
    QString m_code;
};

void TestCliAccounts::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_db = m_dir.filePath(QStringLiteral("accounts.sqlite"));
    m_key = m_dir.filePath(QStringLiteral("keys/audit.key"));
}

TestSupport::CliResult TestCliAccounts::cli(const QStringList& arguments, const QString& user, const QString& password,
                                            const QByteArray& input)
{
    QHash<QString, QString> environment{{QStringLiteral("JOLDAMA_PASSWORD_COST"), QStringLiteral("t=1,m=8")},
                                        {QStringLiteral("JOLDAMA_AUDIT_KEY_FILE"), m_key},
                                        {QStringLiteral("JOLDAMA_PASSWORD"), QString()}};
    QStringList all{QStringLiteral("--db"), m_db};
    if (!user.isEmpty()) {
        all << QStringLiteral("--user") << user;
        environment.insert(QStringLiteral("JOLDAMA_PASSWORD"), password);
    }
    return TestSupport::runCli(all + arguments, environment, input);
}

QString TestCliAccounts::mode(const QString& path) const
{
    // stat(1), as an administrator would check it.
    QProcess stat;
    stat.start(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path});
    stat.waitForFinished();
    return QString::fromUtf8(stat.readAllStandardOutput()).trimmed();
}

void TestCliAccounts::withoutAccountsNoSignInIsNeeded()
{
    auto r =
        cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("900115300013"),
             QStringLiteral("--last-name"), QStringLiteral("Әлиханов"), QStringLiteral("--first-name"),
             QStringLiteral("Нұрлан"), QStringLiteral("--region"), QStringLiteral("71")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
             QStringLiteral("900115300013"), QStringLiteral("--hospital"), QStringLiteral("7101"),
             QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--diagnosis"), QStringLiteral("I25.1"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    m_code = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("code")).toString();
    QVERIFY(!m_code.isEmpty());
    r = cli({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no audit log yet")), qPrintable(r.err));
}

void TestCliAccounts::theFirstAccountMustBeTheAdministrators()
{
    auto r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("aigerim"), QStringLiteral("--role"),
                  QStringLiteral("clerk")},
                 {}, {}, m_password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("administrator")), qPrintable(r.err));
    r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
             QStringLiteral("clerk"), QStringLiteral("--role")});
    QCOMPARE(r.exitCode, 2);
    // The new password on the first line of standard input; too short is refused with what to do.
    r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
             QStringLiteral("admin")},
            {}, {}, "short\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("at least 12 characters")));
    r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
             QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Бауыржан Әбенов")},
            {}, {}, m_password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Added admin (admin)")), qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(m_key));
}

void TestCliAccounts::everyCommandNeedsASignInOnceAccountsExist()
{
    for (const QStringList& command :
         {QStringList{QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("900115300013")},
          QStringList{QStringLiteral("contacts"), QStringLiteral("list")},
          QStringList{QStringLiteral("lookup"), m_code},
          QStringList{QStringLiteral("users"), QStringLiteral("list")}}) {
        const auto r = cli(command);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sign in with --user")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    auto r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("admin"),
                 QStringLiteral("wrong password here"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Wrong login or password")), qPrintable(r.err));
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    // The command's own --user (audit list) is not taken for the sign-in.
    r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin")},
            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("auditor")), qPrintable(r.err));
}

void TestCliAccounts::theAdministratorManagesAccounts()
{
    for (const auto& [login, role] :
         QList<std::pair<QString, QString>>{{QStringLiteral("aigerim"), QStringLiteral("clerk")},
                                            {QStringLiteral("dana"), QStringLiteral("senior")},
                                            {QStringLiteral("ruslan"), QStringLiteral("auditor")},
                                            {QStringLiteral("temp"), QStringLiteral("clerk")}}) {
        const auto r = cli({QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--role"), role},
                           QStringLiteral("admin"), m_password, m_password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    auto r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(accounts.size(), 5);
    QHash<QString, QString> roles;
    for (const QJsonValue& a : accounts) {
        roles.insert(a[QStringLiteral("login")].toString(), a[QStringLiteral("role")].toString());
        QVERIFY(a[QStringLiteral("active")].toBool());
        QVERIFY(!a.toObject().contains(QStringLiteral("password_hash")));
    }
    QCOMPARE(roles.value(QStringLiteral("dana")), QStringLiteral("senior"));
    QVERIFY(!r.out.contains(QStringLiteral("argon2")));
    r = cli({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("temp"), QStringLiteral("senior")},
            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("temp"), QStringLiteral("boss")},
            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("temp")}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("temp"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
    r = cli({QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("aigerim")},
            QStringLiteral("admin"), m_password, "another long phrase\n");
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"));
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"),
            QStringLiteral("another long phrase"));
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("aigerim")},
            QStringLiteral("admin"), m_password, m_password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
}

void TestCliAccounts::eachRoleIsRefusedWhatItMayNotDo()
{
    struct Case
    {
        QString user;
        QStringList command;
        bool allowed;
        QString needs;
    };
    const QList<Case> cases{
        {QStringLiteral("aigerim"),
         {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("900115300013")},
         true,
         {}},
        {QStringLiteral("aigerim"), {QStringLiteral("lookup"), m_code}, true, {}},
        {QStringLiteral("aigerim"),
         {QStringLiteral("referrals"), QStringLiteral("transition"), m_code, QStringLiteral("cancelled"),
          QStringLiteral("--reason"), QStringLiteral("asked")},
         false,
         QStringLiteral("senior clerk")},
        {QStringLiteral("aigerim"),
         {QStringLiteral("export"), QStringLiteral("patients")},
         false,
         QStringLiteral("senior clerk")},
        {QStringLiteral("aigerim"),
         {QStringLiteral("users"), QStringLiteral("list")},
         false,
         QStringLiteral("administrator")},
        {QStringLiteral("aigerim"),
         {QStringLiteral("audit"), QStringLiteral("list")},
         false,
         QStringLiteral("auditor")},
        {QStringLiteral("ruslan"),
         {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("850720400126"),
          QStringLiteral("--last-name"), QStringLiteral("A"), QStringLiteral("--first-name"), QStringLiteral("B")},
         false,
         QStringLiteral("clerk")},
        {QStringLiteral("ruslan"),
         {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"),
          QStringLiteral("clerk")},
         false,
         QStringLiteral("administrator")},
        {QStringLiteral("admin"),
         {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("900115300013")},
         false,
         QStringLiteral("clerk")},
        {QStringLiteral("admin"), {QStringLiteral("lookup"), m_code}, false, QStringLiteral("clerk")},
        // A backup holds every patient: the administrator's to make.
        {QStringLiteral("aigerim"),
         {QStringLiteral("backup"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("by-clerk.sqlite"))},
         false,
         QStringLiteral("administrator")},
        {QStringLiteral("admin"),
         {QStringLiteral("backup"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("by-admin.sqlite"))},
         true,
         {}},
        {QStringLiteral("dana"), {QStringLiteral("export"), QStringLiteral("patients")}, true, {}},
        {QStringLiteral("dana"),
         {QStringLiteral("referrals"), QStringLiteral("transition"), m_code, QStringLiteral("cancelled"),
          QStringLiteral("--reason"), QStringLiteral("asked")},
         true,
         {}},
    };
    for (const Case& c : cases) {
        const auto r = cli(c.command, c.user, m_password, m_password.toUtf8() + '\n');
        const QString what =
            c.user + QLatin1Char(' ') + c.command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        if (c.allowed) {
            QVERIFY2(r.exitCode == 0, qPrintable(what));
        } else {
            QVERIFY2(r.exitCode == 1, qPrintable(what));
            QVERIFY2(r.err.contains(QStringLiteral("Refused")) && r.err.contains(QStringLiteral("for the ") + c.needs),
                     qPrintable(what));
        }
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("by-clerk.sqlite"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("by-admin.sqlite"))));
}

void TestCliAccounts::repeatedWrongPasswordsLockTheAccount()
{
    QStringList messages;
    for (int i = 0; i < 6; ++i)
        messages << cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("temp2"),
                        QStringLiteral("wrong wrong wrong"))
                        .err;
    // An unknown login gets the same answer as a wrong password, without slowing anyone.
    QVERIFY(messages.last().contains(QStringLiteral("Wrong login or password")));
    for (int i = 0; i < 5; ++i) {
        const auto r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"),
                           QStringLiteral("wrong wrong wrong"));
        QCOMPARE(r.exitCode, 1);
        messages << r.err;
    }
    QVERIFY2(messages.last().contains(QStringLiteral("the next try waits until")), qPrintable(messages.last()));
    // Even the right password waits.
    auto r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("try again after")), qPrintable(r.err));
    r = cli({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("aigerim")}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"));
    QCOMPARE(r.exitCode, 0);
}

void TestCliAccounts::theAuditorListsVerifiesAndAnchors()
{
    auto r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--patient"),
                  QStringLiteral("900115300013"), QStringLiteral("--json")},
                 QStringLiteral("ruslan"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    bool clerkViewed = false, seniorCancelled = false;
    for (const QJsonValue& e : entries) {
        if (e[QStringLiteral("action")] == QStringLiteral("view") &&
            e[QStringLiteral("user")] == QStringLiteral("aigerim"))
            clerkViewed = e[QStringLiteral("patient")] == QStringLiteral("900115300013");
        if (e[QStringLiteral("action")] == QStringLiteral("change") &&
            e[QStringLiteral("user")] == QStringLiteral("dana")) {
            for (const QJsonValue& c : e[QStringLiteral("changes")].toArray()) {
                const QJsonArray status = c[QStringLiteral("fields")][QStringLiteral("status")].toArray();
                seniorCancelled =
                    seniorCancelled || (status.size() == 2 && status.at(1) == QStringLiteral("cancelled"));
            }
        }
    }
    QVERIFY2(clerkViewed, qPrintable(r.out.left(2000)));
    QVERIFY(seniorCancelled); // old → new of the status
    r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("aigerim"),
             QStringLiteral("--since"), QStringLiteral("2020-01-01")},
            QStringLiteral("ruslan"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("login_failed")));
    QVERIFY(!r.out.contains(QStringLiteral(" dana ")));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, QStringLiteral("ruslan"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("intact")).toBool());
    r = cli({QStringLiteral("audit"), QStringLiteral("anchor")}, QStringLiteral("ruslan"));
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("anchor.json"))},
            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
             m_dir.filePath(QStringLiteral("anchor.json"))},
            QStringLiteral("ruslan"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("intact")));
}

void TestCliAccounts::printoutsAndExportsAreAudited()
{
    // A ticket printed by the clerk and the patients' file exported by the senior clerk both carry patients' data
    // out of the database: the auditor sees who, what and where.
    const QString ticket = m_dir.filePath(QStringLiteral("ticket.pdf"));
    auto r = cli({QStringLiteral("print"), QStringLiteral("referral"), m_code, QStringLiteral("-o"), ticket},
                 QStringLiteral("aigerim"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(ticket).size() > 0);
    const QString exported = m_dir.filePath(QStringLiteral("patients-export.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("patients"), QStringLiteral("-o"), exported},
            QStringLiteral("dana"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(exported).size() > 0);
    r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("2020-01-01"),
             QStringLiteral("--json")},
            QStringLiteral("ruslan"));
    QCOMPARE(r.exitCode, 0);
    bool ticketPrinted = false, patientsExported = false;
    for (const QJsonValue& e : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (e[QStringLiteral("action")] == QStringLiteral("print") &&
            e[QStringLiteral("user")] == QStringLiteral("aigerim") &&
            e[QStringLiteral("object_type")] == QStringLiteral("referral_ticket") &&
            e[QStringLiteral("object_id")] == m_code)
            ticketPrinted = e[QStringLiteral("patient")] == QStringLiteral("900115300013");
        if (e[QStringLiteral("action")] == QStringLiteral("export") &&
            e[QStringLiteral("user")] == QStringLiteral("dana") &&
            e[QStringLiteral("object_type")] == QStringLiteral("patients"))
            patientsExported =
                e[QStringLiteral("object_id")].toString().contains(QStringLiteral("patients-export.csv"));
    }
    QVERIFY2(ticketPrinted, qPrintable(r.out.right(3000)));
    QVERIFY2(patientsExported, qPrintable(r.out.right(3000)));
}

void TestCliAccounts::verifyCatchesATamperedLogAndACutTail()
{
    // A copy of the database, tampered with sqlite3 as anyone holding the file could (the key stays safe).
    const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
    auto tamper = [&](const QString& sql) {
        QFile::remove(copy);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral(".backup '%1'").arg(copy)});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        sqlite.start(QStringLiteral("sqlite3"),
                     {copy, QStringLiteral("DROP TRIGGER audit_log_append_only; DROP TRIGGER "
                                           "audit_log_no_delete; ") +
                                sql});
        QVERIFY(sqlite.waitForFinished());
        QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());
    };
    auto verify = [&](bool withAnchor) {
        QStringList args{QStringLiteral("--db"),   copy,
                         QStringLiteral("--user"), QStringLiteral("ruslan"),
                         QStringLiteral("audit"),  QStringLiteral("verify"),
                         QStringLiteral("--json")};
        if (withAnchor)
            args << QStringLiteral("--anchor") << m_dir.filePath(QStringLiteral("anchor.json"));
        return TestSupport::runCli(
            args, {{QStringLiteral("JOLDAMA_AUDIT_KEY_FILE"), m_key}, {QStringLiteral("JOLDAMA_PASSWORD"), m_password}},
            {});
    };
    tamper(QStringLiteral("UPDATE audit_log SET login = 'someone' WHERE seq = 5;"));
    auto r = verify(false);
    QCOMPARE(r.exitCode, 1);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("first_bad")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    // The last ten entries up to the checkpoint removed: only the checkpoint tells.
    const qint64 anchored = QJsonDocument::fromJson([&] {
                                QFile f(m_dir.filePath(QStringLiteral("anchor.json")));
                                f.open(QIODevice::ReadOnly);
                                return f.readAll();
                            }())
                                .object()
                                .value(QStringLiteral("entries"))
                                .toInteger();
    tamper(QStringLiteral("DELETE FROM audit_log WHERE seq > %1;").arg(anchored - 10));
    // Signing in to check adds entries of its own at the end: they are new, the tail before them is gone.
    r = verify(true);
    QCOMPARE(r.exitCode, 1);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(o.value(QStringLiteral("first_bad")).toInteger() == anchored - 9, qPrintable(r.out));
}

void TestCliAccounts::passwdChangesTheOwnPassword()
{
    auto r = cli({QStringLiteral("passwd")}, QStringLiteral("aigerim"), m_password, "a completely new phrase\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("contacts"), QStringLiteral("list")}, QStringLiteral("aigerim"),
            QStringLiteral("a completely new phrase"));
    QCOMPARE(r.exitCode, 0);
}

void TestCliAccounts::filesAreReadableByTheirOwnerOnly()
{
    // The database, its -wal and -shm (there while a connection is open), the audit key, an export and the
    // checkpoint made by joldama-cli.
    QCOMPARE(mode(m_db), QStringLiteral("600"));
    {
        Database open(DatabaseLocation::sqliteFile(m_db));
        open.open();
        open.execute(QStringLiteral("SELECT count(*) FROM account"));
        QCOMPARE(mode(m_db + QStringLiteral("-wal")), QStringLiteral("600"));
        QCOMPARE(mode(m_db + QStringLiteral("-shm")), QStringLiteral("600"));
    }
    QCOMPARE(mode(m_key), QStringLiteral("600"));
    const QString exported = m_dir.filePath(QStringLiteral("patients.csv"));
    auto r = cli({QStringLiteral("export"), QStringLiteral("patients"), QStringLiteral("-o"), exported},
                 QStringLiteral("dana"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(mode(exported), QStringLiteral("600"));
    // --db never creates a folder (a typo would start a new, empty database): the administrator makes it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("fresh")));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh/new.sqlite"));
    r = TestSupport::runCli({QStringLiteral("--db"), fresh, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(mode(fresh), QStringLiteral("600"));
    QCOMPARE(mode(m_dir.filePath(QStringLiteral("anchor.json"))), QStringLiteral("600"));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
