#pragma once

#include "domain/Language.h"

#include <QCoreApplication>

#include <memory>

class TableDocument;
class Workspace;

// The waiting list of one hospital × bed profile in queue order, as of printing, in two versions:
// public (referral codes, registration, place and dates only — transparency without exposing anyone, for
// the notice board) and internal (with the patients' names, IIN and documents, for the bureau).
class QueuePrintout
{
    Q_DECLARE_TR_FUNCTIONS(QueuePrintout)

public:
    enum class Version { Public, Internal };

    // Throws OperationError(NotFound) for an unknown hospital or bed profile.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QString& hospitalCode,
                                                const QString& profileCode, Version version, Language language);
};
