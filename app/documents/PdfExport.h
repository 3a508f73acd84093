#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class PagedDocument;

// Saves a printout as a PDF file. The file is written through QSaveFile: it appears only when complete,
// so a failure (a full disk, a vanished folder, an unknown code found while building) never leaves a
// half-written PDF behind, and an existing file is replaced only by a whole new one.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    // Returns the number of pages written. Throws OperationError (Storage) with a message that says what to
    // do when the file cannot be written.
    static int write(PagedDocument& document, const QPageLayout& layout, const QString& path);
};
