#pragma once

#include <QByteArray>
#include <QString>

// Global ids for records created in bulk (an import of a million referrals): UUID version 7 (RFC 9562),
// the time in milliseconds first, then a counter within the millisecond, then random bits from the system's
// generator. Ids made one after another sort one after another, so the unique index on uid grows at its end
// instead of touching a random page of a big index for every row, and random bits are read from the system
// in blocks rather than by one call per id. Text like QUuid::toString(QUuid::WithoutBraces): 36 lower-case
// characters.
class UidSource
{
public:
    QString next();

private:
    QByteArray m_random;
    qsizetype m_used = 0;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};
