#pragma once

#include "Database.h"
#include "TravellingTables.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QVariantMap>
#include <functional>
#include <optional>

// Travelling records read and written by their global keys, for the exchange: a record as it travels (its columns
// with other records' local ids replaced by their global keys), the change log as an outbox, and plain inserts,
// updates and deletes of whatever columns the table has here — a column added by a later migration travels
// without a change to this class. Column names always come from the schema, never from a package.
class ExchangeRecordStore
{
public:
    explicit ExchangeRecordStore(const Database& database)
        : m_database(database)
    {}

    // Whether the table exists here and records changes (a row_version column).
    bool isPresent(const TravellingTable& table) const;
    // The columns that travel: the table's own minus local ids, bookkeeping and derived values.
    QStringList travellingColumns(const TravellingTable& table) const;
    QStringList allColumns(const QString& table) const;

    // One change log entry.
    struct Entry
    {
        qint64 id = 0;
        QString entity;
        QString uid;
        QString change;
        qint64 rowVersion = 0;
        QJsonObject fields; // update: {"field": [old, new]}
        QString actor;
        QString workstation;
        QString changedAt;
    };
    // Entries after afterSeq of these tables that were made here, not written by applying a package.
    void forEachOwnEntry(qint64 afterSeq, const QStringList& entities,
                         const std::function<void(const Entry&)>& visit) const;
    // Whether a record has entries of its own after afterSeq (a change not yet acknowledged).
    QStringList ownFieldsAfter(const TravellingTable& table, const QString& uid, qint64 afterSeq,
                               bool* inserted = nullptr) const;
    // One record's entries, oldest first.
    QList<Entry> entriesOf(const QString& entity, const QString& uid) const;
    // The records of these tables with entries after afterSeq, and each one's last entry.
    struct Changed
    {
        QString entity;
        QString uid;
        qint64 lastSeq = 0;
    };
    QList<Changed> changedSince(qint64 afterSeq, const QStringList& entities) const;
    qint64 lastSeq() const;
    // Local records whose first entry (their insert) comes after afterSeq and was made here.
    QStringList ownInsertsAfter(const QString& entity, qint64 afterSeq) const;

    // Where a record is in this database.
    struct Located
    {
        QStringList columns; // identity columns, with this database's values
        QVariantList values;
        QString uid; // its uid, for tables that have one
        qint64 id = 0;
    };
    // By the global key of the change log.
    std::optional<Located> locate(const TravellingTable& table, const QString& key) const;
    // By another key (a patient's IIN), among records the bureau has not claimed yet (exchange_base).
    std::optional<Located> locateNatural(const TravellingTable& table, const QVariantMap& values) const;

    struct Record
    {
        QJsonObject values; // travelling columns, references as {"uid": …, "code"|"iin": …}
        qint64 version = 0;
        bool deleted = false;
    };
    Record read(const TravellingTable& table, const Located& located) const;
    // The global key the change log gives this record.
    QString keyOf(const TravellingTable& table, const Located& located) const;

    // A reference's local id: by uid, else by the natural key it carries; 0 when not here.
    qint64 resolve(const QString& table, const QJsonObject& reference) const;
    QJsonObject referenceTo(const QString& table, qint64 id) const;

    // Values bound as they are; references already turned into local ids.
    void insert(const TravellingTable& table, const QVariantMap& values) const;
    void update(const TravellingTable& table, const Located& located, const QVariantMap& values) const;
    void remove(const TravellingTable& table, const Located& located) const;
    QVariant value(const TravellingTable& table, const Located& located, const QString& column) const;

    // Records that belong to another (a referral's events): their global keys.
    QStringList keysOwnedBy(const TravellingTable& child, qint64 ownerId) const;
    // uids of a table's records whose column holds id (a patient's referrals).
    QStringList uidsWhere(const QString& table, const QString& column, qint64 id) const;
    // The uid a record was given when the bureau's copy of it arrived (matched by IIN or code); empty if none.
    QString renamedTo(const QString& entity, const QString& oldUid) const;
    // The uid of the record another belongs to (a referral event's referral), empty when it is not here.
    QString ownerUid(const TravellingTable& child, const QString& key) const;

    // The queue key of the last referral of a queue whose date is confirmed: a referral arriving from a
    // workstation is placed after it, never ahead of patients already given a date.
    QString lastConfirmedQueueKey(qint64 hospitalId, const QString& profileCode) const;
    // The highest referral number given out in [floor, ceiling) of any queue; 0 when none.
    qint64 highestNumberIssued(qint64 floor, qint64 ceiling) const;

    // The stored form of a value in a package, and back.
    static QJsonValue toJson(const QVariant& value);
    static QVariant fromJson(const QJsonValue& value);
    // Whether two stored values are the same (a number read back as text on one side is the same number).
    static bool same(const QJsonValue& a, const QJsonValue& b);

private:
    const Database& m_database;
    mutable QHash<QString, QStringList> m_columns;
};
