#include "TicketDocument.h"

#include "PrintStyle.h"

#include <QFontMetricsF>
#include <QPainter>

TicketDocument::TicketDocument(PageFrame frame, Content content, QString title)
    : m_frame(std::move(frame))
    , m_content(std::move(content))
    , m_title(std::move(title))
    , m_qr(QrCode::encode(m_content.code))
{}

TicketDocument::Block TicketDocument::headingBlock(double width) const
{
    const QFont font = PrintStyle::font(s(12.5), true);
    const QString text = m_content.heading.toUpper();
    const double height = PrintStyle::heightOf(QFontMetricsF(font), text, width);
    return {height, [=, this](QPainter& painter, double top) {
                PrintStyle::paragraph(painter, font, PrintStyle::accent(), QRectF(0, top, width, height), text);
            }};
}

TicketDocument::Block TicketDocument::codeBlock(double width) const
{
    const double pad = PrintStyle::mm(s(3.5));
    const double bar = PrintStyle::mm(s(1.6));
    const double qrSide = PrintStyle::mm(s(31));
    const double textLeft = bar + pad;
    const double textWidth = width - textLeft - pad - qrSide - pad;
    const QFont labelFont = PrintStyle::font(s(8.5), true);
    const QFont noteFont = PrintStyle::font(s(7.8));
    // The code as large as the panel allows, up to 30 points.
    double codePoints = s(30);
    QFont codeFont = PrintStyle::monoFont(codePoints);
    while (QFontMetricsF(codeFont).horizontalAdvance(m_content.code) > textWidth && codePoints > 10) {
        codePoints -= 1;
        codeFont = PrintStyle::monoFont(codePoints);
    }
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF codeMetrics(codeFont);
    const double noteHeight = PrintStyle::heightOf(QFontMetricsF(noteFont), m_content.codeNote, textWidth);
    const double textHeight =
        labelMetrics.lineSpacing() + codeMetrics.lineSpacing() + PrintStyle::mm(s(1.5)) + noteHeight;
    const double height = std::max(textHeight, qrSide) + 2 * pad;
    return {height, [=, this](QPainter& painter, double top) {
                painter.fillRect(QRectF(0, top, width, height), PrintStyle::shade());
                painter.fillRect(QRectF(0, top, bar, height), PrintStyle::accent());
                double y = top + pad + (height - 2 * pad - textHeight) / 2;
                painter.setFont(labelFont);
                painter.setPen(PrintStyle::muted());
                painter.drawText(QPointF(textLeft, y + labelMetrics.ascent()), m_content.codeLabel.toUpper());
                y += labelMetrics.lineSpacing();
                painter.setFont(codeFont);
                painter.setPen(PrintStyle::ink());
                painter.drawText(QPointF(textLeft, y + codeMetrics.ascent()), m_content.code);
                y += codeMetrics.lineSpacing() + PrintStyle::mm(s(1.5));
                PrintStyle::paragraph(painter, noteFont, PrintStyle::muted(),
                                      QRectF(textLeft, y, textWidth, noteHeight), m_content.codeNote);
                const QRectF qr(width - pad - qrSide, top + (height - qrSide) / 2, qrSide, qrSide);
                m_qr.paint(painter, qr, QrCode::recommendedQuietZone);
            }};
}

TicketDocument::Block TicketDocument::sectionBlock(const Section& section, double width) const
{
    const QFont titleFont = PrintStyle::font(s(8.5), true);
    const QFont labelFont = PrintStyle::font(s(8.5));
    const QFont valueFont = PrintStyle::font(s(10));
    const QFont emphasisFont = PrintStyle::font(s(13), true);
    const QFont noteFont = PrintStyle::font(s(7.8));
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF valueMetrics(valueFont);
    const QFontMetricsF emphasisMetrics(emphasisFont);
    const QFontMetricsF noteMetrics(noteFont);
    const double inset = section.highlighted ? PrintStyle::mm(s(3.5)) : 0.0;
    const double labelWidth = m_labelWidth - inset; // values start where every other section's do
    const double valueWidth = width - inset - m_labelWidth;
    const double rowGap = PrintStyle::mm(s(0.55));

    struct Line
    {
        Field field;
        double labelHeight;
        double valueHeight;
        double noteHeight;
        double height;
    };
    QList<Line> lines;
    double height = titleMetrics.lineSpacing() + PrintStyle::mm(s(1.6)) + inset;
    for (const Field& field : section.fields) {
        const QFontMetricsF& vm = field.emphasis ? emphasisMetrics : valueMetrics;
        Line line{field, PrintStyle::heightOf(labelMetrics, field.label, labelWidth - PrintStyle::mm(s(3))),
                  PrintStyle::heightOf(vm, field.value, valueWidth),
                  PrintStyle::heightOf(noteMetrics, field.note, valueWidth), 0};
        line.height = std::max(line.labelHeight, line.valueHeight) + line.noteHeight + rowGap;
        height += line.height;
        lines << line;
    }
    height += inset;
    return {height, [=, this](QPainter& painter, double top) {
                if (section.highlighted) {
                    painter.fillRect(QRectF(0, top, width, height), PrintStyle::shade());
                    painter.fillRect(QRectF(0, top, PrintStyle::mm(s(1.2)), height), PrintStyle::accent());
                }
                double y = top + inset;
                painter.setFont(titleFont);
                painter.setPen(PrintStyle::accent());
                painter.drawText(QPointF(inset, y + titleMetrics.ascent()), section.title.toUpper());
                y += titleMetrics.lineSpacing() + PrintStyle::mm(s(0.5));
                if (!section.highlighted)
                    painter.fillRect(QRectF(0, y, width, PrintStyle::pt(0.6)), PrintStyle::rule());
                y += PrintStyle::mm(s(1.1));
                for (const Line& line : lines) {
                    // Labels sit on the value's first baseline, whatever the value's size.
                    const QFontMetricsF& vm = line.field.emphasis ? emphasisMetrics : valueMetrics;
                    const double labelTop = y + vm.ascent() - labelMetrics.ascent();
                    PrintStyle::paragraph(painter, labelFont, PrintStyle::muted(),
                                          QRectF(inset, labelTop, labelWidth - PrintStyle::mm(s(3)), line.labelHeight),
                                          line.field.label);
                    PrintStyle::paragraph(painter, line.field.emphasis ? emphasisFont : valueFont,
                                          line.field.emphasis ? PrintStyle::accent() : PrintStyle::ink(),
                                          QRectF(m_labelWidth, y, valueWidth, line.valueHeight), line.field.value);
                    if (!line.field.note.isEmpty())
                        PrintStyle::paragraph(painter, noteFont, PrintStyle::muted(),
                                              QRectF(m_labelWidth, y + std::max(line.labelHeight, line.valueHeight),
                                                     valueWidth, line.noteHeight),
                                              line.field.note);
                    y += line.height;
                }
            }};
}

TicketDocument::Block TicketDocument::documentsBlock(double width) const
{
    const QFont titleFont = PrintStyle::font(s(8.5), true);
    const QFont itemFont = PrintStyle::font(s(9.2));
    const QFont validityFont = PrintStyle::font(s(8.2));
    const QFont noteFont = PrintStyle::font(s(8.5), true);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF itemMetrics(itemFont);
    const QFontMetricsF validityMetrics(validityFont);
    double validityWidth = 0;
    for (const auto& document : m_content.documents)
        validityWidth = std::max(validityWidth, validityMetrics.horizontalAdvance(document.second));
    validityWidth = std::min(validityWidth, width * 0.4);
    const double numberWidth = itemMetrics.horizontalAdvance(QStringLiteral("00.")) + PrintStyle::mm(s(1.5));
    const double nameWidth = width - numberWidth - validityWidth - PrintStyle::mm(s(4));
    QList<double> rowHeights;
    double height = titleMetrics.lineSpacing() + PrintStyle::mm(s(2));
    for (const auto& document : m_content.documents) {
        const double row = std::max(PrintStyle::heightOf(itemMetrics, document.first, nameWidth),
                                    PrintStyle::heightOf(validityMetrics, document.second, validityWidth)) +
                           PrintStyle::mm(s(0.9));
        rowHeights << row;
        height += row;
    }
    const double noteHeight = PrintStyle::heightOf(QFontMetricsF(noteFont), m_content.documentsNote, width);
    height += PrintStyle::mm(s(1.5)) + noteHeight;
    return {height, [=, this](QPainter& painter, double top) {
                double y = top;
                painter.setFont(titleFont);
                painter.setPen(PrintStyle::accent());
                painter.drawText(QPointF(0, y + titleMetrics.ascent()), m_content.documentsTitle.toUpper());
                y += titleMetrics.lineSpacing() + PrintStyle::mm(s(0.6));
                painter.fillRect(QRectF(0, y, width, PrintStyle::pt(0.6)), PrintStyle::rule());
                y += PrintStyle::mm(s(1.4));
                for (int i = 0; i < m_content.documents.size(); ++i) {
                    const auto& document = m_content.documents.at(i);
                    painter.setFont(itemFont);
                    painter.setPen(PrintStyle::muted());
                    painter.drawText(QPointF(0, y + itemMetrics.ascent()), QStringLiteral("%1.").arg(i + 1));
                    PrintStyle::paragraph(painter, itemFont, PrintStyle::ink(),
                                          QRectF(numberWidth, y, nameWidth, rowHeights.at(i)), document.first);
                    const double validityTop = y + itemMetrics.ascent() - validityMetrics.ascent();
                    PrintStyle::paragraph(painter, validityFont, PrintStyle::muted(),
                                          QRectF(width - validityWidth, validityTop, validityWidth, rowHeights.at(i)),
                                          document.second, Qt::AlignRight);
                    y += rowHeights.at(i);
                }
                y += PrintStyle::mm(s(1.5));
                PrintStyle::paragraph(painter, noteFont, PrintStyle::ink(), QRectF(0, y, width, noteHeight),
                                      m_content.documentsNote);
            }};
}

TicketDocument::Block TicketDocument::signatureBlock(double width) const
{
    const QFont labelFont = PrintStyle::font(s(8.5), true);
    const QFont captionFont = PrintStyle::font(s(7.2));
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF captionMetrics(captionFont);
    const double gap = PrintStyle::mm(s(10));
    const double column = (width - gap) / 2;
    const double lineDrop = PrintStyle::mm(s(9));
    const double height = labelMetrics.lineSpacing() + lineDrop + captionMetrics.lineSpacing() + PrintStyle::mm(s(1));
    return {height, [=, this](QPainter& painter, double top) {
                const QStringList labels{m_content.issuedBy, m_content.receivedBy};
                for (int i = 0; i < 2; ++i) {
                    const double x = i * (column + gap);
                    painter.setFont(labelFont);
                    painter.setPen(PrintStyle::ink());
                    painter.drawText(QPointF(x, top + labelMetrics.ascent()), labels.at(i));
                    const double lineY = top + labelMetrics.lineSpacing() + lineDrop;
                    painter.fillRect(QRectF(x, lineY, column, PrintStyle::pt(0.7)), PrintStyle::ink());
                    painter.setFont(captionFont);
                    painter.setPen(PrintStyle::muted());
                    painter.drawText(QPointF(x, lineY + PrintStyle::mm(s(0.8)) + captionMetrics.ascent()),
                                     m_content.signatureCaption);
                }
                // Where the bureau's stamp goes: beside the clerk's signature, as on every paper form.
                painter.setFont(captionFont);
                painter.setPen(PrintStyle::muted());
                const double stampWidth = captionMetrics.horizontalAdvance(m_content.stamp);
                painter.drawText(QPointF(column - stampWidth, top + labelMetrics.lineSpacing() + lineDrop +
                                                                  PrintStyle::mm(s(0.8)) + captionMetrics.ascent()),
                                 m_content.stamp);
            }};
}

void TicketDocument::buildBlocks(double width)
{
    const QFontMetricsF labelMetrics(PrintStyle::font(s(8.5)));
    double widest = 0;
    for (const Section& section : m_content.sections) {
        for (const Field& field : section.fields)
            widest = std::max(widest, labelMetrics.horizontalAdvance(field.label));
    }
    m_labelWidth = std::min(widest + PrintStyle::mm(s(4)), width * 0.3);
    m_blocks.clear();
    m_blocks << headingBlock(width) << codeBlock(width);
    for (const Section& section : m_content.sections)
        m_blocks << sectionBlock(section, width);
    if (!m_content.documents.isEmpty())
        m_blocks << documentsBlock(width);
    m_blocks << signatureBlock(width);
}

int TicketDocument::layOut(const QSizeF& area)
{
    m_area = area;
    // Sizes are set for a 190 mm column and shrink with narrower paper (A4 portrait: 0.95, A5: about 0.67).
    m_scale = std::clamp(area.width() / PrintStyle::mm(190), 0.6, 0.95);
    buildBlocks(area.width());
    m_pages.clear();
    const double top = m_frame.headHeight();
    const double bottom = area.height() - m_frame.footHeight();
    const double gap = PrintStyle::mm(s(3.2));
    double y = top;
    m_pages << QList<Placed>();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const double height = m_blocks.at(i).height;
        if (y + height > bottom && !m_pages.last().isEmpty()) {
            m_pages << QList<Placed>();
            y = top;
        }
        m_pages.last() << Placed{i, y};
        y += height + gap;
    }
    return int(m_pages.size());
}

void TicketDocument::drawPage(QPainter& painter, int page) const
{
    m_frame.paintHead(painter, m_area.width());
    for (const Placed& placed : m_pages.at(page))
        m_blocks.at(placed.block).paint(painter, placed.top);
    m_frame.paintFoot(painter, QRectF(QPointF(0, 0), m_area), page, int(m_pages.size()));
}
