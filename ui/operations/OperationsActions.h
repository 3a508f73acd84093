#pragma once

#include "store/DatabaseLocation.h"

#include <QObject>
#include <QString>

class Clock;
class QAction;
class QLabel;
class QThread;
class QTimer;
class QWidget;
class Workspace;

// Running the bureau for years, from the window: File → Back up the database…, Restore from a backup…,
// Automatic backups…; Help → Report a problem…; the status bar's word on the last good backup (a warning when it
// is older than two days); the day's automatic backup, made off the window's thread; and the workstation's
// heartbeat that the usage counters read. The main window only places the actions and the label.
class OperationsActions : public QObject
{
    Q_OBJECT

public:
    OperationsActions(Workspace& workspace, QWidget* window);
    ~OperationsActions() override;

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    QAction* backupSettingsAction() const { return m_settings; }
    QAction* reportProblemAction() const { return m_report; }
    QLabel* backupStatusLabel() const { return m_status; }

    void retranslate();
    void refreshStatus();

    // Makes the day's automatic backup unless it is there or switched off; off the window's thread. Returns
    // whether one was started.
    bool runAutomaticBackup();
    bool automaticBackupRunning() const;

    // The backup the clerk chose to restore: the window closes, and the application restores it once every
    // connection of this process is closed (performRestore), then opens the window again.
    const QString& pendingRestore() const { return m_pendingRestore; }
    static bool performRestore(const DatabaseLocation& location, const QString& backupFile, const Clock& clock,
                               QWidget* parent);

    static constexpr int firstAutomaticCheckMs = 15 * 1000;
    static constexpr int automaticCheckMs = 60 * 60 * 1000;

signals:
    void statusMessage(const QString& message);
    void automaticBackupFinished();

private:
    void backUp();
    void restore();
    void configureBackups();
    void reportProblem();

    Workspace& m_workspace;
    QWidget* m_window;
    QAction* m_backup;
    QAction* m_restore;
    QAction* m_settings;
    QAction* m_report;
    QLabel* m_status;
    QTimer* m_heartbeat;
    QTimer* m_automatic;
    QThread* m_automaticThread = nullptr;
    bool m_automaticRunning = false; // from the start until the window has taken the thread's end in
    QString m_automaticError;
    QString m_pendingRestore;
};
