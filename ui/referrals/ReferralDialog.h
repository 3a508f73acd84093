#pragma once

#include "domain/Patient.h"
#include "domain/Referral.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ReferralDialog;
}
class QCompleter;
class QStringListModel;
class QTimer;
class ReferenceNames;
class Workspace;

// Registers a referral, fast by keyboard: the patient by IIN or name with completion, the diagnosis by
// code or name with completion, the profile, then the hospital the patient chose among those of the
// region that admit to that profile. Enter registers; a problem is shown and its field gets the focus.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    ~ReferralDialog() override;

    void setPatient(const Patient& patient);
    const Referral& saved() const { return m_saved; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    bool m_problemsShown = false;
    void retranslate();
    void fillCombos();
    void fillHospitals();
    void lookUpPatients();
    void resolvePatient();
    void resolveDiagnosis(bool final);
    void profileChanged();
    // HTMC funding: the quota profiles with what the patient's region has left this year.
    void fillQuotas();
    void showDiagnosisName(bool shown);
    // A problem of the form: the field (as the service names it) and what to do.
    struct Problem
    {
        QString field;
        QString message;
    };
    // What the form still lacks, every field at once.
    QList<Problem> missing() const;
    // Shows the problems together, each field marked; a field fixed later loses its mark (recheck).
    void showProblems(const QList<Problem>& problems, bool focusFirst = true);
    void recheck();

    std::unique_ptr<Ui::ReferralDialog> m_ui;
    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QCompleter* m_patientCompleter;
    QStringListModel* m_patientMatches;
    QCompleter* m_diagnosisCompleter;
    QTimer* m_patientLookup;
    std::optional<Patient> m_patient;
    QString m_diagnosisCode;
    Referral m_saved;
};
