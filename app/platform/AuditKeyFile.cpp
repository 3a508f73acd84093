#include "AuditKeyFile.h"

#include "PrivateFiles.h"
#include "domain/OperationError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QByteArray header("joldama-audit-key-1 ");
}

QString AuditKeyFile::path(const QString& databaseId)
{
    const QString given = qEnvironmentVariable("JOLDAMA_AUDIT_KEY_FILE");
    if (!given.isEmpty())
        return given;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("audit-keys/%1.key").arg(databaseId));
}

std::unique_ptr<AuditKey> AuditKeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return nullptr;
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::Storage,
                             tr("The audit key file %1 cannot be read (%2). Ask the administrator to give you read "
                                "access to it.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray text = file.readAll().trimmed();
    std::unique_ptr<AuditKey> key;
    if (text.startsWith(header))
        key = AuditKey::fromBytes(QByteArray::fromHex(text.mid(header.size())));
    if (!key)
        throw OperationError(OperationError::Kind::Storage,
                             tr("%1 is not a Joldama audit key file. Restore the key file from its copy; without it "
                                "nobody can sign in to this database.")
                                 .arg(QDir::toNativeSeparators(path)));
    return key;
}

void AuditKeyFile::create(const QString& path, const AuditKey& key)
{
    const QFileInfo info(path);
    if (info.exists())
        throw OperationError(OperationError::Kind::Conflict,
                             tr("An audit key file %1 already exists. Move it away only if it belongs to no database "
                                "in use.")
                                 .arg(QDir::toNativeSeparators(path)));
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            throw OperationError(
                OperationError::Kind::Storage,
                tr("Cannot create the folder %1 for the audit key.").arg(QDir::toNativeSeparators(folder)));
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }
    // Created empty and private before the key is written into it, so it is never readable by others.
    if (!PrivateFiles::createEmpty(path))
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot create the audit key file %1. Check that you may write to its folder.")
                                 .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QByteArray text = header + key.bytes().toHex() + '\n';
    const bool written =
        file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size() && file.flush();
    text.fill('\0');
    file.close();
    if (!written || !PrivateFiles::syncFile(path)) {
        QFile::remove(path);
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot write the audit key file %1. Check the disk and try again.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
}
