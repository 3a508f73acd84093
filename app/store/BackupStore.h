#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

struct sqlite3;

// Backup files of an SQLite database, through the SQLite C API: the online copy of the open database, the
// manifest sealed into the copy, and every check of a copy made later.
//
// A backup is one self-contained SQLite file (rollback journal, not WAL, so it is complete without companions)
// that carries its own manifest in its app_setting table, keys "backup.*":
//   backup.format          1
//   backup.made_at         the instant the snapshot was taken (UTC ISO 8601)
//   backup.app_version     the Joldama that made it
//   backup.schema_version  the copy's schema version
//   backup.workstation     the computer that made it
//   backup.source          the database it was copied from
//   backup.row_counts      {"table": rows, …} as JSON
//   backup.content_sha256  SHA-256 over every row of every table, in a fixed order (see contentOf)
// The manifest rows themselves are left out of the counts and of the content checksum. Inside the file, the
// checksum travels with the copy wherever it is carried; a sidecar FILE.sha256 (sha256sum's format) holds the
// SHA-256 of the file's bytes for standard tools and is checked too when it is there.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    struct Manifest
    {
        int format = 0;
        QString madeAt;
        QString appVersion;
        int schemaVersion = 0;
        QString workstation;
        QString source;
        QMap<QString, qint64> rowCounts;
        QString contentSha256;
        bool isValid() const { return format > 0; }
        qint64 rows(const QString& table) const { return rowCounts.value(table); }
    };

    // The outcome of checking a backup file. ok is false when any problem was found; problems say what, for the
    // administrator, each in one sentence.
    struct Check
    {
        bool ok = false;
        QStringList problems;
        Manifest manifest;
        QMap<QString, qint64> rowCounts; // counted now
        QString integrity;               // "ok", or SQLite's first complaints
        int foreignKeyProblems = 0;
        QString fileSha256;
        enum class Sidecar { Missing, Matches, Differs } sidecar = Sidecar::Missing;
        bool newerSchema = false; // made by a newer Joldama: good, but this program cannot restore it
    };

    static constexpr int manifestFormat = 1;

    explicit BackupStore(const Database& source)
        : m_source(source)
    {}

    // Copies the open database into target (created, private to the user; it must not exist) as one consistent
    // snapshot, while other connections and processes go on reading and writing. Throws OperationError.
    void copyTo(const QString& target) const;
    // The same from a raw connection (the restore's exclusive hold).
    static void copyFrom(sqlite3* source, const QString& target);

    // Counts the copy's rows, computes its content checksum and writes the manifest into it.
    static Manifest seal(const QString& file, Manifest manifest);
    // Checks a backup file without changing it: integrity_check, foreign_key_check, the manifest, its schema
    // version against latestSchema, the row counts and content checksum against the manifest, and the sidecar.
    static Check check(const QString& file, int latestSchema);

    static QString fileSha256(const QString& file);
    static QString sidecarPath(const QString& file) { return file + QStringLiteral(".sha256"); }
    // Writes FILE.sha256 in sha256sum's format ("<hex>  <name>"), private to the user.
    static void writeSidecar(const QString& file, const QString& sha256);

private:
    const Database& m_source;
};
