#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Answers the next modal dialog of a GUI test, which exec() would otherwise wait on forever: waits until
// one is shown (with this object name, when one is given) and is the active window, so that keys reach it
// on a busy machine; runs the steps; then closes the dialog if the steps left it open, so that a failed
// check inside them never leaves the test blocked.
class ModalDriver : public QObject
{
public:
    explicit ModalDriver(QObject* parent = nullptr);

    void onNext(std::function<void(QWidget*)> steps, const QString& objectName = {});
    // The steps of the last onNext() have run.
    bool done() const { return m_done; }

private:
    bool m_done = false;
};
