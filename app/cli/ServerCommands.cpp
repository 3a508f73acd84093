#include "ServerCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "CliText.h"
#include "services/ServerAccessService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

int runServerGrant(CliRun& run)
{
    const ServerAccessService::Grant grant =
        ServerAccessService(run.workspace().database(), run.clock()).grantWorkstations(run.positional().at(0));
    if (run.json()) {
        run.printJson(
            QJsonObject{{QStringLiteral("role"), run.positional().at(0)},
                        {QStringLiteral("owner"), grant.owner},
                        {QStringLiteral("application_roles"), QJsonArray::fromStringList(grant.applicationRoles)}});
        return Cli::Success;
    }
    run.out() << CliText::tr("The role %1 may now read and write the records; it may only add to the audit log and "
                             "may not change the schema, which stays the role %2's.")
                     .arg(run.positional().at(0), grant.owner)
              << '\n';
    return Cli::Success;
}

} // namespace

void addServerCommands(Cli& cli)
{
    cli.add({QStringLiteral("server grant"),
             QStringLiteral("ROLE"),
             QStringLiteral("as the schema's owner on a PostgreSQL server: let the workstations' role ROLE use the "
                            "database, adding to the audit log only and never changing the schema"),
             {CliOptions::json()},
             1,
             1,
             true,
             runServerGrant});
}
