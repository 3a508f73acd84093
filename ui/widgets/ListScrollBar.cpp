#include "widgets/ListScrollBar.h"

#include "LazyTableModel.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>

ListScrollBar::ListScrollBar(QTableView* view, QWidget* parent)
    : QScrollBar(Qt::Vertical, parent)
    , m_view(view)
{
    setAccessibleName(tr("Position in the list"));
    hide();
    // Its value and page step count rows, not pixels, on every style.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    QScrollBar* own = m_view->verticalScrollBar();
    connect(own, &QScrollBar::valueChanged, this, &ListScrollBar::viewScrolled);
    // The view's bar gets a new page step when the view is resized: so many rows fit on screen.
    connect(own, &QScrollBar::rangeChanged, this, &ListScrollBar::follow);
    connect(this, &QScrollBar::valueChanged, this, &ListScrollBar::moved);
    m_view->installEventFilter(this);
}

void ListScrollBar::attach()
{
    auto* model = qobject_cast<LazyTableModel*>(m_view->model());
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ListScrollBar::follow);
        connect(m_model, &LazyTableModel::allRowsChanged, this, &ListScrollBar::follow);
        connect(m_model, &LazyTableModel::countChanged, this, &ListScrollBar::follow);
        connect(m_model, &LazyTableModel::windowMoved, this, &ListScrollBar::follow);
    }
    follow();
}

int ListScrollBar::visibleRows() const
{
    // Scrolling by item, the view's own bar steps a page of whole rows.
    return std::max(1, m_view->verticalScrollBar()->pageStep());
}

void ListScrollBar::follow()
{
    const bool windowed = m_model && m_model->isWindowed();
    m_view->setVerticalScrollBarPolicy(windowed ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setVisible(windowed);
    if (!windowed)
        return;
    const int visible = visibleRows();
    const bool wasSyncing = std::exchange(m_syncing, true);
    setRange(0, std::max(0, m_model->allRows() - visible));
    setPageStep(visible);
    setSingleStep(1);
    setValue(m_model->windowStart() + m_view->verticalScrollBar()->value());
    m_syncing = wasSyncing;
}

void ListScrollBar::centre(int row)
{
    const int visible = visibleRows();
    const int start = std::clamp(row - (m_model->windowRows() - visible) / 2, 0,
                                 std::max(0, m_model->allRows() - m_model->windowRows()));
    // The current row is about to leave the window: the view lets it go first, and says so (the window's move
    // alone would drop it silently), so that the page's actions on it (Open, Edit) are off rather than doing
    // nothing.
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()) {
        const int currentRow = m_model->windowStart() + current.row();
        if (currentRow < start || currentRow >= start + m_model->windowRows()) {
            m_view->selectionModel()->clearSelection();
            m_view->selectionModel()->clearCurrentIndex();
        }
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_model->moveWindow(start);
    m_view->verticalScrollBar()->setValue(row - m_model->windowStart());
    setValue(row);
    m_syncing = wasSyncing;
}

bool ListScrollBar::needsCentring(int top) const
{
    // Outside the window, or near an edge of it with more of the list beyond that edge.
    const int lastTop = m_model->rowCount() - visibleRows();
    const int margin = m_model->windowRows() / 4;
    const bool moreBefore = m_model->windowStart() > 0;
    const bool moreAfter = m_model->windowStart() + m_model->rowCount() < m_model->allRows();
    return top < 0 || top > lastTop || (top < margin && moreBefore) || (top > lastTop - margin && moreAfter);
}

void ListScrollBar::viewScrolled(int top)
{
    if (m_syncing || !m_model || !m_model->isWindowed())
        return;
    const int row = m_model->windowStart() + top;
    if (needsCentring(top)) {
        centre(row);
        return;
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    setValue(row);
    m_syncing = wasSyncing;
}

void ListScrollBar::moved(int row)
{
    if (m_syncing || !m_model || !m_model->isWindowed())
        return;
    const int top = row - m_model->windowStart();
    if (needsCentring(top)) {
        centre(row);
        return;
    }
    const bool wasSyncing = std::exchange(m_syncing, true);
    m_view->verticalScrollBar()->setValue(top);
    m_syncing = wasSyncing;
}

void ListScrollBar::scrollToRow(int row)
{
    if (!m_model)
        return;
    if (!m_model->isWindowed()) {
        m_view->verticalScrollBar()->setValue(row);
        return;
    }
    setValue(std::clamp(row, minimum(), maximum()));
}

bool ListScrollBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress || !m_model || !m_model->isWindowed())
        return QScrollBar::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    // Ctrl+Home and Ctrl+End go to the ends of the whole list, not of the window. The view cannot do it itself:
    // moving the window first would drop its current row, and without one it goes to the first row whatever the key.
    const bool home = key->key() == Qt::Key_Home, end = key->key() == Qt::Key_End;
    if ((home || end) && modifiers == Qt::ControlModifier) {
        const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
        const bool wasSyncing = std::exchange(m_syncing, true);
        m_model->moveWindow(home ? 0 : m_model->allRows() - m_model->windowRows());
        m_syncing = wasSyncing;
        const QModelIndex target = m_model->index(home ? 0 : m_model->rowCount() - 1, column);
        m_view->setCurrentIndex(target);
        m_view->scrollTo(target);
        follow();
        return true;
    }
    // Without a current row (it left the window as the clerk scrolled away) the view would start from the
    // window's first row, thousands of rows above the screen: the keys start from the top row on screen.
    const bool walking = key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
                         key->key() == Qt::Key_PageUp;
    if (walking && !m_view->currentIndex().isValid() && m_view->selectionModel()) {
        const QModelIndex top = m_model->index(m_view->verticalScrollBar()->value(), 0);
        if (top.isValid())
            m_view->selectionModel()->setCurrentIndex(top, QItemSelectionModel::NoUpdate);
    }
    return QScrollBar::eventFilter(watched, event);
}
