#pragma once

#include "ReferenceListModel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class Workspace;

// Bureau → Reference lists: the document checklist, refusal reasons and bed profiles the bureau keeps,
// edited in place and saved at once. Entries are added by a small form and retired rather than deleted,
// because referrals keep the codes they were given. A bad value is explained beside the table and nothing
// of it is saved.
class ReferenceListsDialog : public QDialog
{
    Q_OBJECT

public:
    using List = ReferenceListModel::List;

    ReferenceListsDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ReferenceListModel* model(List list) const { return m_tabsOf[int(list)].model; }
    QTableView* view(List list) const { return m_tabsOf[int(list)].view; }
    QLabel* problem(List list) const { return m_tabsOf[int(list)].problem; }
    // Asks for a new entry of the list and adds it.
    void addEntry(List list);
    // Retires the selected entry, or puts a retired one back in use.
    void toggleSelected(List list);
    // True once anything was saved: the window then reads the lists again.
    bool changed() const { return m_changed; }

private:
    struct Tab
    {
        ReferenceListModel* model = nullptr;
        QTableView* view = nullptr;
        QLabel* problem = nullptr;
        QPushButton* retire = nullptr;
    };
    QWidget* makeTab(List list);
    void updateRetireButton(List list);

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    Tab m_tabsOf[3];
    bool m_adding = false;
    bool m_changed = false;
};
