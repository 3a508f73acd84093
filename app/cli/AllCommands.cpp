#include "Cli.h"
#include "ReferenceCommands.h"

void addAllCommands(Cli& cli)
{
    addReferenceCommands(cli);
}
