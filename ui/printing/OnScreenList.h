#pragma once

#include "documents/TableDocument.h"
#include "printing/DocumentPrinter.h"

#include <QList>
#include <QStringList>

#include <memory>

class LazyTableModel;
class PrintLanguage;
class QLineEdit;
class QTableView;
class Workspace;
class Listing;

// What the pages share to print the list on screen as the clerk sees it: the columns shown in their
// order, the rows of a filtered and sorted proxy in screen order, and the search, filter and order said
// in the printout's language under the title.
class OnScreenList
{
public:
    // A landscape list printout's job: the options dialog's title and the suggested PDF name; the page
    // sets the builder.
    static DocumentPrinter::Job job(const QString& title, const QString& fileName);

    // The columns the clerk sees, in the order they are shown, as listing keys.
    static QStringList visibleKeys(const QTableView* view, const Listing& listing);
    // Search, filter and order of a big list.
    static QStringList describe(const PrintLanguage& language, const LazyTableModel& model);
    // "Filter: «…»" for a small list's filter box, or nothing.
    static QStringList filterText(const PrintLanguage& language, const QLineEdit* filter);
    // The source rows of a proxy in the order shown.
    static QList<int> sourceRows(const QTableView* view);
    // A list under the bureau's head, with its row count at the end.
    static std::unique_ptr<TableDocument> document(Workspace& workspace, const PrintLanguage& language,
                                                   const QString& title, const QStringList& subtitle,
                                                   QList<TableDocument::Part> parts);
    // The printable version of a big list (patients, referrals) as requested on screen.
    static std::unique_ptr<TableDocument> listing(Workspace& workspace, const PrintLanguage& language,
                                                  const QString& title, const LazyTableModel& model,
                                                  const QTableView* view);
};
