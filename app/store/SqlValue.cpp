#include "SqlValue.h"

#include "domain/Clock.h"

#include <QDate>
#include <QDateTime>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace SqlValue {

QVariant normalized(const QVariant& value)
{
    if (!value.isValid() || value.typeId() == QMetaType::Nullptr)
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QVariant(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QVariant(value.toDouble());
    case QMetaType::QByteArray:
        return value;
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(Clock::dateText(date)) : QVariant();
    }
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(Clock::stamp(time)) : QVariant();
    }
    default:
        return QVariant(value.toString());
    }
}

int bindSqlite(sqlite3_stmt* statement, int index, const QVariant& given)
{
    const QVariant value = normalized(given);
    if (!value.isValid())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

QVariant readSqlite(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                                   sqlite3_column_bytes(statement, column)));
    case SQLITE_NULL:
        return QVariant::fromValue(nullptr);
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                          sqlite3_column_bytes(statement, column)));
    }
}

std::optional<QByteArray> postgresText(const QVariant& given)
{
    const QVariant value = normalized(given);
    if (!value.isValid())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        // bytea's hex input form.
        return QByteArray("\\x") + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

QVariant readPostgres(const pg_result* constResult, int row, int column)
{
    auto* result = const_cast<PGresult*>(constResult); // libpq's getters take a non-const pointer
    if (PQgetisnull(result, row, column))
        return QVariant::fromValue(nullptr);
    const char* text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    // Type numbers from PostgreSQL's catalogue (pg_type.dat): they are fixed for the built-in types.
    switch (PQftype(result, column)) {
    case 16: // boolean
        return QVariant(text[0] == 't');
    case 20: // bigint
    case 21: // smallint
    case 23: // integer
    case 26: // oid
        return QVariant(qlonglong(QByteArray::fromRawData(text, length).toLongLong()));
    case 700:  // real
    case 701:  // double precision
    case 1700: // numeric (sums of bigint, averages)
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case 17: { // bytea, in hex output form
        const QByteArray hex = QByteArray::fromRawData(text, length);
        return QVariant(hex.startsWith("\\x") ? QByteArray::fromHex(hex.mid(2)) : hex);
    }
    case 1082: // date
        return QVariant(QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate));
    case 1114: // timestamp
    case 1184: // timestamp with time zone
        return QVariant(QDateTime::fromString(QString::fromLatin1(text, length), Qt::ISODateWithMs));
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

} // namespace SqlValue
