#pragma once

#include "TableDocument.h"
#include "store/Listing.h"

#include <QCoreApplication>

class PrintLanguage;
class Workspace;

// The printable version of a big list on screen (patients, referrals, search results): the rows are read
// from the store with the table's own listing and request — the same SQL, filters, search and order the
// window shows, never by walking the model's rows — and worded in the printout's language.
class ListingPrintout
{
    Q_DECLARE_TR_FUNCTIONS(ListingPrintout)

public:
    // One table of the listing's rows for the request, in the columns named by key (Listing::Column::key),
    // in that order. Throws OperationError(Invalid) when the list is longer than maxRows: nobody reads
    // that much paper, and narrowing the search is the better answer.
    static TableDocument::Part part(Workspace& workspace, const PrintLanguage& language, const Listing& listing,
                                    const ListingRequest& request, const QStringList& columnKeys,
                                    const QString& title = {});
    // A column's title in the printout's language.
    static QString columnTitle(const PrintLanguage& language, const QString& key);

    static constexpr int maxRows = 100000;
};
