#include "PageFrame.h"

#include "PrintStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
const double headRule = PrintStyle::pt(1.4);
const double headGap = PrintStyle::mm(4);
const double footGap = PrintStyle::mm(3);

QFont bureauFont()
{
    return PrintStyle::font(9.5, true);
}

QFont detailFont()
{
    return PrintStyle::font(8);
}
} // namespace

double PageFrame::headHeight() const
{
    const double lines =
        QFontMetricsF(bureauFont()).height() + (bureauDetail.isEmpty() ? 0.0 : QFontMetricsF(detailFont()).height());
    return lines + PrintStyle::mm(1.5) + headRule + headGap;
}

double PageFrame::footHeight() const
{
    return footGap + QFontMetricsF(detailFont()).height() + PrintStyle::mm(1);
}

void PageFrame::paintHead(QPainter& painter, double width) const
{
    const QFontMetricsF bureauMetrics(bureauFont());
    const QFontMetricsF detailMetrics(detailFont());
    double y = 0;
    painter.setPen(PrintStyle::accent());
    painter.setFont(bureauFont());
    const double printedWidth = detailMetrics.horizontalAdvance(printedAt);
    painter.drawText(
        QPointF(0, y + bureauMetrics.ascent()),
        bureauMetrics.elidedText(bureau.toUpper(), Qt::ElideRight, width - printedWidth - PrintStyle::mm(5)));
    painter.setFont(detailFont());
    painter.setPen(PrintStyle::muted());
    painter.drawText(QPointF(width - printedWidth, y + bureauMetrics.ascent()), printedAt);
    y += bureauMetrics.height();
    if (!bureauDetail.isEmpty()) {
        painter.setPen(PrintStyle::ink());
        painter.drawText(QPointF(0, y + detailMetrics.ascent()),
                         detailMetrics.elidedText(bureauDetail, Qt::ElideRight, width));
        y += detailMetrics.height();
    }
    y += PrintStyle::mm(1.5);
    painter.fillRect(QRectF(0, y, width, headRule), PrintStyle::accent());
}

void PageFrame::paintFoot(QPainter& painter, const QRectF& area, int page, int pageCount) const
{
    const QFontMetricsF metrics(detailFont());
    const double top = area.bottom() - footHeight() + footGap;
    painter.fillRect(QRectF(area.left(), top, area.width(), PrintStyle::pt(0.5)), PrintStyle::rule());
    painter.setFont(detailFont());
    painter.setPen(PrintStyle::muted());
    const double baseline = top + PrintStyle::mm(1) + metrics.ascent();
    const QString pages = pageOf.isEmpty() ? QString() : pageOf.arg(page + 1).arg(pageCount);
    const double pagesWidth = metrics.horizontalAdvance(pages);
    painter.drawText(QPointF(area.left(), baseline),
                     metrics.elidedText(footer, Qt::ElideRight, area.width() - pagesWidth - PrintStyle::mm(5)));
    painter.drawText(QPointF(area.right() - pagesWidth, baseline), pages);
}
