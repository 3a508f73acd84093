#include "domain/Iin.h"
#include "domain/PhoneNumber.h"

#include <QTest>

// IIN rules of DESIGN.md: the date, the century digit, both weight sets of the check digit.
class TestIin : public QObject
{
    Q_OBJECT

private slots:
    void designVectors_data();
    void designVectors();
    void everyCenturyDigit();
    void leapDays();
    void neverIssuedNumbers();
    void messagesSayWhatToDo();
    void phoneNumbers_data();
    void phoneNumbers();
};

void TestIin::designVectors_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("reason");
    QTest::newRow("1990 male") << "900115300013" << true << QDate(1990, 1, 15) << "male"
                               << "ok";
    QTest::newRow("1985 female") << "850720400126" << true << QDate(1985, 7, 20) << "female"
                                 << "ok";
    QTest::newRow("2001 male") << "010203500078" << true << QDate(2001, 2, 3) << "male"
                               << "ok";
    QTest::newRow("2005 female") << "051231600017" << true << QDate(2005, 12, 31) << "female"
                                 << "ok";
    QTest::newRow("second weights") << "900115300401" << true << QDate(1990, 1, 15) << "male"
                                    << "ok";
    QTest::newRow("check digit") << "900115300014" << false << QDate() << ""
                                 << "check_digit";
    QTest::newRow("month 13") << "901315300013" << false << QDate() << ""
                              << "birth_date";
    QTest::newRow("short") << "90011530001" << false << QDate() << ""
                           << "length";
    QTest::newRow("letters") << "90011530001A" << false << QDate() << ""
                             << "length";
    QTest::newRow("empty") << "" << false << QDate() << ""
                           << "empty";
    QTest::newRow("spaces are ignored") << "900115 300013" << true << QDate(1990, 1, 15) << "male"
                                        << "ok";
}

void TestIin::designVectors()
{
    QFETCH(QString, iin);
    QFETCH(bool, valid);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    QFETCH(QString, reason);
    const Iin parsed = Iin::parse(iin);
    QCOMPARE(parsed.isValid(), valid);
    QCOMPARE(parsed.problemCode(), reason);
    QCOMPARE(parsed.birthDate(), birth);
    QCOMPARE(Iin::sexCode(parsed.sex()), sex);
}

void TestIin::everyCenturyDigit()
{
    // d7 = 1..6 give the century and sex; 0, 7, 8, 9 are never valid.
    const QString base = QStringLiteral("900115");
    const struct
    {
        int digit;
        int year;
        const char* sex;
    } expected[] = {{1, 1890, "male"},   {2, 1890, "female"}, {3, 1990, "male"},
                    {4, 1990, "female"}, {5, 2090, "male"},   {6, 2090, "female"}};
    for (const auto& e : expected) {
        const QString first = base + QString::number(e.digit) + QStringLiteral("0001");
        const int check = Iin::checkDigit(first);
        if (check < 0)
            continue;
        const Iin iin = Iin::parse(first + QString::number(check));
        QVERIFY2(iin.isValid(), qPrintable(first));
        QCOMPARE(iin.birthDate().year(), e.year);
        QCOMPARE(Iin::sexCode(iin.sex()), QString::fromLatin1(e.sex));
    }
    for (int digit : {0, 7, 8, 9}) {
        const QString first = base + QString::number(digit) + QStringLiteral("0001");
        const int check = std::max(0, Iin::checkDigit(first));
        const Iin iin = Iin::parse(first + QString::number(check));
        QVERIFY(!iin.isValid());
        QCOMPARE(iin.problem(), Iin::Problem::BadCenturyDigit);
    }
}

void TestIin::leapDays()
{
    auto withCheck = [](const QString& first) {
        const int check = Iin::checkDigit(first);
        return check < 0 ? QString() : first + QString::number(check);
    };
    // 29 February exists in 2000 and 1996, not in 1900 or 2001.
    QString iin = withCheck(QStringLiteral("00022950001"));
    QVERIFY(!iin.isEmpty());
    QVERIFY(Iin::parse(iin).isValid());
    QCOMPARE(Iin::parse(iin).birthDate(), QDate(2000, 2, 29));
    iin = withCheck(QStringLiteral("96022930001"));
    QVERIFY(Iin::parse(iin).isValid());
    iin = withCheck(QStringLiteral("00022930002"));
    QCOMPARE(Iin::parse(iin).problem(), Iin::Problem::NotACalendarDate); // 1900 was not a leap year
    iin = withCheck(QStringLiteral("01022950001"));
    QCOMPARE(Iin::parse(iin).problem(), Iin::Problem::NotACalendarDate);
    QCOMPARE(Iin::parse(QStringLiteral("900100300013")).problem(), Iin::Problem::NotACalendarDate); // day 00
}

void TestIin::neverIssuedNumbers()
{
    // Search the serials for first-eleven digits whose check is 10 under both weight sets.
    int found = 0;
    for (int serial = 0; serial < 10000 && found < 3; ++serial) {
        const QString first = QStringLiteral("9001153") + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        if (Iin::checkDigit(first) >= 0)
            continue;
        ++found;
        for (int last = 0; last <= 9; ++last) {
            const Iin iin = Iin::parse(first + QString::number(last));
            QVERIFY(!iin.isValid());
            QCOMPARE(iin.problem(), Iin::Problem::NeverIssued);
        }
    }
    QVERIFY2(found > 0, "no never-issued combination found in 10,000 serials");
}

void TestIin::messagesSayWhatToDo()
{
    for (const char* bad : {"", "123", "900115900013", "901315300013", "900115300014"}) {
        const QString text = Iin::parse(QString::fromLatin1(bad)).problemText();
        QVERIFY2(text.contains(QStringLiteral("IIN")), qPrintable(text));
        QVERIFY(!text.isEmpty());
    }
    QVERIFY(Iin::parse(QStringLiteral("900115300013")).problemText().isEmpty());
}

void TestIin::phoneNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("local 8") << "87011234567"
                             << "+77011234567";
    QTest::newRow("spaced") << "8 701 123 45 67"
                            << "+77011234567";
    QTest::newRow("international") << "+7 (701) 123-45-67"
                                   << "+77011234567";
    QTest::newRow("ten digits") << "7011234567"
                                << "+77011234567";
    QTest::newRow("landline") << "8 7172 55 72 90"
                              << "+77172557290";
    QTest::newRow("too short") << "8701123456"
                               << "";
    QTest::newRow("letters") << "8701abc4567"
                             << "";
    QTest::newRow("plus eight") << "+87011234567"
                                << "";
}

void TestIin::phoneNumbers()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QString problem;
    QCOMPARE(PhoneNumber::normalize(typed, &problem), stored);
    QCOMPARE(problem.isEmpty(), !stored.isEmpty());
    if (!stored.isEmpty())
        QCOMPARE(PhoneNumber::display(stored).remove(QLatin1Char(' ')), stored);
}

QTEST_GUILESS_MAIN(TestIin)
#include "tst_iin.moc"
