#include "PagedDocument.h"

#include "PrintStyle.h"
#include "domain/OperationError.h"

#include <QPagedPaintDevice>
#include <QPainter>

PagedDocument::~PagedDocument() = default;

QSizeF PagedDocument::printableArea(const QPageLayout& layout)
{
    const QRectF points = layout.paintRect(QPageLayout::Point);
    return QSizeF(PrintStyle::pt(points.width()), PrintStyle::pt(points.height()));
}

void PagedDocument::ensureLaidOut(const QPageLayout& layout)
{
    const QSizeF area = printableArea(layout);
    if (m_pages > 0 && area == m_area)
        return;
    m_area = area;
    m_pages = std::max(1, layOut(area));
}

int PagedDocument::pageCount(const QPageLayout& layout)
{
    ensureLaidOut(layout);
    return m_pages;
}

void PagedDocument::paintPage(QPainter& painter, const QPageLayout& layout, int page)
{
    ensureLaidOut(layout);
    if (page < 0 || page >= m_pages)
        return;
    const QPaintDevice* device = painter.device();
    painter.save();
    painter.scale(device->logicalDpiX() / PrintStyle::unitsPerInch, device->logicalDpiY() / PrintStyle::unitsPerInch);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    drawPage(painter, page);
    painter.restore();
}

void PagedDocument::print(QPagedPaintDevice& device, int fromPage, int toPage)
{
    const QPageLayout layout = device.pageLayout();
    const int pages = pageCount(layout);
    const int first = std::clamp(fromPage, 1, pages);
    const int last = toPage > 0 ? std::clamp(toPage, first, pages) : pages;
    QPainter painter;
    if (!painter.begin(&device))
        throw OperationError(OperationError::Kind::Storage,
                             tr("The printer or the file cannot be written to. Check the printer, or choose "
                                "another file."));
    for (int page = first; page <= last; ++page) {
        if (page > first)
            device.newPage();
        paintPage(painter, layout, page - 1);
    }
    painter.end();
}
