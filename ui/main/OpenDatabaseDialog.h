#pragma once

#include "store/DatabaseLocation.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class Workspace;

// File → Open database…: where the data lives. One tab per kind of database — a file on this computer
// (SQLite) and a bureau's shared PostgreSQL server — each with the ones opened before. Open connects at once:
// a wrong password, a server away or a file that is not a database is explained and the clerk stays here with
// everything typed, while the database in use stays open. The password is asked here, kept in memory for the
// connection only and never remembered: the recent servers are remembered by their address without it, and
// with the Password box empty libpq's ~/.pgpass or PGPASSWORD answers the server.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent = nullptr);
    ~OpenDatabaseDialog() override;

    // The database chosen, as the fields say (the password typed included).
    DatabaseLocation location() const;
    // The database opened by Open (after Accepted), for the application to put a window on.
    std::unique_ptr<Workspace> takeWorkspace();

    // The files and servers opened before, newest first (a server by its address without the password), and
    // how one is added after it opened.
    static QStringList recentFiles();
    static QStringList recentServers();
    static void remember(const DatabaseLocation& location);
    static constexpr int maxRecent = 8;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* fileEdit() const { return m_file; }
    QListWidget* recentList() const { return m_recent; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* encryptionBox() const { return m_encryption; }
    QListWidget* recentServerList() const { return m_recentServers; }
    bool serverChosen() const;

    void accept() override;

private:
    QWidget* createFileTab();
    QWidget* createServerTab();
    void browse();
    // Fills the server's fields from an address (the current database or one opened before); the password
    // is never part of it.
    void showServer(const DatabaseLocation& server);
    // Whether the chosen tab's fields are complete; when not, says what is missing and puts the cursor there.
    bool checkFields();

    QTabWidget* m_tabs;
    QLineEdit* m_file;
    QListWidget* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_encryption;
    QListWidget* m_recentServers;
    QLabel* m_connecting;
    // The server options the fields do not show (sslrootcert …), kept from the address they came from.
    DatabaseLocation m_shownServer;
    std::unique_ptr<Workspace> m_opened;
};
