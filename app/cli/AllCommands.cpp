#include "AbroadCommands.h"
#include "Cli.h"
#include "PatientCommands.h"
#include "QuotaCommands.h"
#include "ReferenceCommands.h"
#include "ReferralCommands.h"

void addAllCommands(Cli& cli)
{
    addReferenceCommands(cli);
    addPatientCommands(cli);
    addReferralCommands(cli);
    addQuotaCommands(cli);
    addAbroadCommands(cli);
}
