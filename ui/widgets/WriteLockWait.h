#pragma once

#include <QCoreApplication>

struct DatabaseLocation;
class QWidget;

// Before a save: while another workstation holds the database's write lock, the clerk sees a busy cursor
// and a note "waiting for another workstation" at once, the window keeps painting, and the save goes ahead
// as soon as the lock is free — instead of a window frozen for seconds with no sign.
class WriteLockWait
{
    Q_DECLARE_TR_FUNCTIONS(WriteLockWait)

public:
    // Returns when the write lock is free (true) or the clerk pressed Cancel (false: nothing is saved, the
    // form stays as it was). Returns at once when nobody holds the lock.
    static bool untilFree(QWidget* parent, const DatabaseLocation& location);

    // How often the lock is asked about while waiting.
    static constexpr int pollMs = 100;
};
