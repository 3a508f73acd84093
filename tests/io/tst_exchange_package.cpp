#include "io/ExchangePackage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>

// The package file read and checked without a database: every truncation and every flipped byte is refused before
// anything could be written, another key's signature is refused, and no input crashes the reader.
class TestExchangePackage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void everyTruncationIsRefused();
    void everyFlippedByteIsRefused();
    void anotherKeyIsRefused();
    void soundBytesWithBadContentAreRefused_data();
    void soundBytesWithBadContentAreRefused();
    void newerFormatSaysUpdate();
    void changeShape_data();
    void changeShape();
    void randomBytesNeverCrash();

private:
    static ExchangePackage::Content sample();
    static QByteArray resign(QByteArray signedPart);
};

namespace {
const QByteArray key = QByteArrayLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
}

ExchangePackage::Content TestExchangePackage::sample()
{
    ExchangePackage::Content c;
    c.manifest = QJsonObject{{QStringLiteral("package"), QStringLiteral("p-1")},
                             {QStringLiteral("kind"), QStringLiteral("changes")},
                             {QStringLiteral("bureau"), QStringLiteral("b-1")},
                             {QStringLiteral("source"), QJsonObject{{QStringLiteral("workstation"), 3}}},
                             {QStringLiteral("target"), QJsonObject{{QStringLiteral("workstation"), 0}}}};
    for (int i = 1; i <= 3; ++i) {
        c.changes << QJsonObject{
            {QStringLiteral("entity"), QStringLiteral("patient")},
            {QStringLiteral("key"), QStringLiteral("uid-%1").arg(i)},
            {QStringLiteral("op"), QStringLiteral("insert")},
            {QStringLiteral("seq"), i},
            {QStringLiteral("version"), 1},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("last_name"), QJsonObject{{QStringLiteral("seq"), i}, {QStringLiteral("base"), 0}}}}},
            {QStringLiteral("row"), QJsonObject{{QStringLiteral("last_name"), QStringLiteral("Әлиханов\nжаңа жол")},
                                                {QStringLiteral("insured"), 1},
                                                {QStringLiteral("region_code"), QJsonValue::Null},
                                                {QStringLiteral("hospital_id"),
                                                 QJsonObject{{QStringLiteral("uid"), QStringLiteral("h-1")},
                                                             {QStringLiteral("code"), QStringLiteral("7101")}}}}},
        };
    }
    c.standing << QJsonObject{{QStringLiteral("referral"), QStringLiteral("r-1")}, {QStringLiteral("position"), 4}};
    return c;
}

QByteArray TestExchangePackage::resign(QByteArray signedPart)
{
    // A correct checksum and signature over whatever content: only the content's own checks remain.
    return signedPart + "SHA-256 " + QCryptographicHash::hash(signedPart, QCryptographicHash::Sha256).toHex() + '\n' +
           "HMAC-SHA256 " + QMessageAuthenticationCode::hash(signedPart, key, QCryptographicHash::Sha256).toHex() +
           '\n';
}

void TestExchangePackage::roundTrip()
{
    const QByteArray bytes = ExchangePackage::write(sample(), key);
    QVERIFY(bytes.startsWith("JOLDAMA-PACKAGE 1\nM {"));
    ExchangePackage::Reading reading = ExchangePackage::read(bytes);
    QVERIFY2(reading.ok(), qPrintable(reading.reason));
    QVERIFY(ExchangePackage::verify(reading, key));
    QCOMPARE(reading.content.changes.size(), 3);
    QCOMPARE(reading.content.standing.size(), 1);
    QCOMPARE(reading.content.changes.first().value(QStringLiteral("row")).toObject().value(QStringLiteral("last_name")),
             QJsonValue(QStringLiteral("Әлиханов\nжаңа жол")));
    QCOMPARE(reading.content.manifest.value(QStringLiteral("counts")).toObject().value(QStringLiteral("changes")), 3);
}

void TestExchangePackage::everyTruncationIsRefused()
{
    const QByteArray bytes = ExchangePackage::write(sample(), key);
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const ExchangePackage::Reading reading = ExchangePackage::read(bytes.left(n));
        QVERIFY2(!reading.ok(), qPrintable(QStringLiteral("accepted when cut at %1").arg(n)));
        QVERIFY(!reading.reason.isEmpty());
    }
}

void TestExchangePackage::everyFlippedByteIsRefused()
{
    const QByteArray bytes = ExchangePackage::write(sample(), key);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (const char mask : {char(0x01), char(0x20), char(0x80)}) {
            QByteArray damaged = bytes;
            damaged[i] = char(damaged.at(i) ^ mask);
            ExchangePackage::Reading reading = ExchangePackage::read(damaged);
            const bool accepted = reading.ok() && ExchangePackage::verify(reading, key);
            QVERIFY2(!accepted, qPrintable(QStringLiteral("accepted with byte %1 changed").arg(i)));
        }
    }
}

void TestExchangePackage::anotherKeyIsRefused()
{
    const QByteArray bytes = ExchangePackage::write(sample(), QByteArray(64, 'e'));
    ExchangePackage::Reading reading = ExchangePackage::read(bytes);
    QVERIFY(reading.ok()); // sound, but signed by someone else
    QVERIFY(!ExchangePackage::verify(reading, key));
    QCOMPARE(reading.problem, ExchangePackage::Problem::WrongKey);
    QVERIFY(reading.reason.contains(QStringLiteral("signature")));
}

void TestExchangePackage::soundBytesWithBadContentAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray manifest =
        "M {\"package\":\"p\",\"kind\":\"changes\",\"bureau\":\"b\",\"source\":{},\"target\":{},\"format_version\":1,"
        "\"counts\":{\"changes\":1,\"standing\":0,\"conflicts\":0}}\n";
    const QByteArray change = "C {\"entity\":\"patient\",\"key\":\"u\",\"op\":\"insert\",\"seq\":1,\"version\":1,"
                              "\"fields\":{},\"row\":{}}\n";
    QTest::newRow("no manifest") << change;
    QTest::newRow("counts disagree") << QByteArray(manifest + change + change);
    QTest::newRow("unknown line") << QByteArray(manifest + change + "Z {}\n");
    QTest::newRow("not json") << QByteArray(manifest + "C {oops\n");
    QTest::newRow("bad change") << QByteArray(manifest + QByteArray(change).replace("insert", "explode"));
    QTest::newRow("blank line") << QByteArray(manifest + "\n" + change);
    QTest::newRow("column name") << QByteArray(manifest +
                                               QByteArray(change).replace("\"row\":{}", "\"row\":{\"x; DROP\":1}"));
}

void TestExchangePackage::soundBytesWithBadContentAreRefused()
{
    QFETCH(QByteArray, body);
    const ExchangePackage::Reading reading = ExchangePackage::read(resign("JOLDAMA-PACKAGE 1\n" + body));
    QVERIFY(!reading.ok());
    QCOMPARE(reading.problem, ExchangePackage::Problem::Malformed);
}

void TestExchangePackage::newerFormatSaysUpdate()
{
    const ExchangePackage::Reading reading = ExchangePackage::read("JOLDAMA-PACKAGE 7\nM {}\n");
    QCOMPARE(reading.problem, ExchangePackage::Problem::NewerFormat);
    QVERIFY(reading.reason.contains(QStringLiteral("newer Joldama")));
    QCOMPARE(ExchangePackage::read("%PDF-1.4\n").problem, ExchangePackage::Problem::NotAPackage);
    QCOMPARE(ExchangePackage::read({}).problem, ExchangePackage::Problem::Empty);
}

void TestExchangePackage::changeShape_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("problem");
    const QJsonObject good = sample().changes.first();
    QTest::newRow("sound") << good << QString();
    QJsonObject c = good;
    c.insert(QStringLiteral("entity"), QStringLiteral("patient; DROP TABLE"));
    QTest::newRow("entity") << c << QStringLiteral("entity");
    c = good;
    c.insert(QStringLiteral("seq"), 0);
    QTest::newRow("seq") << c << QStringLiteral("seq");
    c = good;
    c.insert(QStringLiteral("seq"), 1.5);
    QTest::newRow("fractional seq") << c << QStringLiteral("seq");
    c = good;
    c.insert(QStringLiteral("row"), QJsonObject{{QStringLiteral("flag"), true}});
    QTest::newRow("bool value") << c << QStringLiteral("row");
    c = good;
    c.insert(QStringLiteral("row"), QJsonObject{{QStringLiteral("hospital_id"), QJsonObject{}}});
    QTest::newRow("reference without uid") << c << QStringLiteral("row");
    c = good;
    c.insert(QStringLiteral("fields"), QJsonArray{});
    QTest::newRow("fields") << c << QStringLiteral("fields");
}

void TestExchangePackage::changeShape()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, problem);
    QCOMPARE(ExchangePackage::changeProblem(change), problem);
}

void TestExchangePackage::randomBytesNeverCrash()
{
    // What a fuzz target does, briefly: random bytes, and random mutations of a real package.
    QRandomGenerator random(12);
    const QByteArray real = ExchangePackage::write(sample(), key);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes;
        if (i % 2 == 0) {
            bytes.resize(random.bounded(200));
            for (char& b : bytes)
                b = char(random.bounded(256));
            if (i % 4 == 0)
                bytes.prepend("JOLDAMA-PACKAGE 1\n");
        } else {
            bytes = real;
            for (int m = 0; m < 1 + random.bounded(4); ++m)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        }
        QCOMPARE(ExchangePackage::fuzzRead(bytes.constData(), size_t(bytes.size())), 0);
    }
}

QTEST_GUILESS_MAIN(TestExchangePackage)
#include "tst_exchange_package.moc"
