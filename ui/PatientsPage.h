#pragma once

#include "TablePage.h"

class PatientTableModel;
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    PatientTableModel* m_model;
};
