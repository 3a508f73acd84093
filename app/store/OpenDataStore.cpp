#include "OpenDataStore.h"

#include "Query.h"

#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

namespace {
// Each statement is one literal split over lines; the parentheses tell clang the concatenation is meant.
const char* const statementSql[] = {
    "SELECT 1 FROM referral WHERE code = ?",
    ("INSERT INTO referral (uid, code, patient_id, referring_region, referring_org, referring_doctor, hospital_id, "
     "profile_code, care_form, purpose, funding, territory, priority, diagnosis_code, diagnosis_name, status, "
     "registered_at, scheduled_date, preliminary_date, hospitalized_on, discharged_on, closed_at, emergency, "
     "emergency_source, transferred_from_id, notes, source, created_at, updated_at, queue_key, documents_ok) VALUES "
     "(?, ?, NULL, ?, ?, '', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0, NULL, NULL, ?, ?, ?, ?, ?, ?)"),
    ("INSERT INTO referral_event (uid, referral_id, happened_at, actor, from_status, to_status, reason_code, reason, "
     "event_date, detail) VALUES (?, ?, ?, ?, ?, ?, NULL, '', ?, ?)"),
};

// The page cache of an import, in KiB (SQLite's default is 2,000).
constexpr int importCacheKiB = 131072;

QVariant text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

QVariant optional(const QByteArray& utf8)
{
    return utf8.isEmpty() ? QVariant() : text(utf8);
}
} // namespace

OpenDataStore::ForeignKeysOff::ForeignKeysOff(const Database& database)
    : m_database(database)
{
    if (!database.sqliteHandle() || database.writeDepth() > 0)
        return;
    m_database.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_off = true;
}

OpenDataStore::ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_off)
        return;
    try {
        m_database.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const OperationError&) {
        // Switching a pragma does not touch the disk; it fails only with the connection itself.
    }
}

OpenDataStore::OpenDataStore(const Database& database)
    : m_database(database)
    , m_sqlite(database.sqliteHandle())
{
    // A bulk load writes to a dozen indexes: with SQLite's default 2 MB page cache every insert would read
    // pages back from disk.
    if (m_sqlite) {
        m_cacheSize = Query(m_database, QStringLiteral("PRAGMA cache_size")).scalar().toInt();
        m_database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(importCacheKiB));
        // SQLite checks "x IN (…)" constraints by building a small temporary index for each list on every
        // insert: four of them per referral, an eighth of the import's time. The import's coded values come
        // from fixed sets (OpenDataService maps every word to a code of the set; insertReferral checks again),
        // so the database need not check them row by row.
        m_database.execute(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        // The commit does not copy the load into the database file itself: Database::checkpointInBackground
        // does, after it.
        m_autocheckpointPages = Query(m_database, QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt();
        m_database.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
}

OpenDataStore::~OpenDataStore()
{
    for (sqlite3_stmt* statement : m_statements)
        sqlite3_finalize(statement);
    if (m_sqlite) {
        try {
            m_database.execute(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
            m_database.execute(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autocheckpointPages));
            m_database.execute(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        } catch (const OperationError&) {
            // Only the cache size is lost; the connection goes on with the larger one.
        }
    }
}

sqlite3_stmt* OpenDataStore::prepared(Statement which)
{
    sqlite3_stmt*& statement = m_statements[which];
    if (!statement) {
        if (sqlite3_prepare_v3(m_sqlite, statementSql[which], -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            throw m_database.failure(QSqlError(message, message, QSqlError::StatementError,
                                               QString::number(sqlite3_extended_errcode(m_sqlite))),
                                     QStringLiteral("preparing the import"));
        }
    }
    return statement;
}

void OpenDataStore::bindText(Statement which, int index, const QByteArray& utf8, bool nullWhenEmpty)
{
    sqlite3_stmt* statement = m_statements[which];
    if (nullWhenEmpty && utf8.isEmpty()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    // Without a copy: the caller's bytes outlive the statement's run.
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool OpenDataStore::inSet(CodedColumn column, const QByteArray& value, const QByteArrayList& set)
{
    QByteArray& checked = m_checked[column];
    if (!value.isEmpty() && checked.isSharedWith(value))
        return true;
    if (!set.contains(value))
        return false;
    checked = value;
    return true;
}

void OpenDataStore::step(sqlite3_stmt* statement, bool expectRow)
{
    const int rc = sqlite3_step(statement);
    if (rc == (expectRow ? SQLITE_ROW : SQLITE_DONE))
        return;
    sqlite3_reset(statement);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    throw m_database.failure(
        QSqlError(message, message, QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_sqlite))),
        QStringLiteral("importing"));
}

bool OpenDataStore::codeExists(const QString& code)
{
    if (!m_sqlite)
        return Query(m_database, QString::fromLatin1(statementSql[CodeExists])).bind(code).scalar().isValid();
    sqlite3_stmt* s = prepared(CodeExists);
    const QByteArray utf8 = code.toUtf8();
    bindText(CodeExists, 1, utf8);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        throw m_database.failure(
            QSqlError(message, message, QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_sqlite))),
            QStringLiteral("importing"));
    }
    return rc == SQLITE_ROW;
}

bool OpenDataStore::anyReferral()
{
    return Query(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM referral)")).scalar().toBool();
}

qint64 OpenDataStore::insertReferral(const Referral& r, qint64 hospitalId, const QByteArray& preliminaryDate,
                                     bool documentsOk)
{
    // The checks of the schema, made here once per row because SQLite's are switched off for the import.
    static const QByteArrayList careForms{"round_the_clock", "day"};
    static const QByteArrayList purposes{"surgical", "conservative", "diagnostics", "rehabilitation"};
    static const QByteArrayList fundings{"gobmp", "osms", "htmc", "paid"};
    static const QByteArrayList territories{"city", "village"};
    static const QByteArrayList statuses{"registered", "scheduled", "hospitalized", "refused"};
    if (!inSet(CareForm, r.careForm, careForms) || !inSet(Purpose, r.purpose, purposes) ||
        !inSet(Funding, r.funding, fundings) || !inSet(Territory, r.territory, territories) ||
        !inSet(Status, r.status, statuses))
        throw OperationError(OperationError::Kind::Storage,
                             QStringLiteral("An imported referral has a value outside its set (%1, %2, %3, %4, %5).")
                                 .arg(QString::fromUtf8(r.careForm), QString::fromUtf8(r.purpose),
                                      QString::fromUtf8(r.funding), QString::fromUtf8(r.territory),
                                      QString::fromUtf8(r.status)));
    if (!m_sqlite) {
        return Query(m_database, QString::fromLatin1(statementSql[InsertReferral]) + QStringLiteral(" RETURNING id"))
            .bind(text(r.uid))
            .bind(text(r.code))
            .bind(text(r.referringRegion))
            .bind(text(r.referringOrg))
            .bind(hospitalId)
            .bind(text(r.profileCode))
            .bind(text(r.careForm))
            .bind(text(r.purpose))
            .bind(text(r.funding))
            .bind(text(r.territory))
            .bind(text(r.diagnosisCode))
            .bind(text(r.diagnosisName))
            .bind(text(r.status))
            .bind(text(r.registeredAt))
            .bind(optional(r.scheduledDate))
            .bind(optional(preliminaryDate))
            .bind(optional(r.hospitalizedOn))
            .bind(optional(r.closedAt))
            .bind(text(r.notes))
            .bind(text(r.source))
            .bind(text(r.now))
            .bind(text(r.now))
            .bind(text(r.queueKey))
            .bind(documentsOk ? 1 : 0)
            .scalar()
            .toLongLong();
    }
    sqlite3_stmt* s = prepared(InsertReferral);
    int i = 0;
    bindText(InsertReferral, ++i, r.uid);
    bindText(InsertReferral, ++i, r.code);
    bindText(InsertReferral, ++i, r.referringRegion);
    bindText(InsertReferral, ++i, r.referringOrg);
    sqlite3_bind_int64(s, ++i, hospitalId);
    bindText(InsertReferral, ++i, r.profileCode);
    bindText(InsertReferral, ++i, r.careForm);
    bindText(InsertReferral, ++i, r.purpose);
    bindText(InsertReferral, ++i, r.funding);
    bindText(InsertReferral, ++i, r.territory);
    bindText(InsertReferral, ++i, r.diagnosisCode);
    bindText(InsertReferral, ++i, r.diagnosisName);
    bindText(InsertReferral, ++i, r.status);
    bindText(InsertReferral, ++i, r.registeredAt);
    bindText(InsertReferral, ++i, r.scheduledDate, true);
    bindText(InsertReferral, ++i, preliminaryDate, true);
    bindText(InsertReferral, ++i, r.hospitalizedOn, true);
    bindText(InsertReferral, ++i, r.closedAt, true);
    bindText(InsertReferral, ++i, r.notes);
    bindText(InsertReferral, ++i, r.source);
    bindText(InsertReferral, ++i, r.now);
    bindText(InsertReferral, ++i, r.now);
    bindText(InsertReferral, ++i, r.queueKey);
    sqlite3_bind_int(s, ++i, documentsOk ? 1 : 0);
    // Not RETURNING: SQLite collects returned rows in a temporary table, which costs a sixth of the insert.
    step(s, false);
    sqlite3_reset(s);
    return sqlite3_last_insert_rowid(m_sqlite);
}

void OpenDataStore::insertEvent(const Event& e, qint64 referralId)
{
    if (!m_sqlite) {
        Query(m_database, QString::fromLatin1(statementSql[InsertEvent]))
            .bind(text(e.uid))
            .bind(referralId)
            .bind(text(e.happenedAt))
            .bind(text(e.actor))
            .bind(optional(e.fromStatus))
            .bind(text(e.toStatus))
            .bind(optional(e.eventDate))
            .bind(text(e.detail))
            .exec();
        return;
    }
    sqlite3_stmt* s = prepared(InsertEvent);
    int i = 0;
    bindText(InsertEvent, ++i, e.uid);
    sqlite3_bind_int64(s, ++i, referralId);
    bindText(InsertEvent, ++i, e.happenedAt);
    bindText(InsertEvent, ++i, e.actor);
    bindText(InsertEvent, ++i, e.fromStatus, true);
    bindText(InsertEvent, ++i, e.toStatus);
    bindText(InsertEvent, ++i, e.eventDate, true);
    bindText(InsertEvent, ++i, e.detail);
    step(s, false);
    sqlite3_reset(s);
}

bool OpenDataStore::deferIndexes(qint64 newReferrals)
{
    // Below this, building the indexes costs about what inserting into them does.
    constexpr qint64 smallestLoad = 10000;
    if (!m_sqlite || !m_deferredIndexes.isEmpty() || newReferrals < smallestLoad)
        return false;
    // The largest id tells the size of the table at once, where counting would read all of it.
    const qint64 existing =
        Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM referral")).scalar().toLongLong();
    if (newReferrals < existing)
        return false;
    // The columns insertReferral leaves NULL: an index "WHERE column IS NOT NULL" on one of them gains no entry.
    static const QRegularExpression neverEntered(
        QStringLiteral("WHERE\\s+(patient_id|transferred_from_id|quota_profile)\\s+IS\\s+NOT\\s+NULL\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    {
        Query indexes(m_database, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                                 "tbl_name IN ('referral', 'referral_event') AND sql IS NOT NULL "
                                                 "ORDER BY name"));
        indexes.exec();
        while (indexes.next()) {
            const QString sql = indexes.text(1);
            if (neverEntered.match(sql).hasMatch())
                continue;
            names << indexes.text(0);
            m_deferredIndexes << sql;
        }
    }
    for (const QString& name : std::as_const(names))
        m_database.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    return !names.isEmpty();
}

void OpenDataStore::rebuildIndexes()
{
    // SQLite sorts the rows of each new index in pieces as large as its page cache, then merges them. In pieces
    // of the import's 128 MB a million referrals' ten indexes took 13.8 s in the sqlite3 shell; in pieces of
    // SQLite's default 2 MB, merged by two worker threads, 5.9 s (the import of a million rows into a new
    // database: 41-42 s instead of 45). A setting that cannot change now only makes the build slower.
    const auto tune = [this](const QString& pragma) {
        try {
            m_database.execute(pragma);
        } catch (const OperationError&) {
        }
    };
    tune(QStringLiteral("PRAGMA cache_size = -2000"));
    tune(QStringLiteral("PRAGMA threads = 2"));
    for (const QString& sql : std::as_const(m_deferredIndexes))
        m_database.execute(sql);
    m_deferredIndexes.clear();
    tune(QStringLiteral("PRAGMA threads = 0"));
    tune(QStringLiteral("PRAGMA cache_size = -%1").arg(importCacheKiB));
}
