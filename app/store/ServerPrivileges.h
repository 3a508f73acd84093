#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

// Who may do what to a shared PostgreSQL database, enforced by the server itself. The schema (tables, triggers,
// functions) belongs to an owner role that only the administrator signs in as, to build and upgrade it; the
// workstations sign in as an application role that may read and write the records but never change the schema,
// and may only add to the audit log and read it: no UPDATE, DELETE or TRUNCATE of audit_log, and no ALTER or DROP
// of it or of its triggers (which only an owner may do). So a workstation's credentials cannot rewrite history,
// whatever program uses them. A database whose workstations sign in as its owner (one role for everything) goes
// on working as before, without that guarantee. Nothing here applies to SQLite, where the file's owner is all.
class ServerPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(ServerPrivileges)

public:
    explicit ServerPrivileges(Database& database)
        : m_database(database)
    {}

    // Whether this connection may change the schema: always on SQLite; on a server, when its role may create in
    // the schema (its owner, or a superuser).
    bool maySchemaChange() const;
    // Throws OperationError(Forbidden) saying that the database needs an upgrade only the schema's owner may make,
    // when this connection may not make it (an application role meeting a newer Joldama).
    void requireSchemaChange() const;

    // The server role this connection signed in as (empty on SQLite).
    QString currentRole() const;

    // Lets role use the database as the workstations do: read and write every table, but only insert into and
    // read audit_log and only read schema_version; the sequences for new rows. Installs the audit log's guards
    // when missing. Throws OperationError when this connection is not the schema's owner, the role does not exist,
    // is this connection's own or a superuser (whom no privilege binds), or on SQLite.
    void grantApplication(const QString& role);
    // The roles given the application's use (those that may insert into audit_log, its owner aside).
    QStringList applicationRoles() const;
    // Gives every application role the use of the tables an upgrade added (after migrations, as the owner).
    void renewGrants();

private:
    QString quotedName(const QString& name) const;

    Database& m_database;
};
