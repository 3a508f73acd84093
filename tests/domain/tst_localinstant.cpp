#include "domain/Clock.h"
#include "domain/LocalInstant.h"
#include "domain/UidSource.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <ctime>

// The fast readers and writers of the import give exactly what the slow, general ones give: Clock::stamp and
// Clock::fromStamp in every kind of time zone (none, a fixed one, one with summer time, a half-hour one), and
// ids as unique and well-formed as QUuid's.
class TestLocalInstant : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheShapesOfTheBureausFiles();
    void stampsAsClockDoesInEveryZone_data();
    void stampsAsClockDoesInEveryZone();
    void uidsAreUniqueOrderedVersion7();
    void datesAreWrittenAsQtWritesThem();

private:
    static void setZone(const QByteArray& zone)
    {
        qputenv("TZ", zone);
        tzset();
    }
};

void TestLocalInstant::parsesTheShapesOfTheBureausFiles()
{
    const auto at = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
        return LocalInstant{QDate(y, mo, d), ((h * 60 + mi) * 60 + s) * 1000 + ms};
    };
    QCOMPARE(LocalInstant::parse(u"2026-10-01 09:15:00"), at(2026, 10, 1, 9, 15));
    QCOMPARE(LocalInstant::parse(u"2026-10-01T09:15:07.123"), at(2026, 10, 1, 9, 15, 7, 123));
    QCOMPARE(LocalInstant::parse(u"2026-10-01 09:15"), at(2026, 10, 1, 9, 15));
    QCOMPARE(LocalInstant::parse(u"05.10.2026 08:30"), at(2026, 10, 5, 8, 30));
    QCOMPARE(LocalInstant::parse(u"05.10.2026 08:30:59"), at(2026, 10, 5, 8, 30, 59));
    QCOMPARE(LocalInstant::parse(u"05.10.2026"), at(2026, 10, 5));
    QCOMPARE(LocalInstant::parse(u" 2026-10-05 "), at(2026, 10, 5));
    for (const char16_t* bad : {u"", u"вчера", u"31.02.2026", u"2026-13-01", u"2026-10-01 24:00", u"2026-10-01 9:15",
                                u"2026-10-01X09:15", u"2026-10-01 09:60:00", u"2026-1-01"})
        QVERIFY2(!LocalInstant::parse(bad).isValid(), qPrintable(QString::fromUtf16(bad)));
}

void TestLocalInstant::stampsAsClockDoesInEveryZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Almaty") << QByteArray("Asia/Almaty");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Berlin, summer time") << QByteArray("Europe/Berlin");
    QTest::newRow("St John's, half hours") << QByteArray("America/St_Johns");
    QTest::newRow("Kiritimati, +14") << QByteArray("Pacific/Kiritimati");
}

void TestLocalInstant::stampsAsClockDoesInEveryZone()
{
    QFETCH(QByteArray, zone);
    const QByteArray saved = qgetenv("TZ");
    setZone(zone);
    UtcStamps stamps;
    QRandomGenerator random(7);
    // Random moments, and every hour of the days summer time begins and ends in Europe.
    QList<LocalInstant> instants;
    for (int i = 0; i < 3000; ++i)
        instants << LocalInstant{QDate(2018, 1, 1).addDays(random.bounded(3650)), int(random.bounded(86400000))};
    for (const QDate day : {QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2026, 1, 1), QDate(2025, 12, 31)}) {
        for (int minute = 0; minute < 24 * 60; minute += 15)
            instants << LocalInstant{day, minute * 60000};
    }
    for (const LocalInstant& instant : std::as_const(instants)) {
        const QString expected = Clock::stamp(instant.toDateTime());
        QCOMPARE(stamps.stamp(instant), expected);
        QCOMPARE(stamps.localDate(expected), Clock::fromStamp(expected).date());
    }
    // Stamps written without milliseconds (older rows) read the same.
    QCOMPARE(stamps.localDate(u"2026-10-01T20:30:00Z"),
             Clock::fromStamp(QStringLiteral("2026-10-01T20:30:00Z")).date());
    if (saved.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
}

void TestLocalInstant::uidsAreUniqueOrderedVersion7()
{
    UidSource source;
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> seen;
    QString previous;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 50000; ++i) {
        const QString uid = source.next();
        QVERIFY2(shape.match(uid).hasMatch(), qPrintable(uid));
        QVERIFY2(uid > previous, qPrintable(previous + QLatin1Char(' ') + uid)); // the index grows at its end
        QVERIFY(!seen.contains(uid));
        seen.insert(uid);
        previous = uid;
    }
    // The first 48 bits are the time in milliseconds.
    const qint64 ms = previous.left(8).append(previous.mid(9, 4)).toLongLong(nullptr, 16);
    QVERIFY(ms >= startMs && ms <= QDateTime::currentMSecsSinceEpoch() + 100);
    // Two sources (two workstations) in the same millisecond still differ: the rest is random.
    UidSource other;
    QVERIFY(other.next().mid(19) != UidSource().next().mid(19));
}

void TestLocalInstant::datesAreWrittenAsQtWritesThem()
{
    // Clock::dateText writes the digits itself; it must read exactly as QDate's ISO text, which older rows hold.
    for (QDate day(1, 1, 1); day.year() <= 9999; day = day.addDays(day.year() < 1900 || day.year() > 2200 ? 97 : 1))
        QCOMPARE(Clock::dateText(day), day.toString(Qt::ISODate));
    QCOMPARE(Clock::dateText(QDate(2026, 12, 7)), QStringLiteral("2026-12-07"));
    QVERIFY(Clock::dateText(QDate()).isEmpty());
    QCOMPARE(Clock::dateText(QDate(-5, 3, 1)), QDate(-5, 3, 1).toString(Qt::ISODate));
    QCOMPARE(Clock::dateText(QDate(10000, 1, 1)), QDate(10000, 1, 1).toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestLocalInstant)
#include "tst_localinstant.moc"
