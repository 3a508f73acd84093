#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// A printout that knows how many pages it takes for a page layout and paints any one of them. The same
// object feeds the print preview, a printer, a PDF file and the command line, so what the clerk previews
// is exactly what comes out.
//
// Builders produce one; subclasses lay themselves out in PrintStyle units inside the page's margins.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    PagedDocument() = default;
    virtual ~PagedDocument();
    PagedDocument(const PagedDocument&) = delete;
    PagedDocument& operator=(const PagedDocument&) = delete;

    // The document's name: the PDF title and the print job's name.
    virtual QString title() const = 0;

    // Pages for this layout (laid out once per printable area, then remembered). Always at least one.
    int pageCount(const QPageLayout& layout);
    // Paints page `page` (0-based) on a painter whose coordinates start at the top-left of the page's
    // printable area at the device's resolution, as QPrinter and QPdfWriter give them.
    void paintPage(QPainter& painter, const QPageLayout& layout, int page);
    // Every page from `fromPage` to `toPage` (1-based, inclusive; 0 means the last) onto a paged device (a
    // QPrinter or a QPdfWriter) in the device's own page layout. Throws OperationError when the device
    // cannot be painted on.
    void print(QPagedPaintDevice& device, int fromPage = 1, int toPage = 0);

    // The printable area of a layout in PrintStyle units.
    static QSizeF printableArea(const QPageLayout& layout);

protected:
    // Lays the document out on pages whose printable area is `area`; returns the number of pages.
    virtual int layOut(const QSizeF& area) = 0;
    // Paints a page laid out by the last layOut(), in PrintStyle units from the printable area's corner.
    virtual void drawPage(QPainter& painter, int page) const = 0;
    // For a document made of other documents (DocumentBundle): lays out and paints one of its parts.
    static int layOutPart(PagedDocument& part, const QSizeF& area) { return part.layOut(area); }
    static void drawPart(const PagedDocument& part, QPainter& painter, int page) { part.drawPage(painter, page); }

private:
    void ensureLaidOut(const QPageLayout& layout);

    QSizeF m_area;
    int m_pages = 0;
};
