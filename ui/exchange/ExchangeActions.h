#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QWidget;
class Workspace;

// File → Exchange (join a bureau, send a package, import one, an exchange folder, conflicts, status) and
// Bureau → Workstations…, with a status-bar line saying when the last exchange happened and what has not reached
// the bureau yet. With an exchange folder set (a shared or synced folder), packages addressed to this database are
// imported as they appear and its own are left there, without a clerk doing anything.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(Workspace& workspace, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* workstationsAction() const { return m_workstations; }
    QLabel* statusLabel() const { return m_status; }
    void retranslate();
    // A database opened read only: nothing is joined, sent, imported or enrolled.
    void setReadOnly(bool readOnly)
    {
        m_readOnly = readOnly;
        refreshState();
    }

    // How often the exchange folder is looked at besides when it changes.
    static constexpr int folderIntervalMs = 120000;

signals:
    // Records arrived: lists on screen may have changed.
    void dataChanged();
    void statusMessage(const QString& message);

public slots:
    void joinBureau();
    void sendPackage();
    void importPackage();
    void chooseFolder();
    void exchangeNow();
    void showConflicts();
    void showStatus();
    void showWorkstations();
    void refreshState();

private:
    QString folder() const;
    void watchFolder();

    Workspace& m_workspace;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_join;
    QAction* m_send;
    QAction* m_import;
    QAction* m_folder;
    QAction* m_now;
    QAction* m_conflicts;
    QAction* m_statusAction;
    QAction* m_workstations;
    QLabel* m_status;
    QTimer m_timer;
    QTimer m_settle; // a folder change is handled once the writer has finished
    QFileSystemWatcher m_watcher;
    bool m_running = false;
    bool m_readOnly = false;
};
