#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

// Bureau → Workstations…: the workstations the bureau enrolled, each one's last package and last answer, what
// waits for it, its open conflicts and parked changes; enrol one, issue its file again for a reinstalled computer,
// make its answer, retire it, import a package.
class WorkstationsDialog : public QDialog
{
    Q_OBJECT

public:
    WorkstationsDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Whether records arrived while it was open (an imported package).
    bool dataChanged() const { return m_dataChanged; }

private:
    void reload();
    int selectedCode() const;
    QString selectedName() const;
    void enrol();
    void issueAgain();
    void makeAnswer();
    void retire();
    void importPackage();

    Workspace& m_workspace;
    QTableWidget* m_table;
    QLabel* m_identity;
    QPushButton* m_again;
    QPushButton* m_answer;
    QPushButton* m_retire;
    bool m_dataChanged = false;
};
