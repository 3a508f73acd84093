#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "store/Migrator.h"
#include "store/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A shared database on a real PostgreSQL server whose schema belongs to an owner role and whose workstations sign
// in as an application role (README, "A bureau's shared database on PostgreSQL"): the owner builds the schema and
// gives the application role its use (joldama-cli server grant); the application role registers, views and audits
// as any workstation does, yet the server itself refuses it every UPDATE, DELETE and TRUNCATE of the audit log,
// and every ALTER or DROP of the log and its guards — SQLSTATE 42501, whatever program holds the credentials.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theApplicationRoleCannotBuildTheSchema();
    void theOwnerBuildsTheSchemaAndGrantsTheWorkstationsRole();
    void aWorkstationRegistersAndAuditsAsTheApplicationRole();
    void theServerRefusesTheApplicationRoleAnyRewriteOfTheAuditLog();
    void withAccountsOnlyAnAdministratorGrants();
    void anUpgradeIsTheOwnersAndItsNewTablesTheWorkstations();

private:
    DatabaseLocation as(const QString& role, const QString& password) const;
    QString url(const QString& role, const QString& password) const;
    // Runs statement on a plain connection as role; returns the server's SQLSTATE, empty when it succeeded.
    QString sqlstate(const DatabaseLocation& where, const QString& statement);
    qint64 auditEntries();

    QTemporaryDir m_dir;
    DatabaseLocation m_server; // the fixture's superuser
    QString m_databaseName;
    QString m_owner;
    QString m_app;
    DatabaseLocation m_asOwner;
    DatabaseLocation m_asApp;
};

namespace {
const QString ownerPassword = QStringLiteral("owner-pass-phrase");
const QString appPassword = QStringLiteral("workstation-pass-phrase");
const QString password = QStringLiteral("correct horse battery");

void onServer(const DatabaseLocation& where, const QStringList& statements)
{
    {
        QSqlDatabase db = TestSupport::rawConnection(where, QStringLiteral("roles-admin"));
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-admin"));
}
} // namespace

DatabaseLocation TestServerRoles::as(const QString& role, const QString& rolePassword) const
{
    DatabaseLocation where = m_server;
    where.user = role;
    where.password = rolePassword;
    where.databaseName = m_databaseName;
    return where;
}

QString TestServerRoles::url(const QString& role, const QString& rolePassword) const
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(role, rolePassword, m_server.host)
        .arg(m_server.port)
        .arg(m_databaseName);
}

QString TestServerRoles::sqlstate(const DatabaseLocation& where, const QString& statement)
{
    QString code;
    {
        QSqlDatabase db = TestSupport::rawConnection(where, QStringLiteral("roles-probe"));
        QSqlQuery q(db);
        if (!q.exec(statement))
            code = q.lastError().nativeErrorCode();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-probe"));
    return code;
}

qint64 TestServerRoles::auditEntries()
{
    qint64 n = -1;
    {
        QSqlDatabase db = TestSupport::rawConnection(m_asOwner, QStringLiteral("roles-count"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
            n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-count"));
    return n;
}

void TestServerRoles::initTestCase()
{
    TestSupport::isolateUserFolders();
    QVERIFY2(TestSupport::onPostgres(), "tst_server_roles runs on the postgres fixture's server only");
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir.filePath(QStringLiteral("audit.key")).toUtf8());
    m_server = DatabaseLocation::fromArgument(TestSupport::postgresServerUrl());
    // Roles belong to the whole cluster, which other tests share: names of this run's own.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_owner = QStringLiteral("jt_owner_") + suffix;
    m_app = QStringLiteral("jt_clerks_") + suffix;
    m_databaseName = QStringLiteral("jt_roles_") + suffix;
    // What the README has the administrator do as postgres: two roles, and the database owned by the first.
    onServer(m_server, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName),
                        QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner),
                        QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_app),
                        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_owner, ownerPassword),
                        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_app, appPassword),
                        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_databaseName, m_owner)});
    m_asOwner = as(m_owner, ownerPassword);
    m_asApp = as(m_app, appPassword);
}

void TestServerRoles::cleanupTestCase()
{
    onServer(m_server, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName),
                        QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner),
                        QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_app)});
}

void TestServerRoles::theApplicationRoleCannotBuildTheSchema()
{
    // A workstation pointed at the new database before the administrator built it: told whose job it is, in words,
    // and nothing is created.
    try {
        Workspace::open(m_asApp);
        QFAIL("the application role built the schema");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Forbidden);
        QVERIFY2(e.message().contains(QStringLiteral("owner")) && e.message().contains(m_app), qPrintable(e.message()));
    }
    QCOMPARE(sqlstate(m_asOwner, QStringLiteral("SELECT 1 FROM schema_version")), QStringLiteral("42P01"));
}

void TestServerRoles::theOwnerBuildsTheSchemaAndGrantsTheWorkstationsRole()
{
    const QString owner = url(m_owner, ownerPassword);
    TestSupport::CliResult r = TestSupport::runCli({QStringLiteral("--db"), owner, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Neither a superuser (whom nothing binds), nor the owner itself, nor a role the server lacks.
    r = TestSupport::runCli(
        {QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("grant"), m_server.user});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("superuser")), qPrintable(r.err));
    r = TestSupport::runCli(
        {QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("grant"), m_owner});
    QCOMPARE(r.exitCode, 1);
    r = TestSupport::runCli({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("grant"),
                             QStringLiteral("jt_nobody")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("createuser")), qPrintable(r.err));
    // Only the owner grants: the workstations' role cannot give itself more.
    r = TestSupport::runCli(
        {QStringLiteral("--db"), url(m_app, appPassword), QStringLiteral("server"), QStringLiteral("grant"), m_app});
    QCOMPARE(r.exitCode, 1);

    r = TestSupport::runCli({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("grant"), m_app,
                             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("role")).toString(), m_app);
    QCOMPARE(json.value(QStringLiteral("owner")).toString(), m_owner);
    QCOMPARE(json.value(QStringLiteral("application_roles")).toArray(), QJsonArray{m_app});
}

void TestServerRoles::aWorkstationRegistersAndAuditsAsTheApplicationRole()
{
    auto workspace = Workspace::open(m_asApp);
    AccountService& accounts = workspace->accounts();
    accounts.create(QStringLiteral("admin"), Role::Admin, {}, password);
    accounts.create(QStringLiteral("aigerim"), Role::Clerk, {}, password);
    const qint64 before = auditEntries();
    accounts.signIn(QStringLiteral("aigerim"), password);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Сейтқали");
    p.firstName = QStringLiteral("Айгүл");
    p.regionCode = QStringLiteral("71");
    workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    const Referral referral = workspace->referrals().registerReferral(in);
    workspace->referrals().openCard(referral.code);
    // Sign-in, the two changes' seals and the view, at least.
    QVERIFY2(auditEntries() >= before + 4, qPrintable(QString::number(auditEntries() - before)));
    accounts.signIn(QStringLiteral("admin"), password);
    const AuditService::Result verified = workspace->audit().verify();
    QVERIFY2(verified.intact, qPrintable(verified.message));
}

void TestServerRoles::theServerRefusesTheApplicationRoleAnyRewriteOfTheAuditLog()
{
    const qint64 entries = auditEntries();
    QVERIFY(entries > 4);
    const QString privilege = QStringLiteral("42501"); // insufficient_privilege
    const QStringList refused{
        QStringLiteral("UPDATE audit_log SET login = 'mallory' WHERE seq = 3"),
        QStringLiteral("DELETE FROM audit_log WHERE seq = 3"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN note TEXT"),
        QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"),
        QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log"),
        QStringLiteral("DROP FUNCTION audit_log_append_only() CASCADE"),
        QStringLiteral("DROP TABLE audit_log"),
        QStringLiteral("ALTER TABLE audit_log RENAME TO old_audit_log"),
        QStringLiteral("UPDATE schema_version SET name = 'x'"),
        QStringLiteral("CREATE TABLE audit_log_copy (seq BIGINT)"),
    };
    for (const QString& statement : refused)
        QVERIFY2(sqlstate(m_asApp, statement) == privilege, qPrintable(statement));
    // What it needs stays allowed: reading the log, adding to it, and changing the records.
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("SELECT count(*) FROM audit_log")), QString());
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("UPDATE patient SET first_name = first_name WHERE iin = '900115300013'")),
             QString());
    // The owner is stopped by the guards instead (the server's "raise exception"), not by a privilege: the
    // codes above are the server's privileges at work, not the triggers.
    QCOMPARE(sqlstate(m_asOwner, QStringLiteral("UPDATE audit_log SET login = 'mallory' WHERE seq = 3")),
             QStringLiteral("P0001"));
    QCOMPARE(auditEntries(), entries);

    auto workspace = Workspace::open(m_asApp);
    workspace->accounts().signIn(QStringLiteral("admin"), password);
    const AuditService::Result verified = workspace->audit().verify();
    QVERIFY2(verified.intact, qPrintable(verified.message));
}

void TestServerRoles::withAccountsOnlyAnAdministratorGrants()
{
    // Being the server's owner is not enough once the bureau has accounts: the bureau's administrator signs in too.
    const QStringList grant{QStringLiteral("--db"), url(m_owner, ownerPassword), QStringLiteral("server"),
                            QStringLiteral("grant"), m_app};
    TestSupport::CliResult r = TestSupport::runCli(grant);
    QCOMPARE(r.exitCode, 1);
    r = TestSupport::runCli(QStringList{QStringLiteral("--user"), QStringLiteral("aigerim")} + grant,
                            {{QStringLiteral("JOLDAMA_PASSWORD"), password}}, {});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("admin")), qPrintable(r.err));
    r = TestSupport::runCli(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + grant,
                            {{QStringLiteral("JOLDAMA_PASSWORD"), password}}, {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Granting again changes nothing of what the role may do.
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("DELETE FROM audit_log WHERE seq = 3")), QStringLiteral("42501"));
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("SELECT count(*) FROM referral")), QString());
}

void TestServerRoles::anUpgradeIsTheOwnersAndItsNewTablesTheWorkstations()
{
    QList<Migrator::Migration> later = Migrator::builtIn();
    later.append({900, QStringLiteral("later_things"),
                  QStringLiteral("CREATE TABLE later_thing (id {{ID}}, name TEXT NOT NULL)")});
    {
        Database app(m_asApp);
        app.open();
        try {
            Migrator(app, later).migrate();
            QFAIL("the application role upgraded the schema");
        } catch (const OperationError& e) {
            QCOMPARE(e.kind(), OperationError::Kind::Forbidden);
            QVERIFY2(e.message().contains(QStringLiteral("joldama-cli")), qPrintable(e.message()));
        }
    }
    QCOMPARE(sqlstate(m_asOwner, QStringLiteral("SELECT 1 FROM later_thing")), QStringLiteral("42P01"));
    {
        Database owner(m_asOwner);
        owner.open();
        Migrator(owner, later).migrate();
    }
    // The new table is the workstations' to use at once (its id's sequence too); the log is still only added to.
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("INSERT INTO later_thing (name) VALUES ('x')")), QString());
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("DELETE FROM audit_log WHERE seq = 3")), QStringLiteral("42501"));
    QCOMPARE(sqlstate(m_asApp, QStringLiteral("TRUNCATE audit_log")), QStringLiteral("42501"));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
