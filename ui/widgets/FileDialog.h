#pragma once

#include <QString>

class QWidget;

// Every file dialog of Joldama goes through here, so a GUI test can give the next answer in advance.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    // A folder (the exchange's shared folder); setNextFileName answers it in tests too.
    static QString existingFolder(QWidget* parent, const QString& caption, const QString& current);

    // Tests: the next dialog is not shown and returns this path (an empty path means "cancelled").
    static void setNextFileName(const QString& path);

private:
    static bool takeNext(QString* path);
};
