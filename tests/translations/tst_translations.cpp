#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every string a clerk can see is translated into Russian and Kazakh: the catalogues are compared with
// what lupdate finds in the sources today, so a new string without a translation fails here.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void placeholdersSurviveTranslation_data();
    void placeholdersSurviveTranslation();
    void glossaryTermsAreUsed();
    void qtButtonsInKazakh();
    void englishPluralsHaveNoParentheses();

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        QStringList translations; // one, or one per plural form
        bool finished = false;
    };
    static QList<Message> read(const QString& path);

    QList<Message> m_sources;
};

QList<TestTranslations::Message> TestTranslations::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && current.source.isNull() &&
                !xml.attributes().hasAttribute(QStringLiteral("x")))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            current = Message();
        }
    }
    return messages;
}

void TestTranslations::initTestCase()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("current_en.ts"));
    const QString source = QStringLiteral(JOLDAMA_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(source);
    lupdate.start(QStringLiteral(JOLDAMA_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), source + QStringLiteral("/app"),
                   source + QStringLiteral("/models"), source + QStringLiteral("/ui"), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    m_sources = read(ts);
    QVERIFY2(m_sources.size() > 50, "lupdate found too few strings");
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << "ru";
    QTest::newRow("kk") << "kk";
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    const QList<Message> catalogue =
        read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/joldama_%1.ts").arg(language));
    QHash<QString, Message> byKey;
    for (const Message& m : catalogue)
        byKey.insert(m.context + QLatin1Char('\x1f') + m.source, m);
    QStringList problems;
    for (const Message& wanted : std::as_const(m_sources)) {
        const auto it = byKey.constFind(wanted.context + QLatin1Char('\x1f') + wanted.source);
        if (it == byKey.constEnd()) {
            problems << QStringLiteral("missing [%1] %2").arg(wanted.context, wanted.source);
            continue;
        }
        bool empty = it->translations.isEmpty();
        for (const QString& t : it->translations)
            empty = empty || t.trimmed().isEmpty();
        if (!it->finished || empty)
            problems << QStringLiteral("untranslated [%1] %2").arg(wanted.context, wanted.source);
        if (wanted.numerus && it->translations.size() < (language == QLatin1String("ru") ? 3 : 1))
            problems << QStringLiteral("plural forms [%1] %2").arg(wanted.context, wanted.source);
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 problem(s) in joldama_%2.ts:\n").arg(problems.size()).arg(language) +
                         problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersSurviveTranslation_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::placeholdersSurviveTranslation()
{
    QFETCH(QString, language);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    const QList<Message> catalogue =
        read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/joldama_%1.ts").arg(language));
    for (const Message& m : catalogue) {
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured());
        for (const QString& t : m.translations) {
            QSet<QString> got;
            for (auto it = placeholder.globalMatch(t); it.hasNext();)
                got.insert(it.next().captured());
            // A plural form may leave %n out ("один пациент"), but nothing else may go missing or appear.
            QSet<QString> wantedHere = wanted;
            if (m.numerus && !got.contains(QStringLiteral("%n")))
                wantedHere.remove(QStringLiteral("%n"));
            QVERIFY2(got == wantedHere, qPrintable(QStringLiteral("[%1] %2 → %3").arg(m.context, m.source, t)));
        }
    }
}

void TestTranslations::glossaryTermsAreUsed()
{
    // DESIGN.md's glossary: the words a clerk reads all day.
    const QList<Message> kk = read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/joldama_kk.ts"));
    const QList<Message> ru = read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/joldama_ru.ts"));
    auto translation = [](const QList<Message>& catalogue, const QString& source) {
        for (const Message& m : catalogue) {
            if (m.source == source && !m.translations.isEmpty())
                return m.translations.first();
        }
        return QString();
    };
    QCOMPARE(translation(kk, QStringLiteral("IIN")), QStringLiteral("ЖСН"));
    QCOMPARE(translation(ru, QStringLiteral("IIN")), QStringLiteral("ИИН"));
    QVERIFY(translation(kk, QStringLiteral("Bed profile")).contains(QStringLiteral("Төсек бейіні")));
    QVERIFY(translation(ru, QStringLiteral("Bed profile")).contains(QStringLiteral("Профиль койки")));
    QVERIFY(translation(kk, QStringLiteral("Referral code")).contains(QStringLiteral("оды")));
    QVERIFY(translation(kk, QStringLiteral("Free care package (GOBMP)")).contains(QStringLiteral("ТМККК")));
    QVERIFY(translation(ru, QStringLiteral("Free care package (GOBMP)")).contains(QStringLiteral("ГОБМП")));
    QVERIFY(translation(kk, QStringLiteral("Compulsory health insurance (OSMS)")).contains(QStringLiteral("МӘМС")));
}

void TestTranslations::qtButtonsInKazakh()
{
    const QList<Message> qt = read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/qt_kk.ts"));
    QHash<QString, QString> buttons;
    for (const Message& m : qt) {
        QVERIFY2(m.finished && !m.translations.value(0).isEmpty(), qPrintable(m.source));
        if (m.context == QLatin1String("QPlatformTheme"))
            buttons.insert(m.source, m.translations.value(0));
    }
    for (const char* source : {"OK", "Cancel", "&Yes", "&No", "Save", "Close", "Apply"})
        QVERIFY2(buttons.contains(QLatin1String(source)), source);
    QCOMPARE(buttons.value(QStringLiteral("Cancel")), QStringLiteral("Бас тарту"));
}

void TestTranslations::englishPluralsHaveNoParentheses()
{
    const QList<Message> en = read(QStringLiteral(JOLDAMA_SOURCE_DIR "/translations/joldama_en.ts"));
    QHash<QString, Message> byKey;
    for (const Message& m : en)
        byKey.insert(m.context + QLatin1Char('\x1f') + m.source, m);
    for (const Message& wanted : std::as_const(m_sources)) {
        if (!wanted.numerus)
            continue;
        const Message m = byKey.value(wanted.context + QLatin1Char('\x1f') + wanted.source);
        QVERIFY2(m.finished && m.translations.size() == 2, qPrintable(wanted.source));
        for (const QString& form : m.translations)
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(form));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
