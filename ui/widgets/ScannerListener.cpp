#include "widgets/ScannerListener.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {
bool focusTakesText()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return false;
    if (qobject_cast<QLineEdit*>(focus) || qobject_cast<QTextEdit*>(focus) || qobject_cast<QPlainTextEdit*>(focus) ||
        qobject_cast<QAbstractSpinBox*>(focus))
        return true;
    // A closed combo box searches its items as the clerk types; those keys are not a scan.
    return qobject_cast<QComboBox*>(focus) != nullptr;
}

// A scan opens the lookup over the main window; while a dialog is modal (a registration form, a
// message) the keys belong to that dialog, however fast they come.
bool dialogIsOpen()
{
    return QApplication::activeModalWidget() != nullptr;
}
} // namespace

ScannerListener::ScannerListener(QObject* parent)
    : QObject(parent)
{
    m_sinceLastKey.start();
}

bool ScannerListener::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType() || focusTakesText() || dialogIsOpen())
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    // Events reach the filter once per widget on their way up; count each key once.
    if (watched != QApplication::focusWidget() && QApplication::focusWidget())
        return QObject::eventFilter(watched, event);
    const qint64 gap = m_sinceLastKey.restart();
    if (gap > MaxGapMs)
        m_buffer.clear();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString text = m_buffer;
        m_buffer.clear();
        if (text.size() >= MinLength) {
            emit scanned(text);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).isPrint() &&
        key->modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier) == false)
        m_buffer += text;
    return QObject::eventFilter(watched, event);
}
