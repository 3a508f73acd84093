#pragma once

#include "printing/PrintOptionsDialog.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class PagedDocument;
class QPrinter;
class QWidget;

// The window's side of printing. Every printout goes the same way: the clerk picks paper, language and
// version (PrintOptionsDialog), the builder makes the document once, and then the print preview shows
// it (its Print button prints exactly what was previewed) or it is saved as a PDF file. Preview, printer
// and PDF all paint the same PagedDocument.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    enum class Output { Preview, Pdf };
    using Builder = std::function<std::unique_ptr<PagedDocument>(const PrintOptionsDialog::Options& options)>;

    struct Job
    {
        PrintOptionsDialog::Request request; // kind, title, version choice, default orientation
        QString fileName;                    // suggested PDF name, e.g. "ticket-71.7101.CAR.1.pdf"
        Builder build;                       // may throw OperationError: the clerk is told why
    };

    // Asks for the options, builds, then previews or saves. False when cancelled or failed (with a message).
    static bool run(QWidget* parent, const Job& job, Output output);

    // The print preview of a document on a printer set up for `setup`. Modal. It fits the screen and offers
    // Save as PDF… (under suggestedName) beside Print.
    static void preview(QWidget* parent, PagedDocument& document, const PrintSetup& setup,
                        const QString& suggestedName = {});
    // Prints on a printer in its own page layout, page range and copies: what the preview's Print button
    // does, and what a test does with a CUPS queue. Throws OperationError when the printer cannot be used.
    static void print(PagedDocument& document, QPrinter& printer);
    // Asks where to save (FileDialog) and writes the PDF. False when cancelled or failed (with a message).
    static bool saveAsPdf(QWidget* parent, PagedDocument& document, const PrintSetup& setup,
                          const QString& suggestedName);

    // Tests: called with each preview dialog once it is shown and painted, instead of leaving it for the
    // clerk; the preview closes when the hook returns. Empty: previews stay open as usual.
    static void setPreviewHook(std::function<void(QWidget* previewDialog)> hook);
};
