#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class PatientTableModel;
class QPushButton;
class ReferenceNames;
class Workspace;

// The patient registry: search by IIN or any part of a name, in any case, in Kazakh or Russian.
class PatientsPage : public TablePage, public Section
{
    Q_OBJECT

public:
    PatientsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("patients"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;
    PatientTableModel* model() const { return m_model; }
    // The id of the patient in the current row, or 0.
    qint64 currentPatientId() const;
    // Selects a patient in the list (clearing a filter that would hide them), e.g. one just registered.
    void showPatient(qint64 patientId);

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

    Workspace& m_workspace;
    PatientTableModel* m_model;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_referral;
    qint64 m_patientToShow = 0;
};
