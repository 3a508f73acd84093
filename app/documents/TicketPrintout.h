#pragma once

#include "domain/Language.h"

#include <memory>

class TicketDocument;
class Workspace;

// Words the referral ticket of one referral in a printout language, from what the services know as of
// printing: the referral, the patient, the hospital, the place in the queue and the preliminary date
// (WaitingListService::lookup), the documents to bring, and the regional bureau's telephone.
class TicketPrintout
{
public:
    // Throws OperationError: Invalid for a malformed code, NotFound for an unknown one.
    static std::unique_ptr<TicketDocument> build(Workspace& workspace, const QString& code, Language language);
};
