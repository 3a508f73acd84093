#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
