#include "BackupPolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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

QString BackupPolicy::folderFor(const QString& databasePath) const
{
    const QFileInfo file(databasePath);
    const QByteArray where = QCryptographicHash::hash(file.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QDir(folder).filePath(file.completeBaseName() + QLatin1Char('-') +
                                 QString::fromLatin1(where.toHex().left(8)));
}
