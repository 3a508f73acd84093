#pragma once

// What the two programs do first, before any patient's data is touched (the one place that asks the operating
// system for it, DESIGN.md): every file they create — the database and its -wal and -shm, exports, PDFs,
// backups, key files — is readable by its owner alone (umask 077 on Linux; Windows gives a user's files to the
// user already), and a release build leaves no core dump holding passwords or records behind.
namespace ProcessHardening {
void apply();
}
