#pragma once

#include "domain/Patient.h"
#include "store/DatabaseLocation.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class PatientDialog;
}
class QLabel;
class QWidget;
class ReferenceNames;
class PatientService;

// Registers a new patient or edits one. The IIN is checked as it is typed, and the birth date and sex it
// carries are shown, never typed. Problems appear beside the field at fault. A duplicate IIN offers to
// open the patient already registered.
class PatientDialog : public QDialog
{
    Q_OBJECT

public:
    PatientDialog(PatientService& service, const ReferenceNames& names, QWidget* parent = nullptr);
    ~PatientDialog() override;

    // Switches the form to editing this patient (the IIN can no longer change).
    void edit(const Patient& patient);
    // The patient saved when the dialog was accepted.
    const Patient& saved() const { return m_saved; }

    void accept() override;
    // The database saved to: a save waits visibly while another workstation holds its write lock.
    void setDatabaseLocation(const DatabaseLocation& location);

protected:
    void changeEvent(QEvent* event) override;

private:
    DatabaseLocation m_location;
    bool m_problemsShown = false;
    Patient fromForm() const;
    void showProblems(const QList<PatientRules::Problem>& problems, bool focusFirst = true);
    // Once problems are shown, each goes away as the clerk fixes it.
    void recheck();
    // Grows the form to the height its wrapped messages need, so none is cut.
    void fitHeight();
    void clearProblems();
    void updateDerived();
    void retranslate();

    std::unique_ptr<Ui::PatientDialog> m_ui;
    PatientService& m_service;
    const ReferenceNames& m_names;
    QHash<QString, QLabel*> m_problemLabels; // field → label beside it
    QHash<QString, QWidget*> m_fields;
    Patient m_editing;
    Patient m_saved;
};
