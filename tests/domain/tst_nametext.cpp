#include "domain/NameText.h"

#include <QTest>

#include <algorithm>

// Kazakh and Russian search folding and alphabetical order.
class TestNameText : public QObject
{
    Q_OBJECT

private slots:
    void foldsCyrillicAndKazakhCase();
    void foldsYoToYe();
    void searchTermsSplitNames();
    void prefixRangeCoversEveryCompletion();
    void kazakhAlphabeticalOrder();
    void separatorsSortFirst();
};

void TestNameText::foldsCyrillicAndKazakhCase()
{
    QCOMPARE(NameText::fold(QStringLiteral("ӘЛИХАНОВ")), QStringLiteral("әлиханов"));
    QCOMPARE(NameText::fold(QStringLiteral("Әлиханов")), NameText::fold(QStringLiteral("әлиханов")));
    QCOMPARE(NameText::fold(QStringLiteral("ИВАНОВ")), QStringLiteral("иванов"));
    QCOMPARE(NameText::fold(QStringLiteral("ҚҰРМАНҒАЛИ ҮНІ ӨҢ ҺҒ")), QStringLiteral("құрманғали үні өң һғ"));
    QCOMPARE(NameText::fold(QStringLiteral("  Smith ")), QStringLiteral("smith"));
}

void TestNameText::foldsYoToYe()
{
    QCOMPARE(NameText::fold(QStringLiteral("Алёна")), NameText::fold(QStringLiteral("Алена")));
    QCOMPARE(NameText::fold(QStringLiteral("ЁЛКИН")), QStringLiteral("елкин"));
    // A decomposed й (и + combining breve) folds like the composed letter.
    QCOMPARE(NameText::fold(QStringLiteral("Сергеи\u0306")), NameText::fold(QStringLiteral("Сергей")));
}

void TestNameText::searchTermsSplitNames()
{
    QCOMPARE(NameText::searchTerms(QStringLiteral("Мухамед-Али Ахметов")),
             (QStringList{QStringLiteral("мухамед-али"), QStringLiteral("мухамед"), QStringLiteral("али"),
                          QStringLiteral("ахметов")}));
    QCOMPARE(NameText::searchTerms(QStringLiteral("  ")), QStringList());
}

void TestNameText::prefixRangeCoversEveryCompletion()
{
    const QString prefix = NameText::fold(QStringLiteral("Әли"));
    const QString end = NameText::prefixEnd(prefix);
    for (const char* name : {"Әлиханов", "Әлия", "Әли"})
        QVERIFY(NameText::fold(QString::fromUtf8(name)) >= prefix && NameText::fold(QString::fromUtf8(name)) < end);
    QVERIFY(!(NameText::fold(QStringLiteral("Әлмағамбетов")) >= prefix &&
              NameText::fold(QStringLiteral("Әлмағамбетов")) < end));
}

void TestNameText::kazakhAlphabeticalOrder()
{
    // The order a Kazakh or Russian reader expects, not byte order: Ә after А, Қ after К, Ң after Н,
    // Ө after О, Ұ and Ү after У, Һ after Х, І after Ы, Ё after Е.
    const QStringList expected{
        QStringLiteral("Абаев"),     QStringLiteral("Әбенов"),  QStringLiteral("Бекова"),   QStringLiteral("Ғалиев"),
        QStringLiteral("Ершов"),     QStringLiteral("Ёлкин"),   QStringLiteral("Жақсыбек"), QStringLiteral("Иванов"),
        QStringLiteral("Кенжебаев"), QStringLiteral("Қасымов"), QStringLiteral("Нұрланов"), QStringLiteral("Ңә"),
        QStringLiteral("Омаров"),    QStringLiteral("Өтебаев"), QStringLiteral("Сейтов"),   QStringLiteral("Уалиев"),
        QStringLiteral("Ұлықбек"),   QStringLiteral("Үсенов"),  QStringLiteral("Хасенов"),  QStringLiteral("Һәкім"),
        QStringLiteral("Шәкенов"),   QStringLiteral("Ыбыраев"), QStringLiteral("Ісабеков"), QStringLiteral("Юсупов"),
        QStringLiteral("Ясауи")};
    QStringList shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 7, shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(), NameText::lessThan);
    QCOMPARE(shuffled, expected);
    // The stored sort keys order the same way when compared as plain strings (as SQL does).
    for (int i = 1; i < expected.size(); ++i)
        QVERIFY2(NameText::sortKey(expected.at(i - 1)) < NameText::sortKey(expected.at(i)), qPrintable(expected.at(i)));
    // Case does not matter.
    QCOMPARE(NameText::sortKey(QStringLiteral("ӘЛИЕВ")), NameText::sortKey(QStringLiteral("әлиев")));
}

void TestNameText::separatorsSortFirst()
{
    QVERIFY(NameText::lessThan(QStringLiteral("Ли Анна"), QStringLiteral("Лиев Асан")));
    QVERIFY(NameText::lessThan(QStringLiteral("Абай 2"), QStringLiteral("Абай А")));
}

QTEST_GUILESS_MAIN(TestNameText)
#include "tst_nametext.moc"
