#pragma once

#include <QObject>

class QAbstractItemView;

// Tables edit when the clerk asks: F2, a double-click or Enter on a cell that can be edited — never a key
// typed while the table merely has the focus (a scanner's burst or a stray letter went into a phone
// cell). Enter on a cell being edited still saves it, as the editor handles that key.
class EditOnRequest : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EditOnRequest(QAbstractItemView* view);

    QAbstractItemView* m_view;
};
