#include "SqlValue.h"

#include "domain/Clock.h"

#include <QDate>
#include <QDateTime>

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

} // namespace SqlValue
