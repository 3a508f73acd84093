#include "io/CsvPrefetch.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsAndDoubledQuotes();
    void lineBreaksInsideQuotesKeepLineNumbers();
    void semicolonsFromExcel();
    void bomAndCrLf();
    void unterminatedQuoteIsReported();
    void writerRoundTrip();
    void windows1251IsRecognisedAndRead();
    void plainAsciiThenWindows1251ReadsTheSame();
    void bytesNeitherUtf8NorWindows1251AreNamed();
    void otherCodePagesAreNotStoredWrong();
    void nulBytesAndUtf16AreNamed();
    void oldMacLineEndingsAreRead();
    void quoteThatSwallowsRowsIsReportedByLine();
    void bigFileAcrossBlocks();
    void prefetchGivesEveryRecordInOrderPrepared();
    void prefetchStopsAtAnUnterminatedQuote();
    void prefetchLeftEarlyStopsReading();
    void prefetchRethrowsWhatItsThreadThrew();
};

void TestCsv::quotedFieldsAndDoubledQuotes()
{
    QByteArray data = "code,name,phone\n"
                      "1001,\"ТОО \"\"Клиника Ақ Жол\"\", г. Астана\",+77011234567\n"
                      "1002,,\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.column(QStringLiteral("name")), 1);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("1001"), QStringLiteral("ТОО \"Клиника Ақ Жол\", г. Астана"),
                                  QStringLiteral("+77011234567")}));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("1002"), QString(), QString()}));
    QVERIFY(!reader.readRecord(fields));
}

void TestCsv::lineBreaksInsideQuotesKeepLineNumbers()
{
    QByteArray data = "a,b\n1,\"two\nlines\"\n3,x\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.at(1), QStringLiteral("two\nlines"));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 4);
}

void TestCsv::semicolonsFromExcel()
{
    QByteArray data = "iin;last_name;first_name\n900115300013;Иванов;Иван\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.delimiter(), QLatin1Char(';'));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.at(1), QStringLiteral("Иванов"));
}

void TestCsv::bomAndCrLf()
{
    QByteArray data = "\xEF\xBB\xBF"
                      "Code,Name\r\n71,Астана\r\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("code"), QStringLiteral("name")}));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.at(1), QStringLiteral("Астана"));
}

void TestCsv::unterminatedQuoteIsReported()
{
    QByteArray data = "a,b\n1,\"never closed\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(reader.hadUnterminatedQuote());
    QVERIFY2(reader.problem().contains(QStringLiteral("line 2")), qPrintable(reader.problem()));
}

void TestCsv::writerRoundTrip()
{
    const QStringList record{
        QStringLiteral("plain"),      QStringLiteral("with, comma"),           QStringLiteral("with \"quotes\""),
        QStringLiteral("two\nlines"), QStringLiteral("emoji 🙂; semicolon"), QString()};
    QByteArray data;
    {
        QBuffer out(&data);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        writer.writeRecord({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                            QStringLiteral("e"), QStringLiteral("f")});
        writer.writeRecord(record);
    }
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    QVERIFY(reader.readHeader());
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, record);
}

namespace {
// Windows-1251 bytes of a text of Russian letters, digits and punctuation (what Excel writes on a Russian
// Windows): the tests build their files byte by byte, as such a file arrives.
QByteArray windows1251(const QString& text)
{
    QByteArray bytes;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80)
            bytes += char(u);
        else if (u >= 0x0410 && u <= 0x044F)
            bytes += char(0xC0 + (u - 0x0410));
        else if (u == 0x0401)
            bytes += char(0xA8); // Ё
        else if (u == 0x0451)
            bytes += char(0xB8); // ё
        else if (u == 0x2116)
            bytes += char(0xB9); // №
        else if (u == 0x0456)
            bytes += char(0xB3); // і
        else
            bytes += '?';
    }
    return bytes;
}

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList problems;
    CsvReader::Encoding encoding = CsvReader::Encoding::Ascii;
};

Read readAll(QByteArray data)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Read read;
    if (!reader.readHeader())
        return read;
    read.records << reader.header();
    read.lines << 1;
    read.problems << reader.problem();
    QStringList fields;
    while (reader.readRecord(fields)) {
        read.records << fields;
        read.lines << reader.recordLine();
        read.problems << reader.problem();
    }
    read.encoding = reader.encoding();
    return read;
}
} // namespace

void TestCsv::windows1251IsRecognisedAndRead()
{
    // Windows-1251 has Russian letters and the Kazakh і, not the other Kazakh letters: the file holds what
    // Excel on a Russian Windows can write.
    const QString text = QStringLiteral("iin;last_name;first_name;clinic\r\n900115300013;Иванов;Пётр;ГП №4\r\n"
                                        "850720400126;Сейітова;Ольга;Ёлкин проезд\r\n");
    const Read read = readAll(windows1251(text));
    QCOMPARE(read.encoding, CsvReader::Encoding::Windows1251);
    QCOMPARE(read.records.size(), 3);
    QCOMPARE(read.records.at(1).at(1), QStringLiteral("Иванов"));
    QCOMPARE(read.records.at(1).at(2), QStringLiteral("Пётр"));
    QCOMPARE(read.records.at(1).at(3), QStringLiteral("ГП №4"));
    QCOMPARE(read.records.at(2).at(1), QStringLiteral("Сейітова"));
    QCOMPARE(read.records.at(2).at(3), QStringLiteral("Ёлкин проезд"));
    for (const QString& problem : read.problems)
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCsv::plainAsciiThenWindows1251ReadsTheSame()
{
    // The encoding shows only on line 2,001: everything before reads the same in both.
    QByteArray data = "code,name\n";
    for (int i = 0; i < 2000; ++i)
        data += QByteArray::number(i) + ",plain\n";
    data += windows1251(QStringLiteral("2000,Шымкент\n"));
    const Read read = readAll(data);
    QCOMPARE(read.encoding, CsvReader::Encoding::Windows1251);
    QCOMPARE(read.records.last().at(1), QStringLiteral("Шымкент"));
    QCOMPARE(read.lines.last(), 2002);
    QVERIFY(read.problems.last().isEmpty());
}

void TestCsv::bytesNeitherUtf8NorWindows1251AreNamed()
{
    // UTF-8 first, then a line with bytes UTF-8 cannot have: the line is named, not read as "����".
    QByteArray data = "code,name\n1,Астана\n2,";
    data += windows1251(QStringLiteral("Алматы"));
    data += "\n3,Шымкент\n";
    const Read read = readAll(data);
    QCOMPARE(read.encoding, CsvReader::Encoding::Utf8);
    QVERIFY(read.problems.at(1).isEmpty());
    QVERIFY2(read.problems.at(2).contains(QStringLiteral("not UTF-8")), qPrintable(read.problems.at(2)));
    QCOMPARE(read.lines.at(2), 3);
    QVERIFY(read.problems.at(3).isEmpty());
    QCOMPARE(read.records.at(3).at(1), QStringLiteral("Шымкент"));
    // And the other way round: Windows-1251 first, then a UTF-8 line.
    QByteArray mixed = "code,name\n1," + windows1251(QStringLiteral("Алматы")) + "\n2,Астана\n";
    const Read other = readAll(mixed);
    QCOMPARE(other.encoding, CsvReader::Encoding::Windows1251);
    QVERIFY(other.problems.at(1).isEmpty());
    QVERIFY2(other.problems.at(2).contains(QStringLiteral("mixes")), qPrintable(other.problems.at(2)));
}

void TestCsv::otherCodePagesAreNotStoredWrong()
{
    // KZ-1048 writes Kazakh letters on bytes where Windows-1251 has Serbian ones (0x9A, 0x8D …).
    QByteArray data = "code,name\n1,\xCA\x9A\xF0\xE0\xEB\x9D\xE0\n"; // "Қарағанды"-like in a Kazakh code page
    const Read read = readAll(data);
    QVERIFY2(read.problems.at(1).contains(QStringLiteral("KZ-1048")), qPrintable(read.problems.at(1)));
}

void TestCsv::nulBytesAndUtf16AreNamed()
{
    QByteArray data("code,name\n1,ab\0cd\n2,ok\n", 24);
    Read read = readAll(data);
    QVERIFY2(read.problems.at(1).contains(QStringLiteral("NUL")), qPrintable(read.problems.at(1)));
    QVERIFY(read.problems.at(2).isEmpty());
    // Excel's "Unicode text": UTF-16 with its byte-order mark.
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar ch : QStringLiteral("code\tname\r\n1\tАстана\r\n")) {
        utf16 += char(ch.unicode() & 0xFF);
        utf16 += char(ch.unicode() >> 8);
    }
    read = readAll(utf16);
    QVERIFY(!read.problems.isEmpty());
    QVERIFY2(read.problems.first().contains(QStringLiteral("UTF-16")), qPrintable(read.problems.first()));
}

void TestCsv::oldMacLineEndingsAreRead()
{
    // Lines ended by CR alone (old Mac): before, the whole file was one line and its header a column named
    // "region_code900115300013".
    const Read read = readAll("iin,region_code\r900115300013,71\r850720400126,75\r");
    QCOMPARE(read.records.size(), 3);
    QCOMPARE(read.records.at(0), (QStringList{QStringLiteral("iin"), QStringLiteral("region_code")}));
    QCOMPARE(read.records.at(2), (QStringList{QStringLiteral("850720400126"), QStringLiteral("75")}));
    QCOMPARE(read.lines.at(2), 3);
    // A CR inside a field of an ordinary LF file stays in the field.
    const Read lf = readAll("a,b\n1,x\ry\n");
    QCOMPARE(lf.records.at(1).at(1), QStringLiteral("x\ry"));
}

void TestCsv::quoteThatSwallowsRowsIsReportedByLine()
{
    // Line 3 opens a quote it never closes; the quote that opens a field on line 5 closes it. Lines 4 and 5
    // vanished into one field without a word before.
    const Read read = readAll("code,name,phone\n"
                              "1,\"Клиника, ТОО\",111\n"
                              "2,\"Больница №2,222\n"
                              "3,Поликлиника,333\n"
                              "4,\"Центр\",444\n"
                              "5,Аптека,555\n");
    QCOMPARE(read.lines.at(2), 3);
    QVERIFY2(read.problems.at(2).contains(QStringLiteral("line 3")), qPrintable(read.problems.at(2)));
    QVERIFY(read.problems.at(2).contains(QStringLiteral("5")));
    QCOMPARE(read.records.last().at(1), QStringLiteral("Аптека")); // the rows after the swallowed ones are read
    QVERIFY(read.problems.last().isEmpty());
    // A field that really holds a line break is no problem.
    const Read address = readAll("code,address\n1,\"ул. Абая, 10\nкв. 5\"\n2,x\n");
    QVERIFY(address.problems.at(1).isEmpty());
    QCOMPARE(address.records.at(1).at(1), QStringLiteral("ул. Абая, 10\nкв. 5"));
}

void TestCsv::bigFileAcrossBlocks()
{
    // Records cross the reader's 1 MB blocks, CRLF split between two blocks included.
    QByteArray data = "n,text\r\n";
    QString expected;
    for (int i = 0; i < 40000; ++i)
        data += QByteArray::number(i) + ",\"строка " + QByteArray::number(i) + ", \"\"x\"\"\"\r\n";
    const Read read = readAll(data);
    QCOMPARE(read.records.size(), 40001);
    QCOMPARE(read.records.at(40000).at(1), QStringLiteral("строка 39999, \"x\""));
    QCOMPARE(read.lines.at(40000), 40001);
}

namespace {
// What the reading thread makes of a record in the tests below: its first field as a number, and the thread.
struct Doubled
{
    qint64 value = 0;
    Qt::HANDLE thread = nullptr;
};

QByteArray numbered(int rows)
{
    QByteArray data = "n,name\n";
    for (int i = 0; i < rows; ++i)
        data += QByteArray::number(i) + ",\"имя " + QByteArray::number(i) + "\"\n";
    return data;
}

// A CSV text in memory with a reader over it, its header read.
struct CsvInMemory
{
    explicit CsvInMemory(QByteArray text)
        : data(std::move(text))
        , buffer(&data)
        , reader(&buffer)
    {
        buffer.open(QIODevice::ReadOnly);
        headerRead = reader.readHeader();
    }
    QByteArray data;
    QBuffer buffer;
    CsvReader reader;
    bool headerRead = false;
};
} // namespace

void TestCsv::prefetchGivesEveryRecordInOrderPrepared()
{
    // More records than the batches in flight hold, so that both threads wait for each other many times.
    const int rows = 10000;
    CsvInMemory csv(numbered(rows));
    QVERIFY(csv.headerRead);
    CsvPrefetch<Doubled> prefetch(csv.reader, [](CsvPrefetch<Doubled>::Record& r) {
        r.prepared.value = 2 * r.fields.value(0).toLongLong();
        r.prepared.thread = QThread::currentThreadId();
    });
    int seen = 0;
    qint64 lastPosition = 0;
    while (const auto* r = prefetch.next()) {
        QCOMPARE(r->fields.size(), 2);
        QCOMPARE(r->fields.at(1), QStringLiteral("имя %1").arg(seen));
        QCOMPARE(r->prepared.value, 2 * seen);
        QCOMPARE(r->line, seen + 2); // the header is line 1
        QVERIFY(r->problem.isEmpty());
        // Prepared on the reading thread, not on this one.
        QVERIFY(r->prepared.thread != QThread::currentThreadId());
        QVERIFY(r->position > lastPosition);
        lastPosition = r->position;
        ++seen;
    }
    QCOMPARE(seen, rows);
    QCOMPARE(lastPosition, csv.data.size());
    QVERIFY(!prefetch.next());
}

void TestCsv::prefetchStopsAtAnUnterminatedQuote()
{
    CsvInMemory csv("a,b\n1,x\n2,\"never closed\n3,y\n4,z\n");
    QVERIFY(csv.headerRead);
    CsvPrefetch<Doubled> prefetch(csv.reader, [](CsvPrefetch<Doubled>::Record&) {});
    const auto* first = prefetch.next();
    QVERIFY(first);
    QCOMPARE(first->fields.value(0), QStringLiteral("1"));
    QVERIFY(!first->unterminatedQuote);
    const auto* second = prefetch.next();
    QVERIFY(second);
    QCOMPARE(second->line, 3);
    QVERIFY(second->unterminatedQuote);
    QVERIFY(!second->problem.isEmpty());
    QVERIFY(!prefetch.next());
}

void TestCsv::prefetchLeftEarlyStopsReading()
{
    // The importer stops at the first bad row of some files: the prefetch is destroyed with its thread waiting
    // for a batch to fill, and must neither hang nor read the whole file.
    CsvInMemory csv(numbered(200000));
    QVERIFY(csv.headerRead);
    std::atomic<int> prepared{0};
    {
        CsvPrefetch<Doubled> prefetch(csv.reader, [&](CsvPrefetch<Doubled>::Record&) { ++prepared; });
        for (int i = 0; i < 10; ++i)
            QVERIFY(prefetch.next());
    }
    QVERIFY2(prepared.load() < 20000, qPrintable(QString::number(prepared.load())));
    QVERIFY(csv.buffer.pos() < csv.data.size());
}

void TestCsv::prefetchRethrowsWhatItsThreadThrew()
{
    CsvInMemory csv(numbered(3000));
    QVERIFY(csv.headerRead);
    CsvPrefetch<Doubled> prefetch(csv.reader, [](CsvPrefetch<Doubled>::Record& r) {
        if (r.fields.value(0) == QLatin1String("1234"))
            throw std::runtime_error("cannot read");
    });
    int seen = 0;
    QString message;
    try {
        while (prefetch.next())
            ++seen;
    } catch (const std::runtime_error& e) {
        message = QString::fromLatin1(e.what());
    }
    // Every record before the failing one arrives first, then the failure.
    QCOMPARE(seen, 1234);
    QCOMPARE(message, QStringLiteral("cannot read"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
