#pragma once

#include <QString>

// Files that hold the bureau's patients — the database, its -wal and -shm, every backup — are private to the
// user who runs Joldama (0600 on Linux), and a file that replaces another does so in one step. The one place
// that asks the operating system for that (DESIGN.md: no POSIX-only calls elsewhere).
namespace PrivateFiles {

// Creates an empty file readable and writable by its owner alone; false if it exists or cannot be made.
bool createEmpty(const QString& path);
// Takes read and write permission away from the group and others (a no-op for a file that does not exist).
bool restrictToOwner(const QString& path);
// The database file and its -wal and -shm companions, whichever exist.
void restrictDatabase(const QString& databasePath);
// True when only the owner may read the file.
bool isPrivate(const QString& path);

// Moves from over to in one step (rename(2), or MoveFileEx on Windows): anyone opening to afterwards
// finds either the old file or the new one, never a mixture or nothing. Both must be in the same folder.
bool replace(const QString& from, const QString& to, QString* error = nullptr);
// Flushes a folder's entries to the disk, so a rename survives a power cut (POSIX; nothing to do on Windows).
void syncFolder(const QString& folder);
// Flushes a file's contents to the disk.
bool syncFile(const QString& path);

} // namespace PrivateFiles
