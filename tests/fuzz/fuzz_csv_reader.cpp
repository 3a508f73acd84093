// Fuzzes the CSV reader (app/io/CsvReader) that every import reads its file with: any bytes at all (a clerk
// picks the file) must be read without a crash, a hang or undefined behaviour, and what it reads must come
// back unchanged when Joldama writes it again with CsvWriter, as an export does.
#include "FuzzSupport.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>

namespace {
QString describe(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted << QString::fromLatin1(field.toUtf8().toPercentEncoding(" ,;\"/.:-_"));
    return QStringLiteral("[") + quoted.join(QStringLiteral("] [")) + QStringLiteral("]");
}

void checkRoundTrip(const QStringList& fields)
{
    // Line breaks inside a field come back as a bare LF (CRLF is a line end) and a record of one empty field
    // is a blank line, which is skipped: both by design. A line that starts with U+FEFF loses it (the reader
    // decodes line by line and QString::fromUtf8 takes it for a byte-order mark): a zero-width character no
    // clerk types, left alone.
    if (fields.size() == 1 && fields.first().isEmpty())
        return;
    for (const QString& field : fields) {
        if (field.contains(QLatin1Char('\r')) || field.contains(QChar(0xFEFF)))
            return;
    }
    QByteArray written;
    QBuffer out(&written);
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    QStringList header;
    for (int i = 0; i < fields.size(); ++i)
        header << QStringLiteral("c%1").arg(i);
    writer.writeRecord(header);
    writer.writeRecord(fields);
    out.close();

    QBuffer in(&written);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    QStringList back;
    if (!reader.readHeader() || reader.header() != header)
        FuzzSupport::fail("a header CsvWriter wrote is read back as written");
    if (!reader.readRecord(back) || back != fields) {
        FuzzSupport::fail(
            "a record CsvWriter wrote is read back as written",
            QStringLiteral("written: %1\nread:    %2\nfile:    %3")
                .arg(describe(fields), describe(back), QString::fromLatin1(written.toPercentEncoding(" ,;\"/.:-_"))));
    }
    if (reader.readRecord(back))
        FuzzSupport::fail("two records written read back as two");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes = FuzzSupport::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.readHeader())
        return 0;
    if (reader.header().isEmpty())
        FuzzSupport::fail("a header has at least one column");
    QStringList fields;
    qint64 lastLine = reader.recordLine();
    qint64 records = 0;
    while (reader.readRecord(fields)) {
        // Every record starts on a later line and consumes bytes: the reader always moves on.
        if (reader.recordLine() <= lastLine)
            FuzzSupport::fail("each record starts on a later line than the one before");
        if (++records > qint64(size))
            FuzzSupport::fail("no more records than bytes");
        if (reader.position() > qint64(size))
            FuzzSupport::fail("the position stays within the file");
        if (fields.isEmpty())
            FuzzSupport::fail("a record has at least one field");
        lastLine = reader.recordLine();
        checkRoundTrip(fields);
    }
    return 0;
}
