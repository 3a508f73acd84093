#include "Cli.h"
#include "PatientCommands.h"
#include "ReferenceCommands.h"
#include "ReferralCommands.h"

void addAllCommands(Cli& cli)
{
    addReferenceCommands(cli);
    addPatientCommands(cli);
    addReferralCommands(cli);
}
