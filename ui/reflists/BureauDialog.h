#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class ReferenceNames;
class Workspace;

// The bureau's name and region as every printout's heading shows them (Bureau → Bureau details…). Kept
// in the database, so every workstation of the bureau prints the same heading.
class BureauDialog : public QDialog
{
    Q_OBJECT

public:
    BureauDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_name;
    QComboBox* m_region;
    QLabel* m_problem;
};
