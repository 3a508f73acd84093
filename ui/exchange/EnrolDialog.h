#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class Workspace;

// The name and region of a workstation the bureau enrols.
class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    EnrolDialog(Workspace& workspace, QWidget* parent = nullptr);

    QString name() const;
    QString regionCode() const;

private:
    QLineEdit* m_name;
    QComboBox* m_region;
};
