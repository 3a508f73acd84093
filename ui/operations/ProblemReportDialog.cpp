#include "operations/ProblemReportDialog.h"

#include "domain/OperationError.h"
#include "services/ProblemReportService.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ProblemReportDialog::ProblemReportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_description(new QPlainTextEdit(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_answer(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("problemReportDialog"));
    setWindowTitle(tr("Report a problem"));
    setMinimumWidth(620);

    auto* intro = new QLabel(tr("Describe what happened: what you did, what you expected and what Joldama did "
                                "instead. Do not write patients' names or IINs here — a referral code is enough."),
                             this);
    intro->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("problemDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(140);

    m_detailsToggle->setObjectName(QStringLiteral("problemDetailsToggle"));
    m_detailsToggle->setText(tr("What the report carries besides your words"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    connect(m_detailsToggle, &QToolButton::toggled, this, &ProblemReportDialog::showDetails);

    const ProblemReportStore::Report context = ProblemReportService(workspace.database(), workspace.clock()).context();
    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlainText(
        tr("Joldama %1; database: %2, schema version %3\nComputer: %4\n\nLast error messages:\n%5\n\nApplication log "
           "(the end; personal data masked):\n%6")
            .arg(context.appVersion, context.databaseKind)
            .arg(context.schemaVersion)
            .arg(context.system, context.recentErrors.isEmpty() ? tr("none") : context.recentErrors,
                 context.applicationLog.isEmpty() ? tr("empty") : context.applicationLog));
    m_details->setVisible(false);

    m_answer->setObjectName(QStringLiteral("problemAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setVisible(false);
    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.15);
    m_answer->setFont(answerFont);

    m_send->setObjectName(QStringLiteral("sendProblemButton"));
    m_send->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeProblemButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_send, &QPushButton::clicked, this, &ProblemReportDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_detailsToggle);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_answer);
    layout->addWidget(buttons);
    m_description->setFocus();
}

QString ProblemReportDialog::answer() const
{
    return m_answer->isVisible() ? m_answer->text() : QString();
}

void ProblemReportDialog::showDetails(bool shown)
{
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(shown);
}

void ProblemReportDialog::send()
{
    ProblemReportService::Outcome outcome;
    try {
        outcome =
            ProblemReportService(m_workspace.database(), m_workspace.clock()).submit(m_description->toPlainText());
    } catch (const OperationError& e) { // nothing described yet: say what is wanted, in the same place
        m_answer->setText(e.message());
        m_answer->setStyleSheet(QStringLiteral("color: #a02020;"));
        m_answer->setVisible(true);
        m_description->setFocus();
        return;
    }
    m_stored = outcome.stored;
    m_answer->setText(outcome.answer);
    m_answer->setStyleSheet(outcome.stored ? QStringLiteral("color: #1e6b35; font-weight: bold;")
                                           : QStringLiteral("color: #a02020; font-weight: bold;"));
    m_answer->setVisible(true);
    if (outcome.stored) {
        // Sent: the words stay to read, but cannot be sent twice.
        m_description->setReadOnly(true);
        m_send->setEnabled(false);
        m_close->setDefault(true);
        m_close->setFocus();
    }
}
