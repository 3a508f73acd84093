#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

// A QR code (libqrencode) of a text, e.g. a referral code, for the hospital's or the bureau's scanner.
// Painted as vector squares, so it stays sharp on any printer and in a PDF at any zoom, with the quiet
// zone scanners need around it.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // Encodes the text byte for byte (UTF-8) at error correction level M. Throws OperationError when the
    // text cannot be encoded.
    static QrCode encode(const QString& text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    // Paints the symbol and a light quiet zone of `quietZone` modules into the largest square centred in
    // `rect`, with whole dark squares and no smoothing.
    void paint(QPainter& painter, const QRectF& rect, int quietZone = 4) const;
    // The symbol as an image with `moduleSize` pixels per module (nearest neighbour, never smoothed).
    QImage image(int moduleSize, int quietZone = 4) const;

    static constexpr int recommendedQuietZone = 4;

private:
    int m_size = 0;
    QByteArray m_modules; // m_size × m_size, row by row; 1 is dark
};
