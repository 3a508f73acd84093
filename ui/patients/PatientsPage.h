#pragma once

#include "widgets/TablePage.h"

class PatientTableModel;
class QPushButton;
class ReferenceNames;
class Workspace;

// The patient registry: search by IIN or any part of a name, in any case, in Kazakh or Russian.
class PatientsPage : public TablePage
{
    Q_OBJECT

public:
    PatientsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    PatientTableModel* model() const { return m_model; }
    void refresh();
    // The id of the patient in the current row, or 0.
    qint64 currentPatientId() const;

signals:
    void newPatientRequested();
    void editPatientRequested(qint64 patientId);
    void newReferralRequested(qint64 patientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    void updateActions();

    PatientTableModel* m_model;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_referral;
};
