#pragma once

#include "domain/AbroadApplication.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class Workspace;

// Records the commission's decision on a submitted application: approved or rejected, the date and number
// of its protocol, the reason (required for a rejection), and for an approval where the patient goes.
class AbroadDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    AbroadDecisionDialog(Workspace& workspace, const AbroadApplication& application, QWidget* parent = nullptr);

    const AbroadApplication& result() const { return m_result; }
    void accept() override;

private:
    void showProblem(const QString& message, const QString& field);

    Workspace& m_workspace;
    AbroadApplication m_application;
    AbroadApplication m_result;
    QRadioButton* m_approved;
    QRadioButton* m_rejected;
    QDateEdit* m_date;
    QLineEdit* m_protocol;
    QLineEdit* m_reason;
    QLineEdit* m_country;
    QLineEdit* m_clinic;
    QLabel* m_problem;
};
