#include "BackupStore.h"

#include "platform/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>
#include <QtEndian>

#include <cstring>
#include <functional>

#include <sqlite3.h>

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A raw connection to a backup file, closed whatever happens.
class RawFile
{
public:
    RawFile(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, Database::busyTimeoutMs);
    }
    ~RawFile() { sqlite3_close_v2(m_db); }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    int openCode() const { return m_rc; }
    sqlite3* handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// Runs one statement, calling row for each result row. Returns SQLite's code (SQLITE_OK when done).
int run(sqlite3* db, const QString& sql, const std::function<void(sqlite3_stmt*)>& row = {})
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return rc;
    }
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (row)
            row(statement);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

OperationError fileFailure(int rc, const QString& detail, const QString& path, const QString& doing)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return OperationError(OperationError::Kind::Storage,
                              BackupStore::tr("The disk holding %1 is full. Free some space or choose another "
                                              "folder, and try again.")
                                  .arg(native(QFileInfo(path).absolutePath())));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return OperationError(OperationError::Kind::Storage,
                              BackupStore::tr("Cannot write %1. Choose a folder you may write to.").arg(native(path)));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return OperationError(OperationError::Kind::Busy,
                              BackupStore::tr("The database stayed busy while %1. Try again in a moment.").arg(doing));
    default:
        return OperationError(OperationError::Kind::Storage,
                              BackupStore::tr("SQLite failed while %1 (%2).").arg(doing, detail));
    }
}

struct Content
{
    QMap<QString, qint64> counts;
    QString sha256;
    int rc = SQLITE_OK;
    QString error;
};

// Every row of every table in a fixed order — by name, then rowid (or the primary key of a WITHOUT ROWID
// table) — with each value's type and bytes, so the same rows give the same checksum on any SQLite version.
// The manifest's own rows are left out.
Content contentOf(sqlite3* db)
{
    Content content;
    QList<std::pair<QString, QString>> tables;
    content.rc = run(db,
                     QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                     [&](sqlite3_stmt* s) {
                         tables.append({columnText(s, 0), columnText(s, 1)});
                     });
    if (content.rc != SQLITE_OK) {
        content.error = QString::fromUtf8(sqlite3_errmsg(db));
        return content;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto addNumber = [&](qint64 n) {
        const qint64 le = qToLittleEndian(n);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&le), sizeof le));
    };
    for (const auto& [name, sql] : std::as_const(tables)) {
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            continue; // its rows live in shadow tables, which are hashed
        const QString quoted =
            QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        QString order = QStringLiteral("rowid");
        if (sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive)) {
            QMap<int, QString> key;
            const QString literal = QString(name).replace(QLatin1Char('\''), QLatin1String("''"));
            run(db, QStringLiteral("SELECT name, pk FROM pragma_table_info('%1')").arg(literal), [&](sqlite3_stmt* s) {
                if (const int pk = sqlite3_column_int(s, 1); pk > 0)
                    key.insert(pk, QLatin1Char('"') + columnText(s, 0) + QLatin1Char('"'));
            });
            order = QStringList(key.values()).join(QLatin1String(", "));
        }
        const QString where =
            name == QLatin1String("app_setting") ? QStringLiteral(" WHERE key NOT LIKE 'backup.%'") : QString();
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        qint64 rows = 0;
        const int rc = run(db, QStringLiteral("SELECT * FROM ") + quoted + where + QStringLiteral(" ORDER BY ") + order,
                           [&](sqlite3_stmt* s) {
                               ++rows;
                               const int columns = sqlite3_column_count(s);
                               for (int c = 0; c < columns; ++c) {
                                   const int type = sqlite3_column_type(s, c);
                                   hash.addData(QByteArrayView(reinterpret_cast<const char*>(&type), 1));
                                   switch (type) {
                                   case SQLITE_INTEGER:
                                       addNumber(sqlite3_column_int64(s, c));
                                       break;
                                   case SQLITE_FLOAT: {
                                       const double d = sqlite3_column_double(s, c);
                                       qint64 bits = 0;
                                       std::memcpy(&bits, &d, sizeof bits);
                                       addNumber(bits);
                                       break;
                                   }
                                   case SQLITE_NULL:
                                       break;
                                   default: { // text and blobs: their bytes, after their length
                                       const void* data = type == SQLITE_TEXT
                                                              ? static_cast<const void*>(sqlite3_column_text(s, c))
                                                              : sqlite3_column_blob(s, c);
                                       const int bytes = sqlite3_column_bytes(s, c);
                                       addNumber(bytes);
                                       hash.addData(QByteArrayView(static_cast<const char*>(data), bytes));
                                       break;
                                   }
                                   }
                               }
                           });
        if (rc != SQLITE_OK) {
            content.rc = rc;
            content.error = QString::fromUtf8(sqlite3_errmsg(db));
            return content;
        }
        addNumber(rows);
        content.counts.insert(name, rows);
    }
    content.sha256 = QString::fromLatin1(hash.result().toHex());
    return content;
}

QString countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> countsFromJson(const QString& text)
{
    QMap<QString, qint64> counts;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        counts.insert(it.key(), qint64(it.value().toDouble()));
    return counts;
}

} // namespace

void BackupStore::copyTo(const QString& target) const
{
    sqlite3* source = m_source.sqliteHandle();
    if (!source)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("A shared PostgreSQL database is backed up by its administrator with pg_dump (see the "
                                "README); joldama-cli backs up SQLite files."));
    copyFrom(source, target);
}

void BackupStore::copyFrom(sqlite3* source, const QString& target)
{
    if (!PrivateFiles::createEmpty(target))
        throw OperationError(
            OperationError::Kind::Storage,
            tr("Cannot create %1. Check that the folder exists and you may write to it.").arg(native(target)));
    RawFile copy(target, SQLITE_OPEN_READWRITE);
    if (!copy.isOpen())
        throw fileFailure(copy.openCode(), copy.error(), target, tr("creating the backup"));
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source, "main");
    if (!backup)
        throw fileFailure(sqlite3_errcode(copy.handle()), copy.error(), target, tr("starting the backup"));
    // All pages in one step: the copy is one snapshot, taken under a read transaction that lets every other
    // connection go on writing (WAL). A source locked for a moment (a checkpoint) is waited for briefly.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw fileFailure(rc, QString::fromUtf8(sqlite3_errstr(rc)), target, tr("copying the database"));
    if (finish != SQLITE_OK)
        throw fileFailure(finish, copy.error(), target, tr("copying the database"));
    // The copy took the source's WAL flag; a backup is one file, complete without a -wal beside it.
    QString mode;
    rc = run(copy.handle(), QStringLiteral("PRAGMA journal_mode = DELETE"),
             [&](sqlite3_stmt* s) { mode = columnText(s, 0); });
    if (rc != SQLITE_OK || mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        throw fileFailure(rc, copy.error(), target, tr("closing the backup"));
}

BackupStore::Manifest BackupStore::seal(const QString& file, Manifest manifest)
{
    RawFile copy(file, SQLITE_OPEN_READWRITE);
    if (!copy.isOpen())
        throw fileFailure(copy.openCode(), copy.error(), file, tr("sealing the backup"));
    int schema = 0;
    int rc = run(copy.handle(), QStringLiteral("SELECT max(version) FROM schema_version"),
                 [&](sqlite3_stmt* s) { schema = sqlite3_column_int(s, 0); });
    if (rc != SQLITE_OK)
        throw fileFailure(rc, copy.error(), file, tr("reading the backup's schema version"));
    const Content content = contentOf(copy.handle());
    if (content.rc != SQLITE_OK)
        throw fileFailure(content.rc, content.error, file, tr("reading the backup"));
    manifest.format = manifestFormat;
    manifest.schemaVersion = schema;
    manifest.rowCounts = content.counts;
    manifest.contentSha256 = content.sha256;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("backup.format"), QString::number(manifest.format)},
        {QStringLiteral("backup.made_at"), manifest.madeAt},
        {QStringLiteral("backup.app_version"), manifest.appVersion},
        {QStringLiteral("backup.schema_version"), QString::number(manifest.schemaVersion)},
        {QStringLiteral("backup.workstation"), manifest.workstation},
        {QStringLiteral("backup.source"), manifest.source},
        {QStringLiteral("backup.row_counts"), countsJson(manifest.rowCounts)},
        {QStringLiteral("backup.content_sha256"), manifest.contentSha256}};
    rc = run(copy.handle(), QStringLiteral("BEGIN IMMEDIATE"));
    if (rc == SQLITE_OK)
        rc = run(copy.handle(), QStringLiteral("DELETE FROM app_setting WHERE key LIKE 'backup.%'"));
    for (const auto& [key, value] : values) {
        if (rc != SQLITE_OK)
            break;
        sqlite3_stmt* insert = nullptr;
        rc = sqlite3_prepare_v2(copy.handle(), "INSERT INTO app_setting (key, value) VALUES (?, ?)", -1, &insert,
                                nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray k = key.toUtf8();
            const QByteArray v = value.toUtf8();
            sqlite3_bind_text(insert, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(insert) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(copy.handle());
        }
        sqlite3_finalize(insert);
    }
    if (rc == SQLITE_OK)
        rc = run(copy.handle(), QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        const OperationError error = fileFailure(rc, copy.error(), file, tr("writing the backup's manifest"));
        run(copy.handle(), QStringLiteral("ROLLBACK"));
        throw error;
    }
    return manifest;
}

BackupStore::Check BackupStore::check(const QString& file, int latestSchema)
{
    Check result;
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile()) {
        result.problems << tr("%1 does not exist or is not a file.").arg(native(file));
        return result;
    }
    {
        QFile raw(file);
        if (!raw.open(QIODevice::ReadOnly)) {
            result.problems << tr("Cannot read %1: %2.").arg(native(file), raw.errorString());
            return result;
        }
        if (raw.read(16) != QByteArray("SQLite format 3\0", 16)) {
            result.problems << tr("%1 is not a Joldama backup: it is not an SQLite database at all.").arg(native(file));
            return result;
        }
    }
    // Read-only, and as a URI so that nothing (no journal, no -wal) is created beside the file.
    const QString uri =
        QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    RawFile copy(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!copy.isOpen()) {
        result.problems << tr("%1 cannot be opened as a database (%2).").arg(native(file), copy.error());
        return result;
    }
    QStringList integrity;
    int rc = run(copy.handle(), QStringLiteral("PRAGMA integrity_check(20)"),
                 [&](sqlite3_stmt* s) { integrity << columnText(s, 0); });
    if (rc != SQLITE_OK) {
        result.integrity = copy.error();
        result.problems << tr("%1 is damaged: %2.").arg(native(file), result.integrity);
        return result;
    }
    result.integrity = integrity.join(QLatin1String("; "));
    if (integrity != QStringList{QStringLiteral("ok")}) {
        result.problems << tr("%1 is damaged (SQLite's integrity check: %2).")
                               .arg(native(file), integrity.mid(0, 3).join(QLatin1String("; ")));
        return result;
    }
    QStringList tables;
    run(copy.handle(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"),
        [&](sqlite3_stmt* s) { tables << columnText(s, 0); });
    if (!tables.contains(QStringLiteral("schema_version")) || !tables.contains(QStringLiteral("app_setting"))) {
        result.problems << tr("%1 is a database of another program, not a Joldama backup.").arg(native(file));
        return result;
    }
    QMap<QString, QString> keys;
    run(copy.handle(), QStringLiteral("SELECT key, value FROM app_setting WHERE key LIKE 'backup.%'"),
        [&](sqlite3_stmt* s) { keys.insert(columnText(s, 0), columnText(s, 1)); });
    Manifest& m = result.manifest;
    m.format = keys.value(QStringLiteral("backup.format")).toInt();
    m.madeAt = keys.value(QStringLiteral("backup.made_at"));
    m.appVersion = keys.value(QStringLiteral("backup.app_version"));
    m.schemaVersion = keys.value(QStringLiteral("backup.schema_version")).toInt();
    m.workstation = keys.value(QStringLiteral("backup.workstation"));
    m.source = keys.value(QStringLiteral("backup.source"));
    m.rowCounts = countsFromJson(keys.value(QStringLiteral("backup.row_counts")));
    m.contentSha256 = keys.value(QStringLiteral("backup.content_sha256"));
    if (!m.isValid() || m.contentSha256.isEmpty()) {
        result.problems << tr("%1 is a Joldama database but not a backup made by Joldama (it has no manifest). "
                              "Make a backup of it with joldama-cli --db %1 backup -o FILE.")
                               .arg(native(file));
        return result;
    }
    if (m.format > manifestFormat)
        result.problems << tr("%1 was made by a newer Joldama (backup format %2). Use that Joldama to check it.")
                               .arg(native(file))
                               .arg(m.format);
    int schema = 0;
    run(copy.handle(), QStringLiteral("SELECT max(version) FROM schema_version"),
        [&](sqlite3_stmt* s) { schema = sqlite3_column_int(s, 0); });
    if (schema != m.schemaVersion)
        result.problems << tr("The schema version in %1 (%2) differs from its manifest (%3).")
                               .arg(native(file))
                               .arg(schema)
                               .arg(m.schemaVersion);
    result.newerSchema = schema > latestSchema;
    QStringList orphans;
    rc = run(copy.handle(), QStringLiteral("PRAGMA foreign_key_check"), [&](sqlite3_stmt* s) {
        ++result.foreignKeyProblems;
        if (orphans.size() < 3)
            orphans << columnText(s, 0);
    });
    if (rc != SQLITE_OK || result.foreignKeyProblems > 0)
        result.problems << tr("%1 rows in %2 point at records that are not there.")
                               .arg(result.foreignKeyProblems)
                               .arg(orphans.join(QLatin1String(", ")));
    const Content content = contentOf(copy.handle());
    if (content.rc != SQLITE_OK) {
        result.problems << tr("%1 cannot be read whole (%2).").arg(native(file), content.error);
        return result;
    }
    result.rowCounts = content.counts;
    QStringList differing;
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it) {
        if (content.counts.value(it.key(), -1) != it.value())
            differing << QStringLiteral("%1 (%2 instead of %3)")
                             .arg(it.key())
                             .arg(content.counts.value(it.key(), 0))
                             .arg(it.value());
    }
    for (auto it = content.counts.cbegin(); it != content.counts.cend(); ++it) {
        if (!m.rowCounts.contains(it.key()))
            differing << it.key();
    }
    if (!differing.isEmpty())
        result.problems
            << tr("Rows are missing or added since the backup was made: %1.").arg(differing.join(QLatin1String(", ")));
    else if (content.sha256 != m.contentSha256)
        result.problems
            << tr("The contents of %1 changed since the backup was made (the checksum differs).").arg(native(file));
    result.fileSha256 = fileSha256(file);
    QFile sidecar(sidecarPath(file));
    if (sidecar.open(QIODevice::ReadOnly)) {
        const QString recorded = QString::fromLatin1(sidecar.readLine()).section(QLatin1Char(' '), 0, 0).trimmed();
        result.sidecar = recorded.compare(result.fileSha256, Qt::CaseInsensitive) == 0 ? Check::Sidecar::Matches
                                                                                       : Check::Sidecar::Differs;
        if (result.sidecar == Check::Sidecar::Differs)
            result.problems << tr("The file's SHA-256 differs from the one in %1: the file was changed after the "
                                  "backup was made.")
                                   .arg(native(sidecarPath(file)));
    }
    result.ok = result.problems.isEmpty();
    return result;
}

QString BackupStore::fileSha256(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

void BackupStore::writeSidecar(const QString& file, const QString& sha256)
{
    const QString path = sidecarPath(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot write %1: %2.").arg(native(path), out.errorString()));
    out.write(sha256.toLatin1() + "  " + QFileInfo(file).fileName().toUtf8() + '\n');
    if (!out.commit())
        throw OperationError(OperationError::Kind::Storage,
                             tr("Cannot write %1: %2.").arg(native(path), out.errorString()));
    PrivateFiles::restrictToOwner(path);
}
