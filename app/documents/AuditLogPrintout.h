#pragma once

#include "domain/AuditEntry.h"
#include "domain/Language.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class TableDocument;
class Workspace;

// The audit log as the auditor filtered it (who, when, on which workstation, what, whose record), for the
// bureau's files. It names patients, so printing it is itself recorded.
class AuditLogPrintout
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogPrintout)

public:
    // filters: the auditor's criteria in words, printed under the title.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QList<AuditEntry>& entries,
                                                const QStringList& filters, Language language);
};
