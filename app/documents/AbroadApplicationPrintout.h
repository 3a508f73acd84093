#pragma once

#include "domain/Language.h"

#include <QCoreApplication>

#include <memory>

class AbroadApplicationDocument;
class Workspace;

// Words the printed application for treatment abroad in a printout language, from what the services know
// as of printing: the application, the patient and their region, the disease and the category from the
// eligible lists, the documents handed in, the commission's decision and every step of the history.
class AbroadApplicationPrintout
{
    Q_DECLARE_TR_FUNCTIONS(AbroadApplicationPrintout)

public:
    // Throws OperationError(NotFound) for an unknown id.
    static std::unique_ptr<AbroadApplicationDocument> build(Workspace& workspace, qint64 applicationId,
                                                            Language language);
};
