#pragma once

#include "domain/BedAvailability.h"
#include "domain/Language.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class TableDocument;
class Workspace;

// Free beds today, tomorrow and the day after, hospital by hospital. The bureau's daily sheet goes by
// region (a heading per region with its free beds) and lists the hospitals that reported, counting the
// others at the end; the printable version of the list on screen keeps its rows and order, with a region
// column when the clerk has sorted it otherwise.
class BedsPrintout
{
    Q_DECLARE_TR_FUNCTIONS(BedsPrintout)

public:
    // The daily sheet of every region, or of one (KATO code). Throws OperationError(NotFound) for an unknown
    // region.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QString& regionCode, Language language);
    // These rows in this order; byRegion: they are sorted by region and get a heading per region.
    // regionCode: the one region shown (for the heading), or empty; filters: what narrowed the rows, for
    // the subtitle.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QList<BedAvailability>& rows, bool byRegion,
                                                const QString& regionCode, const QStringList& filters,
                                                Language language);
};
