#include "QrCode.h"

#include "domain/OperationError.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

QrCode QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Eight-bit mode keeps the text exactly as given (the alphanumeric mode would still read "71.7101.CAR.1"
    // right, but lower-case letters in other texts would not survive it).
    QRcode* symbol = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!symbol)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The QR code for \"%1\" cannot be made: the text is too long.").arg(text));
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (int i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1); // bit 0: dark module
    QRcode_free(symbol);
    return code;
}

void QrCode::paint(QPainter& painter, const QRectF& rect, int quietZone) const
{
    if (m_size <= 0)
        return;
    const double side = std::min(rect.width(), rect.height());
    const int modules = m_size + 2 * quietZone;
    const double module = side / modules;
    const QPointF origin(rect.center().x() - side / 2, rect.center().y() - side / 2);
    // Runs of dark modules in a row become one rectangle; one path with the winding rule fills them all
    // without seams between neighbours.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + (quietZone + start) * module, origin.y() + (quietZone + y) * module,
                                (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

QImage QrCode::image(int moduleSize, int quietZone) const
{
    const int modules = m_size + 2 * quietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.fill(1); // Format_Mono: index 1 is white with this colour table
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((quietZone + x) * moduleSize + dx, (quietZone + y) * moduleSize + dy, 0);
            }
        }
    }
    return image;
}
