#pragma once

#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class BedAvailabilityModel;
class QComboBox;
class QPushButton;
class ReferenceNames;
class Workspace;

// Free beds of every hospital and profile for today, tomorrow and the day after, by region and profile.
class HospitalBedsPage : public TablePage
{
    Q_OBJECT

public:
    HospitalBedsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    BedAvailabilityModel* model() const { return m_model; }
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillSelectors();
    void updateTotals();
    void showHistory();

    const ReferenceNames& m_names;
    Workspace& m_workspace;
    BedAvailabilityModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QComboBox* m_region;
    QComboBox* m_profile;
    QPushButton* m_history;
};
