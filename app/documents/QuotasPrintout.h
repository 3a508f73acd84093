#pragma once

#include "domain/Language.h"
#include "domain/QuotaPlan.h"

#include <QList>

#include <memory>

class TableDocument;
class Workspace;

// The plan of high-tech care quotas of one year and profile as listed on screen: each region's population,
// quotas allocated, used by referrals and remaining, with the totals.
class QuotasPrintout
{
public:
    static std::unique_ptr<TableDocument> build(Workspace& workspace, int year, const QString& profileCode,
                                                const QList<QuotaPlan>& plans, const QStringList& filters,
                                                Language language);
};
