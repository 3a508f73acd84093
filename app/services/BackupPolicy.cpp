#include "BackupPolicy.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

QString BackupPolicy::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

BackupPolicy BackupPolicy::load()
{
    const QSettings settings;
    BackupPolicy policy;
    policy.automatic = settings.value(QStringLiteral("backup/automatic"), true).toBool();
    policy.folder = settings.value(QStringLiteral("backup/folder")).toString();
    if (policy.folder.trimmed().isEmpty())
        policy.folder = defaultFolder();
    return policy;
}

void BackupPolicy::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/automatic"), automatic);
    settings.setValue(QStringLiteral("backup/folder"), folder);
}
