#include "widgets/EditOnRequest.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>

EditOnRequest::EditOnRequest(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{}

void EditOnRequest::install(QAbstractItemView* view)
{
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->installEventFilter(new EditOnRequest(view));
}

bool EditOnRequest::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex current = m_view->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier &&
            current.isValid() && current.flags().testFlag(Qt::ItemIsEditable) &&
            QApplication::focusWidget() == m_view) { // not Enter passed up from an open editor

            m_view->edit(current);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
