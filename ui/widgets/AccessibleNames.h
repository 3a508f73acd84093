#pragma once

#include <QObject>

class QWidget;

// Gives every control of Joldama's windows an accessible name and description, so a screen reader says what
// a field is for and where it is: the name from what a sighted clerk reads (the field's label, the button's
// text, the box's hint), the description from its tooltip or hint, else from where it sits (the group and
// the window). A control whose code sets its own keeps it. Installed once on the application, it names each
// window as it is shown and again when the language changes.
class AccessibleNames : public QObject
{
    Q_OBJECT

public:
    explicit AccessibleNames(QObject* parent = nullptr);

    // Names the controls under root that have no name of their own yet (or one this gave them before).
    static void describe(QWidget* root);
    // The controls a clerk can reach: buttons, boxes, lists and tables (not the inner parts of Qt's own ones).
    static bool isInteractive(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
