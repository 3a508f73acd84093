#pragma once

#include "services/BackupPolicy.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// File → Automatic backups…: whether this workstation makes a backup every day, and into which folder (each
// database has its own folder inside it). Saved for this user on this computer.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(const BackupPolicy& policy, const QString& databasePath, QWidget* parent = nullptr);

    BackupPolicy policy() const;

    void accept() override;

private:
    void updateWhere();

    QString m_databasePath;
    QCheckBox* m_automatic;
    QLineEdit* m_folder;
    QLabel* m_where;
};
