#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;
class Workspace;

// Locks the window after the bureau's idle time (10 minutes unless set otherwise) once the database has user
// accounts — HIPAA's automatic logoff, as KeePassXC does it: an application-wide event filter restarts a timer
// on every key, click, wheel or touch. Locked, every open window of the application is covered, so no patient's
// data shows until the same person enters the password again (SignInDialog). Someone else signing in, or the
// person signing out, ends the session instead: sessionEnded() tells the application to close the windows.
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Continue, SignedOut, Switched };
    Q_ENUM(Outcome)

    explicit SessionGuard(Workspace& workspace, QObject* parent = nullptr);
    ~SessionGuard() override;

    // Tests: a shorter idle time.
    void setIdleInterval(int milliseconds);
    int idleInterval() const { return m_timer.interval(); }
    bool isLocked() const { return m_locked; }
    Outcome outcome() const { return m_outcome; }
    // The covers over the windows while locked.
    QList<QWidget*> covers() const;

public slots:
    // Starts watching for idle time (at once when the database has accounts; after its first account is made).
    void start();
    // Locks now (idle time, or File → Lock).
    void lock();
    // File → Sign out: the session ends, the windows close.
    void signOut();

signals:
    void locked();
    void unlocked();
    void sessionEnded(SessionGuard::Outcome outcome);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void askToUnlock();
    void cover();
    void uncover();

    Workspace& m_workspace;
    QTimer m_timer;
    bool m_locked = false;
    bool m_asking = false;
    bool m_watching = false;
    Outcome m_outcome = Outcome::Continue;
    QList<QPointer<QWidget>> m_covers;
};
