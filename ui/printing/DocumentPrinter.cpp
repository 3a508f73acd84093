#include "printing/DocumentPrinter.h"

#include "documents/PagedDocument.h"
#include "documents/PdfExport.h"
#include "domain/OperationError.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace {
std::function<void(QWidget*)> g_previewHook;
} // namespace

void DocumentPrinter::setPreviewHook(std::function<void(QWidget*)> hook)
{
    g_previewHook = std::move(hook);
}

bool DocumentPrinter::run(QWidget* parent, const Job& job, Output output)
{
    PrintOptionsDialog::Request request = job.request;
    if (request.acceptText.isEmpty())
        request.acceptText = output == Output::Preview ? tr("&Preview…") : tr("&Save as PDF…");
    const std::optional<PrintOptionsDialog::Options> options = PrintOptionsDialog::ask(parent, request);
    if (!options)
        return false;
    std::unique_ptr<PagedDocument> document;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        document = job.build(*options);
        QApplication::restoreOverrideCursor();
    } catch (const OperationError& e) {
        QApplication::restoreOverrideCursor();
        MessageBox::warning(parent, tr("Nothing to print"), e.message());
        return false;
    }
    if (output == Output::Pdf)
        return saveAsPdf(parent, *document, options->setup, job.fileName);
    preview(parent, *document, options->setup, job.fileName);
    return true;
}

void DocumentPrinter::print(PagedDocument& document, QPrinter& printer)
{
    printer.setDocName(document.title());
    printer.setCreator(QStringLiteral("Joldama"));
    document.print(printer, printer.fromPage(), printer.toPage());
}

void DocumentPrinter::preview(QWidget* parent, PagedDocument& document, const PrintSetup& setup,
                              const QString& suggestedName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(setup.pageLayout());
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.title()));
    // As large as is useful, never larger than the screen (a 1366×768 laptop leaves about 720 pixels).
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
    dialog.resize(std::min(960, available.width() - 40), std::min(700, available.height() - 40));
    // Save as PDF straight from what is previewed, beside the preview's own Print button.
    if (auto* toolBar = dialog.findChild<QToolBar*>()) {
        QAction* pdf = toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Save as &PDF…"));
        pdf->setObjectName(QStringLiteral("previewSavePdfAction"));
        pdf->setToolTip(tr("Save what is previewed as a PDF file"));
        if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(pdf)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QObject::connect(pdf, &QAction::triggered, &dialog, [&dialog, &document, &setup, suggestedName] {
            if (saveAsPdf(&dialog, document, setup,
                          suggestedName.isEmpty() ? document.title() + QStringLiteral(".pdf") : suggestedName))
                dialog.accept();
        });
    }
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &dialog](QPrinter* target) {
        try {
            print(document, *target);
        } catch (const OperationError& e) {
            MessageBox::warning(&dialog, tr("Not printed"), e.message());
        }
    });
    if (g_previewHook) {
        // Runs inside the dialog's event loop, after it has painted its pages.
        QTimer::singleShot(0, &dialog, [&dialog] {
            g_previewHook(&dialog);
            dialog.reject();
        });
    }
    dialog.exec();
}

bool DocumentPrinter::saveAsPdf(QWidget* parent, PagedDocument& document, const PrintSetup& setup,
                                const QString& suggestedName)
{
    QString path = FileDialog::saveFileName(parent, tr("Save as PDF"), suggestedName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        PdfExport::write(document, setup.pageLayout(), path);
        QApplication::restoreOverrideCursor();
    } catch (const OperationError& e) {
        QApplication::restoreOverrideCursor();
        MessageBox::warning(parent, tr("PDF not saved"), e.message());
        return false;
    }
    return true;
}
