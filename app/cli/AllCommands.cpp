#include "Cli.h"
#include "PatientCommands.h"
#include "PrintCommands.h"
#include "ReferenceCommands.h"
#include "ReferralCommands.h"
#include "WaitingListCommands.h"

void addAllCommands(Cli& cli)
{
    addReferenceCommands(cli);
    addPatientCommands(cli);
    addReferralCommands(cli);
    addWaitingListCommands(cli);
    addPrintCommands(cli);
}
