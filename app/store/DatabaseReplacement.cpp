#include "DatabaseReplacement.h"

#include "Query.h"
#include "domain/OperationError.h"
#include "platform/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

// What the old file's first bytes become: SQLite reads it as "file is not a database" from then on.
constexpr char replacedMark[] = "Joldama:restored";
static_assert(sizeof replacedMark - 1 == 16, "the SQLite header's magic is 16 bytes");
} // namespace

DatabaseReplacement::DatabaseReplacement(QString livePath)
    : m_live(std::move(livePath))
{}

DatabaseReplacement::~DatabaseReplacement()
{
    release();
}

bool DatabaseReplacement::liveExists() const
{
    return QFileInfo::exists(m_live);
}

void DatabaseReplacement::release()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void DatabaseReplacement::holdExclusively()
{
    if (!liveExists())
        return;
    int rc = sqlite3_open_v2(QFile::encodeName(m_live).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        release();
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot open the database %1 to replace it (%2). Nothing was changed.").arg(native(m_live), detail));
    }
    // A moment's wait covers a command finishing; a window kept open is not waited for.
    sqlite3_busy_timeout(m_db, 2000);
    rc = exec(m_db, "PRAGMA locking_mode = EXCLUSIVE");
    if (rc == SQLITE_OK)
        rc = exec(m_db, "BEGIN EXCLUSIVE");
    if (rc == SQLITE_OK)
        rc = exec(m_db, "COMMIT"); // the lock stays: exclusive locking mode keeps it until the connection closes
    if (rc == SQLITE_OK)
        rc = exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
    if (rc != SQLITE_OK) {
        const int code = sqlite3_errcode(m_db) & 0xff;
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        release();
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw OperationError(OperationError::Kind::Busy,
                                 tr("Joldama is still open on %1 (a window or a command, on this computer or another). "
                                    "Close every Joldama that uses this database and try again. Nothing was changed.")
                                     .arg(native(m_live)));
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot take the database %1 for the restore (%2). Nothing was changed.").arg(native(m_live), detail));
    }
}

void DatabaseReplacement::prepare(const QString& replacement)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(replacement).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = exec(db, "DELETE FROM app_setting WHERE key LIKE 'backup.%'");
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot prepare %1 for the restore (%2). Nothing was changed.").arg(native(replacement), detail));
    PrivateFiles::syncFile(replacement);
}

void DatabaseReplacement::replaceWith(const QString& replacement)
{
    const QString wal = m_live + QStringLiteral("-wal");
    const QString shm = m_live + QStringLiteral("-shm");
    QFile old(m_live);
    QByteArray header;
    if (m_db) {
        // Out of WAL mode while held: the WAL is folded into the old file and deleted, so nothing of the old
        // database is left beside the path for the new one to pick up.
        if (exec(m_db, "PRAGMA journal_mode = DELETE") != SQLITE_OK)
            throw OperationError(OperationError::Kind::Storage,
                                 tr("Cannot close the write-ahead log of %1 (%2). Nothing was changed.")
                                     .arg(native(m_live), QString::fromUtf8(sqlite3_errmsg(m_db))));
        if (!old.open(QIODevice::ReadWrite))
            throw OperationError(
                OperationError::Kind::Storage,
                tr("Cannot write %1: %2. Nothing was changed.").arg(native(m_live), old.errorString()));
        header = old.read(16);
        old.seek(0);
        old.write(replacedMark, 16);
        old.flush();
    }
    QFile::remove(wal);
    QFile::remove(shm);
    release();
    QString error;
    if (!PrivateFiles::replace(replacement, m_live, &error)) {
        if (old.isOpen()) { // put the old database back as it was
            old.seek(0);
            old.write(header);
            old.flush();
        }
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot put the backup in place of %1 (%2). Nothing was changed.").arg(native(m_live), error));
    }
    PrivateFiles::syncFolder(QFileInfo(m_live).absolutePath());
    PrivateFiles::restrictDatabase(m_live);
}

void DatabaseReplacement::attachReplaced(const Database& restored, const QString& safetyCopy)
{
    Query(restored, QStringLiteral("ATTACH DATABASE ? AS replaced")).bind(safetyCopy).exec();
}

void DatabaseReplacement::carryCodeSequences(const Database& restored)
{
    // Matched by the hospital's code, not its id: a hospital added after the backup has no row here.
    Query(restored,
          QStringLiteral("INSERT INTO referral_sequence (hospital_id, profile_code, next_value) SELECT h.id, "
                         "s.profile_code, s.next_value FROM replaced.referral_sequence s JOIN replaced.hospital rh ON "
                         "rh.id = s.hospital_id JOIN main.hospital h ON h.code = rh.code JOIN main.bed_profile p ON "
                         "p.code = s.profile_code WHERE true ON CONFLICT (hospital_id, profile_code) DO UPDATE SET "
                         "next_value = max(referral_sequence.next_value, excluded.next_value)"))
        .exec();
}

void DatabaseReplacement::detachReplaced(const Database& restored)
{
    Query(restored, QStringLiteral("DETACH DATABASE replaced")).exec();
}
