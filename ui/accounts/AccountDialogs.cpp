#include "accounts/AccountDialogs.h"

#include "domain/AccountRules.h"
#include "domain/OperationError.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(AccountRules::maxPasswordLength);
    return field;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("accountProblem"));
    label->setStyleSheet(QStringLiteral("color: #a02020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

AccountDialog::AccountDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(passwordField(this, QStringLiteral("newPassword")))
    , m_repeat(passwordField(this, QStringLiteral("repeatPassword")))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    const bool first = !workspace.accounts().hasAccounts();
    setWindowTitle(first ? tr("The administrator's account") : tr("New user account"));
    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_login->setMaxLength(32);
    m_login->setPlaceholderText(tr("for example aigerim.s"));
    m_login->setMinimumWidth(300);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setMaxLength(200);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::name(role), Roles::code(role));
    if (first) {
        m_role->setCurrentIndex(m_role->findData(Roles::code(Role::Admin)));
        m_role->setEnabled(false);
    }
    auto* note = new QLabel(first ? tr("This database has no user accounts yet: anyone at this computer sees and "
                                       "changes everything. The first account is the administrator's; from then on "
                                       "everyone signs in, and every view and change is recorded in the audit log. "
                                       "You are signed in as the administrator at once.")
                                  : tr("A password of at least %1 characters: a few words that belong together are "
                                       "easier to remember than a short jumble. Tell it to the person in private; "
                                       "they can change it later.")
                                        .arg(AccountRules::minPasswordLength),
                            this);
    note->setWordWrap(true);
    note->setMaximumWidth(460);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("&Add the account"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addAccountButton"));
    add->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AccountDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ. Type the same password twice."));
        m_problem->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    Role role = Role::Clerk;
    Roles::fromCode(m_role->currentData().toString(), &role);
    try {
        m_created = m_workspace.accounts().create(m_login->text(), role, m_name->text(), m_password->text());
    } catch (const OperationError& error) {
        m_problem->setText(error.message());
        m_problem->show();
        (error.field() == QStringLiteral("password") ? m_password : m_login)->setFocus();
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

PasswordDialog::PasswordDialog(Workspace& workspace, QString login, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(std::move(login))
    , m_password(passwordField(this, QStringLiteral("newPassword")))
    , m_repeat(passwordField(this, QStringLiteral("repeatPassword")))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(m_login));
    auto* note = new QLabel(tr("The account gets this password and its lock after wrong passwords is lifted. Tell "
                               "the new password to the person in private."),
                            this);
    note->setWordWrap(true);
    note->setMaximumWidth(420);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ. Type the same password twice."));
        m_problem->show();
        m_repeat->clear();
        return;
    }
    try {
        m_workspace.accounts().resetPassword(m_login, m_password->text());
    } catch (const OperationError& error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}
