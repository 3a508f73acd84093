#pragma once

#include <QString>

// Where this workstation keeps its automatic backups and whether it makes them: the user's own setting
// (QSettings), shared by the window and joldama-cli, since a folder is a place on this computer.
struct BackupPolicy
{
    bool automatic = true;
    QString folder;

    static QString defaultFolder(); // "backups" in the user's data folder, beside the default database
    static BackupPolicy load();
    void save() const;
};
