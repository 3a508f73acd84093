#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

// A shared database's roles on its PostgreSQL server (store/ServerPrivileges): the administrator, signed in to
// the server as the schema's owner, gives the role the workstations sign in as the use of the records, and the
// server then refuses that role any change to the audit log but new entries, and any change to the schema.
class ServerAccessService
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccessService)

public:
    explicit ServerAccessService(Database& database, const Clock& clock = Clock::system());

    struct Grant
    {
        QString owner;                // the role this connection signed in as, the schema's owner
        QStringList applicationRoles; // every role given the application's use, this one included
    };
    // Throws OperationError: on SQLite, when this connection is not the schema's owner, for a role the server does
    // not have, the owner's own or a superuser, or when a signed-in account may not change the bureau's settings.
    Grant grantWorkstations(const QString& role);

private:
    Database& m_database;
    const Clock& m_clock;
};
