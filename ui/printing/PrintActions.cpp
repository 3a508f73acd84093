#include "printing/PrintActions.h"

#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodDialog.h"
#include "widgets/Section.h"

#include <QAction>

PrintActions::PrintActions(Workspace& workspace, QWidget& window, std::function<Section*()> currentSection)
    : QObject(&window)
    , m_workspace(workspace)
    , m_window(window)
    , m_currentSection(std::move(currentSection))
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this))
    , m_pdf(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this))
    , m_refusals(new QAction(QString(), this))
{
    m_refusals->setObjectName(QStringLiteral("refusalJournalAction"));
    connect(m_refusals, &QAction::triggered, this, &PrintActions::printRefusalJournal);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_pdf->setObjectName(QStringLiteral("savePdfAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_print, &QAction::triggered, this, &PrintActions::printCurrent);
    connect(m_pdf, &QAction::triggered, this, &PrintActions::saveCurrentAsPdf);
    retranslate();
}

void PrintActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the list or waiting list on screen, as filtered and sorted (Ctrl+P)"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_pdf->setToolTip(tr("Save the list on screen as a PDF file"));
    m_refusals->setText(tr("Refusal &journal…"));
    m_refusals->setToolTip(tr("Print the hospitals' refusals of a period, with the patients and the reasons"));
}

bool PrintActions::runCurrent(DocumentPrinter::Output output)
{
    Section* section = m_currentSection();
    const std::optional<DocumentPrinter::Job> job = section ? section->printJob() : std::nullopt;
    if (!job) {
        MessageBox::information(&m_window, tr("Nothing to print"),
                                tr("This page has no printable version. Open a list, a waiting list or a referral "
                                   "to print it."));
        return false;
    }
    return DocumentPrinter::run(&m_window, *job, output);
}

void PrintActions::printRefusalJournal()
{
    const QDate today = m_workspace.clock().today();
    const std::optional<PeriodDialog::Period> period =
        PeriodDialog::ask(&m_window, tr("Refusal journal"), {QDate(today.year(), today.month(), 1), today});
    if (!period)
        return;
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("refusals");
    job.request.orientation = QPageLayout::Landscape;
    job.request.title = tr("Print the refusal journal");
    job.fileName = QStringLiteral("refusals-%1-%2.pdf")
                       .arg(period->first.toString(Qt::ISODate), period->second.toString(Qt::ISODate));
    job.build = [this, period](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        return RefusalsPrintout::build(m_workspace, period->first, period->second, options.setup.language);
    };
    DocumentPrinter::run(&m_window, job, DocumentPrinter::Output::Preview);
}

void PrintActions::printCurrent()
{
    runCurrent(DocumentPrinter::Output::Preview);
}

void PrintActions::saveCurrentAsPdf()
{
    runCurrent(DocumentPrinter::Output::Pdf);
}
