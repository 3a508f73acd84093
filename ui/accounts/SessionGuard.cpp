#include "accounts/SessionGuard.h"

#include "accounts/SignInDialog.h"
#include "domain/OperationError.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace {

// An opaque sheet over a window while the session is locked; it follows the window's size.
class PrivacyCover : public QWidget
{
public:
    explicit PrivacyCover(QWidget* window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("privacyCover"));
        setAttribute(Qt::WA_StyledBackground);
        setAutoFillBackground(true);
        setStyleSheet(QStringLiteral("#privacyCover { background: palette(window); }"));
        auto* label = new QLabel(
            QCoreApplication::translate("SessionGuard", "Locked. Enter your password to see this window again."), this);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(label);
        window->installEventFilter(this);
        setGeometry(window->rect());
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
            setGeometry(static_cast<QWidget*>(parent())->rect());
            raise();
        }
        return false;
    }
};

} // namespace

SessionGuard::SessionGuard(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(workspace.accounts().idleLockMinutes() * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionGuard::lock);
    if (workspace.accounts().hasAccounts())
        start();
}

void SessionGuard::start()
{
    if (!m_watching) {
        qApp->installEventFilter(this);
        m_watching = true;
    }
    m_timer.start();
}

void SessionGuard::signOut()
{
    m_timer.stop();
    m_workspace.accounts().signOut();
    m_outcome = Outcome::SignedOut;
    emit sessionEnded(m_outcome);
}

SessionGuard::~SessionGuard()
{
    uncover();
}

void SessionGuard::setIdleInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_timer.isActive())
        m_timer.start();
}

QList<QWidget*> SessionGuard::covers() const
{
    QList<QWidget*> list;
    for (const QPointer<QWidget>& c : m_covers) {
        if (c)
            list << c;
    }
    return list;
}

bool SessionGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Input starts the idle time again; while locked, only the unlock dialog counts, and it needs none.
        if (!m_locked)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionGuard::lock()
{
    if (m_locked || !m_workspace.accounts().isSignedIn())
        return;
    m_locked = true;
    m_timer.stop();
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    cover();
    try {
        m_workspace.accounts().recordSessionLocked();
    } catch (const OperationError& error) {
        // The lock holds whether or not it could be recorded.
        qWarning("The lock could not be recorded: %s", qPrintable(error.message()));
    }
    emit locked();
    // Not inside whatever called lock() (the timer, a menu): the dialog runs its own event loop.
    QTimer::singleShot(0, this, &SessionGuard::askToUnlock);
}

void SessionGuard::askToUnlock()
{
    if (!m_locked || m_asking)
        return;
    m_asking = true;
    SignInDialog dialog(m_workspace, SignInDialog::Mode::Unlock);
    dialog.exec();
    m_asking = false;
    switch (dialog.outcome()) {
    case SignInDialog::Outcome::Unlocked:
        m_locked = false;
        uncover();
        m_timer.start();
        emit unlocked();
        return;
    case SignInDialog::Outcome::Switched:
        m_outcome = Outcome::Switched;
        break;
    case SignInDialog::Outcome::SignedOut:
        m_outcome = Outcome::SignedOut;
        break;
    default:
        // Closed without an answer (the application is quitting): stay locked.
        return;
    }
    emit sessionEnded(m_outcome);
}

void SessionGuard::cover()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !qobject_cast<SignInDialog*>(window) && window->windowType() != Qt::Popup &&
            window->windowType() != Qt::ToolTip)
            m_covers << new PrivacyCover(window);
    }
}

void SessionGuard::uncover()
{
    for (const QPointer<QWidget>& c : std::as_const(m_covers)) {
        if (c) {
            c->hide();
            c->deleteLater();
        }
    }
    m_covers.clear();
}
