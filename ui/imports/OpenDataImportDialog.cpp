#include "imports/OpenDataImportDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

OpenDataImportDialog::OpenDataImportDialog(const DatabaseLocation& location, const Clock& clock,
                                           OpenDataImportJob::Kind kind, const QString& path, const QString& title,
                                           QWidget* parent)
    : QDialog(parent)
    , m_job(location, clock, kind, path)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("openDataImportDialog"));
    setWindowTitle(title);
    auto* file = new QLabel(tr("Importing %1").arg(QFileInfo(path).fileName()), this);
    file->setObjectName(QStringLiteral("importFileLabel"));
    file->setToolTip(path);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setText(tr("Reading the file…"));
    m_status->setWordWrap(true);
    // Room for two lines from the start: the dialog does not jump when a longer Kazakh or Russian text comes.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setMinimumWidth(460);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &OpenDataImportDialog::requestCancel);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(&m_job, &OpenDataImportJob::progressed, this, &OpenDataImportDialog::showProgress);
    m_thread = QThread::create([this] { m_job.run(); });
    m_thread->setObjectName(QStringLiteral("opendata-import"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_finished = true;
        accept();
    });
}

OpenDataImportDialog::OpenDataImportDialog(const Database& database, const Clock& clock, OpenDataImportJob::Kind kind,
                                           const QString& path, const QString& title, QWidget* parent)
    : OpenDataImportDialog(database.location(), clock, kind, path, title, parent)
{
    m_job.setAccess(database.access());
}

OpenDataImportDialog::~OpenDataImportDialog()
{
    // Never leave the thread running on a job that is about to go: stop it and wait for its rollback.
    if (m_thread->isRunning()) {
        m_job.cancel();
        m_thread->wait();
    }
    delete m_thread;
}

void OpenDataImportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Started once shown, so its end (a queued signal) always finds the dialog's event loop running.
    if (!m_thread->isRunning() && !m_finished)
        m_thread->start(QThread::LowPriority);
}

void OpenDataImportDialog::closeEvent(QCloseEvent* event)
{
    if (m_finished)
        return QDialog::closeEvent(event);
    event->ignore();
    requestCancel();
}

void OpenDataImportDialog::reject()
{
    if (m_finished)
        return QDialog::reject();
    requestCancel();
}

void OpenDataImportDialog::requestCancel()
{
    if (m_finished)
        return;
    m_job.cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: nothing of this file will be kept…"));
}

void OpenDataImportDialog::showProgress(qint64 bytesRead, qint64 bytesTotal, qint64 rows)
{
    m_progress->setValue(bytesTotal > 0 ? int(100 * bytesRead / bytesTotal) : 0);
    if (m_cancel->isEnabled())
        m_status->setText(tr("%n row(s) read so far.", nullptr, int(rows)));
}
