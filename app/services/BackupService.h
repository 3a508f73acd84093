#pragma once

#include "domain/BackupRetention.h"
#include "domain/Clock.h"
#include "store/BackupLogStore.h"
#include "store/BackupStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Backups of the open SQLite database: made while clerks go on working, checked before they count, recorded in
// the database, and kept by a retention policy in the automatic backups' folder. The store does the copying and
// the checks (BackupStore); this service decides what is made when, under which name, and what is kept.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(Database& database, const Clock& clock = Clock::system());

    enum class Kind { Manual, Automatic };
    struct Result
    {
        QString path;
        QString sha256;
        qint64 sizeBytes = 0;
        BackupStore::Manifest manifest;
        qint64 elapsedMs = 0;
        QString recordError; // the backup is good, but it could not be noted in the database
    };

    // Copies the database to target (replaced if it exists) and checks the copy; only a copy that passes its
    // check is kept, under target, with target.sha256 beside it. Throws OperationError with what to do.
    Result backUp(const QString& target, Kind kind = Kind::Manual);

    struct AutomaticRun
    {
        bool made = false; // false: today's backup already existed
        Result result;
        QStringList removed; // older copies the retention policy let go
    };
    // The day's backup into folder unless one of today is there, then the retention policy. Throws when the
    // backup could not be made (older copies are then all kept).
    AutomaticRun runAutomatic(const QString& folder, const BackupRetention::Policy& policy = {});

    // The automatic backups in folder (joldama-YYYYMMDD-HHMMSS.sqlite) with the instants in their names; other
    // files are never touched.
    static QList<std::pair<QString, QDateTime>> automaticBackups(const QString& folder);
    static QString automaticName(const QDateTime& made);

    struct Status
    {
        std::optional<BackupLogStore::Entry> lastGood;
        bool stale = true; // none, or older than staleAfterHours
    };
    Status status() const;
    static constexpr int staleAfterHours = 48;

    // Checks a backup file against this program's schema.
    static BackupStore::Check verify(const QString& file);
    static int latestSchemaVersion();
    // Why Joldama makes no backup of a shared PostgreSQL database, and what the administrator runs instead.
    static QString onServerMessage();

private:
    Database& m_database;
    const Clock& m_clock;
};
