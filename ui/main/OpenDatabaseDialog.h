#pragma once

#include "store/DatabaseLocation.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTabWidget;

// File → Open database…: where the data lives. One tab per kind of database — today a file on this
// computer (SQLite), with the files opened before; a "Server" tab for a bureau's shared PostgreSQL
// database is added beside it when that is supported. Remembers the files opened, newest first.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent = nullptr);

    // The database chosen (valid after Accepted).
    DatabaseLocation location() const;

    // The files opened before, newest first, and how one is added after it opened.
    static QStringList recentFiles();
    static void remember(const DatabaseLocation& location);
    static constexpr int maxRecent = 8;

    QLineEdit* fileEdit() const { return m_file; }
    QListWidget* recentList() const { return m_recent; }

    void accept() override;

private:
    void browse();

    QTabWidget* m_tabs;
    QLineEdit* m_file;
    QListWidget* m_recent;
};
