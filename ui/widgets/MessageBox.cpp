#include "widgets/MessageBox.h"

#include <QLoggingCategory>
#include <QPushButton>

// Errors and warnings the clerk was shown go to the application log (personal data masked there), so that a
// problem report carries the last of them.
Q_LOGGING_CATEGORY(shownToClerk, "joldama.shown")

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
int g_nextChoice = -1;
QStringList g_lastChoices;
} // namespace

void MessageBox::setNextChoice(int index)
{
    g_nextChoice = index;
}

QStringList MessageBox::lastChoices()
{
    return g_lastChoices;
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                       const QString& objectName)
{
    g_lastText = text;
    g_lastChoices = choices;
    const int closing = int(choices.size()) - 1;
    if (g_nextChoice >= 0) {
        const int answer = g_nextChoice;
        g_nextChoice = -1;
        return answer;
    }
    if (g_nextAnswer != QMessageBox::NoButton) {
        g_nextAnswer = QMessageBox::NoButton;
        return closing;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    QList<QAbstractButton*> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        QPushButton* button =
            box.addButton(choices.at(i), i == closing ? QMessageBox::RejectRole : QMessageBox::ActionRole);
        button->setObjectName(QStringLiteral("choice%1").arg(i));
        buttons << button;
    }
    box.setEscapeButton(buttons.last());
    box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.exec();
    const int pressed = int(buttons.indexOf(box.clickedButton()));
    return pressed >= 0 ? pressed : closing;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (icon == QMessageBox::Warning || icon == QMessageBox::Critical)
        qCWarning(shownToClerk).noquote() << title << "—" << text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}
