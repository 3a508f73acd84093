#include "ServerPrivileges.h"

#include "AuditStore.h"
#include "Query.h"
#include "WriteTransaction.h"

bool ServerPrivileges::maySchemaChange() const
{
    if (m_database.dialect().isSqlite())
        return true;
    return Query(m_database, QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
        .scalar()
        .toBool();
}

void ServerPrivileges::requireSchemaChange() const
{
    if (maySchemaChange())
        return;
    throw OperationError(
        OperationError::Kind::Forbidden,
        tr("The database %1 needs an upgrade to this version of Joldama, which only the owner of its schema may make: "
           "the server's role %2 that this workstation signs in as may not change it. Nothing was changed. Ask the "
           "administrator to upgrade it as the owner (joldama-cli --db postgresql://OWNER@SERVER/DATABASE init).")
            .arg(m_database.location().describe(), currentRole()));
}

QString ServerPrivileges::currentRole() const
{
    if (m_database.dialect().isSqlite())
        return {};
    return Query(m_database, QStringLiteral("SELECT current_user")).scalar().toString();
}

QString ServerPrivileges::quotedName(const QString& name) const
{
    // Role and schema names cannot be bound as values: the server quotes them itself.
    return Query(m_database, QStringLiteral("SELECT quote_ident(?)")).bind(name).scalar().toString();
}

void ServerPrivileges::grantApplication(const QString& role)
{
    if (m_database.dialect().isSqlite())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("Roles are given on a PostgreSQL server; a database file belongs to whoever may "
                                "read it."));
    if (!maySchemaChange())
        throw OperationError(OperationError::Kind::Forbidden,
                             tr("Only the owner of the schema may give a role the use of the database: the role %1 "
                                "is not. Connect as the owner (--db postgresql://OWNER@SERVER/DATABASE).")
                                 .arg(currentRole()));
    Query found(m_database, QStringLiteral("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = ?"));
    found.bind(role).exec();
    if (!found.next())
        throw OperationError(OperationError::Kind::NotFound,
                             tr("The server has no role %1. Create it first (createuser --pwprompt %1).").arg(role),
                             QStringLiteral("role"));
    if (found.value(1).toBool())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("%1 is the role this connection signed in as, the schema's owner. Give the "
                                "workstations a role of their own (createuser --pwprompt joldama).")
                                 .arg(role),
                             QStringLiteral("role"));
    if (found.value(0).toBool())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("%1 is a superuser of the server, whom no privilege binds: the audit log would not be "
                                "protected from it. Give the workstations a role without SUPERUSER.")
                                 .arg(role),
                             QStringLiteral("role"));
    found.finish();

    // The guards refuse an owner's own mistakes too; the application's role could not install them later.
    AuditStore::protect(m_database);
    const QString who = quotedName(role);
    const QString schema = quotedName(Query(m_database, QStringLiteral("SELECT current_schema()")).scalar().toString());
    const QString database =
        quotedName(Query(m_database, QStringLiteral("SELECT current_database()")).scalar().toString());
    WriteTransaction transaction(m_database);
    const QStringList statements{
        // Granted by a role that lacks the right to grant it, these only warn: a database owned by another role
        // than the schema's keeps its own rules for connecting.
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, who),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, who),
        // From nothing, so that what an earlier grant gave and this one does not is taken back.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, who),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, who),
        // History is only ever added to; the schema's version is the owner's to change.
        QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM %1").arg(who),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version FROM %1").arg(who),
        // nextval for new rows, setval when an import continues the numbering.
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, who),
    };
    for (const QString& statement : statements)
        m_database.execute(statement);
    transaction.commit();
}

QStringList ServerPrivileges::applicationRoles() const
{
    if (m_database.dialect().isSqlite())
        return {};
    Query q(m_database,
            QStringLiteral("SELECT DISTINCT r.rolname FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN "
                           "pg_roles r ON r.oid = a.grantee WHERE c.oid = to_regclass('audit_log') AND "
                           "a.privilege_type = 'INSERT' AND a.grantee <> c.relowner ORDER BY r.rolname"));
    q.exec();
    QStringList roles;
    while (q.next())
        roles << q.text(0);
    return roles;
}

void ServerPrivileges::renewGrants()
{
    if (m_database.dialect().isSqlite() || !maySchemaChange())
        return;
    for (const QString& role : applicationRoles())
        grantApplication(role);
}
