#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class SessionGuard;
class Workspace;

// What the main window offers the signed-in person: menu entries, toolbar buttons and sections of the window
// that their role does not allow are hidden (the services refuse them anyway — this only keeps the window
// honest), Bureau → Users… and Audit log… are added where the role allows, File gets Lock and Sign out, and the
// status bar names who is signed in. Kept apart from MainWindow: it finds the window's actions and sections by
// their object names and page classes, and is applied again when the accounts change.
class AccessMenus : public QObject
{
    Q_OBJECT

public:
    AccessMenus(QMainWindow& window, Workspace& workspace, SessionGuard& guard);

    // Shows and hides by the current sign-in.
    void apply();

    QAction* usersAction() const { return m_users; }
    QAction* auditLogAction() const { return m_auditLog; }
    QAction* lockAction() const { return m_lock; }
    QAction* signOutAction() const { return m_signOut; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void openUsers();
    void openAuditLog();

    QMainWindow& m_window;
    Workspace& m_workspace;
    SessionGuard& m_guard;
    QAction* m_users;
    QAction* m_auditLog;
    QAction* m_lock;
    QAction* m_signOut;
    QLabel* m_signedIn;
};
