#include "printing/OnScreenList.h"

#include "LazyTableModel.h"
#include "documents/BureauHeading.h"
#include "documents/ListingPrintout.h"
#include "documents/PrintLanguage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

DocumentPrinter::Job OnScreenList::job(const QString& title, const QString& fileName)
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("list");
    job.request.orientation = QPageLayout::Landscape;
    job.request.title = title;
    job.fileName = fileName;
    return job;
}

QStringList OnScreenList::visibleKeys(const QTableView* view, const Listing& listing)
{
    QStringList keys;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical >= 0 && logical < listing.columns.size())
            keys << listing.columns.at(logical).key;
    }
    return keys;
}

QStringList OnScreenList::describe(const PrintLanguage& language, const LazyTableModel& model)
{
    QStringList lines;
    const ListingRequest& request = model.request();
    if (!request.search.trimmed().isEmpty())
        lines << language.text(QT_TRANSLATE_NOOP("Printout", "Search: «%1»")).arg(request.search.trimmed());
    if (request.filters.contains(QStringLiteral("status")))
        lines << language.text(QT_TRANSLATE_NOOP("Printout", "Status: %1"))
                     .arg(language.statusLabelForCode(request.filters.value(QStringLiteral("status")).toString()));
    const Listing& listing = model.listing();
    if (listing.isSortable(request.sortColumn))
        lines << (request.order == Qt::DescendingOrder
                      ? language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, descending"))
                      : language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, ascending")))
                     .arg(ListingPrintout::columnTitle(language, listing.columns.at(request.sortColumn).key));
    return lines;
}

QStringList OnScreenList::filterText(const PrintLanguage& language, const QLineEdit* filter)
{
    if (!filter || filter->text().trimmed().isEmpty())
        return {};
    return {language.text(QT_TRANSLATE_NOOP("Printout", "Filter: «%1»")).arg(filter->text().trimmed())};
}

QList<int> OnScreenList::sourceRows(const QTableView* view)
{
    QList<int> rows;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view->model());
    if (!proxy)
        return rows;
    for (int r = 0; r < proxy->rowCount(); ++r)
        rows << proxy->mapToSource(proxy->index(r, 0)).row();
    return rows;
}

std::unique_ptr<TableDocument> OnScreenList::document(Workspace& workspace, const PrintLanguage& language,
                                                      const QString& title, const QStringList& subtitle,
                                                      QList<TableDocument::Part> parts)
{
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(workspace, language, {}, title), title);
    document->setSubtitle(subtitle);
    qsizetype rows = 0;
    for (TableDocument::Part& part : parts) {
        rows += part.rows.size();
        document->addPart(std::move(part));
    }
    document->setClosing({language.text(QT_TRANSLATE_NOOP("Printout", "Rows: %1.")).arg(rows)});
    return document;
}

std::unique_ptr<TableDocument> OnScreenList::listing(Workspace& workspace, const PrintLanguage& language,
                                                     const QString& title, const LazyTableModel& model,
                                                     const QTableView* view)
{
    return document(workspace, language, title, describe(language, model),
                    {ListingPrintout::part(workspace, language, model.listing(), model.request(),
                                           visibleKeys(view, model.listing()))});
}
