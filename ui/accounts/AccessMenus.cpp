#include "accounts/AccessMenus.h"

#include "accounts/AuditLogDialog.h"
#include "accounts/SessionGuard.h"
#include "accounts/UsersDialog.h"
#include "services/AccountService.h"
#include "services/Authorization.h"
#include "services/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QWidgetAction>

namespace {

// The window's actions by object name, with what they need.
const QHash<QString, Permission>& actionPermissions()
{
    static const QHash<QString, Permission> map{
        {QStringLiteral("newPatientAction"), Permission::EditPatients},
        {QStringLiteral("newReferralAction"), Permission::RegisterReferrals},
        {QStringLiteral("lookupAction"), Permission::LookUp},
        {QStringLiteral("importPatientsAction"), Permission::ImportRecords},
        {QStringLiteral("importHospitalsAction"), Permission::ImportRecords},
        {QStringLiteral("importBedsAction"), Permission::ImportRecords},
        {QStringLiteral("importIcdAction"), Permission::ImportRecords},
        {QStringLiteral("importOpenDataReferralsAction"), Permission::ImportRecords},
        {QStringLiteral("importOpenDataWaitingAction"), Permission::ImportRecords},
        {QStringLiteral("bureauAction"), Permission::ManageSettings},
        {QStringLiteral("calendarAction"), Permission::ManageReferenceLists},
        {QStringLiteral("referenceListsAction"), Permission::ManageReferenceLists},
        {QStringLiteral("refusalJournalAction"), Permission::PrintInternalLists},
        {QStringLiteral("printAction"), Permission::PrintPublicLists},
        {QStringLiteral("savePdfAction"), Permission::PrintPublicLists},
        {QStringLiteral("backupAction"), Permission::Backup},
        {QStringLiteral("restoreAction"), Permission::Backup},
        {QStringLiteral("backupSettingsAction"), Permission::Backup},
    };
    return map;
}

// The window's widgets by object name (the search and lookup boxes of the toolbar).
const QHash<QString, Permission>& widgetPermissions()
{
    static const QHash<QString, Permission> map{
        {QStringLiteral("globalSearch"), Permission::ViewPatients},
        {QStringLiteral("lookupEdit"), Permission::LookUp},
    };
    return map;
}

// The window's sections by page class.
const QHash<QString, Permission>& sectionPermissions()
{
    static const QHash<QString, Permission> map{
        {QStringLiteral("PatientsPage"), Permission::ViewPatients},
        {QStringLiteral("ReferralsPage"), Permission::ViewReferrals},
        {QStringLiteral("WaitingListPage"), Permission::ViewQueues},
        {QStringLiteral("SearchPage"), Permission::ViewPatients},
        {QStringLiteral("AbroadPage"), Permission::ViewPatients},
        {QStringLiteral("HospitalBedsPage"), Permission::ViewLists},
        {QStringLiteral("HospitalsPage"), Permission::ViewLists},
        {QStringLiteral("DashboardPage"), Permission::ViewLists},
        {QStringLiteral("QuotasPage"), Permission::ViewLists},
        {QStringLiteral("RegionalContactsPage"), Permission::ViewLists},
    };
    return map;
}

QMenu* menuHolding(QMainWindow& window, const QString& actionName)
{
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (action->objectName() == actionName)
                return menu;
        }
    }
    return nullptr;
}

} // namespace

AccessMenus::AccessMenus(QMainWindow& window, Workspace& workspace, SessionGuard& guard)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace)
    , m_guard(guard)
    , m_users(new QAction(&window))
    , m_auditLog(new QAction(&window))
    , m_lock(new QAction(&window))
    , m_signOut(new QAction(&window))
    , m_signedIn(new QLabel(&window))
{
    m_users->setObjectName(QStringLiteral("usersAction"));
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    connect(m_users, &QAction::triggered, this, &AccessMenus::openUsers);
    connect(m_auditLog, &QAction::triggered, this, &AccessMenus::openAuditLog);
    connect(m_lock, &QAction::triggered, &m_guard, &SessionGuard::lock);
    connect(m_signOut, &QAction::triggered, &m_guard, &SessionGuard::signOut);

    QMenu* bureau = menuHolding(window, QStringLiteral("bureauAction"));
    if (!bureau)
        bureau = window.menuBar()->addMenu(QString());
    bureau->addSeparator();
    bureau->addAction(m_users);
    bureau->addAction(m_auditLog);
    if (QMenu* file = menuHolding(window, QStringLiteral("printAction"))) {
        QAction* before = file->actions().isEmpty() ? nullptr : file->actions().constLast();
        file->insertAction(before, m_lock);
        file->insertAction(before, m_signOut);
        file->insertSeparator(before);
    } else {
        window.addAction(m_lock);
    }
    window.statusBar()->addWidget(m_signedIn);
    window.installEventFilter(this);
    retranslate();
    apply();
}

bool AccessMenus::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AccessMenus::retranslate()
{
    m_users->setText(tr("&Users…"));
    m_users->setToolTip(tr("User accounts, their roles and passwords"));
    m_auditLog->setText(tr("&Audit log…"));
    m_auditLog->setToolTip(tr("Who saw and changed what, and the check of the log"));
    m_lock->setText(tr("&Lock the window"));
    m_signOut->setText(tr("Sign &out"));
    const AccessContext& access = m_workspace.database().access();
    Role role;
    m_signedIn->setText(access.signedIn() && Roles::fromCode(access.role, &role)
                            ? tr("Signed in: %1 (%2)").arg(access.login, Roles::name(role))
                            : QString());
}

void AccessMenus::apply()
{
    const Database& database = m_workspace.database();
    const bool accounts = database.access().accountsRequired;
    for (QAction* action : m_window.findChildren<QAction*>()) {
        const auto it = actionPermissions().constFind(action->objectName());
        if (it != actionPermissions().constEnd())
            action->setVisible(Authorization::allows(database, *it));
    }
    for (auto it = widgetPermissions().constBegin(); it != widgetPermissions().constEnd(); ++it) {
        if (auto* widget = m_window.findChild<QWidget*>(it.key())) {
            const bool allowed = Authorization::allows(database, it.value());
            // A widget in a toolbar is shown and hidden through its action.
            bool viaAction = false;
            for (QWidgetAction* action : m_window.findChildren<QWidgetAction*>()) {
                if (action->defaultWidget() == widget) {
                    action->setVisible(allowed);
                    viaAction = true;
                }
            }
            if (!viaAction)
                widget->setVisible(allowed);
        }
    }
    if (auto* navigation = m_window.findChild<QListWidget*>(QStringLiteral("navigation"))) {
        // The stack of pages beside the list of sections: row n of the list shows page n (pages reached otherwise,
        // the search results, follow them).
        QStackedWidget* stack = nullptr;
        for (QStackedWidget* candidate : m_window.findChildren<QStackedWidget*>()) {
            if (candidate->parentWidget() == navigation->parentWidget() && candidate->count() >= navigation->count())
                stack = candidate;
        }
        int firstVisible = -1;
        for (int row = 0; stack && row < navigation->count(); ++row) {
            const auto it =
                sectionPermissions().constFind(QString::fromLatin1(stack->widget(row)->metaObject()->className()));
            const bool allowed = it == sectionPermissions().constEnd() || Authorization::allows(database, *it);
            navigation->item(row)->setHidden(!allowed);
            if (allowed && firstVisible < 0)
                firstVisible = row;
        }
        if (navigation->currentItem() && navigation->currentItem()->isHidden() && firstVisible >= 0)
            navigation->setCurrentRow(firstVisible);
    }
    // Users… is open to anyone while there are no accounts: whoever sets the database up adds the administrator.
    m_users->setVisible(Authorization::allows(database, Permission::ManageUsers));
    m_auditLog->setVisible(accounts && Authorization::allows(database, Permission::ReadAudit));
    m_lock->setVisible(accounts);
    m_signOut->setVisible(accounts);
    retranslate();
}

void AccessMenus::openUsers()
{
    UsersDialog dialog(m_workspace, &m_window);
    connect(&dialog, &UsersDialog::accountsChanged, this, [this] {
        // The first account: the administrator is signed in, the window follows the role and starts to lock.
        m_guard.start();
        apply();
    });
    dialog.exec();
}

void AccessMenus::openAuditLog()
{
    AuditLogDialog dialog(m_workspace, &m_window);
    dialog.exec();
}
