#include "accounts/UsersDialog.h"

#include "accounts/AccountDialogs.h"
#include "domain/DisplayFormat.h"
#include "domain/LockoutPolicy.h"
#include "domain/OperationError.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_setRole(new QPushButton(tr("Give the &role"), this))
    , m_reset(new QPushButton(tr("New &password…"), this))
    , m_active(new QPushButton(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_idle(new QSpinBox(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_intro->setObjectName(QStringLiteral("usersIntro"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Full name"), tr("Role"), tr("State"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(720, 260);
    m_role->setObjectName(QStringLiteral("roleChoice"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::name(role), Roles::code(role));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_setRole->setObjectName(QStringLiteral("setRoleButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addSpacing(12);
    actions->addWidget(m_role);
    actions->addWidget(m_setRole);
    actions->addWidget(m_reset);
    actions->addWidget(m_active);
    actions->addWidget(m_unlock);
    actions->addStretch();
    auto* idleRow = new QHBoxLayout;
    auto* idleLabel = new QLabel(tr("Lock the windows after this time without input:"), this);
    idleLabel->setBuddy(m_idle);
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idle);
    idleRow->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(idleRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addAccount);
    connect(m_setRole, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlock);
    connect(m_idle, &QSpinBox::editingFinished, this, &UsersDialog::saveIdleTime);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    reload();
}

void UsersDialog::run(const std::function<void()>& action)
{
    try {
        action();
    } catch (const OperationError& error) {
        MessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

void UsersDialog::reload()
{
    const QString keep = selectedLogin();
    AccountService& accounts = m_workspace.accounts();
    const bool any = accounts.hasAccounts();
    m_intro->setText(any ? tr("Everyone signs in with their own account; the role decides what they may do, and the "
                              "audit log records who saw and changed what. Accounts are disabled, never deleted.")
                         : tr("This database has no user accounts: anyone at this computer sees and changes "
                              "everything, and nothing is recorded about who did it. Add the administrator's account "
                              "first."));
    m_accounts.clear();
    try {
        m_accounts = accounts.accounts();
    } catch (const OperationError& error) {
        m_intro->setText(error.message());
    }
    m_table->setRowCount(int(m_accounts.size()));
    const QDateTime now = m_workspace.clock().now();
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& a = m_accounts.at(row);
        QString state = tr("active");
        if (!a.active)
            state = tr("disabled");
        else if (LockoutPolicy::isHardLocked(a.failedLogins))
            state = tr("locked after %1 wrong passwords").arg(a.failedLogins);
        else if (!a.lockedUntil.isEmpty() && Clock::fromStamp(a.lockedUntil) > now)
            state = tr("waiting after %1 wrong passwords").arg(a.failedLogins);
        const QStringList cells{a.login, a.displayName, Roles::name(a.role), state,
                                a.lastLoginAt.isEmpty() ? QStringLiteral("—")
                                                        : DisplayFormat::dateTimeFromStored(a.lastLoginAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (a.login == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_idle->setValue(accounts.idleLockMinutes());
    m_idle->setEnabled(any);
    updateButtons();
}

QString UsersDialog::selectedLogin() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void UsersDialog::updateButtons()
{
    const QString login = selectedLogin();
    const Account* account = nullptr;
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.login == login)
            account = &a;
    }
    m_setRole->setEnabled(account);
    m_role->setEnabled(account);
    m_reset->setEnabled(account);
    m_active->setEnabled(account);
    m_unlock->setEnabled(account && (account->failedLogins > 0 || !account->lockedUntil.isEmpty()));
    m_active->setText(account && !account->active ? tr("&Enable") : tr("&Disable"));
    if (account)
        m_role->setCurrentIndex(m_role->findData(Roles::code(account->role)));
}

void UsersDialog::addAccount()
{
    const bool first = !m_workspace.accounts().hasAccounts();
    AccountDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (first)
        emit accountsChanged();
}

void UsersDialog::changeRole()
{
    Role role;
    if (!Roles::fromCode(m_role->currentData().toString(), &role))
        return;
    const QString login = selectedLogin();
    run([&] { m_workspace.accounts().setRole(login, role); });
}

void UsersDialog::resetPassword()
{
    PasswordDialog dialog(m_workspace, selectedLogin(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::toggleActive()
{
    const QString login = selectedLogin();
    bool active = true;
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.login == login)
            active = a.active;
    }
    if (active && MessageBox::question(this, windowTitle(),
                                       tr("Disable the account %1? The person can no longer sign in; the account and "
                                          "what the audit log says about it are kept.")
                                           .arg(login)) != QMessageBox::Yes)
        return;
    run([&] { m_workspace.accounts().setActive(login, !active); });
}

void UsersDialog::unlock()
{
    const QString login = selectedLogin();
    run([&] { m_workspace.accounts().unlock(login); });
}

void UsersDialog::saveIdleTime()
{
    if (m_idle->value() == m_workspace.accounts().idleLockMinutes())
        return;
    const int minutes = m_idle->value();
    run([&] { m_workspace.accounts().setIdleLockMinutes(minutes); });
}
