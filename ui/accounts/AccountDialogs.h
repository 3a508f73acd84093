#pragma once

#include "domain/Account.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Workspace;

// A new account: login, the person's name, role and a first password typed twice. The first account of a
// database is the administrator's, and its role cannot be chosen.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(Workspace& workspace, QWidget* parent = nullptr);
    const Account& created() const { return m_created; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    Account m_created;
};

// A new password for an account (the administrator's reset), typed twice.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(Workspace& workspace, QString login, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    QString m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};
