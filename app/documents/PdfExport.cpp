#include "PdfExport.h"

#include "PagedDocument.h"
#include "domain/AppInfo.h"
#include "domain/OperationError.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

int PdfExport::write(PagedDocument& document, const QPageLayout& layout, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot write %1: %2. Choose another folder or file name.").arg(shown, file.errorString()),
            QStringLiteral("output"));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Joldama ") + AppInfo::version());
        writer.setPageLayout(layout);
        pages = document.pageCount(layout);
        document.print(writer);
    } // the writer finishes the PDF when it goes
    if (!file.commit())
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot finish %1: %2. Nothing was saved; check the free space and try again.")
                                 .arg(shown, file.errorString()),
                             QStringLiteral("output"));
    return pages;
}
