#include "TestSupport.h"
#include "platform/SystemAccount.h"
#include "services/ProblemReportService.h"
#include "services/Workspace.h"
#include "store/DatabaseLocation.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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
    void serverAddressPasswordAndTls();
    void aServerThatDoesNotAnswerFailsWithinSeconds();
    void aSingleDeskDatabaseMovesOntoTheServer();
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
    void missingFolderIsRefusedNotCreated();
    void anotherProgramsDatabaseIsLeftAsItWas();
    void actorIsTheOperatingSystemAccount();
    void diagnosisNotInTheDictionary();
    void secondPlaceInTheSameProfile();
    void patientsRoundTrip();
    void icd10FilesAsBureausReceiveThem();
    void textProblemsAreNamed();
    void numbersAndDatesOutOfRange();
    void kazakhAndRussianOutputHasNoEnglishWords();
    void backupCountersAndProblemReports();

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
    // A contact without a phone number says so in the language asked for.
    QVERIFY(result.out.contains(QStringLiteral("(нет)")));
    QVERIFY(!result.out.contains(QStringLiteral("(missing)")));
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
    QVERIFY2(result.out.contains(QStringLiteral("Female")), qPrintable(result.out));
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
    result = TestSupport::runCli(
        {QStringLiteral("--db"), path, QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
         QStringLiteral("900115300013"), QStringLiteral("--hospital"), QStringLiteral("7101"),
         QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--diagnosis"), QStringLiteral("I25.1"),
         QStringLiteral("--funding"), QStringLiteral("osms"), QStringLiteral("--priority"), QStringLiteral("2"),
         QStringLiteral("--second-referral-reason"), QStringLiteral("a second operation agreed by the commission"),
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
                          QStringLiteral("I25.1"), QStringLiteral("--second-referral-reason"),
                          QStringLiteral("a test fills a queue with one patient")})
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

    // Reported for yesterday: a day close to today needs no confirmation.
    const QByteArray yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate).toLatin1();
    const QString csv =
        writeFile(QStringLiteral("beds.csv"), "hospital_code,profile_code,date,total,occupied,reserved\n"
                                              "7102,CAR," +
                                                  yesterday +
                                                  ",20,15,1\n"
                                                  "7101,CAR," +
                                                  yesterday + ",5,15,1\n");
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

namespace {
// What is needed to register referrals: a patient.
void addPatient(const std::function<TestSupport::CliResult(QStringList)>& cli, const char* iin, const char* last,
                const char* first)
{
    cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QLatin1String(iin),
         QStringLiteral("--last-name"), QString::fromUtf8(last), QStringLiteral("--first-name"),
         QString::fromUtf8(first), QStringLiteral("--region"), QStringLiteral("71")});
}

QStringList referral(const QString& iin, const QString& hospital, const QString& diagnosis)
{
    return {QStringLiteral("referrals"),   QStringLiteral("add"),
            QStringLiteral("--iin"),       iin,
            QStringLiteral("--hospital"),  hospital,
            QStringLiteral("--profile"),   QStringLiteral("CAR"),
            QStringLiteral("--diagnosis"), diagnosis};
}
} // namespace

void TestCli::missingFolderIsRefusedNotCreated()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: files and folders given as the database");
    // A typo in the folder: before, a new empty database was made there, and the look-up said "no such referral".
    const QString folder = m_dir.filePath(QStringLiteral("bureua"));
    const auto result = TestSupport::runCli({QStringLiteral("--db"), folder + QStringLiteral("/joldama.sqlite"),
                                             QStringLiteral("lookup"), QStringLiteral("71.7101.CAR.1")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("does not exist")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(folder));
    // The default database in the user's data folder is still created with its folder.
    const QString dataHome = m_dir.filePath(QStringLiteral("fresh-home"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(JOLDAMA_CLI_PATH), {QStringLiteral("init")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QDirIterator files(dataHome, {QStringLiteral("joldama.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
}

void TestCli::anotherProgramsDatabaseIsLeftAsItWas()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: files and folders given as the database");
    const QString path = m_dir.filePath(QStringLiteral("accounting.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"));
        QSqlQuery(other).exec(QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QCOMPARE(bytes.at(18), char(1)); // a rollback-journal file
    const auto result =
        TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("regions"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("another program")), qPrintable(result.err));
    // Not switched to WAL (bytes 18 and 19 of the header would be 2), not changed at all.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestCli::actorIsTheOperatingSystemAccount()
{
    const QString file = QStringLiteral("actor.sqlite");
    const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME");
    qputenv("USER", "mallory");
    qputenv("LOGNAME", "mallory");
    qputenv("USERNAME", "mallory");
    const auto restore = qScopeGuard([&] {
        qputenv("USER", user);
        qputenv("LOGNAME", logname);
        qunsetenv("USERNAME");
    });
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    const auto added =
        cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I25.1")));
    QCOMPARE(added.exitCode, 0);
    const auto shown =
        cli(file, {QStringLiteral("referrals"), QStringLiteral("show"), added.out.trimmed(), QStringLiteral("--json")});
    const QString actor = QJsonDocument::fromJson(shown.out.toUtf8())
                              .object()
                              .value(QStringLiteral("history"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("actor"))
                              .toString();
    QVERIFY2(!actor.isEmpty() && actor != QLatin1String("mallory"), qPrintable(actor));
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QVERIFY(id.waitForFinished(10000));
    QCOMPARE(actor, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
}

void TestCli::diagnosisNotInTheDictionary()
{
    const QString file = QStringLiteral("diagnosis.sqlite");
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    QStringList add = referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("J96.0"));
    auto result = cli(file, add);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("not yet in the ICD-10 dictionary")), qPrintable(result.err));
    add << QStringLiteral("--diagnosis-name") << QStringLiteral("Острая дыхательная недостаточность");
    result = cli(file, add);
    QCOMPARE(result.exitCode, 0);
    const auto shown = cli(
        file, {QStringLiteral("referrals"), QStringLiteral("show"), result.out.trimmed(), QStringLiteral("--json")});
    const QJsonObject r = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(r.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("J96.0"));
    QCOMPARE(r.value(QStringLiteral("diagnosis_name")).toString(),
             QStringLiteral("Острая дыхательная недостаточность"));
    QVERIFY(r.value(QStringLiteral("history"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("diagnosis_not_in_dictionary")));
    // The emergency codes of a first day are known in the first place.
    result = cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I21.0")) +
                           QStringList{QStringLiteral("--emergency"), QStringLiteral("ambulance")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCli::secondPlaceInTheSameProfile()
{
    const QString file = QStringLiteral("second.sqlite");
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    const auto first =
        cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I25.1")));
    QCOMPARE(first.exitCode, 0);
    const QString code = first.out.trimmed();
    // Seen: the same patient put into the same queue seven times.
    for (int i = 0; i < 3; ++i) {
        const auto again = cli(file, referral(QStringLiteral("900115300013"), QLatin1String(i % 2 ? "7101" : "7102"),
                                              QStringLiteral("I25.1")));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(code) && again.err.contains(QStringLiteral("transferred")) &&
                     again.err.contains(QStringLiteral("--second-referral-reason")),
                 qPrintable(again.err));
    }
    const auto reasoned =
        cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7102"), QStringLiteral("I25.1")) +
                      QStringList{QStringLiteral("--second-referral-reason"),
                                  QStringLiteral("Разные операции, решение комиссии")});
    QCOMPARE(reasoned.exitCode, 0);
    const auto shown = cli(file, {QStringLiteral("referrals"), QStringLiteral("show"), reasoned.out.trimmed()});
    QVERIFY2(shown.out.contains(QStringLiteral("Разные операции, решение комиссии")) && shown.out.contains(code),
             qPrintable(shown.out));
    const auto json = cli(file, {QStringLiteral("export"), QStringLiteral("referrals"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 2);
}

void TestCli::patientsRoundTrip()
{
    const QString from = QStringLiteral("roundtrip-from.sqlite");
    addPatient([&](QStringList a) { return cli(from, a); }, "900115300013", "Әлиханов", "Нұрлан");
    addPatient([&](QStringList a) { return cli(from, a); }, "850720400126", "Сейітова", "Гүлнар");
    QCOMPARE(
        cli(from, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I25.1"))).exitCode,
        0);
    // Whatever Joldama exports, it imports back: both formats of the patients, and the patients in the referrals.
    int n = 0;
    for (const QStringList& exported :
         {QStringList{QStringLiteral("patients")},
          QStringList{QStringLiteral("patients"), QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("referrals")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("--format"), QStringLiteral("json")}}) {
        const QString file = m_dir.filePath(QStringLiteral("export-%1.txt").arg(++n));
        QCOMPARE(cli(from, QStringList{QStringLiteral("export")} + exported + QStringList{QStringLiteral("-o"), file})
                     .exitCode,
                 0);
        const QString to = QStringLiteral("roundtrip-to-%1.sqlite").arg(n);
        const auto imported = cli(to, {QStringLiteral("import"), QStringLiteral("patients"), file});
        QVERIFY2(imported.exitCode == 0,
                 qPrintable(exported.join(QLatin1Char(' ')) + QStringLiteral(": ") + imported.err));
        const auto found = cli(to, {QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("900115300013"),
                                    QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out.toUtf8()).object().value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Әлиханов"));
        QCOMPARE(cli(to, {QStringLiteral("import"), QStringLiteral("patients"), file}).exitCode, 0); // again: unchanged
    }
    // A birth date that the IIN does not give is a bad row, named.
    const QString wrong =
        writeFile(QStringLiteral("wrong-birth.csv"),
                  "iin,last_name,first_name,birth_date,sex\n900115300013,Әлиханов,Нұрлан,1990-01-16,male\n");
    const auto refused =
        cli(QStringLiteral("roundtrip-wrong.sqlite"), {QStringLiteral("import"), QStringLiteral("patients"), wrong});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("line 2:")) && refused.err.contains(QStringLiteral("1990-01-15")),
             qPrintable(refused.err));
}

void TestCli::icd10FilesAsBureausReceiveThem()
{
    const QString file = QStringLiteral("icd-files.sqlite");
    // Windows-1251, semicolons, no header, the Russian name first and the English second.
    QByteArray cp1251;
    for (const QChar ch : QStringLiteral("J96.0;Острая респираторная недостаточность;Acute respiratory failure\r\n"
                                         "R57.0;Кардиогенный шок;Cardiogenic shock\r\n")) {
        const char16_t u = ch.unicode();
        cp1251 += u < 0x80 ? char(u) : char(0xC0 + (u - 0x0410));
    }
    auto result =
        cli(file, {QStringLiteral("import"), QStringLiteral("icd10"), writeFile(QStringLiteral("mkb.csv"), cp1251)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // A header in Kazakh and Russian, the columns in another order, with Kazakh names.
    const QString kazakh = writeFile(QStringLiteral("ahzh.csv"), "Атауы (қаз.),Код МКБ,Наименование\n"
                                                                 "Кардиогендік шок,R57.0,Кардиогенный шок\n");
    result = cli(file, {QStringLiteral("import"), QStringLiteral("icd10"), kazakh});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    const auto added =
        cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("R57.0")));
    QCOMPARE(added.exitCode, 0);
    const auto shown = cli(file, {QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("referrals"),
                                  QStringLiteral("show"), added.out.trimmed()});
    QVERIFY2(shown.out.contains(QStringLiteral("Кардиогендік шок")), qPrintable(shown.out));
    const auto english = cli(file, {QStringLiteral("referrals"), QStringLiteral("show"), added.out.trimmed()});
    QVERIFY2(english.out.contains(QStringLiteral("Cardiogenic shock")), qPrintable(english.out));
}

void TestCli::textProblemsAreNamed()
{
    const QString file = QStringLiteral("text-problems.sqlite");
    // Old Mac line endings: before, "Unknown column \"region_code900115300013\"".
    auto result = cli(file, {QStringLiteral("import"), QStringLiteral("patients"),
                             writeFile(QStringLiteral("mac.csv"), "iin,last_name,first_name,region_code\r"
                                                                  "900115300013,Әлиханов,Нұрлан,71\r")});
    QVERIFY2(result.exitCode == 0 && result.out.contains(QStringLiteral("Imported 1 row")), qPrintable(result.err));
    // A NUL byte.
    result = cli(file, {QStringLiteral("import"), QStringLiteral("patients"),
                        writeFile(QStringLiteral("nul.csv"),
                                  QByteArray("iin,last_name,first_name\n850720400126,Сей\0това,Гүлнар\n", 52))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 2:")) && result.err.contains(QStringLiteral("NUL")),
             qPrintable(result.err));
    // A file in another encoding than UTF-8 after UTF-8 lines.
    QByteArray mixed = "iin,last_name,first_name\n850720400126,Сейітова,Гүлнар\n010203500078,";
    mixed += QByteArray("\xC8\xE2\xE0\xED\xEE\xE2", 6) + ",Ivan\n";
    result = cli(file,
                 {QStringLiteral("import"), QStringLiteral("patients"), writeFile(QStringLiteral("mixed.csv"), mixed)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("line 3:")) && result.err.contains(QStringLiteral("UTF-8")),
             qPrintable(result.err));
    // A name too long (a row pasted into one cell): said so, not "may hold only letters".
    result = cli(file, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"),
                        QStringLiteral("051231600017"), QStringLiteral("--last-name"), QString(70, QChar(u'а')),
                        QStringLiteral("--first-name"), QStringLiteral("Ая")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("70 characters")) && result.err.contains(QStringLiteral("60")),
             qPrintable(result.err));
}

void TestCli::numbersAndDatesOutOfRange()
{
    const QString file = QStringLiteral("ranges.sqlite");
    const QStringList beds{QStringLiteral("beds"),       QStringLiteral("set"),       QStringLiteral("--hospital"),
                           QStringLiteral("7101"),       QStringLiteral("--profile"), QStringLiteral("CAR"),
                           QStringLiteral("--occupied"), QStringLiteral("5")};
    auto result = cli(file, beds + QStringList{QStringLiteral("--total"), QStringLiteral("900115300013")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("out of range")), qPrintable(result.err));
    result = cli(file, beds + QStringList{QStringLiteral("--total"), QStringLiteral("500000")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("out of range")), qPrintable(result.err));
    // A bed report for a day far from today: refused without --yes, saved with it; a year off: refused.
    const QString far = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    result =
        cli(file, beds + QStringList{QStringLiteral("--total"), QStringLiteral("30"), QStringLiteral("--date"), far});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("--yes")), qPrintable(result.err));
    result = cli(file, beds + QStringList{QStringLiteral("--total"), QStringLiteral("30"), QStringLiteral("--date"),
                                          far, QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 0);
    result =
        cli(file, beds + QStringList{QStringLiteral("--total"), QStringLiteral("30"), QStringLiteral("--date"),
                                     QDate::currentDate().addYears(2).toString(Qt::ISODate), QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    // An emergency admission long past.
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    const QStringList emergency =
        referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I21.0")) +
        QStringList{QStringLiteral("--emergency"), QStringLiteral("ambulance"), QStringLiteral("--date"),
                    QDate::currentDate().addDays(-10).toString(Qt::ISODate)};
    result = cli(file, emergency);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("--yes")), qPrintable(result.err));
    QCOMPARE(cli(file, emergency + QStringList{QStringLiteral("--yes")}).exitCode, 0);
}

void TestCli::kazakhAndRussianOutputHasNoEnglishWords()
{
    const QString file = QStringLiteral("words.sqlite");
    addPatient([&](QStringList a) { return cli(file, a); }, "900115300013", "Әлиханов", "Нұрлан");
    const QString code =
        cli(file, referral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("I25.1")))
            .out.trimmed();
    QCOMPARE(
        cli(file, {QStringLiteral("beds"), QStringLiteral("set"), QStringLiteral("--hospital"), QStringLiteral("7101"),
                   QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--total"), QStringLiteral("30"),
                   QStringLiteral("--occupied"), QStringLiteral("5")})
            .exitCode,
        0);
    // Codes are codes in every language (KATO, profiles, referrals, documents, reasons, the account that acted).
    QSet<QString> codes;
    for (const char* list : {"documents", "refusal-reasons"}) {
        for (const QJsonValue& v :
             QJsonDocument::fromJson(
                 cli(file, {QLatin1String(list), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                 .array())
            codes.insert(v.toObject().value(QStringLiteral("code")).toString());
    }
    for (const QJsonValue& v :
         QJsonDocument::fromJson(cli(file, {QStringLiteral("abroad"), QStringLiteral("categories"),
                                            QStringLiteral("list"), QStringLiteral("--json")})
                                     .out.toUtf8())
             .array())
        codes.insert(v.toObject().value(QStringLiteral("code")).toString());
    codes.insert(SystemAccount::userName());
    codes.insert(QStringLiteral("Joldama")); // the program's name is not translated
    // Commands named in a hint are typed as they are, whatever the language.
    for (const char* command : {"abroad", "diseases", "categories", "set"})
        codes.insert(QLatin1String(command));
    const QList<QStringList> commands{
        {QStringLiteral("contacts"), QStringLiteral("list")},
        {QStringLiteral("documents"), QStringLiteral("list")},
        {QStringLiteral("refusal-reasons"), QStringLiteral("list")},
        {QStringLiteral("regions"), QStringLiteral("list")},
        {QStringLiteral("patients"), QStringLiteral("find"), QStringLiteral("Әли")},
        {QStringLiteral("referrals"), QStringLiteral("show"), code},
        {QStringLiteral("lookup"), code},
        {QStringLiteral("queue"), QStringLiteral("--hospital"), QStringLiteral("7101"), QStringLiteral("--profile"),
         QStringLiteral("CAR")},
        {QStringLiteral("beds"), QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("71")},
        {QStringLiteral("dashboard")},
        {QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2026")},
        {QStringLiteral("abroad"), QStringLiteral("categories"), QStringLiteral("list")},
        {QStringLiteral("check-iin"), QStringLiteral("850720400126")}};
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]*[a-z][A-Za-z_]*"));
    for (const char* language : {"ru", "kk"}) {
        for (const QStringList& command : commands) {
            const auto result = cli(file, QStringList{QStringLiteral("--lang"), QLatin1String(language)} + command);
            QVERIFY2(result.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + result.err));
            QStringList english;
            QRegularExpressionMatchIterator it = word.globalMatch(result.out);
            while (it.hasNext()) {
                const QString w = it.next().captured();
                if (!codes.contains(w) && !w.contains(QLatin1Char('_')))
                    english << w;
            }
            QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 %2: %3\n%4")
                                                       .arg(QLatin1String(language), command.join(QLatin1Char(' ')),
                                                            english.join(QStringLiteral(", ")), result.out)));
        }
    }
    // The services' messages too.
    const auto refused = cli(file, {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("lookup"),
                                    QStringLiteral("71.7101.CAR.ZZ")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(!refused.err.contains(QStringLiteral("referral")), qPrintable(refused.err));
}

void TestCli::serverAddressPasswordAndTls()
{
    if (!TestSupport::onPostgres())
        QSKIP("PostgreSQL only: the address of a server");
    const DatabaseLocation server = TestSupport::location(m_dir, QStringLiteral("address.sqlite"));
    const QString withoutPassword = QStringLiteral("postgresql://%1@%2:%3/%4")
                                        .arg(server.user, server.host)
                                        .arg(server.port)
                                        .arg(server.databaseName);
    // No password in the address: libpq's PGPASSWORD (or ~/.pgpass) gives it; nothing is written anywhere.
    const TestSupport::CliResult ok =
        TestSupport::runCli({QStringLiteral("--db"), withoutPassword, QStringLiteral("init")},
                            {{QStringLiteral("PGPASSWORD"), server.password}}, {});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const TestSupport::CliResult wrong = TestSupport::runCli(
        {QStringLiteral("--db"), withoutPassword, QStringLiteral("contacts"), QStringLiteral("list")},
        {{QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password")}}, {});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("password")), qPrintable(wrong.err));
    // The address's sslmode reaches libpq: the test server has no TLS, so "require" is refused and "disable" works.
    const TestSupport::CliResult tls =
        TestSupport::runCli({QStringLiteral("--db"), withoutPassword + QStringLiteral("?sslmode=require"),
                             QStringLiteral("contacts"), QStringLiteral("list")},
                            {{QStringLiteral("PGPASSWORD"), server.password}}, {});
    QCOMPARE(tls.exitCode, 1);
    QVERIFY2(tls.err.contains(QStringLiteral("SSL")), qPrintable(tls.err));
    const TestSupport::CliResult plain =
        TestSupport::runCli({QStringLiteral("--db"), withoutPassword + QStringLiteral("?sslmode=disable"),
                             QStringLiteral("contacts"), QStringLiteral("list")},
                            {{QStringLiteral("PGPASSWORD"), server.password}}, {});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
}

void TestCli::aServerThatDoesNotAnswerFailsWithinSeconds()
{
    // A port where nothing listens, and an address that never answers (TEST-NET-1, RFC 5737): a script is told
    // at once, or within the connect timeout, never left hanging.
    QElapsedTimer timer;
    timer.start();
    const TestSupport::CliResult refused =
        TestSupport::runCli({QStringLiteral("--db"), QStringLiteral("postgresql://joldama:x@127.0.0.1:1/joldama"),
                             QStringLiteral("contacts"), QStringLiteral("list")},
                            60000);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("does not answer")), qPrintable(refused.err));
    const TestSupport::CliResult silent =
        TestSupport::runCli({QStringLiteral("--db"), QStringLiteral("postgresql://joldama:x@192.0.2.1:5432/joldama"),
                             QStringLiteral("contacts"), QStringLiteral("list")},
                            60000);
    QCOMPARE(silent.exitCode, 1);
    QVERIFY2(silent.err.contains(QStringLiteral("does not answer")), qPrintable(silent.err));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void TestCli::aSingleDeskDatabaseMovesOntoTheServer()
{
    if (!TestSupport::onPostgres())
        QSKIP("PostgreSQL only: a database file moves onto a server");
    const auto cli = [](const QStringList& arguments) { return TestSupport::runCli(arguments); };
    const QString file = m_dir.filePath(QStringLiteral("desk.sqlite"));
    const TestSupport::CliResult demo =
        cli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
             QStringLiteral("--referrals"), QStringLiteral("600")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QString server = TestSupport::dbArgument(m_dir, QStringLiteral("moved-onto.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), server, QStringLiteral("init")}).exitCode, 0);

    const TestSupport::CliResult moved = cli({QStringLiteral("--db"), server, QStringLiteral("import"),
                                              QStringLiteral("database"), file, QStringLiteral("--json")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    const QJsonObject report = QJsonDocument::fromJson(moved.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("patients")).toInt(), 300);
    QVERIFY(report.value(QStringLiteral("referrals")).toInt() >= 600);
    QVERIFY(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("change_log")).toInt() > 0);

    // The same records on both: every patient and referral exported alike.
    for (const QString& what : {QStringLiteral("patients"), QStringLiteral("referrals")}) {
        const TestSupport::CliResult here = cli({QStringLiteral("--db"), file, QStringLiteral("export"), what,
                                                 QStringLiteral("--format"), QStringLiteral("json")});
        const TestSupport::CliResult there = cli({QStringLiteral("--db"), server, QStringLiteral("export"), what,
                                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(there.exitCode, 0);
        QVERIFY(here.out.size() > 1000);
        QVERIFY2(there.out == here.out, qPrintable(what));
    }
    // A code printed at the desk works on the server, and the server numbers on after the desk's records.
    const QJsonArray referrals =
        QJsonDocument::fromJson(cli({QStringLiteral("--db"), file, QStringLiteral("export"),
                                     QStringLiteral("referrals"), QStringLiteral("--format"), QStringLiteral("json")})
                                    .out.toUtf8())
            .array();
    const QString code = referrals.first().toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(cli({QStringLiteral("--db"), server, QStringLiteral("lookup"), code}).exitCode, 0);
    const QString iin = referrals.first().toObject().value(QStringLiteral("iin")).toString();
    const TestSupport::CliResult added = cli(
        {QStringLiteral("--db"), server, QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
         iin, QStringLiteral("--hospital"), QStringLiteral("7101"), QStringLiteral("--profile"), QStringLiteral("CAR"),
         QStringLiteral("--diagnosis"), QStringLiteral("I25.1")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    // Moving again over a clerk's work is refused, and changes nothing.
    const TestSupport::CliResult again =
        cli({QStringLiteral("--db"), server, QStringLiteral("import"), QStringLiteral("database"), file});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already holds")), qPrintable(again.err));
    // A file is not a server.
    const TestSupport::CliResult intoFile = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.sqlite")),
                                                 QStringLiteral("import"), QStringLiteral("database"), file});
    QCOMPARE(intoFile.exitCode, 1);
    QVERIFY2(intoFile.err.contains(QStringLiteral("postgresql://")), qPrintable(intoFile.err));
}

// The operations commands as an administrator's script reads them: the usage counters after lookups in
// dashboard --json, a backup checked by backup verify (and a truncated copy refused with exit 1), backup
// status, and problems list --json with what the clerk reported.
void TestCli::backupCountersAndProblemReports()
{
    const QString db = QStringLiteral("operations.sqlite");
    QCOMPARE(cli(db, {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"),
                      QStringLiteral("900115300013"), QStringLiteral("--last-name"), QStringLiteral("Әлиханов"),
                      QStringLiteral("--first-name"), QStringLiteral("Нұрлан"), QStringLiteral("--region"),
                      QStringLiteral("71")})
                 .exitCode,
             0);
    QCOMPARE(cli(db, {QStringLiteral("referrals"), QStringLiteral("add"), QStringLiteral("--iin"),
                      QStringLiteral("900115300013"), QStringLiteral("--hospital"), QStringLiteral("7101"),
                      QStringLiteral("--profile"), QStringLiteral("CAR"), QStringLiteral("--diagnosis"),
                      QStringLiteral("I25.1")})
                 .exitCode,
             0);
    const auto dashboard = [&] {
        const auto r = cli(db, {QStringLiteral("dashboard"), QStringLiteral("--json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    };
    QCOMPARE(dashboard().value(QStringLiteral("lookups_today")).toInt(-1), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(cli(db, {QStringLiteral("lookup"), QStringLiteral("71.7101.CAR.1")}).exitCode, 0);
    // A code that finds nothing is not an answered lookup.
    QCOMPARE(cli(db, {QStringLiteral("lookup"), QStringLiteral("71.7101.CAR.9")}).exitCode, 1);
    const QJsonObject counters = dashboard();
    QCOMPARE(counters.value(QStringLiteral("lookups_today")).toInt(-1), 3);
    QCOMPARE(counters.value(QStringLiteral("lookups_yesterday")).toInt(-1), 0);
    QCOMPARE(counters.value(QStringLiteral("lookups_month")).toInt(-1), 3);
    QVERIFY2(counters.value(QStringLiteral("workstations_online")).isDouble(),
             qPrintable(QJsonDocument(counters).toJson()));

    const QString backup = m_dir.filePath(QStringLiteral("operations-backup.sqlite"));
    if (TestSupport::onPostgres()) {
        // A shared database is backed up on its server with pg_dump (README); every backup command says so.
        for (const QStringList& command : {QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backup},
                                           QStringList{QStringLiteral("backup"), QStringLiteral("auto")},
                                           QStringList{QStringLiteral("backup"), QStringLiteral("status")},
                                           QStringList{QStringLiteral("restore"), backup, QStringLiteral("--yes")}}) {
            const auto refused = cli(db, command);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("PostgreSQL")) &&
                         refused.err.contains(QStringLiteral("README")),
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.err));
        }
        QVERIFY(!QFile::exists(backup));
    } else {
        auto result = cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), backup, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("verified")).toBool(),
                 qPrintable(result.out + result.err));
        result =
            TestSupport::runCli({QStringLiteral("backup"), QStringLiteral("verify"), backup, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject check = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY(check.value(QStringLiteral("ok")).toBool());
        QCOMPARE(check.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("referral")).toInt(), 1);
        QVERIFY(check.value(QStringLiteral("restorable")).toBool());
        QFile original(backup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QString truncated =
            writeFile(QStringLiteral("operations-truncated.sqlite"), original.read(original.size() / 2));
        result = TestSupport::runCli({QStringLiteral("backup"), QStringLiteral("verify"), truncated});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("is NOT good")), qPrintable(result.err));
        result = cli(db, {QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(QFileInfo(status.value(QStringLiteral("last_good_file")).toString()).fileName(),
                 QFileInfo(backup).fileName());
        QCOMPARE(status.value(QStringLiteral("stale")).toBool(true), false);
    }

    {
        const auto workspace = Workspace::open(TestSupport::location(m_dir, db));
        QVERIFY(ProblemReportService(workspace->database()).submit(QStringLiteral("The ticket did not print.")).stored);
    }
    const auto result = cli(db, {QStringLiteral("problems"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray reports = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(reports.size(), 1);
    const QJsonObject report = reports.first().toObject();
    QCOMPARE(report.value(QStringLiteral("description")).toString(), QStringLiteral("The ticket did not print."));
    QCOMPARE(report.value(QStringLiteral("database_kind")).toString(),
             TestSupport::onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QVERIFY(!report.value(QStringLiteral("uid")).toString().isEmpty());
    QVERIFY(!report.value(QStringLiteral("app_version")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
