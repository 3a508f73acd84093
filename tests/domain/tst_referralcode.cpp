#include "domain/ReferralCode.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

// The code reader is written out by hand for the import's speed; it must accept exactly what the pattern of
// DESIGN.md accepts, on the text trimmed and in capitals.
class TestReferralCode : public QObject
{
    Q_OBJECT

private slots:
    void readsTheParts();
    void acceptsWhatThePatternAccepts();
};

void TestReferralCode::readsTheParts()
{
    const ReferralCode code = ReferralCode::parse(QStringLiteral(" 71.7101.car.1f\t"));
    QVERIFY(code.isValid());
    QCOMPARE(code.text(), QStringLiteral("71.7101.CAR.1F"));
    QCOMPARE(code.region(), QStringLiteral("71"));
    QCOMPARE(code.hospital(), QStringLiteral("7101"));
    QCOMPARE(code.profile(), QStringLiteral("CAR"));
    QCOMPARE(code.sequence(), 51);
    for (const char* bad : {"71.7101.CAR.0", "71.7101.CAR.", "7.7101.CAR.1", "71.710.CAR.1", "71.7101.C.1",
                            "71.7101.CARD.1", "71.7101.CAR.1.2", "71.7101.CAR.1234567890ABC", "7A.7101.CAR.1",
                            "71.7101.CAR.1\n2", "71..CAR.1", "", "71.7101.СAR.1" /* a Cyrillic С */})
        QVERIFY2(!ReferralCode::parse(QString::fromUtf8(bad)).isValid(), bad);
}

void TestReferralCode::acceptsWhatThePatternAccepts()
{
    const QRegularExpression pattern(
        QStringLiteral("^([0-9]{2})\\.([0-9A-Z]{4})\\.([0-9A-Z]{2,3})\\.([0-9A-Z]{1,12})$"));
    // Strings near the shape of a code: its characters, some others, parts of every length around the right one.
    const QString alphabet = QStringLiteral("0123456789AZaz.. \t-_ЖәÉ\n");
    QRandomGenerator random(20261207);
    int valid = 0;
    for (int n = 0; n < 200000; ++n) {
        QString text;
        const int parts = random.bounded(4) == 0 ? 1 + random.bounded(5) : 4;
        for (int part = 0; part < parts; ++part) {
            if (part > 0)
                text += random.bounded(20) == 0 ? alphabet.at(random.bounded(alphabet.size())) : QChar(u'.');
            static const int usual[] = {2, 4, 3, 6, 2};
            int length = part == 3 ? random.bounded(14) : usual[part] - (part == 2 ? random.bounded(2) : 0);
            if (random.bounded(8) == 0)
                length += random.bounded(3) - 1;
            for (int i = 0; i < length; ++i)
                text += random.bounded(30) == 0 ? alphabet.at(random.bounded(alphabet.size()))
                        : part == 0             ? QChar(u'0' + random.bounded(10))
                                                : QChar(u"0123456789ABCXYZabc"[random.bounded(19)]);
        }
        const QString normal = text.trimmed().toUpper();
        const QRegularExpressionMatch match = pattern.match(normal);
        bool ok = false;
        const bool expected = match.hasMatch() && match.captured(4).toLongLong(&ok, 36) > 0 && ok;
        const ReferralCode code = ReferralCode::parse(text);
        QVERIFY2(code.isValid() == expected, qPrintable(text));
        if (expected) {
            ++valid;
            QCOMPARE(code.region(), match.captured(1));
            QCOMPARE(code.hospital(), match.captured(2));
            QCOMPARE(code.profile(), match.captured(3));
        }
    }
    QVERIFY2(valid > 20000 && valid < 180000,
             qPrintable(QString::number(valid))); // the strings do reach the valid shape
}

QTEST_GUILESS_MAIN(TestReferralCode)
#include "tst_referralcode.moc"
