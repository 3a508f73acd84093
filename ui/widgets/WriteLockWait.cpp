#include "widgets/WriteLockWait.h"

#include "store/Database.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

bool WriteLockWait::untilFree(QWidget* parent, const DatabaseLocation& location)
{
    if (!Database::writeLockTaken(location))
        return true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QDialog note(parent);
    note.setObjectName(QStringLiteral("writeLockWaitNote"));
    note.setWindowTitle(tr("Waiting for another workstation"));
    auto* text = new QLabel(tr("Another workstation is saving to the database. Your changes are kept and will be "
                               "saved as soon as it has finished."),
                            &note);
    text->setObjectName(QStringLiteral("writeLockWaitText"));
    text->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &note);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop waiting"));
    auto* layout = new QVBoxLayout(&note);
    layout->addWidget(text);
    layout->addWidget(buttons);
    note.resize(420, note.sizeHint().height());
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!Database::writeLockTaken(location))
            loop.quit();
    });
    poll.start();
    // Modal: while waiting, the only thing to press is Stop waiting; the form behind it stays as typed.
    note.setWindowModality(Qt::ApplicationModal);
    note.show();
    loop.exec();
    QApplication::restoreOverrideCursor();
    return !cancelled;
}
