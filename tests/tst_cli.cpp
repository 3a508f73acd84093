#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// joldama-cli as administrators and scripts use it: the real executable, real files.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void initCreatesAndUpgrades();
    void version();
    void regionsList();
    void contactsListJson();
    void contactsListTable();
    void badDatabasePathsFailWithAMessage();
    void usageErrors();
    void help();

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
};

void TestCli::initCreatesAndUpgrades()
{
    const auto first = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("init")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("Database ready")), qPrintable(first.out + first.err));
    QVERIFY(QFile::exists(db()));
    const auto again = TestSupport::runCli({QStringLiteral("init"), QStringLiteral("--db=") + db()});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, first.out);
}

void TestCli::version()
{
    const auto result = TestSupport::runCli({QStringLiteral("version"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(!object.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(object.value(QStringLiteral("schema")).toInt() >= 1);
}

void TestCli::regionsList()
{
    const auto json = TestSupport::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray regions = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(regions.size(), 20);
    QCOMPARE(regions.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("10"));
    QCOMPARE(regions.at(17).toObject().value(QStringLiteral("name_kk")).toString(), QStringLiteral("Астана қаласы"));
    const auto kazakh = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("--lang"),
                                             QStringLiteral("kk"), QStringLiteral("regions"), QStringLiteral("list")});
    QCOMPARE(kazakh.exitCode, 0);
    QVERIFY(kazakh.out.contains(QStringLiteral("Шығыс Қазақстан облысы")));
}

void TestCli::contactsListJson()
{
    const auto result = TestSupport::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonArray contacts = QJsonDocument::fromJson(result.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(contacts.size(), 20);
    int missing = 0;
    for (const QJsonValue& value : contacts) {
        const QJsonObject c = value.toObject();
        for (const char* key : {"region_code", "region", "area_code", "phone", "updated"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QStringLiteral("updated")).toString(), QStringLiteral("2024-03-11"));
        if (c.value(QStringLiteral("phone")).toString().isEmpty()) {
            ++missing;
            QVERIFY(c.value(QStringLiteral("phone_missing")).toBool());
        }
        if (c.value(QStringLiteral("region_code")).toString() == QLatin1String("61")) {
            QCOMPARE(c.value(QStringLiteral("area_code")).toString(), QStringLiteral("72533"));
            QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("593-314"));
        }
    }
    QCOMPARE(missing, 2);
}

void TestCli::contactsListTable()
{
    const auto result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("--lang=ru"),
                                             QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("город Шымкент")));
    QVERIFY(result.out.contains(QStringLiteral("(missing)")));
}

void TestCli::badDatabasePathsFailWithAMessage()
{
    // A folder.
    auto result =
        TestSupport::runCli({QStringLiteral("--db"), m_dir.path(), QStringLiteral("regions"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("folder")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // A file that is not a database, left untouched.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'n'));
    }
    result = TestSupport::runCli({QStringLiteral("--db"), text, QStringLiteral("init")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("not a Joldama database")), qPrintable(result.err));
    QFile f(text);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(2048, 'n'));
    // A place nobody may write to.
    result =
        TestSupport::runCli({QStringLiteral("--db"), QStringLiteral("/proc/joldama/x.sqlite"), QStringLiteral("init")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("--db")), qPrintable(result.err));
}

void TestCli::usageErrors()
{
    auto result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("Unknown command")));
    result = TestSupport::runCli({QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--db")});
    QCOMPARE(result.exitCode, 2);
    result = TestSupport::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("--jsn")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("jsn")));
    result = TestSupport::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("regions"), QStringLiteral("list"), QStringLiteral("extra")});
    QCOMPARE(result.exitCode, 2);
    result = TestSupport::runCli(
        {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("regions"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 2);
    result = TestSupport::runCli({});
    QCOMPARE(result.exitCode, 2);
}

void TestCli::help()
{
    auto result = TestSupport::runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char* command : {"init", "version", "regions list", "contacts list"})
        QVERIFY2(result.out.contains(QLatin1String(command)), command);
    result = TestSupport::runCli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("--json")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
