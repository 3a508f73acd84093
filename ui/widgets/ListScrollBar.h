#pragma once

#include <QPointer>
#include <QScrollBar>

class LazyTableModel;
class QTableView;

// The scroll bar of a list longer than its model's window (LazyTableModel::windowRows()): it spans the whole
// list, and moves the window as the clerk scrolls, drags it, turns the wheel or walks the rows with the keyboard.
// The view's own scroll bar, which spans only the window, is hidden meanwhile. A list that fits in its window
// keeps the view's own bar, and this one stays hidden.
//
// The view's top row and the window's start are kept so that the rows on screen lie in the window's middle half:
// when scrolling leaves it, the window moves on (a layout change that keeps the current row where it still lies
// in the window) and the same rows stay on screen. Ctrl+Home and Ctrl+End go to the first and last row of the
// whole list.
class ListScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit ListScrollBar(QTableView* view, QWidget* parent = nullptr);

    // Follows the view's model when it is a LazyTableModel (called again after the view gets another model).
    void attach();
    // Puts this row of the whole list at the top of the view, moving the window when needed.
    void scrollToRow(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shows or hides the bar and sets its range and position from the model's window and the view.
    void follow();
    void viewScrolled(int top);
    void moved(int row);
    // Moves the window so that this row of the whole list is the view's top row and lies in the window's middle.
    void centre(int row);
    // Whether the view's top row at this row of the window calls for the window to move.
    bool needsCentring(int top) const;
    int visibleRows() const;

    QTableView* m_view;
    QPointer<LazyTableModel> m_model;
    bool m_syncing = false;
};
