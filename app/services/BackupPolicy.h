#pragma once

#include <QString>

// Where this workstation keeps its automatic backups and whether it makes them: the user's own setting
// (QSettings), shared by the window and joldama-cli, since a folder is a place on this computer.
struct BackupPolicy
{
    bool automatic = true;
    QString folder;

    static QString defaultFolder(); // "backups" in the user's data folder, beside the default database
    // The automatic backups of one database: a folder of its own inside folder, named after the file and its
    // path (joldama-1a2b3c4d), so that two databases never share a day's backup or a retention policy.
    QString folderFor(const QString& databasePath) const;
    static BackupPolicy load();
    void save() const;
};
