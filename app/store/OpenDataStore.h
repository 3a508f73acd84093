#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>

struct sqlite3_stmt;

// The writes of an open-data import, a million rows at a time: three statements prepared once for the whole
// import and values bound as they are, without a QVariant per value (on SQLite through the C API; on
// PostgreSQL through Query). Runs inside the import's one transaction.
class OpenDataStore
{
public:
    explicit OpenDataStore(const Database& database);
    ~OpenDataStore();
    OpenDataStore(const OpenDataStore&) = delete;
    OpenDataStore& operator=(const OpenDataStore&) = delete;

    // SQLite looks up each referral's region, hospital and bed profile, and each event's referral, on every
    // insert: a seventh of an import of 100,000 rows. An import's rows name only parents it has checked or made
    // itself in its own transaction, and leave the other references empty, so it switches these checks off.
    // SQLite allows that only outside a transaction: made before the import's transaction begins, ended after
    // it has ended. Nothing inside a transaction already open (the checks stay on).
    class ForeignKeysOff
    {
    public:
        explicit ForeignKeysOff(const Database& database);
        ~ForeignKeysOff();
        ForeignKeysOff(const ForeignKeysOff&) = delete;
        ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    private:
        const Database& m_database;
        bool m_off = false;
    };

    // A referral as the open data tells it. Empty texts of the optional columns (dates, closed_at) are NULL.
    struct Referral
    {
        QString uid;
        QString code;
        QString referringRegion;
        QString referringOrg;
        qint64 hospitalId = 0;
        QString profileCode;
        QString careForm;
        QString purpose;
        QString funding;
        QString territory;
        QString diagnosisCode;
        QString diagnosisName;
        QString status;
        QString registeredAt;
        QString scheduledDate;   // optional
        QString preliminaryDate; // optional
        QString hospitalizedOn;  // optional
        QString closedAt;        // optional
        QString notes;
        QString source;
        QString now;
        QString queueKey;
        bool documentsOk = false;
    };
    struct Event
    {
        QString uid;
        qint64 referralId = 0;
        QString happenedAt;
        QString actor;
        QString fromStatus; // optional
        QString toStatus;
        QString eventDate; // optional
        QString detail;
    };

    bool codeExists(const QString& code);
    // Whether the database has any referral at all (deleted ones included).
    bool anyReferral();
    // Returns the new referral's id.
    qint64 insertReferral(const Referral& referral);
    void insertEvent(const Event& event);

    // A load that at least doubles the referrals (a bureau's first import of the open data) goes faster without
    // the secondary indexes of referral and referral_event: SQLite then builds each once, sorted, instead of
    // inserting every row into ten of them at a random place (measured: a million rows into a new database in
    // 41-42 s instead of 61 s). On a database that already has more referrals than the load brings, rebuilding
    // would cost more than it saves, and nothing is done. The unique indexes (uid, code) stay, and so do the
    // partial indexes of the columns an imported referral leaves empty (patient, transfer, quota): no imported
    // row enters them, and rebuilding them would read the whole table for nothing. Both run inside
    // the import's transaction: if the import fails, rolling it back brings the indexes back as they were.
    // Returns whether the indexes were dropped; rebuildIndexes() must then run before the transaction commits.
    bool deferIndexes(qint64 newReferrals);
    void rebuildIndexes();

private:
    enum Statement { CodeExists, InsertReferral, InsertEvent, StatementCount };
    sqlite3_stmt* prepared(Statement which);
    void bindText(Statement which, int index, const QString& text, bool nullWhenEmpty = false);
    void step(sqlite3_stmt* statement, bool expectRow);

    const Database& m_database;
    struct sqlite3* m_sqlite = nullptr;
    std::array<sqlite3_stmt*, StatementCount> m_statements{};
    // The UTF-8 of bound texts, alive until the statement has run (bound without a copy), by statement and
    // parameter, with the text it was made from: most values of an import repeat row after row (the same
    // status, profile, stamp of the import, often the same date) as one shared QString, and are encoded once.
    struct Bound
    {
        QString text;
        QByteArray utf8;
    };
    std::array<std::array<Bound, 32>, StatementCount> m_bound;
    // The connection's checkpoint threshold and page cache before the import changed them.
    int m_autocheckpointPages = 1000;
    int m_cacheSize = -Database::cacheKiB;
    // The CREATE INDEX statements of the indexes deferIndexes() dropped, as the schema had them.
    QStringList m_deferredIndexes;
};
