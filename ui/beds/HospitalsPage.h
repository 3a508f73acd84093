#pragma once

#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class HospitalRegistryModel;
class QPushButton;
class ReferenceNames;
class Workspace;

// The hospital registry: who admits planned patients, where, and to which bed profiles.
class HospitalsPage : public TablePage
{
    Q_OBJECT

public:
    HospitalsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    HospitalRegistryModel* model() const { return m_model; }
    void refresh();
    void editProfiles();
    void addHospital();

signals:
    void registryChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    HospitalRegistryModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QPushButton* m_add;
    QPushButton* m_profiles;
};
