#pragma once

#include "domain/AbroadApplication.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ReferenceNames;
class Workspace;

// Registers an application for treatment abroad: the patient by IIN, the diagnosis, the disease and the
// category from the lists of eligible ones, where to be treated, and the documents handed in. Entries still
// from the unchecked starter lists are marked as such. A refused application keeps the dialog open with the
// reason beside the form and the focus on the field at fault.
class AbroadApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    AbroadApplicationDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    const AbroadApplication& saved() const { return m_saved; }
    void accept() override;

private:
    void resolvePatient();
    void resolveDiagnosis();
    void showProblem(const QString& message, const QString& field);

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QLineEdit* m_patient;
    QLabel* m_patientValue;
    QLineEdit* m_diagnosis;
    QLabel* m_diagnosisValue;
    QComboBox* m_disease;
    QComboBox* m_category;
    QLineEdit* m_country;
    QLineEdit* m_clinic;
    QPlainTextEdit* m_documents;
    QLineEdit* m_notes;
    QCheckBox* m_submit;
    QLabel* m_problem;
    AbroadApplication m_saved;
};
