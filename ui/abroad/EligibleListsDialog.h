#pragma once

#include "domain/EligibleEntry.h"

#include <QDialog>

class EligibleListModel;
class QTabWidget;
class QTableView;
class Workspace;

// The two lists applications for treatment abroad are checked against — eligible diseases and eligible
// categories of citizens — edited in place. It says plainly which entries still come from the starter list
// shipped with Joldama and have not been checked against the Ministry of Health's current order.
class EligibleListsDialog : public QDialog
{
    Q_OBJECT

public:
    EligibleListsDialog(Workspace& workspace, QWidget* parent = nullptr);

    EligibleListModel* model(EligibleList list) const;
    QTableView* view(EligibleList list) const;
    // Asks for a new entry of the list and adds it.
    void addEntry(EligibleList list);

private:
    QWidget* makeTab(EligibleList list);

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    EligibleListModel* m_models[2] = {nullptr, nullptr};
    QTableView* m_views[2] = {nullptr, nullptr};
    bool m_adding = false;
};
