#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

class QPainter;
class QRectF;

// The look every printout shares, and the unit printouts are laid out in.
//
// Layout happens in tenths of a typographic point whatever the device, and fonts are sized in the same
// unit (as pixel sizes of a painter scaled to it), so a page breaks at the same row in the preview, on
// paper and in a PDF. DejaVu Sans carries every Kazakh and Russian letter and is embedded in the PDF; the
// greys survive a black-and-white office printer.
class PrintStyle
{
public:
    static constexpr double unitsPerInch = 720.0;
    static constexpr double mm(double millimetres) { return millimetres * unitsPerInch / 25.4; }
    static constexpr double pt(double points) { return points * 10.0; }

    static QFont font(double points, bool bold = false);
    // Referral codes: a monospaced face tells 0 from O and 1 from I at a glance.
    static QFont monoFont(double points, bool bold = true);

    static QColor ink();    // body text
    static QColor muted();  // labels and notes
    static QColor accent(); // titles and heavy rules
    static QColor shade();  // alternate rows and boxes
    static QColor header(); // column headers and section rows
    static QColor rule();   // thin lines

    // Wrapped text: how many lines it takes at this width (0 for none), their height, and drawing it.
    static int linesOf(const QFontMetricsF& metrics, const QString& text, double width);
    static double heightOf(const QFontMetricsF& metrics, const QString& text, double width);
    static void paragraph(QPainter& painter, const QFont& font, const QColor& color, const QRectF& rect,
                          const QString& text, Qt::Alignment alignment = Qt::AlignLeft);
};
