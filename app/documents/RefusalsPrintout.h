#pragma once

#include "domain/Language.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class TableDocument;
class Workspace;

// The refusal journal of a period: every refusal by a hospital, day by day, with the patient, the
// hospital and the reason in the printout's language. For the bureau's own files (it names patients).
class RefusalsPrintout
{
    Q_DECLARE_TR_FUNCTIONS(RefusalsPrintout)

public:
    // Throws OperationError(Invalid) when the period is empty or inverted.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QDate& from, const QDate& to,
                                                Language language);
};
