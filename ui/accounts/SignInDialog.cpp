#include "accounts/SignInDialog.h"

#include "domain/AccountRules.h"
#include "domain/OperationError.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Workspace& workspace, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(mode == Mode::SignIn ? QStringLiteral("signInDialog") : QStringLiteral("unlockDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("Joldama — sign in") : tr("Joldama — the window is locked"));
    setModal(true);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_login->setMaxLength(64);
    m_login->setMinimumWidth(260);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(AccountRules::maxPasswordLength);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* go =
        buttons->addButton(mode == Mode::SignIn ? tr("&Sign in") : tr("&Unlock"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("signInButton"));
    go->setDefault(true);
    if (mode == Mode::SignIn) {
        intro->setText(tr("This database keeps user accounts. Sign in with your login and password.") +
                       QStringLiteral("\n") +
                       tr("Database: %1").arg(QDir::toNativeSeparators(workspace.database().location().describe())));
        QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
    } else {
        m_lockedLogin = workspace.database().access().login;
        m_login->setText(m_lockedLogin);
        intro->setText(tr("The window was locked: what it showed is hidden until %1 enters the password again.")
                           .arg(m_lockedLogin) +
                       QStringLiteral("\n\n") +
                       tr("Someone else may sign in with their own login instead: the window of %1 is then closed "
                          "and anything unsaved in it is lost.")
                           .arg(m_lockedLogin));
        QPushButton* out = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ResetRole);
        out->setObjectName(QStringLiteral("signOutButton"));
        connect(out, &QPushButton::clicked, this, &SignInDialog::signOut);
        // No way past the lock but a password or signing out.
        setWindowFlag(Qt::WindowCloseButtonHint, false);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString SignInDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SignInDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
    m_password->clear();
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const QString login = AccountRules::normalizedLogin(m_login->text());
    QString password = m_password->text();
    // The password leaves the field at once: a QString cannot be wiped, so it is kept as briefly as it can.
    m_password->clear();
    if (login.isEmpty()) {
        showProblem(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    try {
        if (m_mode == Mode::Unlock && login == m_lockedLogin) {
            m_workspace.accounts().unlockSession(password);
            m_outcome = Outcome::Unlocked;
        } else {
            m_workspace.accounts().signIn(login, password);
            m_outcome = m_mode == Mode::Unlock ? Outcome::Switched : Outcome::SignedIn;
        }
    } catch (const OperationError& error) {
        password.fill(QLatin1Char(' '));
        showProblem(error.message());
        return;
    }
    password.fill(QLatin1Char(' '));
    QDialog::accept();
}

void SignInDialog::reject()
{
    // A locked window opens only with a password, or by signing out.
    if (m_mode == Mode::Unlock)
        return;
    QDialog::reject();
}

void SignInDialog::signOut()
{
    m_workspace.accounts().signOut();
    m_outcome = Outcome::SignedOut;
    QDialog::accept();
}
