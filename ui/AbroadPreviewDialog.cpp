#include "AbroadPreviewDialog.h"

#include "MessageBox.h"
#include "documents/AbroadApplicationDocument.h"
#include "domain/OperationError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

AbroadPreviewDialog::AbroadPreviewDialog(Workspace& workspace, qint64 applicationId, Language language, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(applicationId)
    , m_language(language)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("abroadPreviewDialog"));
    m_browser->setObjectName(QStringLiteral("abroadPreview"));
    resize(820, 900);
    const AbroadApplicationDocument document(workspace, applicationId, language);
    setWindowTitle(document.title());
    m_browser->setDocument(document.document().release());
    m_browser->document()->setParent(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    print->setObjectName(QStringLiteral("printButton"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("application-abroad-%1.pdf").arg(m_id));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the application as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(print, &QPushButton::clicked, this, &AbroadPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

bool AbroadPreviewDialog::savePdf(const QString& path)
{
    try {
        AbroadApplicationDocument(m_workspace, m_id, m_language).savePdf(path);
    } catch (const OperationError& e) {
        MessageBox::warning(this, tr("PDF not saved"), e.message());
        return false;
    }
    return true;
}

void AbroadPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AbroadApplicationDocument(m_workspace, m_id, m_language).document()->print(&printer);
}
