#pragma once

#include "domain/Referral.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class ReferenceNames;
class Workspace;

// Asks for what a step in a referral's life needs — the confirmed date, the reason for a refusal or a
// cancellation, the hospital the patient moves to, an explanation for admitting without the full
// document package — and applies it. A refused step keeps the dialog open with the reason.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(Workspace& workspace, const ReferenceNames& names, const Referral& referral, ReferralStatus to,
                     QWidget* parent = nullptr);

    const Referral& result() const { return m_result; }
    void accept() override;

    // The verb on the button that starts this step ("Confirm the date…").
    static QString actionText(ReferralStatus to);

private:
    void fillHospitals();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    Referral m_referral;
    ReferralStatus m_to;
    Referral m_result;
    QDateEdit* m_date = nullptr;
    QComboBox* m_reasonCode = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_override = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_hospital = nullptr;
    QLabel* m_problem = nullptr;
};
