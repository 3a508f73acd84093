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

private:
    // joldama-cli on this test's database file.
    TestSupport::CliResult cli(const QString& file, QStringList arguments)
    {
        return TestSupport::runCli(QStringList{QStringLiteral("--db"), TestSupport::dbArgument(m_dir, file)} +
                                   arguments);
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

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
    void readmeDocumentsEveryCommand();
    void checkIin();
    void hospitalsAndProfiles();
    void documentsAndRefusalReasons();
    void patientsAddAndFindInAlphabeticalOrder();
    void referralsAddShowTransition();
    void importPatientsReportsBadRowsByLine();
    void exportsParseBack();
    void lookupAndQueue();
    void bedsSetListAndImport();
    void hospitalRegistryImport();
    void icd10Import();
    void holidaysList();

private:
    QTemporaryDir m_dir;
    QString db() const { return TestSupport::dbArgument(m_dir, QStringLiteral("cli.sqlite")); }
};

void TestCli::initCreatesAndUpgrades()
{
    const auto first = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("init")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("Database ready")), qPrintable(first.out + first.err));
    QVERIFY(TestSupport::onPostgres() || QFile::exists(db()));
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
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: files and folders given as the database");
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

void TestCli::readmeDocumentsEveryCommand()
{
    // Administrators learn the command line from the README: every command the program lists must be in
    // it, written as it is typed.
    const auto result = TestSupport::runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QFile readme(QStringLiteral(JOLDAMA_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QStringList lines = result.out.section(QStringLiteral("Commands:"), 1).split(QLatin1Char('\n'));
    int commands = 0;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("  ")) || line.trimmed().isEmpty())
            continue;
        // The command's words, up to its first argument (upper case: CODE, FILE.csv, YYYY-MM-DD) or the
        // run of spaces before its description.
        QStringList words;
        for (const QString& word : line.trimmed().split(QLatin1Char(' '))) {
            if (word.isEmpty() || word.at(0).isUpper() || word.at(0).isDigit())
                break;
            words << word;
        }
        if (words.isEmpty())
            continue;
        const QString command = words.join(QLatin1Char(' '));
        ++commands;
        QVERIFY2(text.contains(QLatin1Char('`') + command),
                 qPrintable(QStringLiteral("README lacks `%1").arg(command)));
    }
    QVERIFY2(commands > 40, qPrintable(QString::number(commands)));
}

void TestCli::checkIin()
{
    auto result =
        TestSupport::runCli({QStringLiteral("check-iin"), QStringLiteral("900115300401"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("reason")).toString(), QStringLiteral("ok"));
    QCOMPARE(object.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-01-15"));
    QCOMPARE(object.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
    result =
        TestSupport::runCli({QStringLiteral("check-iin"), QStringLiteral("901315300013"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(object.value(QStringLiteral("reason")).toString(), QStringLiteral("birth_date"));
    QVERIFY(object.value(QStringLiteral("birth_date")).isNull());
    result = TestSupport::runCli({QStringLiteral("check-iin"), QStringLiteral("850720400126")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("female")));
    QCOMPARE(TestSupport::runCli({QStringLiteral("check-iin")}).exitCode, 2);
}

void TestCli::documentsAndRefusalReasons()
{
    auto result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("--lang=ru"),
                                       QStringLiteral("documents"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray documents = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(documents.size() >= 9);
    bool blood = false;
    for (const QJsonValue& v : documents) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("code")).toString() == QLatin1String("blood_count")) {
            blood = true;
            QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Общий анализ крови"));
            QCOMPARE(o.value(QStringLiteral("validity_days")).toInt(), 14);
            QCOMPARE(o.value(QStringLiteral("required")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("active")).toBool(), true);
        }
    }
    QVERIFY(blood);
    result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("documents"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Full blood count")), qPrintable(result.out));
    result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("refusal-reasons"),
                                  QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray reasons = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(reasons.size() >= 7);
    QCOMPARE(reasons.last().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("other"));
}

void TestCli::hospitalsAndProfiles()
{
    auto result = TestSupport::runCli(
        {QStringLiteral("--db"), db(), QStringLiteral("hospitals"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray hospitals = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(hospitals.size() >= 60);
    for (const QJsonValue& v : hospitals) {
        for (const char* key : {"code", "name", "region_code"})
            QVERIFY(v.toObject().contains(QLatin1String(key)));
        QCOMPARE(v.toObject().value(QStringLiteral("code")).toString().size(), 4);
    }
    result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("hospitals"), QStringLiteral("list"),
                                  QStringLiteral("--region"), QStringLiteral("71"), QStringLiteral("--profile"),
                                  QStringLiteral("CSU"), QStringLiteral("--json")});
    const QJsonArray cardiac = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(cardiac.size(), 4); // two city hospitals, the children's one and the cardiac surgery centre
    result = TestSupport::runCli({QStringLiteral("--db"), db(), QStringLiteral("--lang=kk"), QStringLiteral("profiles"),
                                  QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(profiles.size() >= 20);
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("THR"));
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Терапия"));
}

void TestCli::patientsAddAndFindInAlphabeticalOrder()
{
    const QString path = TestSupport::dbArgument(m_dir, QStringLiteral("patients.sqlite"));
    const struct
    {
        const char* iin;
        const char* last;
        const char* first;
    } people[] = {{"900115300013", "Ұлықбеков", "Нұрлан"},
                  {"850720400126", "Әлиева", "Алёна"},
                  {"010203500078", "Алиев", "Нұрлан"},
                  {"051231600017", "Қасымова", "Нұргүл"}};
    for (const auto& p : people) {
        const auto result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("patients"),
                                                 QStringLiteral("add"), QStringLiteral("--iin"), QLatin1String(p.iin),
                                                 QStringLiteral("--last-name"), QString::fromUtf8(p.last),
                                                 QStringLiteral("--first-name"), QString::fromUtf8(p.first)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    auto result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("patients"), QStringLiteral("add"),
                             QStringLiteral("--iin"), QStringLiteral("900115300013"), QStringLiteral("--last-name"),
                             QStringLiteral("Другой"), QStringLiteral("--first-name"), QStringLiteral("Человек")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("already registered")));
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("patients"), QStringLiteral("find"),
                                  QStringLiteral("НҰР"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QStringList order;
    for (const QJsonValue& v : found) {
        for (const char* key : {"iin", "last_name", "first_name"})
            QVERIFY(v.toObject().contains(QLatin1String(key)));
        order << v.toObject().value(QStringLiteral("last_name")).toString();
    }
    QCOMPARE(order, (QStringList{QStringLiteral("Алиев"), QStringLiteral("Қасымова"), QStringLiteral("Ұлықбеков")}));
    result = TestSupport::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("patients"), QStringLiteral("find"), QStringLiteral("алена")});
    QVERIFY(result.out.contains(QStringLiteral("Әлиева Алёна")));
}

void TestCli::referralsAddShowTransition()
{
    const QString path = TestSupport::dbArgument(m_dir, QStringLiteral("referrals.sqlite"));
    QCOMPARE(
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("patients"), QStringLiteral("add"),
                             QStringLiteral("--iin"), QStringLiteral("900115300013"), QStringLiteral("--last-name"),
                             QStringLiteral("Әлиханов"), QStringLiteral("--first-name"), QStringLiteral("Нұрлан"),
                             QStringLiteral("--region"), QStringLiteral("71")})
            .exitCode,
        0);
    auto result = TestSupport::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
         QStringLiteral("900115300013"), QStringLiteral("--hospital"), QStringLiteral("7101"),
         QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--diagnosis"), QStringLiteral("I25.1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("71.7101.CAR.1"));
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("add"),
                                  QStringLiteral("--iin"), QStringLiteral("900115300013"), QStringLiteral("--hospital"),
                                  QStringLiteral("7101"), QStringLiteral("--profile"), QStringLiteral("CAR"),
                                  QStringLiteral("--diagnosis"), QStringLiteral("I25.1"), QStringLiteral("--funding"),
                                  QStringLiteral("osms"), QStringLiteral("--priority"), QStringLiteral("2"),
                                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("code")).toString(), QStringLiteral("71.7101.CAR.2"));
    QCOMPARE(object.value(QStringLiteral("funding")).toString(), QStringLiteral("osms"));
    // Bad input: exit 1, a message, nothing registered.
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("add"),
                                  QStringLiteral("--iin"), QStringLiteral("900115300013"), QStringLiteral("--hospital"),
                                  QStringLiteral("7101"), QStringLiteral("--profile"), QStringLiteral("CAR"),
                                  QStringLiteral("--diagnosis"), QStringLiteral("XX")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("ICD-10")));
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("add"),
                                  QStringLiteral("--iin"), QStringLiteral("900115300013")});
    QCOMPARE(result.exitCode, 2);
    // Transitions: an illegal one is refused with the reason.
    result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("transition"),
                             QStringLiteral("71.7101.CAR.1"), QStringLiteral("hospitalized")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("Confirm the admission date first")));
    result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("transition"),
                             QStringLiteral("71.7101.CAR.1"), QStringLiteral("scheduled"), QStringLiteral("--date"),
                             QDate::currentDate().addDays(7).toString(Qt::ISODate)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("transition"),
                             QStringLiteral("71.7101.CAR.1"), QStringLiteral("cancelled"), QStringLiteral("--reason"),
                             QStringLiteral("пациент выбрал платную клинику; \"иное\"")});
    QCOMPARE(result.exitCode, 0);
    result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("transition"),
                             QStringLiteral("71.7101.CAR.1"), QStringLiteral("bogus")});
    QCOMPARE(result.exitCode, 2);
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("show"),
                                  QStringLiteral("71.7101.car.1"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(object.value(QStringLiteral("iin")).toString(), QStringLiteral("900115300013"));
    const QJsonArray history = object.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("пациент выбрал платную клинику; \"иное\""));
    QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("show"),
                                  QStringLiteral("71.7101.CAR.99")})
                 .exitCode,
             1);
}

void TestCli::importPatientsReportsBadRowsByLine()
{
    const QString path = TestSupport::dbArgument(m_dir, QStringLiteral("import.sqlite"));
    const QString csv = m_dir.filePath(QStringLiteral("patients.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("last_name,iin,first_name,phone\n"
               "Сейтқалиева,850720400126,Айгүл,87011234567\n"
               "Ли,900115300014,Анна,\n"
               "Ёлкин,010203500078,Сергей,12\n");
    file.close();
    auto result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("patients"), csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 3:")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("line 4:")));
    QVERIFY(!result.err.contains(QStringLiteral("line 2:")));
    QVERIFY(TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("patients"), QStringLiteral("find"),
                                 QStringLiteral("Сейт")})
                .out.count(QLatin1Char('\n')) == 1);
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("patients"),
                                  csv, QStringLiteral("--skip-bad")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Imported 1 row")));
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("patients"),
                                  m_dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(result.exitCode, 1);
}

void TestCli::exportsParseBack()
{
    const QString path = TestSupport::dbArgument(m_dir, QStringLiteral("referrals.sqlite"));
    auto result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("referrals"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonArray referrals = QJsonDocument::fromJson(result.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(referrals.size(), 2);
    const QString out = m_dir.filePath(QStringLiteral("patients-export.csv"));
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("patients"),
                                  QStringLiteral("-o"), out});
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("iin,last_name,first_name")));
    QVERIFY(text.contains(QStringLiteral("900115300013,Әлиханов,Нұрлан")));
    // An unwritable path fails cleanly.
    result = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("patients"),
                                  QStringLiteral("-o"), QStringLiteral("/proc/joldama/out.csv")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("patients"),
                                  QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             2);
}

void TestCli::lookupAndQueue()
{
    const QString db = QStringLiteral("queue.sqlite");
    QCOMPARE(cli(db, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"),
                      QStringLiteral("900115300013"), QStringLiteral("--last-name"), QStringLiteral("Әлиханов"),
                      QStringLiteral("--first-name"), QStringLiteral("Нұрлан"), QStringLiteral("--region"),
                      QStringLiteral("71")})
                 .exitCode,
             0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(cli(db, {QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
                          QStringLiteral("900115300013"), QStringLiteral("--hospital"), QStringLiteral("7101"),
                          QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--diagnosis"),
                          QStringLiteral("I25.1")})
                     .exitCode,
                 0);
    auto result = cli(db, {QStringLiteral("lookup"), QStringLiteral("71.7101.CAR.2"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject found = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(found.value(QStringLiteral("code")).toString(), QStringLiteral("71.7101.CAR.2"));
    QCOMPARE(found.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    QCOMPARE(found.value(QStringLiteral("hospital")).toString(), QStringLiteral("7101"));
    QCOMPARE(found.value(QStringLiteral("profile")).toString(), QStringLiteral("CAR"));
    QCOMPARE(found.value(QStringLiteral("position")).toInt(), 2);
    QVERIFY(QDate::fromString(found.value(QStringLiteral("preliminary_date")).toString(), Qt::ISODate).isValid());

    result = cli(db, {QStringLiteral("lookup"), QStringLiteral("71.7101.CAR.9")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("No referral has the code 71.7101.CAR.9")), qPrintable(result.err));
    result = cli(db, {QStringLiteral("lookup"), QStringLiteral("XYZ")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("is not a referral code")), qPrintable(result.err));

    const auto queue = [&] {
        const auto r = cli(db, {QStringLiteral("queue"), QStringLiteral("--hospital"), QStringLiteral("7101"),
                                QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array() : QJsonArray();
    };
    QJsonArray entries = queue();
    QCOMPARE(entries.size(), 3);
    QDate previous;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject e = entries.at(i).toObject();
        QCOMPARE(e.value(QStringLiteral("position")).toInt(), i + 1);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("71.7101.CAR.%1").arg(i + 1));
        QVERIFY(!e.value(QStringLiteral("registered")).toString().isEmpty());
        const QDate date = QDate::fromString(e.value(QStringLiteral("preliminary_date")).toString(), Qt::ISODate);
        QVERIFY(date.isValid() && (!previous.isValid() || date >= previous));
        previous = date;
    }
    // The first one leaves the queue: everyone moves up.
    QCOMPARE(cli(db, {QStringLiteral("referrals"), QStringLiteral("transition"), QStringLiteral("71.7101.CAR.1"),
                      QStringLiteral("cancelled"), QStringLiteral("--reason"), QStringLiteral("Пациент передумал")})
                 .exitCode,
             0);
    entries = queue();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("71.7101.CAR.2"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
    result = cli(db, {QStringLiteral("queue"), QStringLiteral("--hospital"), QStringLiteral("7101")});
    QCOMPARE(result.exitCode, 2); // the profile is required

    // Admitted without the documents: the override and its reason show in the text history too.
    const QDate today = QDate::currentDate();
    QCOMPARE(cli(db, {QStringLiteral("referrals"), QStringLiteral("transition"), QStringLiteral("71.7101.CAR.2"),
                      QStringLiteral("scheduled"), QStringLiteral("--date"), today.toString(Qt::ISODate)})
                 .exitCode,
             0);
    result = cli(db, {QStringLiteral("referrals"), QStringLiteral("transition"), QStringLiteral("71.7101.CAR.2"),
                      QStringLiteral("hospitalized")});
    QCOMPARE(result.exitCode, 1); // no documents recorded
    QCOMPARE(cli(db, {QStringLiteral("referrals"), QStringLiteral("transition"), QStringLiteral("71.7101.CAR.2"),
                      QStringLiteral("hospitalized"), QStringLiteral("--override-documents"),
                      QStringLiteral("анализы сданы в стационаре")})
                 .exitCode,
             0);
    result = cli(db, {QStringLiteral("referrals"), QStringLiteral("show"), QStringLiteral("71.7101.CAR.2")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("why: анализы сданы в стационаре")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Confirmed:   ") + today.toString(QStringLiteral("dd.MM.yyyy"))));
}

void TestCli::bedsSetListAndImport()
{
    const QString db = QStringLiteral("beds.sqlite");
    const auto bedsOf = [&](const QString& hospital) {
        const auto r =
            cli(db, {QStringLiteral("beds"), QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("71"),
                     QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("hospital")).toString() == hospital)
                return v.toObject();
        }
        return QJsonObject();
    };
    auto result = cli(db, {QStringLiteral("beds"), QStringLiteral("set"), QStringLiteral("--hospital"),
                           QStringLiteral("7101"), QStringLiteral("--profile"), QStringLiteral("CAR"),
                           QStringLiteral("--total"), QStringLiteral("40"), QStringLiteral("--occupied"),
                           QStringLiteral("31"), QStringLiteral("--reserved"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 0);
    QJsonObject beds = bedsOf(QStringLiteral("7101"));
    QCOMPARE(beds.value(QStringLiteral("total")).toInt(), 40);
    QCOMPARE(beds.value(QStringLiteral("free_today")).toInt(), 7);
    // Impossible numbers: refused, the last report stays.
    result =
        cli(db, {QStringLiteral("beds"), QStringLiteral("set"), QStringLiteral("--hospital"), QStringLiteral("7101"),
                 QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--total"), QStringLiteral("10"),
                 QStringLiteral("--occupied"), QStringLiteral("31")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("exceed")), qPrintable(result.err));
    QCOMPARE(bedsOf(QStringLiteral("7101")).value(QStringLiteral("total")).toInt(), 40);

    const QString csv =
        writeFile(QStringLiteral("beds.csv"), "hospital_code,profile_code,date,total,occupied,reserved\n"
                                              "7102,CAR,2026-11-22,20,15,1\n"
                                              "7101,CAR,2026-11-22,5,15,1\n");
    result = cli(db, {QStringLiteral("import"), QStringLiteral("beds"), csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 3:")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("line 2:")));
    QVERIFY(bedsOf(QStringLiteral("7102")).value(QStringLiteral("total")).isNull()); // nothing imported
    result = cli(db, {QStringLiteral("import"), QStringLiteral("beds"), csv, QStringLiteral("--skip-bad")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(bedsOf(QStringLiteral("7102")).value(QStringLiteral("total")).toInt(), 20);
    QCOMPARE(bedsOf(QStringLiteral("7101")).value(QStringLiteral("total")).toInt(), 40);
}

void TestCli::hospitalRegistryImport()
{
    const QString db = QStringLiteral("hospitals.sqlite");
    const QString csv = writeFile(QStringLiteral("hospitals.csv"),
                                  "code,name,region_code,address,phone,kind,active,profiles\n"
                                  "7199,\"Больница \"\"Шипагер\"\"\",71,г. Астана,8 7172 11 22 33,city,1,CAR|THR\n"
                                  "7198,Больница без профиля,71,,,city,1,CAR|XXX\n");
    const auto codes = [&] {
        QStringList out;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(
                 cli(db, {QStringLiteral("hospitals"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                 .array())
            out << v.toObject().value(QStringLiteral("code")).toString();
        return out;
    };
    auto result = cli(db, {QStringLiteral("import"), QStringLiteral("hospitals"), csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 3:")) && result.err.contains(QStringLiteral("XXX")),
             qPrintable(result.err));
    QVERIFY(!codes().contains(QStringLiteral("7199")));
    result = cli(db, {QStringLiteral("import"), QStringLiteral("hospitals"), csv, QStringLiteral("--skip-bad")});
    QCOMPARE(result.exitCode, 0);
    const QStringList after = codes();
    QVERIFY(after.contains(QStringLiteral("7199")));
    QVERIFY(!after.contains(QStringLiteral("7198"))); // the bad row left nothing half-saved
    for (const QJsonValue& v :
         QJsonDocument::fromJson(
             cli(db, {QStringLiteral("hospitals"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
             .array()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("7199"))
            QCOMPARE(v.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Больница \"Шипагер\""));
    }
}

void TestCli::icd10Import()
{
    const QString db = QStringLiteral("icd.sqlite");
    const QString csv = writeFile(QStringLiteral("icd.csv"), "code,name_ru,name_kk\n"
                                                             "Q25.1,Коарктация аорты,Қолқа коарктациясы\n"
                                                             "XX1,Плохой код,\n");
    const QStringList registration{QStringLiteral("referrals"),   QStringLiteral("add"),
                                   QStringLiteral("--iin"),       QStringLiteral("900115300013"),
                                   QStringLiteral("--hospital"),  QStringLiteral("7101"),
                                   QStringLiteral("--profile"),   QStringLiteral("CAR"),
                                   QStringLiteral("--diagnosis"), QStringLiteral("Q25.1")};
    QCOMPARE(cli(db, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"),
                      QStringLiteral("900115300013"), QStringLiteral("--last-name"), QStringLiteral("Әлиханов"),
                      QStringLiteral("--first-name"), QStringLiteral("Нұрлан"), QStringLiteral("--region"),
                      QStringLiteral("71")})
                 .exitCode,
             0);
    auto result = cli(db, {QStringLiteral("import"), QStringLiteral("icd10"), csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 3:")), qPrintable(result.err));
    QCOMPARE(cli(db, registration).exitCode, 1); // Q25.1 is not in the starter list, and nothing was imported
    result = cli(db, {QStringLiteral("import"), QStringLiteral("icd10"), csv, QStringLiteral("--skip-bad")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(cli(db, registration).exitCode, 0);
}

void TestCli::holidaysList()
{
    const QString db = QStringLiteral("holidays.sqlite");
    auto result = cli(db, {QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"),
                           QStringLiteral("2026"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QStringList days;
    for (const QJsonValue& v : QJsonDocument::fromJson(result.out.toUtf8()).array())
        days << v.toObject().value(QStringLiteral("date")).toString();
    for (const char* day : {"2026-01-01", "2026-03-21", "2026-03-23", "2026-12-16"})
        QVERIFY2(days.contains(QString::fromLatin1(day)), day);
    QVERIFY(!days.contains(QStringLiteral("2026-11-17")));
    result =
        cli(db, {QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2026")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Nauryz")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
