#include "AbroadApplicationDocument.h"

#include "PrintStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
// The amber of the window's starter-list banner: the same warning on paper, still readable in grey.
const QColor warningColor(0x8a, 0x5a, 0x00);
} // namespace

AbroadApplicationDocument::AbroadApplicationDocument(PageFrame frame, Content content, QString title)
    : m_frame(std::move(frame))
    , m_content(std::move(content))
    , m_title(std::move(title))
{}

void AbroadApplicationDocument::addHeading(double width)
{
    const QFont font = PrintStyle::font(s(12.5), true);
    const QString text = m_content.heading.toUpper();
    const double height = PrintStyle::heightOf(QFontMetricsF(font), text, width);
    Block block{height, [=](QPainter& painter, double top) {
                    PrintStyle::paragraph(painter, font, PrintStyle::accent(), QRectF(0, top, width, height), text);
                }};
    block.spaceAfter = PrintStyle::mm(s(3.2));
    block.keepWithNext = true;
    m_blocks << block;
}

void AbroadApplicationDocument::addSummary(double width)
{
    // The number large on the left, as the ticket shows its code; the date and the status beside it.
    const double pad = PrintStyle::mm(s(3.5));
    const double bar = PrintStyle::mm(s(1.6));
    const QFont captionFont = PrintStyle::font(s(8.5), true);
    const QFont numberFont = PrintStyle::font(s(26), true);
    const QFont labelFont = PrintStyle::font(s(8.5));
    const QFont valueFont = PrintStyle::font(s(10));
    const QFont emphasisFont = PrintStyle::font(s(10.5), true);
    const QFontMetricsF captionMetrics(captionFont);
    const QFontMetricsF numberMetrics(numberFont);
    const QFontMetricsF labelMetrics(labelFont);
    const QString caption = m_content.numberLabel.toUpper();
    const double numberLeft = bar + pad;
    const double numberWidth =
        std::max(captionMetrics.horizontalAdvance(caption), numberMetrics.horizontalAdvance(m_content.number));
    const double divider = numberLeft + numberWidth + 2 * pad;
    const double fieldsLeft = divider + 2 * pad;
    double labelWidth = 0;
    for (const Field& field : m_content.summary)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(field.label));
    labelWidth = std::min(labelWidth + PrintStyle::mm(s(4)), (width - fieldsLeft) * 0.45);
    const double valueLeft = fieldsLeft + labelWidth;
    const double valueWidth = std::max(1.0, width - pad - valueLeft);
    const double rowGap = PrintStyle::mm(s(0.8));
    QList<double> rows;
    double fieldsHeight = 0;
    for (const Field& field : m_content.summary) {
        const QFontMetricsF valueMetrics(field.emphasis ? emphasisFont : valueFont);
        const double row = std::max(PrintStyle::heightOf(labelMetrics, field.label, labelWidth - PrintStyle::mm(s(2))),
                                    PrintStyle::heightOf(valueMetrics, field.value, valueWidth));
        rows << row;
        fieldsHeight += row + (rows.size() > 1 ? rowGap : 0.0);
    }
    const double numberHeight = captionMetrics.lineSpacing() + numberMetrics.lineSpacing();
    const double height = std::max(numberHeight, fieldsHeight) + 2 * pad;
    Block block{
        height, [=, this](QPainter& painter, double top) {
            painter.fillRect(QRectF(0, top, width, height), PrintStyle::shade());
            painter.fillRect(QRectF(0, top, bar, height), PrintStyle::accent());
            double y = top + (height - numberHeight) / 2;
            painter.setFont(captionFont);
            painter.setPen(PrintStyle::muted());
            painter.drawText(QPointF(numberLeft, y + captionMetrics.ascent()), caption);
            y += captionMetrics.lineSpacing();
            painter.setFont(numberFont);
            painter.setPen(PrintStyle::ink());
            painter.drawText(QPointF(numberLeft, y + numberMetrics.ascent()), m_content.number);
            painter.fillRect(QRectF(divider, top + pad, PrintStyle::pt(0.6), height - 2 * pad), PrintStyle::rule());
            y = top + (height - fieldsHeight) / 2;
            for (int i = 0; i < m_content.summary.size(); ++i) {
                const Field& field = m_content.summary.at(i);
                const QFont& font = field.emphasis ? emphasisFont : valueFont;
                const double labelTop = y + QFontMetricsF(font).ascent() - labelMetrics.ascent();
                PrintStyle::paragraph(painter, labelFont, PrintStyle::muted(),
                                      QRectF(fieldsLeft, labelTop, labelWidth - PrintStyle::mm(s(2)), rows.at(i)),
                                      field.label);
                PrintStyle::paragraph(painter, font, field.emphasis ? PrintStyle::accent() : PrintStyle::ink(),
                                      QRectF(valueLeft, y, valueWidth, rows.at(i)), field.value);
                y += rows.at(i) + rowGap;
            }
        }};
    block.spaceAfter = PrintStyle::mm(s(5));
    m_blocks << block;
}

void AbroadApplicationDocument::addSection(const Section& section, double width)
{
    const QFont titleFont = PrintStyle::font(s(8.5), true);
    const QFont labelFont = PrintStyle::font(s(8.5));
    const QFont valueFont = PrintStyle::font(s(10));
    const QFont emphasisFont = PrintStyle::font(s(12), true);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF labelMetrics(labelFont);
    const bool panel = section.highlighted;
    const double inset = panel ? PrintStyle::mm(s(3.5)) : 0.0;
    const double labelWidth = m_labelWidth - inset; // values start where every other section's do
    const double valueWidth = width - inset - m_labelWidth;
    const double rowGap = PrintStyle::mm(s(0.55));
    const double sectionGap = PrintStyle::mm(s(5));
    // A panel is painted piece by piece, so it still reads as one panel when a page breaks inside it.
    auto background = [=, this](QPainter& painter, double top, double height) {
        if (!panel)
            return;
        painter.fillRect(QRectF(0, top, width, height), PrintStyle::shade());
        painter.fillRect(QRectF(0, top, PrintStyle::mm(s(1.2)), height), PrintStyle::accent());
    };

    const double titleHeight = inset + titleMetrics.lineSpacing() + PrintStyle::mm(s(1.6));
    Block title{titleHeight, [=, this](QPainter& painter, double top) {
                    background(painter, top, titleHeight);
                    double y = top + inset;
                    painter.setFont(titleFont);
                    painter.setPen(PrintStyle::accent());
                    painter.drawText(QPointF(inset, y + titleMetrics.ascent()), section.title.toUpper());
                    y += titleMetrics.lineSpacing() + PrintStyle::mm(s(0.5));
                    if (!panel)
                        painter.fillRect(QRectF(0, y, width, PrintStyle::pt(0.6)), PrintStyle::rule());
                }};
    title.keepWithNext = true;
    m_blocks << title;

    if (section.fields.isEmpty()) {
        QFont font = valueFont;
        font.setItalic(true);
        const double textHeight = PrintStyle::heightOf(QFontMetricsF(font), section.emptyText, width - 2 * inset);
        const double height = textHeight + rowGap + inset;
        Block empty{height, [=](QPainter& painter, double top) {
                        background(painter, top, height);
                        PrintStyle::paragraph(painter, font, PrintStyle::muted(),
                                              QRectF(inset, top, width - 2 * inset, textHeight), section.emptyText);
                    }};
        empty.spaceAfter = sectionGap;
        m_blocks << empty;
        return;
    }
    for (int i = 0; i < section.fields.size(); ++i) {
        const Field& field = section.fields.at(i);
        const bool last = i + 1 == section.fields.size();
        const QFont& font = field.emphasis ? emphasisFont : valueFont;
        const QFontMetricsF valueMetrics(font);
        const double labelHeight = PrintStyle::heightOf(labelMetrics, field.label, labelWidth - PrintStyle::mm(s(3)));
        const double valueHeight = PrintStyle::heightOf(valueMetrics, field.value, valueWidth - inset);
        const double height = std::max(labelHeight, valueHeight) + rowGap + (last ? inset : 0.0);
        Block line{height, [=, this](QPainter& painter, double top) {
                       background(painter, top, height);
                       // Labels sit on the value's first baseline, whatever the value's size.
                       const double labelTop = top + valueMetrics.ascent() - labelMetrics.ascent();
                       PrintStyle::paragraph(painter, labelFont, PrintStyle::muted(),
                                             QRectF(inset, labelTop, labelWidth - PrintStyle::mm(s(3)), labelHeight),
                                             field.label);
                       PrintStyle::paragraph(painter, font, field.emphasis ? PrintStyle::accent() : PrintStyle::ink(),
                                             QRectF(m_labelWidth, top, valueWidth - inset, valueHeight), field.value);
                   }};
        if (last)
            line.spaceAfter = sectionGap;
        m_blocks << line;
    }
}

void AbroadApplicationDocument::addTable(const Table& table, double width)
{
    const QFont titleFont = PrintStyle::font(s(8.5), true);
    const QFont headerFont = PrintStyle::font(s(7.5), true);
    const QFont bodyFont = PrintStyle::font(s(8.5));
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF headerMetrics(headerFont);
    const QFontMetricsF bodyMetrics(bodyFont);
    const double hPad = PrintStyle::mm(s(1.3));
    const double vPad = PrintStyle::mm(s(0.9));
    const double sectionGap = PrintStyle::mm(s(5));

    // Captured by every piece of the table; implicitly shared, so that costs no copies.
    const QString titleText = table.title.toUpper();
    const QList<Column> columnList = table.columns;
    const double titleHeight = titleMetrics.lineSpacing() + PrintStyle::mm(s(1.6));
    Block title{titleHeight, [=](QPainter& painter, double top) {
                    painter.setFont(titleFont);
                    painter.setPen(PrintStyle::accent());
                    painter.drawText(QPointF(0, top + titleMetrics.ascent()), titleText);
                }};
    title.keepWithNext = true;
    m_blocks << title;

    if (table.rows.isEmpty()) {
        QFont font = PrintStyle::font(s(10));
        font.setItalic(true);
        const QString text = table.emptyText;
        const double height = PrintStyle::heightOf(QFontMetricsF(font), text, width);
        Block empty{height, [=](QPainter& painter, double top) {
                        PrintStyle::paragraph(painter, font, PrintStyle::muted(), QRectF(0, top, width, height), text);
                    }};
        empty.spaceAfter = sectionGap;
        m_blocks << empty;
        return;
    }

    // Columns that fit take their widest cell (a date, a number), up to a third of the width; the others
    // share what is left by their stretch and wrap their texts.
    const int columns = int(table.columns.size());
    QList<double> widths(columns, 0.0);
    double fixed = 0;
    double stretch = 0;
    for (int c = 0; c < columns; ++c) {
        const Column& column = table.columns.at(c);
        if (column.stretch > 0) {
            stretch += column.stretch;
            continue;
        }
        double widest = headerMetrics.horizontalAdvance(column.title);
        for (const QStringList& row : table.rows)
            widest = std::max(widest, bodyMetrics.horizontalAdvance(row.value(c)));
        widths[c] = std::min(widest + 2 * hPad, width / 3);
        fixed += widths[c];
    }
    const double left = std::max(0.0, width - fixed);
    for (int c = 0; c < columns; ++c) {
        const Column& column = table.columns.at(c);
        if (column.stretch > 0)
            widths[c] = stretch > 0 ? left * column.stretch / stretch : 0.0;
    }
    if (stretch <= 0 && fixed > 0) {
        for (double& w : widths)
            w *= width / fixed;
    }
    QList<double> xs(columns, 0.0);
    for (int c = 1; c < columns; ++c)
        xs[c] = xs[c - 1] + widths[c - 1];

    auto cellHeight = [&](const QFontMetricsF& metrics, const QStringList& cells) {
        int lines = 1;
        for (int c = 0; c < columns; ++c)
            lines = std::max(lines, PrintStyle::linesOf(metrics, cells.value(c), widths.at(c) - 2 * hPad));
        return lines * metrics.lineSpacing() + 2 * vPad;
    };
    auto paintCells = [=](QPainter& painter, double top, double height, const QStringList& cells,
                          Qt::Alignment vertical) {
        for (int c = 0; c < columns; ++c) {
            const Qt::Alignment horizontal =
                columnList.at(c).alignment & Qt::AlignRight ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(QRectF(xs.at(c) + hPad, top + vPad, widths.at(c) - 2 * hPad, height - 2 * vPad),
                             horizontal | vertical | Qt::TextWordWrap, cells.value(c));
        }
    };

    QStringList titles;
    for (const Column& column : table.columns)
        titles << column.title;
    const double headerHeight = cellHeight(headerMetrics, titles);
    Block header{headerHeight, [=](QPainter& painter, double top) {
                     painter.fillRect(QRectF(0, top, width, headerHeight), PrintStyle::header());
                     painter.fillRect(QRectF(0, top + headerHeight - PrintStyle::pt(0.8), width, PrintStyle::pt(0.8)),
                                      PrintStyle::accent());
                     painter.setFont(headerFont);
                     painter.setPen(PrintStyle::ink());
                     paintCells(painter, top, headerHeight, titles, Qt::AlignBottom);
                 }};
    header.keepWithNext = true;
    const int headerBlock = int(m_blocks.size());
    m_blocks << header;

    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList cells = table.rows.at(r);
        const bool stripe = r % 2 == 1;
        const bool last = r + 1 == table.rows.size();
        const double height = cellHeight(bodyMetrics, cells);
        Block row{height, [=](QPainter& painter, double top) {
                      if (stripe)
                          painter.fillRect(QRectF(0, top, width, height), PrintStyle::shade());
                      if (last)
                          painter.fillRect(QRectF(0, top + height, width, PrintStyle::pt(0.6)), PrintStyle::rule());
                      painter.setFont(bodyFont);
                      painter.setPen(PrintStyle::ink());
                      paintCells(painter, top, height, cells, Qt::AlignTop);
                  }};
        row.repeatHeader = headerBlock;
        if (last)
            row.spaceAfter = sectionGap;
        m_blocks << row;
    }
}

void AbroadApplicationDocument::addClosing(double width)
{
    if (!m_content.warning.isEmpty()) {
        const QFont font = PrintStyle::font(s(8));
        const double height = PrintStyle::heightOf(QFontMetricsF(font), m_content.warning, width);
        Block warning{height, [=, this](QPainter& painter, double top) {
                          PrintStyle::paragraph(painter, font, warningColor, QRectF(0, top, width, height),
                                                m_content.warning);
                      }};
        warning.spaceAfter = PrintStyle::mm(s(4));
        m_blocks << warning;
    }

    // Two signatures, as on the ticket: the clerk's with the bureau's stamp, and the applicant's.
    const QFont labelFont = PrintStyle::font(s(8.5), true);
    const QFont captionFont = PrintStyle::font(s(7.2));
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF captionMetrics(captionFont);
    const double gap = PrintStyle::mm(s(10));
    const double column = (width - gap) / 2;
    const double lineDrop = PrintStyle::mm(s(10));
    int labelLines = 1;
    for (const QString& label : {m_content.signedBy, m_content.receivedBy})
        labelLines = std::max(labelLines, PrintStyle::linesOf(labelMetrics, label, column));
    const double labelHeight = labelLines * labelMetrics.lineSpacing();
    const double printedHeight =
        m_content.printedBy.isEmpty() ? 0.0 : PrintStyle::mm(s(4)) + captionMetrics.lineSpacing();
    const double height =
        labelHeight + lineDrop + PrintStyle::mm(s(0.8)) + captionMetrics.lineSpacing() + printedHeight;
    Block signatures{height, [=, this](QPainter& painter, double top) {
                         const QStringList labels{m_content.signedBy, m_content.receivedBy};
                         const double lineY = top + labelHeight + lineDrop;
                         const double captionBaseline = lineY + PrintStyle::mm(s(0.8)) + captionMetrics.ascent();
                         for (int i = 0; i < 2; ++i) {
                             const double x = i * (column + gap);
                             PrintStyle::paragraph(painter, labelFont, PrintStyle::ink(),
                                                   QRectF(x, top, column, labelHeight), labels.at(i));
                             painter.fillRect(QRectF(x, lineY, column, PrintStyle::pt(0.7)), PrintStyle::ink());
                             painter.setFont(captionFont);
                             painter.setPen(PrintStyle::muted());
                             painter.drawText(QPointF(x, captionBaseline), m_content.signatureCaption);
                         }
                         // Where the bureau's stamp goes: beside the clerk's signature, as on every paper form.
                         const double stampWidth = captionMetrics.horizontalAdvance(m_content.stamp);
                         painter.drawText(QPointF(column - stampWidth, captionBaseline), m_content.stamp);
                         if (!m_content.printedBy.isEmpty())
                             painter.drawText(QPointF(0, captionBaseline + captionMetrics.descent() +
                                                             PrintStyle::mm(s(4)) + captionMetrics.ascent()),
                                              captionMetrics.elidedText(m_content.printedBy, Qt::ElideRight, width));
                     }};
    m_blocks << signatures;
}

void AbroadApplicationDocument::buildBlocks(double width)
{
    const QFontMetricsF labelMetrics(PrintStyle::font(s(8.5)));
    double widest = 0;
    for (const Section* section : {&m_content.patient, &m_content.grounds, &m_content.decision}) {
        for (const Field& field : section->fields)
            widest = std::max(widest, labelMetrics.horizontalAdvance(field.label));
    }
    m_labelWidth = std::min(widest + PrintStyle::mm(s(4)), width * 0.34);
    m_blocks.clear();
    addHeading(width);
    addSummary(width);
    addSection(m_content.patient, width);
    addSection(m_content.grounds, width);
    addTable(m_content.documents, width);
    addSection(m_content.decision, width);
    addTable(m_content.history, width);
    addClosing(width);
}

int AbroadApplicationDocument::layOut(const QSizeF& area)
{
    m_area = area;
    // Sizes are set for a 190 mm column, as the ticket's, and shrink with narrower paper (A5: about 0.67).
    m_scale = std::clamp(area.width() / PrintStyle::mm(190), 0.6, 0.95);
    buildBlocks(area.width());
    m_pages.clear();
    const double top = m_frame.headHeight();
    const double bottom = area.height() - m_frame.footHeight();
    double y = top;
    m_pages << QList<Placed>();
    for (int i = 0; i < m_blocks.size(); ++i) {
        // A title or a column header needs the first piece of what it heads below it on the same page.
        double needed = m_blocks.at(i).height;
        for (int next = i; m_blocks.at(next).keepWithNext && next + 1 < m_blocks.size(); ++next)
            needed += m_blocks.at(next).spaceAfter + m_blocks.at(next + 1).height;
        if (y + needed > bottom && !m_pages.last().isEmpty()) {
            m_pages << QList<Placed>();
            y = top;
            // A table that goes on repeats its column header.
            if (const int header = m_blocks.at(i).repeatHeader; header >= 0) {
                m_pages.last() << Placed{header, y};
                y += m_blocks.at(header).height;
            }
        }
        m_pages.last() << Placed{i, y};
        y += m_blocks.at(i).height + m_blocks.at(i).spaceAfter;
    }
    return int(m_pages.size());
}

void AbroadApplicationDocument::drawPage(QPainter& painter, int page) const
{
    m_frame.paintHead(painter, m_area.width());
    for (const Placed& placed : m_pages.at(page))
        m_blocks.at(placed.block).paint(painter, placed.top);
    m_frame.paintFoot(painter, QRectF(QPointF(0, 0), m_area), page, int(m_pages.size()));
}
