#include "operations/BackgroundTaskDialog.h"

#include "domain/OperationError.h"

#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

BackgroundTaskDialog::BackgroundTaskDialog(const QString& title, const QString& text, std::function<void()> work,
                                           QWidget* parent)
    : QDialog(parent)
    , m_work(std::move(work))
{
    setObjectName(QStringLiteral("backgroundTaskDialog"));
    setWindowTitle(title);
    setModal(true);
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("backgroundTaskText"));
    label->setWordWrap(true);
    label->setMinimumWidth(420);
    auto* busy = new QProgressBar(this);
    busy->setRange(0, 0); // how long a snapshot or a check takes is not known in advance
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(busy);
    m_thread = QThread::create([this] {
        try {
            m_work();
        } catch (const OperationError& e) {
            m_error = e.message();
        } catch (const std::exception& e) {
            m_error = QString::fromLocal8Bit(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("background-task"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_finished = true;
        accept();
    });
}

BackgroundTaskDialog::~BackgroundTaskDialog()
{
    m_thread->wait();
    delete m_thread;
}

void BackgroundTaskDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Started once shown, so its end (a queued signal) always finds the dialog's event loop running.
    if (!m_thread->isRunning() && !m_finished)
        m_thread->start();
}

void BackgroundTaskDialog::closeEvent(QCloseEvent* event)
{
    if (m_finished)
        return QDialog::closeEvent(event);
    event->ignore();
}

void BackgroundTaskDialog::reject()
{
    if (m_finished)
        QDialog::reject();
}

QString BackgroundTaskDialog::run(QWidget* parent, const QString& title, const QString& text,
                                  std::function<void()> work)
{
    BackgroundTaskDialog dialog(title, text, std::move(work), parent);
    dialog.exec();
    return dialog.error();
}
