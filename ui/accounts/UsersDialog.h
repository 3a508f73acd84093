#pragma once

#include "domain/Account.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Workspace;

// Bureau → Users…: the administrator's list of accounts — add one, change a role, reset a password, lift a lock,
// disable or enable — and the idle time after which windows lock. On a database without accounts it explains
// what the first (administrator's) account changes, and adds it.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();

signals:
    // The accounts changed in a way the window must follow (the first account: signing in is now required).
    void accountsChanged();

private:
    QString selectedLogin() const;
    void addAccount();
    void changeRole();
    void resetPassword();
    void toggleActive();
    void unlock();
    void saveIdleTime();
    void updateButtons();
    void run(const std::function<void()>& action);

    Workspace& m_workspace;
    QList<Account> m_accounts;
    QLabel* m_intro;
    QTableWidget* m_table;
    QComboBox* m_role;
    QPushButton* m_add;
    QPushButton* m_setRole;
    QPushButton* m_reset;
    QPushButton* m_active;
    QPushButton* m_unlock;
    QSpinBox* m_idle;
};
