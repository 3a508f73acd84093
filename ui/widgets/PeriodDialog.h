#pragma once

#include <QDate>
#include <QDialog>

#include <optional>
#include <utility>

class QDateEdit;
class QLabel;

// Asks for a period of days (the refusal journal's): from and to, both included.
class PeriodDialog : public QDialog
{
    Q_OBJECT

public:
    using Period = std::pair<QDate, QDate>;

    PeriodDialog(const QString& title, const Period& initial, QWidget* parent = nullptr);
    Period period() const;
    void accept() override;

    // The period chosen, or nothing when cancelled.
    static std::optional<Period> ask(QWidget* parent, const QString& title, const Period& initial);
    // Tests: the next ask() does not show the dialog and returns this (an empty answer: cancelled).
    static void setNextAnswer(std::optional<Period> answer);

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_problem;
};
