#pragma once

#include <QWidget>

class FlowLayout;
class ListScrollBar;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The frame every list of Joldama shares: a title, a filter box, a row of actions, the table and a line
// that says how many rows there are. The filter waits for a pause in typing before it asks again.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    explicit TablePage(const QString& objectNamePrefix, QWidget* parent = nullptr);

    QLabel* titleLabel() const { return m_title; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* view() const { return m_view; }
    // The row of actions; it wraps onto a second line on a narrow screen.
    FlowLayout* actionsLayout() const { return m_actions; }
    // Adds a button or selector to the row of actions, left to right.
    void addActionWidget(QWidget* widget);
    QLabel* countLabel() const { return m_count; }
    // The scroll bar over the whole of a list longer than its model's window (hidden otherwise).
    ListScrollBar* listScrollBar() const { return m_listBar; }

    // Big tables: fixed row heights keep scrolling a million rows as cheap as scrolling ten.
    void useFixedRowHeights();

    // Widens every column whose header label does not fit (a Kazakh or Russian label is often longer than
    // the English one the widths were chosen for); never narrows one. Runs by itself when the model, its
    // headers or the language change.
    void fitHeaderLabels();

protected:
    void changeEvent(QEvent* event) override;
    // A list over a LazyTableModel is counted from the moment its page shows: the count the running totals
    // give arrives with the first rows, so the first paint already has the whole list's scroll bar.
    void showEvent(QShowEvent* event) override;

signals:
    // The filter text after the clerk stopped typing (or pressed Enter).
    void filterChanged(const QString& text);

private:
    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_view;
    ListScrollBar* m_listBar;
    FlowLayout* m_actions;
    QLabel* m_count;
    QTimer* m_debounce;
};
