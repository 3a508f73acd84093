#include "ExchangeRecordStore.h"

#include "Query.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Entries written while a package was applied name the exchange, not a workstation of this database.
const QString ownEntry = QStringLiteral("substr(workstation, 1, 9) <> 'exchange:'");

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString whereOf(const QStringList& columns)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << c + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

ExchangeRecordStore::Entry readEntry(const Query& q)
{
    ExchangeRecordStore::Entry e;
    e.id = q.integer(0);
    e.entity = q.text(1);
    e.uid = q.text(2);
    e.change = q.text(3);
    e.rowVersion = q.integer(4);
    e.fields = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
    e.actor = q.text(6);
    e.workstation = q.text(7);
    e.changedAt = q.text(8);
    return e;
}

const QString selectEntry = QStringLiteral(
    "SELECT id, entity, uid, change, row_version, fields, actor, workstation, changed_at FROM change_log");
} // namespace

QStringList ExchangeRecordStore::allColumns(const QString& table) const
{
    auto found = m_columns.constFind(table);
    if (found != m_columns.constEnd())
        return *found;
    Query q(m_database, m_database.dialect().columnsQuery());
    q.bind(table).exec();
    QStringList columns;
    while (q.next())
        columns << q.text(0);
    m_columns.insert(table, columns);
    return columns;
}

bool ExchangeRecordStore::isPresent(const TravellingTable& table) const
{
    return allColumns(table.name).contains(QStringLiteral("row_version"));
}

QStringList ExchangeRecordStore::travellingColumns(const TravellingTable& table) const
{
    QStringList columns;
    for (const QString& c : allColumns(table.name)) {
        if (!TravellingTables::localColumns().contains(c) && !table.derived.contains(c))
            columns << c;
    }
    return columns;
}

void ExchangeRecordStore::forEachOwnEntry(qint64 afterSeq, const QStringList& entities,
                                          const std::function<void(const Entry&)>& visit) const
{
    if (entities.isEmpty())
        return;
    Query q(m_database, selectEntry + QStringLiteral(" WHERE id > ? AND ") + ownEntry +
                            QStringLiteral(" AND entity IN (%1) ORDER BY id").arg(placeholders(entities.size())));
    q.bind(afterSeq);
    for (const QString& e : entities)
        q.bind(e);
    q.exec();
    while (q.next())
        visit(readEntry(q));
}

QStringList ExchangeRecordStore::ownFieldsAfter(const TravellingTable& table, const QString& uid, qint64 afterSeq,
                                                bool* inserted) const
{
    Query q(m_database, QStringLiteral("SELECT change, fields FROM change_log WHERE uid = ? AND entity = ? AND id > ? "
                                       "AND ") +
                            ownEntry);
    q.bind(uid).bind(table.name).bind(afterSeq).exec();
    QStringList fields;
    if (inserted)
        *inserted = false;
    while (q.next()) {
        if (q.text(0) == QLatin1String("insert")) {
            if (inserted)
                *inserted = true;
            return travellingColumns(table);
        }
        const QJsonObject changed = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
            if (!fields.contains(it.key()))
                fields << it.key();
        }
    }
    return fields;
}

QList<ExchangeRecordStore::Entry> ExchangeRecordStore::entriesOf(const QString& entity, const QString& uid) const
{
    Query q(m_database, selectEntry + QStringLiteral(" WHERE uid = ? AND entity = ? ORDER BY id"));
    q.bind(uid).bind(entity).exec();
    QList<Entry> list;
    while (q.next())
        list << readEntry(q);
    return list;
}

QList<ExchangeRecordStore::Changed> ExchangeRecordStore::changedSince(qint64 afterSeq,
                                                                      const QStringList& entities) const
{
    QList<Changed> list;
    if (entities.isEmpty())
        return list;
    Query q(m_database, QStringLiteral("SELECT entity, uid, max(id) FROM change_log WHERE id > ? AND entity IN (%1) "
                                       "GROUP BY entity, uid ORDER BY max(id)")
                            .arg(placeholders(entities.size())));
    q.bind(afterSeq);
    for (const QString& e : entities)
        q.bind(e);
    q.exec();
    while (q.next())
        list << Changed{q.text(0), q.text(1), q.integer(2)};
    return list;
}

qint64 ExchangeRecordStore::lastSeq() const
{
    return Query(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).scalar().toLongLong();
}

QStringList ExchangeRecordStore::ownInsertsAfter(const QString& entity, qint64 afterSeq) const
{
    Query q(m_database, QStringLiteral("SELECT uid FROM change_log WHERE id > ? AND entity = ? AND change = 'insert' "
                                       "AND ") +
                            ownEntry + QStringLiteral(" ORDER BY id"));
    q.bind(afterSeq).bind(entity).exec();
    QStringList uids;
    while (q.next())
        uids << q.text(0);
    return uids;
}

std::optional<ExchangeRecordStore::Located> ExchangeRecordStore::locate(const TravellingTable& table,
                                                                        const QString& key) const
{
    Located located;
    located.columns = table.identity;
    if (table.isComposite()) {
        const QStringList parts = key.split(QLatin1Char('/'));
        if (parts.size() != table.identity.size())
            return std::nullopt;
        const qint64 ownerId = resolve(table.references.value(table.identity.first()),
                                       QJsonObject{{QStringLiteral("uid"), parts.first()}});
        if (ownerId == 0)
            return std::nullopt;
        located.values << ownerId;
        for (qsizetype i = 1; i < parts.size(); ++i)
            located.values << parts.at(i);
    } else {
        located.values << key;
    }
    const bool hasId = allColumns(table.name).contains(QStringLiteral("id"));
    Query q(m_database,
            QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                .arg(hasId ? QStringLiteral("id") : QStringLiteral("1"), table.name, whereOf(located.columns)));
    for (const QVariant& v : std::as_const(located.values))
        q.bind(v);
    const QVariant found = q.scalar();
    if (!found.isValid())
        return std::nullopt;
    if (hasId)
        located.id = found.toLongLong();
    if (table.identity == QStringList{QStringLiteral("uid")})
        located.uid = key;
    return located;
}

std::optional<ExchangeRecordStore::Located> ExchangeRecordStore::locateNatural(const TravellingTable& table,
                                                                               const QVariantMap& values) const
{
    if (table.naturalKey.isEmpty() || table.identity != QStringList{QStringLiteral("uid")})
        return std::nullopt;
    QVariantList binds;
    for (const QString& c : table.naturalKey) {
        if (!values.contains(c) || values.value(c).isNull())
            return std::nullopt;
        binds << values.value(c);
    }
    // Only a record nobody has claimed yet: once the bureau's copy of a record has arrived, its uid is the bureau's.
    Query q(m_database, QStringLiteral("SELECT id, uid FROM %1 WHERE %2 AND uid NOT IN (SELECT record_uid FROM "
                                       "exchange_base WHERE entity = ?) ORDER BY id LIMIT 1")
                            .arg(table.name, whereOf(table.naturalKey)));
    for (const QVariant& v : std::as_const(binds))
        q.bind(v);
    q.bind(table.name).exec();
    if (!q.next())
        return std::nullopt;
    Located located;
    located.columns = table.identity;
    located.id = q.integer(0);
    located.uid = q.text(1);
    located.values << located.uid;
    return located;
}

ExchangeRecordStore::Record ExchangeRecordStore::read(const TravellingTable& table, const Located& located) const
{
    const QStringList columns = travellingColumns(table);
    Query q(m_database, QStringLiteral("SELECT row_version, %1 FROM %2 WHERE %3")
                            .arg(columns.join(QStringLiteral(", ")), table.name, whereOf(located.columns)));
    for (const QVariant& v : located.values)
        q.bind(v);
    q.exec();
    Record record;
    if (!q.next())
        return record;
    record.version = q.integer(0);
    QHash<QString, qint64> references;
    for (int i = 0; i < columns.size(); ++i) {
        const QString& column = columns.at(i);
        const QVariant v = q.value(i + 1);
        if (table.references.contains(column) && !v.isNull()) {
            references.insert(column, v.toLongLong());
            continue;
        }
        record.values.insert(column, toJson(v));
    }
    q.finish();
    for (auto it = references.constBegin(); it != references.constEnd(); ++it)
        record.values.insert(it.key(), referenceTo(table.references.value(it.key()), it.value()));
    record.deleted = record.values.value(QStringLiteral("deleted")).toInteger() != 0;
    return record;
}

QString ExchangeRecordStore::keyOf(const TravellingTable& table, const Located& located) const
{
    if (!table.isComposite())
        return located.values.value(0).toString();
    QStringList parts{referenceTo(table.references.value(table.identity.first()), located.values.value(0).toLongLong())
                          .value(QStringLiteral("uid"))
                          .toString()};
    for (qsizetype i = 1; i < located.values.size(); ++i)
        parts << located.values.at(i).toString();
    return parts.join(QLatin1Char('/'));
}

qint64 ExchangeRecordStore::resolve(const QString& table, const QJsonObject& reference) const
{
    const QString uid = reference.value(QStringLiteral("uid")).toString();
    if (!uid.isEmpty()) {
        const QVariant id =
            Query(m_database, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table)).bind(uid).scalar();
        if (id.isValid())
            return id.toLongLong();
    }
    // A hospital by its code, a patient by the IIN.
    for (const QString& natural : {QStringLiteral("code"), QStringLiteral("iin")}) {
        const QString value = reference.value(natural).toString();
        if (value.isEmpty() || !allColumns(table).contains(natural))
            continue;
        const QVariant id = Query(m_database, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, natural))
                                .bind(value)
                                .scalar();
        if (id.isValid())
            return id.toLongLong();
    }
    return 0;
}

QJsonObject ExchangeRecordStore::referenceTo(const QString& table, qint64 id) const
{
    const QStringList columns = allColumns(table);
    QString natural;
    for (const QString& candidate : {QStringLiteral("code"), QStringLiteral("iin")}) {
        if (columns.contains(candidate))
            natural = candidate;
    }
    Query q(m_database, QStringLiteral("SELECT uid%1 FROM %2 WHERE id = ?")
                            .arg(natural.isEmpty() ? QString() : QStringLiteral(", ") + natural, table));
    q.bind(id).exec();
    QJsonObject reference;
    if (!q.next())
        return reference;
    reference.insert(QStringLiteral("uid"), q.text(0));
    if (!natural.isEmpty())
        reference.insert(natural, q.text(1));
    return reference;
}

void ExchangeRecordStore::insert(const TravellingTable& table, const QVariantMap& values) const
{
    const QStringList known = allColumns(table.name);
    QStringList columns;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (known.contains(it.key())) {
            columns << it.key();
            binds << it.value();
        }
    }
    Query q(m_database, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table.name, columns.join(QStringLiteral(", ")), placeholders(columns.size())));
    for (const QVariant& v : std::as_const(binds))
        q.bind(v);
    q.exec();
}

void ExchangeRecordStore::update(const TravellingTable& table, const Located& located, const QVariantMap& values) const
{
    const QStringList known = allColumns(table.name);
    QStringList sets;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (known.contains(it.key())) {
            sets << it.key() + QStringLiteral(" = ?");
            binds << it.value();
        }
    }
    if (sets.isEmpty())
        return;
    Query q(m_database, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                            .arg(table.name, sets.join(QStringLiteral(", ")), whereOf(located.columns)));
    for (const QVariant& v : std::as_const(binds))
        q.bind(v);
    for (const QVariant& v : located.values)
        q.bind(v);
    q.exec();
}

void ExchangeRecordStore::remove(const TravellingTable& table, const Located& located) const
{
    Query q(m_database, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, whereOf(located.columns)));
    for (const QVariant& v : located.values)
        q.bind(v);
    q.exec();
}

QVariant ExchangeRecordStore::value(const TravellingTable& table, const Located& located, const QString& column) const
{
    if (!allColumns(table.name).contains(column))
        return {};
    Query q(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table.name, whereOf(located.columns)));
    for (const QVariant& v : located.values)
        q.bind(v);
    return q.scalar();
}

QStringList ExchangeRecordStore::keysOwnedBy(const TravellingTable& child, qint64 ownerId) const
{
    QStringList keys;
    if (!isPresent(child))
        return keys;
    if (child.isComposite()) {
        const QString ownerUid = referenceTo(child.references.value(child.identity.first()), ownerId)
                                     .value(QStringLiteral("uid"))
                                     .toString();
        Query q(m_database,
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                    .arg(child.identity.mid(1).join(QStringLiteral(", ")), child.name, child.identity.first()));
        q.bind(ownerId).exec();
        while (q.next()) {
            QStringList parts{ownerUid};
            for (int i = 0; i < child.identity.size() - 1; ++i)
                parts << q.text(i);
            keys << parts.join(QLatin1Char('/'));
        }
        return keys;
    }
    Query q(m_database,
            QStringLiteral("SELECT uid FROM %1 WHERE %2 = ? ORDER BY id").arg(child.name, child.ownerColumn));
    q.bind(ownerId).exec();
    while (q.next())
        keys << q.text(0);
    return keys;
}

QStringList ExchangeRecordStore::uidsWhere(const QString& table, const QString& column, qint64 id) const
{
    Query q(m_database, QStringLiteral("SELECT uid FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.bind(id).exec();
    QStringList uids;
    while (q.next())
        uids << q.text(0);
    return uids;
}

QString ExchangeRecordStore::renamedTo(const QString& entity, const QString& oldUid) const
{
    Query q(m_database, QStringLiteral("SELECT fields FROM change_log WHERE entity = ? AND uid <> ? AND fields LIKE ? "
                                       "ORDER BY id"));
    q.bind(entity).bind(oldUid).bind(QString(QLatin1Char('%') + oldUid + QLatin1Char('%'))).exec();
    while (q.next()) {
        const QJsonArray change =
            QJsonDocument::fromJson(q.text(0).toUtf8()).object().value(QStringLiteral("uid")).toArray();
        if (change.size() == 2 && change.at(0).toString() == oldUid)
            return change.at(1).toString();
    }
    return {};
}

QString ExchangeRecordStore::ownerUid(const TravellingTable& child, const QString& key) const
{
    if (child.ownerColumn.isEmpty())
        return {};
    if (child.isComposite())
        return key.section(QLatin1Char('/'), 0, 0);
    return Query(m_database, QStringLiteral("SELECT o.uid FROM %1 c JOIN %2 o ON o.id = c.%3 WHERE c.uid = ?")
                                 .arg(child.name, child.ownerTable(), child.ownerColumn))
        .bind(key)
        .scalar()
        .toString();
}

QString ExchangeRecordStore::lastConfirmedQueueKey(qint64 hospitalId, const QString& profileCode) const
{
    return Query(m_database, QStringLiteral("SELECT max(queue_key) FROM referral WHERE hospital_id = ? AND "
                                            "profile_code = ? AND status = 'scheduled' AND deleted = 0"))
        .bind(hospitalId)
        .bind(profileCode)
        .scalar()
        .toString();
}

qint64 ExchangeRecordStore::highestNumberIssued(qint64 floor, qint64 ceiling) const
{
    // next_value is one past the last number a queue gave out.
    const QVariant next = Query(m_database, QStringLiteral("SELECT max(next_value) FROM referral_sequence WHERE "
                                                           "next_value > ? AND next_value <= ?"))
                              .bind(floor)
                              .bind(ceiling)
                              .scalar();
    return next.isNull() || !next.isValid() ? 0 : next.toLongLong() - 1;
}

QJsonValue ExchangeRecordStore::toJson(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant ExchangeRecordStore::fromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qlonglong(d));
        return QVariant(d);
    }
    return QVariant(value.toString());
}

bool ExchangeRecordStore::same(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isObject() || b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.value(QStringLiteral("uid")) == y.value(QStringLiteral("uid")))
            return true;
        // The same patient known by two uids (a clinic's and the bureau's, matched by IIN), or the same hospital by
        // its code, as resolve() finds them.
        for (const QString& natural : {QStringLiteral("code"), QStringLiteral("iin")}) {
            const QString value = x.value(natural).toString();
            if (!value.isEmpty() && value == y.value(natural).toString())
                return true;
        }
        return false;
    }
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isDouble() != b.isDouble()) {
        bool ok = false;
        const double other = (a.isDouble() ? b : a).toString().toDouble(&ok);
        return ok && other == (a.isDouble() ? a : b).toDouble();
    }
    return a.toString() == b.toString();
}
