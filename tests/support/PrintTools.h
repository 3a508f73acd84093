#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

// Reading printouts back the way a person or another program would: poppler's pdftotext, pdffonts and
// pdfinfo, pdftoppm to render a page, and zbarimg to scan a QR code off the rendered page.
namespace PrintTools {

// The text of a PDF (UTF-8), pages separated by form feeds.
QString text(const QString& pdf);
// The text of every page.
QStringList pages(const QString& pdf);
// Runs of white space made one space, so a phrase wrapped onto two lines is still found.
QString flat(const QString& text);
int pageCount(const QString& pdf);
QSizeF pageSizePoints(const QString& pdf); // of the first page

struct Font
{
    QString name;
    bool embedded = false;
};
QList<Font> fonts(const QString& pdf);

// Renders a page at `dpi` and returns what zbarimg reads from it (empty when nothing).
QString scanQr(const QString& pdf, int page = 1, int dpi = 200);
// What zbarimg reads from an image file.
QString scanQrImage(const QString& imageFile);
// Renders the first page as a PNG for a person to look at (screenshots folder); returns its path.
QString keepFirstPage(const QString& pdf, const QString& name);

// A valid IIN (checksum and birth date), different for every serial from 0 to 999 999.
QString validIin(int serial);

} // namespace PrintTools
