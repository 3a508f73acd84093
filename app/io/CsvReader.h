#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

// Streams records from a CSV file (RFC 4180: quoted fields, doubled quotes inside them, line breaks
// inside quotes, CRLF, LF or the old Mac CR alone, an optional UTF-8 BOM). Memory does not grow with the
// file: the device is read in large blocks and one record is parsed at a time. Russian Excel writes
// semicolons, so the delimiter is taken from the header line.
//
// The files a bureau receives come in UTF-8 or in Windows-1251 (what Excel and 1C write on a Russian
// Windows). The reader tells them apart by the bytes themselves: the first line that is not plain ASCII
// decides, and both read the same up to it. A line that is neither, or that mixes them, is never turned
// into "����": problem() names it for the report of its line, as it names a NUL byte (a binary or UTF-16
// file) and a quote that is never closed or that swallows the following rows.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Ascii, Utf8, Windows1251 };

    explicit CsvReader(QIODevice* device);

    // Reads the header row; returns false on an empty file. Column names are trimmed and lower-cased.
    bool readHeader();
    const QStringList& header() const { return m_header; }
    // The header row as written (trimmed only), for files whose first row may be data.
    const QStringList& headerFields() const { return m_headerFields; }
    int column(const QString& name) const { return m_columns.value(name, -1); }

    // Reads the next record into fields; false at the end of the file.
    bool readRecord(QStringList& fields);
    // The line on which the last record started (1-based, the header is line 1).
    qint64 recordLine() const { return m_recordLine; }
    // The line on which the last record ended (later than recordLine() when a quoted field spans lines).
    qint64 lastLine() const { return m_line; }
    // A quote left open at the end of the file.
    bool hadUnterminatedQuote() const { return m_unterminated; }
    // What is wrong with the text of the last record (translated, for the report of its line), or empty.
    // Its fields are still returned, but must not be stored.
    const QString& problem() const { return m_problem; }
    QChar delimiter() const { return m_delimiter; }
    // The text encoding found so far: Ascii until the first line with other bytes.
    Encoding encoding() const { return m_encoding; }
    // Bytes consumed so far, for a progress bar.
    qint64 position() const;

    // A human name of the encoding, for messages ("UTF-8", "Windows-1251").
    static QString encodingName(Encoding encoding);

private:
    // The next physical line (without its line break) into m_lineStart/m_lineLength of m_buffer; false at
    // the end of the file.
    bool nextLine();
    bool fill();
    // Checks the bytes of the current line and settles the encoding; sets m_problem when they cannot be read.
    void checkLine(const char* data, qsizetype size);
    QString decode(const char* data, qsizetype size) const;

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // first unread byte of m_buffer
    qsizetype m_lineStart = 0;
    qsizetype m_lineLength = 0;
    bool m_atEnd = false;
    bool m_firstLine = true;
    bool m_utf16 = false; // a UTF-16 byte-order mark: every line is refused with that reason
    enum class LineEnd { Unknown, Lf, Cr } m_lineEnd = LineEnd::Unknown;
    Encoding m_encoding = Encoding::Ascii;

    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    QStringList m_headerFields;
    QHash<QString, int> m_columns;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
    QString m_problem;
    QByteArray m_field; // a quoted field being put together
};
