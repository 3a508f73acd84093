#include "ModalDriver.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

ModalDriver::ModalDriver(QObject* parent)
    : QObject(parent)
{}

void ModalDriver::onNext(std::function<void(QWidget*)> steps, const QString& objectName)
{
    m_done = false;
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, steps = std::move(steps), objectName] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || (!objectName.isEmpty() && modal->objectName() != objectName))
            return;
        // Keys go to the active window: on a busy machine the dialog shows before it is activated.
        if (!modal->isActiveWindow()) {
            modal->activateWindow();
            return;
        }
        timer->stop();
        timer->deleteLater();
        steps(modal);
        if (QPointer<QWidget> left = modal; left && left->isVisible())
            QTimer::singleShot(0, left, [left] { left->close(); });
        m_done = true;
    });
    timer->start();
}
