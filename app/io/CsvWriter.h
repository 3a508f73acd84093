#pragma once

#include <QIODevice>
#include <QStringList>

// Writes RFC 4180 CSV in UTF-8: fields with a comma, quote or line break are quoted, quotes doubled.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);
    void writeRecord(const QStringList& fields);
    static QString escape(const QString& field);

private:
    QIODevice* m_device;
};
