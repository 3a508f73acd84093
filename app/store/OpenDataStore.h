#pragma once

#include "Database.h"

#include <QByteArray>
#include <QByteArrayList>
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

    // A referral as the open data tells it, its texts in UTF-8 as they are bound: the import makes them on its
    // reading thread, so the writing thread neither encodes nor copies a string. Empty texts of the optional
    // columns (dates, closed_at) are NULL.
    struct Referral
    {
        QByteArray uid;
        QByteArray code;
        QByteArray referringRegion;
        QByteArray referringOrg;
        QByteArray profileCode;
        QByteArray careForm;
        QByteArray purpose;
        QByteArray funding;
        QByteArray territory;
        QByteArray diagnosisCode;
        QByteArray diagnosisName;
        QByteArray status;
        QByteArray registeredAt;
        QByteArray scheduledDate;  // optional
        QByteArray hospitalizedOn; // optional
        QByteArray closedAt;       // optional
        QByteArray notes;
        QByteArray source;
        QByteArray now;
        QByteArray queueKey;
    };
    struct Event
    {
        QByteArray uid;
        QByteArray happenedAt;
        QByteArray actor;
        QByteArray fromStatus; // optional
        QByteArray toStatus;
        QByteArray eventDate; // optional
        QByteArray detail;
    };

    bool codeExists(const QString& code);
    // Whether the database has any referral at all (deleted ones included).
    bool anyReferral();
    // Returns the new referral's id. The queue's planning gives the hospital, the preliminary date (optional)
    // and whether the documents are complete by then.
    qint64 insertReferral(const Referral& referral, qint64 hospitalId, const QByteArray& preliminaryDate,
                          bool documentsOk);
    void insertEvent(const Event& event, qint64 referralId);

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
    void bindText(Statement which, int index, const QByteArray& utf8, bool nullWhenEmpty = false);
    void step(sqlite3_stmt* statement, bool expectRow);
    enum CodedColumn { CareForm, Purpose, Funding, Territory, Status, CodedColumnCount };
    bool inSet(CodedColumn column, const QByteArray& value, const QByteArrayList& set);

    const Database& m_database;
    struct sqlite3* m_sqlite = nullptr;
    std::array<sqlite3_stmt*, StatementCount> m_statements{};
    // The last value of each coded column found in its set: the import passes the same few shared values row
    // after row.
    std::array<QByteArray, CodedColumnCount> m_checked;
    // The connection's checkpoint threshold and page cache before the import changed them.
    int m_autocheckpointPages = 1000;
    int m_cacheSize = -Database::cacheKiB;
    // The CREATE INDEX statements of the indexes deferIndexes() dropped, as the schema had them.
    QStringList m_deferredIndexes;
};
