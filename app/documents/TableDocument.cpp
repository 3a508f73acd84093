#include "TableDocument.h"

#include "PrintStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <functional>

namespace {
const double hPad = PrintStyle::mm(1.1);
const double vPad = PrintStyle::mm(0.8);
const double partGap = PrintStyle::mm(5);
const double stretchMinimum = PrintStyle::mm(24);
const int maxLines = 6; // a cell longer than this is cut: a list is not the place for essays
const double minimumScale = 0.7;
const double nearlyFits = 0.9; // down to 90 % type to keep rows on one line

// Lines a text takes when wrapped at word boundaries into `width`, as QPainter::drawText will wrap it.
int wrappedLines(const QFontMetricsF& metrics, const QString& text, double width)
{
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e7), Qt::TextWordWrap, text);
    return std::clamp(int(std::lround(bounds.height() / metrics.lineSpacing())), 1, maxLines);
}

double wrappedHeight(const QFontMetricsF& metrics, const QStringList& lines, double width)
{
    double height = 0;
    for (const QString& line : lines)
        height += wrappedLines(metrics, line, width) * metrics.lineSpacing();
    return height;
}

double longestWord(const QFontMetricsF& metrics, const QString& text)
{
    double longest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}
} // namespace

TableDocument::TableDocument(PageFrame frame, QString title)
    : m_frame(std::move(frame))
    , m_fonts{PrintStyle::font(14, true),   PrintStyle::font(9.5), PrintStyle::font(8),
              PrintStyle::font(10.5, true), PrintStyle::font(8.5), PrintStyle::font(8.5, true)}
    , m_title(std::move(title))
{}

void TableDocument::addPart(Part part)
{
    m_parts << std::move(part);
}

int TableDocument::rowsOnPage(int page) const
{
    if (page < 0 || page >= m_pageStart.size())
        return 0;
    const int end = page + 1 < m_pageStart.size() ? m_pageStart.at(page + 1) : int(m_items.size());
    int rows = 0;
    for (int i = m_pageStart.at(page); i < end; ++i)
        rows += m_items.at(i).kind == Kind::Body ? 1 : 0;
    return rows;
}

double TableDocument::titleBlockHeight(bool firstPage) const
{
    const double width = m_area.width();
    double height =
        wrappedLines(QFontMetricsF(m_fonts.title), m_title, width) * QFontMetricsF(m_fonts.title).lineSpacing();
    height += wrappedHeight(QFontMetricsF(m_fonts.subtitle), m_subtitle, width);
    if (firstPage && !m_notes.isEmpty())
        height += PrintStyle::mm(1.5) + wrappedHeight(QFontMetricsF(m_fonts.notes), m_notes, width);
    return height + PrintStyle::mm(3);
}

void TableDocument::measure(int partIndex, double width, double scale)
{
    const Part& part = m_parts.at(partIndex);
    Geometry& g = m_geometry[partIndex];
    const int columns = int(part.columns.size());
    const int rows = int(part.rows.size());
    g.scale = scale;
    g.body = PrintStyle::font(8.5 * scale);
    g.header = PrintStyle::font(7.5 * scale, true);
    const QFontMetricsF body(g.body);
    const QFontMetricsF header(g.header);
    g.ascent = body.ascent();
    g.lineSpacing = body.lineSpacing();

    // Natural widths: every cell is measured once, and kept for the wrapping decision below.
    g.cellWidth = QList<double>(qsizetype(rows) * columns, 0.0);
    QList<double> widest(columns, 0.0);
    for (int r = 0; r < rows; ++r) {
        const Row& row = part.rows.at(r);
        if (row.section)
            continue;
        for (int c = 0; c < columns && c < row.cells.size(); ++c) {
            const double w = body.horizontalAdvance(row.cells.at(c));
            g.cellWidth[qsizetype(r) * columns + c] = w;
            widest[c] = std::max(widest[c], w);
        }
    }

    // Column widths. Fitting columns take their longest cell; stretching ones start from a minimum and
    // grow towards their longest cell (water-filling by weight); column titles then get one line where
    // the paper allows; whatever is left goes to the stretching columns.
    g.width = QList<double>(columns, 0.0);
    QList<double> natural(columns, 0.0);
    double used = 0;
    for (int c = 0; c < columns; ++c) {
        const Column& column = part.columns.at(c);
        const double word = longestWord(header, column.title) + 2 * hPad;
        natural[c] = std::max(widest[c] + 2 * hPad, word);
        g.width[c] = column.stretch ? std::max(std::min(stretchMinimum, natural[c]), word) : natural[c];
        used += g.width[c];
    }
    double naturalTotal = 0;
    for (int c = 0; c < columns; ++c)
        naturalTotal += natural[c];
    if (naturalTotal > width && scale == 1.0 && width / naturalTotal >= nearlyFits) {
        // Only a little too wide: slightly smaller type keeps every row on one line, where wrapping would
        // double the height of most rows (and the number of pages).
        return measure(partIndex, width, width / naturalTotal * 0.995);
    }
    if (used > width) {
        // Too many columns for the paper. Fitting columns give up width, each in proportion to what it can
        // spare, down to its longest word: codes, IINs and dates stay whole, longer texts wrap. Only when
        // even that is too wide does every fitting column shrink alike (and cut what does not fit).
        QList<double> floor(columns, 0.0);
        double spare = 0;
        double fitting = 0;
        double stretching = 0;
        for (int c = 0; c < columns; ++c) {
            if (part.columns.at(c).stretch) {
                stretching += g.width[c];
                continue;
            }
            double word = longestWord(header, part.columns.at(c).title);
            for (int r = 0; r < rows; ++r) {
                const Row& row = part.rows.at(r);
                if (!row.section && c < row.cells.size() && row.cells.at(c).contains(QLatin1Char(' ')))
                    word = std::max(word, longestWord(body, row.cells.at(c)));
                else if (!row.section)
                    word = std::max(word, g.cellWidth.at(qsizetype(r) * columns + c));
            }
            floor[c] = std::min(g.width[c], word + 2 * hPad);
            spare += g.width[c] - floor[c];
            fitting += g.width[c];
        }
        const double excess = used - width;
        if (spare < excess && scale > minimumScale) {
            // Smaller type until the unbreakable words fit.
            const double needed = used - spare;
            return measure(partIndex, width, std::max(minimumScale, scale * width / needed * 0.98));
        }
        if (spare >= excess) {
            for (int c = 0; c < columns; ++c) {
                if (!part.columns.at(c).stretch)
                    g.width[c] -= (g.width[c] - floor[c]) * excess / spare;
            }
        } else {
            const double factor = fitting - spare > 0 ? std::max(0.1, (width - stretching) / (fitting - spare)) : 1.0;
            for (int c = 0; c < columns; ++c) {
                if (!part.columns.at(c).stretch)
                    g.width[c] = floor[c] * factor;
            }
        }
    } else {
        double slack = width - used;
        auto share = [&](const std::function<double(int)>& need) {
            // Hands out the slack by weight among the columns that still need some, until none does.
            for (int round = 0; round < columns && slack > 0.5; ++round) {
                double weights = 0;
                for (int c = 0; c < columns; ++c) {
                    if (part.columns.at(c).stretch && need(c) > 0.5)
                        weights += part.columns.at(c).weight;
                }
                if (weights <= 0)
                    return;
                const double pool = slack;
                for (int c = 0; c < columns; ++c) {
                    const Column& column = part.columns.at(c);
                    if (!column.stretch || need(c) <= 0.5)
                        continue;
                    const double given = std::min(need(c), pool * column.weight / weights);
                    g.width[c] += given;
                    slack -= given;
                }
            }
        };
        share([&](int c) { return natural[c] - g.width[c]; });
        for (int c = 0; c < columns && slack > 0; ++c) {
            if (part.columns.at(c).stretch)
                continue;
            const double extra = std::min(
                slack, std::max(0.0, header.horizontalAdvance(part.columns.at(c).title) + 2 * hPad - g.width[c]));
            g.width[c] += extra;
            slack -= extra;
        }
        share([&](int) { return 1e9; });
        if (slack > 0.5) {
            // No stretching column: the table still spans the page, each column in proportion.
            double total = 0;
            for (int c = 0; c < columns; ++c)
                total += g.width[c];
            for (int c = 0; c < columns && total > 0; ++c)
                g.width[c] *= width / total;
        }
    }
    g.x = QList<double>(columns, 0.0);
    for (int c = 1; c < columns; ++c)
        g.x[c] = g.x[c - 1] + g.width[c - 1];

    int headerLines = 1;
    for (int c = 0; c < columns; ++c)
        headerLines = std::max(headerLines, wrappedLines(header, part.columns.at(c).title, g.width[c] - 2 * hPad));
    g.headerHeight = headerLines * header.lineSpacing() + 2 * vPad;

    // Row heights: one line unless a cell is wider than its column.
    g.rowHeight = QList<double>(rows, 0.0);
    g.stripe = QList<bool>(rows, false);
    g.lines = QList<quint8>(qsizetype(rows) * columns, quint8(1));
    int inGroup = 0; // stripes start again under every group heading
    for (int r = 0; r < rows; ++r) {
        inGroup = part.rows.at(r).section ? 0 : inGroup + 1;
        g.stripe[r] = inGroup % 2 == 0 && inGroup > 0;
    }
    const double sectionHeight = QFontMetricsF(m_fonts.section).lineSpacing() + 2 * vPad + PrintStyle::mm(0.6);
    for (int r = 0; r < rows; ++r) {
        const Row& row = part.rows.at(r);
        if (row.section) {
            g.rowHeight[r] = sectionHeight;
            continue;
        }
        int lines = 1;
        for (int c = 0; c < columns && c < row.cells.size(); ++c) {
            const double inner = g.width[c] - 2 * hPad;
            if (g.cellWidth.at(qsizetype(r) * columns + c) <= inner)
                continue;
            const int cellLines = wrappedLines(body, row.cells.at(c), inner);
            g.lines[qsizetype(r) * columns + c] = quint8(cellLines);
            lines = std::max(lines, cellLines);
        }
        g.rowHeight[r] = lines * body.lineSpacing() + 2 * vPad;
    }
}

int TableDocument::layOut(const QSizeF& area)
{
    m_area = area;
    m_items.clear();
    m_pageStart.clear();
    m_geometry = QList<Geometry>(m_parts.size());
    for (int p = 0; p < m_parts.size(); ++p)
        measure(p, area.width(), 1.0);

    const double bottom = area.height() - m_frame.footHeight();
    const double firstTop = m_frame.headHeight() + titleBlockHeight(true);
    const double otherTop = m_frame.headHeight() + titleBlockHeight(false);
    const double emptyHeight = QFontMetricsF(m_fonts.body).lineSpacing() + 2 * vPad;
    const double partTitleHeight = QFontMetricsF(m_fonts.partTitle).lineSpacing() + PrintStyle::mm(1.5);
    double y = 0;
    double pageTop = 0;
    auto startPage = [&] {
        m_pageStart << int(m_items.size());
        y = m_pageStart.size() == 1 ? firstTop : otherTop;
        pageTop = y;
    };
    auto place = [&](Kind kind, int part, int row, double height) {
        m_items << Item{kind, part, row, y, height};
        y += height;
    };
    startPage();
    for (int p = 0; p < m_parts.size(); ++p) {
        const Part& part = m_parts.at(p);
        const Geometry& g = m_geometry.at(p);
        const double titleHeight = part.title.isEmpty() ? 0 : partTitleHeight;
        double first = part.rows.isEmpty() ? emptyHeight : g.rowHeight.at(0);
        if (!part.rows.isEmpty() && part.rows.at(0).section && part.rows.size() > 1)
            first += g.rowHeight.at(1);
        // A title and a column header never stand alone at the foot of a page.
        if (y + titleHeight + g.headerHeight + first > bottom && y > pageTop)
            startPage();
        if (!part.title.isEmpty())
            place(Kind::PartTitle, p, -1, titleHeight);
        place(Kind::ColumnHeader, p, -1, g.headerHeight);
        if (part.rows.isEmpty())
            place(Kind::Empty, p, -1, emptyHeight);
        for (int r = 0; r < part.rows.size(); ++r) {
            const bool section = part.rows.at(r).section;
            double needed = g.rowHeight.at(r);
            if (section && r + 1 < part.rows.size()) // a group heading keeps its first row
                needed += g.rowHeight.at(r + 1);
            if (y + needed > bottom && y > pageTop + g.headerHeight + 0.5) {
                startPage();
                place(Kind::ColumnHeader, p, -1, g.headerHeight);
            }
            place(section ? Kind::Section : Kind::Body, p, r, g.rowHeight.at(r));
        }
        if (p + 1 < m_parts.size() || !m_closing.isEmpty())
            y += partGap;
    }
    if (!m_closing.isEmpty()) {
        m_closingHeight = wrappedHeight(QFontMetricsF(m_fonts.body), m_closing, area.width());
        if (y + m_closingHeight > bottom && y > pageTop)
            startPage();
        place(Kind::Closing, -1, -1, m_closingHeight);
    }
    return int(m_pageStart.size());
}

void TableDocument::paintTitleBlock(QPainter& painter, bool firstPage) const
{
    const double width = m_area.width();
    double y = m_frame.headHeight();
    auto paragraph = [&](const QFont& font, const QColor& color, const QString& text) {
        const QFontMetricsF metrics(font);
        const double height = wrappedLines(metrics, text, width) * metrics.lineSpacing();
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(QRectF(0, y, width, height), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        y += height;
    };
    paragraph(m_fonts.title, PrintStyle::accent(), m_title);
    for (const QString& line : m_subtitle)
        paragraph(m_fonts.subtitle, PrintStyle::ink(), line);
    if (firstPage && !m_notes.isEmpty()) {
        y += PrintStyle::mm(1.5);
        for (const QString& line : m_notes)
            paragraph(m_fonts.notes, PrintStyle::muted(), line);
    }
}

void TableDocument::paintRow(QPainter& painter, const Item& item) const
{
    const Part& part = m_parts.at(item.part);
    const Geometry& g = m_geometry.at(item.part);
    const Row& row = part.rows.at(item.row);
    const double tableWidth = g.x.isEmpty() ? 0 : g.x.last() + g.width.last();
    if (g.stripe.at(item.row))
        painter.fillRect(QRectF(0, item.y, tableWidth, item.height), PrintStyle::shade());
    painter.setFont(g.body);
    painter.setPen(PrintStyle::ink());
    const int columns = int(part.columns.size());
    const double baseline = item.y + vPad + g.ascent;
    for (int c = 0; c < columns && c < row.cells.size(); ++c) {
        const QString& text = row.cells.at(c);
        if (text.isEmpty())
            continue;
        const qsizetype at = qsizetype(item.row) * columns + c;
        const double inner = g.width.at(c) - 2 * hPad;
        const bool right = part.columns.at(c).alignment & Qt::AlignRight;
        if (g.lines.at(at) > 1) {
            painter.drawText(QRectF(g.x.at(c) + hPad, item.y + vPad, inner, item.height - 2 * vPad),
                             (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap, text);
            continue;
        }
        // The common case, a line that fits, is drawn at its baseline without a layout pass.
        const double natural = g.cellWidth.at(at);
        if (natural <= inner) {
            const double x = right ? g.x.at(c) + g.width.at(c) - hPad - natural : g.x.at(c) + hPad;
            painter.drawText(QPointF(x, baseline), text);
        } else {
            const QFontMetricsF metrics(g.body);
            const QString elided = metrics.elidedText(text, Qt::ElideRight, inner);
            const double x =
                right ? g.x.at(c) + g.width.at(c) - hPad - metrics.horizontalAdvance(elided) : g.x.at(c) + hPad;
            painter.drawText(QPointF(x, baseline), elided);
        }
    }
    if (item.row + 1 == part.rows.size())
        painter.fillRect(QRectF(0, item.y + item.height, tableWidth, PrintStyle::pt(0.6)), PrintStyle::rule());
}

void TableDocument::paintItem(QPainter& painter, const Item& item) const
{
    const double width = m_area.width();
    switch (item.kind) {
    case Kind::Body:
        paintRow(painter, item);
        return;
    case Kind::PartTitle: {
        const QFontMetricsF metrics(m_fonts.partTitle);
        painter.setFont(m_fonts.partTitle);
        painter.setPen(PrintStyle::accent());
        painter.drawText(QPointF(0, item.y + metrics.ascent()),
                         metrics.elidedText(m_parts.at(item.part).title, Qt::ElideRight, width));
        return;
    }
    case Kind::ColumnHeader: {
        const Part& part = m_parts.at(item.part);
        const Geometry& g = m_geometry.at(item.part);
        const double tableWidth = g.x.isEmpty() ? 0 : g.x.last() + g.width.last();
        painter.fillRect(QRectF(0, item.y, tableWidth, item.height), PrintStyle::header());
        painter.fillRect(QRectF(0, item.y + item.height - PrintStyle::pt(0.8), tableWidth, PrintStyle::pt(0.8)),
                         PrintStyle::accent());
        painter.setFont(g.header);
        painter.setPen(PrintStyle::ink());
        for (int c = 0; c < part.columns.size(); ++c) {
            const Column& column = part.columns.at(c);
            const Qt::Alignment horizontal = column.alignment & Qt::AlignRight ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(QRectF(g.x.at(c) + hPad, item.y + vPad, g.width.at(c) - 2 * hPad, item.height - 2 * vPad),
                             horizontal | Qt::AlignBottom | Qt::TextWordWrap, column.title);
        }
        return;
    }
    case Kind::Section: {
        const Geometry& g = m_geometry.at(item.part);
        const double tableWidth = g.x.isEmpty() ? width : g.x.last() + g.width.last();
        const QRectF band(0, item.y + PrintStyle::mm(0.6), tableWidth, item.height - PrintStyle::mm(0.6));
        painter.fillRect(band, PrintStyle::shade());
        painter.fillRect(QRectF(0, band.top(), PrintStyle::mm(0.9), band.height()), PrintStyle::accent());
        const QFontMetricsF metrics(m_fonts.section);
        painter.setFont(m_fonts.section);
        painter.setPen(PrintStyle::accent());
        painter.drawText(QPointF(hPad + PrintStyle::mm(0.9), band.top() + vPad + metrics.ascent()),
                         metrics.elidedText(m_parts.at(item.part).rows.at(item.row).cells.value(0), Qt::ElideRight,
                                            tableWidth - 3 * hPad));
        return;
    }
    case Kind::Empty: {
        QFont font = m_fonts.body;
        font.setItalic(true);
        painter.setFont(font);
        painter.setPen(PrintStyle::muted());
        painter.drawText(QPointF(hPad, item.y + vPad + QFontMetricsF(font).ascent()), m_parts.at(item.part).emptyText);
        return;
    }
    case Kind::Closing: {
        const QFontMetricsF metrics(m_fonts.body);
        painter.setFont(m_fonts.body);
        painter.setPen(PrintStyle::ink());
        double y = item.y;
        for (const QString& line : m_closing) {
            const double height = wrappedLines(metrics, line, width) * metrics.lineSpacing();
            painter.drawText(QRectF(0, y, width, height), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
            y += height;
        }
        return;
    }
    }
}

void TableDocument::drawPage(QPainter& painter, int page) const
{
    m_frame.paintHead(painter, m_area.width());
    paintTitleBlock(painter, page == 0);
    const int end = page + 1 < m_pageStart.size() ? m_pageStart.at(page + 1) : int(m_items.size());
    for (int i = m_pageStart.at(page); i < end; ++i)
        paintItem(painter, m_items.at(i));
    m_frame.paintFoot(painter, QRectF(QPointF(0, 0), m_area), page, int(m_pageStart.size()));
}
