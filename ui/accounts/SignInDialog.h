#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

// Signing in to a database with user accounts, in the interface language: at start, and to open a window
// locked after idle time. Locked, it asks the same person's password to go on; someone else may sign in
// instead, which closes the first person's window (they are signed out, not unlocked), or the person signs
// out. A locked window cannot be dismissed any other way.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };
    enum class Outcome { None, SignedIn, Unlocked, Switched, SignedOut };

    SignInDialog(Workspace& workspace, Mode mode, QWidget* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    QString problem() const;

public slots:
    void accept() override;
    void reject() override;

private:
    void signOut();
    void showProblem(const QString& message);

    Workspace& m_workspace;
    Mode m_mode;
    Outcome m_outcome = Outcome::None;
    QString m_lockedLogin;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_problem;
};
