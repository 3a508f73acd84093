#include "PrintStyle.h"

#include <QPainter>

#include <cmath>

namespace {
QFont sized(const QStringList& families, double points, bool bold)
{
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, int(std::lround(PrintStyle::pt(points)))));
    font.setBold(bold);
    // Unhinted outlines measure the same at every resolution: the layout does not move between devices.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "profile" must stay six letters in the PDF, or copying and searching it fails. Kazakh
    // and Russian letters are precomposed and need no shaping either, and long lists lay out faster.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}
} // namespace

QFont PrintStyle::font(double points, bool bold)
{
    return sized({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")}, points, bold);
}

QFont PrintStyle::monoFont(double points, bool bold)
{
    QFont font =
        sized({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"), QStringLiteral("Consolas")},
              points, bold);
    font.setStyleHint(QFont::Monospace);
    return font;
}

QColor PrintStyle::ink()
{
    return QColor(0x1a, 0x1d, 0x21);
}

QColor PrintStyle::muted()
{
    return QColor(0x5b, 0x63, 0x6e);
}

QColor PrintStyle::accent()
{
    return QColor(0x1f, 0x4e, 0x79);
}

QColor PrintStyle::shade()
{
    return QColor(0xf1, 0xf4, 0xf8);
}

QColor PrintStyle::header()
{
    return QColor(0xdf, 0xe7, 0xf0);
}

QColor PrintStyle::rule()
{
    return QColor(0xa7, 0xb1, 0xbd);
}

int PrintStyle::linesOf(const QFontMetricsF& metrics, const QString& text, double width)
{
    if (text.isEmpty())
        return 0;
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e7), Qt::TextWordWrap, text);
    return std::max(1, int(std::lround(bounds.height() / metrics.lineSpacing())));
}

double PrintStyle::heightOf(const QFontMetricsF& metrics, const QString& text, double width)
{
    return linesOf(metrics, text, width) * metrics.lineSpacing();
}

void PrintStyle::paragraph(QPainter& painter, const QFont& font, const QColor& color, const QRectF& rect,
                           const QString& text, Qt::Alignment alignment)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, alignment | Qt::AlignTop | Qt::TextWordWrap, text);
}
