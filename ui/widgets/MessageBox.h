#pragma once

#include <QMessageBox>

// Every message box of Joldama goes through here, so a GUI test can answer the next one in advance
// instead of blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                   QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // A message that offers the next steps as buttons of their own ("Print ticket", "Copy code", …) and a
    // last one that closes it (Escape). Returns the index of the button pressed.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                      const QString& objectName = {});

    // Tests: the next box is not shown and returns this answer (a box of choices: its closing one).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the next box of choices is not shown and returns this index.
    static void setNextChoice(int index);
    // Tests: the choices the last box of choices offered.
    static QStringList lastChoices();
    // Tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
