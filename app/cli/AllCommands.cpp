#include "AbroadCommands.h"
#include "AccountCommands.h"
#include "AuditCommands.h"
#include "Cli.h"
#include "DataCommands.h"
#include "ExchangeCommands.h"
#include "OperationsCommands.h"
#include "PatientCommands.h"
#include "PrintCommands.h"
#include "QuotaCommands.h"
#include "ReferenceCommands.h"
#include "ReferralCommands.h"
#include "ServerCommands.h"
#include "WaitingListCommands.h"

void addAllCommands(Cli& cli)
{
    addReferenceCommands(cli);
    addPatientCommands(cli);
    addReferralCommands(cli);
    addWaitingListCommands(cli);
    addDataCommands(cli);
    addExchangeCommands(cli);
    addQuotaCommands(cli);
    addAbroadCommands(cli);
    addPrintCommands(cli);
    addOperationsCommands(cli);
    addAccountCommands(cli);
    addAuditCommands(cli);
    addServerCommands(cli);
}
