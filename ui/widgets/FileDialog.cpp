#include "widgets/FileDialog.h"

#include <QFileDialog>
#include <QSettings>

namespace {
bool g_hasNext = false;
QString g_next;
const QString lastFolderKey = QStringLiteral("ui/lastFolder");
} // namespace

void FileDialog::setNextFileName(const QString& path)
{
    g_hasNext = true;
    g_next = path;
}

bool FileDialog::takeNext(QString* path)
{
    if (!g_hasNext)
        return false;
    g_hasNext = false;
    *path = g_next;
    return true;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    QSettings settings;
    path = QFileDialog::getOpenFileName(parent, caption, settings.value(lastFolderKey).toString(), filter);
    if (!path.isEmpty())
        settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    QSettings settings;
    const QString folder = settings.value(lastFolderKey).toString();
    path = QFileDialog::getSaveFileName(parent, caption,
                                        folder.isEmpty() ? suggested : folder + QLatin1Char('/') + suggested, filter);
    if (!path.isEmpty())
        settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QString FileDialog::existingFolder(QWidget* parent, const QString& caption, const QString& current)
{
    QString path;
    if (takeNext(&path))
        return path;
    QSettings settings;
    return QFileDialog::getExistingDirectory(parent, caption,
                                             current.isEmpty() ? settings.value(lastFolderKey).toString() : current);
}
