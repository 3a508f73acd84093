#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

// Streams records from a CSV file (RFC 4180: quoted fields, doubled quotes inside them, line breaks
// inside quotes, CRLF or LF, an optional UTF-8 BOM). Memory does not grow with the file: one record at
// a time. Russian Excel writes semicolons, so the delimiter is taken from the header line.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // Reads the header row; returns false on an empty file. Column names are trimmed and lower-cased.
    bool readHeader();
    const QStringList& header() const { return m_header; }
    int column(const QString& name) const { return m_columns.value(name, -1); }

    // Reads the next record into fields; false at the end of the file.
    bool readRecord(QStringList& fields);
    // The line on which the last record started (1-based, the header is line 1).
    qint64 recordLine() const { return m_recordLine; }
    // A quote left open at the end of the file.
    bool hadUnterminatedQuote() const { return m_unterminated; }
    QChar delimiter() const { return m_delimiter; }
    // Bytes consumed so far, for a progress bar.
    qint64 position() const;

private:
    bool readLine(QString& line);

    QIODevice* m_device;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    QHash<QString, int> m_columns;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
    bool m_firstLine = true;
};
