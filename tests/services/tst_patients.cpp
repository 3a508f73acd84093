#include "TestSupport.h"
#include "domain/Iin.h"
#include "domain/NameText.h"
#include "services/PatientService.h"
#include "store/Query.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

// The patient registry: IIN-keyed registration, validation by field, search and CSV import.
class TestPatients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup() { m_workspace.reset(); }
    void registrationDerivesBirthDateAndSex();
    void duplicateIinIsRefusedNamingThePatient();
    void invalidFieldsAreNamed_data();
    void invalidFieldsAreNamed();
    void textIsStoredExactlyAsTyped();
    void searchInKazakhAndRussian_data();
    void searchInKazakhAndRussian();
    void searchResultsAreAlphabetical();
    void editingRenamesButKeepsTheIin();
    void importTakesColumnsInAnyOrder();
    void importWithABadRowImportsNothing();
    void importSkippingBadRows();
    void reimportingTheSameFileChangesNothing();

private:
    Patient patient(const QString& iin, const QString& last, const QString& first, const QString& middle = {}) const;
    ImportReport import(const QByteArray& csv, bool skipBad = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

void TestPatients::init()
{
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("p%1.sqlite").arg(++m_file));
}

Patient TestPatients::patient(const QString& iin, const QString& last, const QString& first,
                              const QString& middle) const
{
    Patient p;
    p.iin = iin;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    return p;
}

ImportReport TestPatients::import(const QByteArray& csv, bool skipBad)
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return m_workspace->patients().importCsv(&buffer, skipBad);
}

void TestPatients::registrationDerivesBirthDateAndSex()
{
    Patient p = patient(QStringLiteral("850720400126"), QStringLiteral("Сейтқалиева"), QStringLiteral("Айгүл"),
                        QStringLiteral("Нұрланқызы"));
    p.birthDate = QDate(2000, 1, 1); // typed dates are ignored: the IIN decides
    p.sex = QStringLiteral("male");
    p.phone = QStringLiteral("8 (701) 123-45-67");
    p.regionCode = QStringLiteral("Алматинская область");
    const Patient saved = m_workspace->patients().registerPatient(p);
    QCOMPARE(saved.birthDate, QDate(1985, 7, 20));
    QCOMPARE(saved.sex, QStringLiteral("female"));
    QCOMPARE(saved.phone, QStringLiteral("+77011234567"));
    QCOMPARE(saved.regionCode, QStringLiteral("19"));
    const Patient read = *m_workspace->patients().findByIin(QStringLiteral("850720400126"));
    QCOMPARE(read.fullName(), QStringLiteral("Сейтқалиева Айгүл Нұрланқызы"));
    QCOMPARE(read.birthDate, QDate(1985, 7, 20));
}

void TestPatients::duplicateIinIsRefusedNamingThePatient()
{
    m_workspace->patients().registerPatient(
        patient(QStringLiteral("900115300013"), QStringLiteral("Әлиханов"), QStringLiteral("Нұрлан")));
    try {
        m_workspace->patients().registerPatient(
            patient(QStringLiteral("9001 1530 0013"), QStringLiteral("Другой"), QStringLiteral("Человек")));
        QFAIL("a duplicate IIN was registered");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("iin"));
        QVERIFY2(e.message().contains(QStringLiteral("Әлиханов Нұрлан")), qPrintable(e.message()));
    }
    QCOMPARE(m_workspace->patients().search(QStringLiteral("9001"), 10).size(), 1);
}

void TestPatients::invalidFieldsAreNamed_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("benefit");
    QTest::addColumn<QString>("field");
    QTest::newRow("check digit") << "900115300014"
                                 << "Ли"
                                 << "Анна"
                                 << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "iin";
    QTest::newRow("digits in name") << "900115300013"
                                    << "Ли2"
                                    << "Анна"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "last_name";
    QTest::newRow("empty first name") << "900115300013"
                                      << "Ли"
                                      << " "
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "first_name";
    QTest::newRow("symbols in middle name") << "900115300013"
                                            << "Ли"
                                            << "Анна"
                                            << "<b>"
                                            << ""
                                            << ""
                                            << ""
                                            << "middle_name";
    QTest::newRow("bad phone") << "900115300013"
                               << "Ли"
                               << "Анна"
                               << ""
                               << "12345"
                               << ""
                               << ""
                               << "phone";
    QTest::newRow("unknown region") << "900115300013"
                                    << "Ли"
                                    << "Анна"
                                    << ""
                                    << ""
                                    << "Марс"
                                    << ""
                                    << "region_code";
    QTest::newRow("unknown benefit") << "900115300013"
                                     << "Ли"
                                     << "Анна"
                                     << ""
                                     << ""
                                     << ""
                                     << "vip"
                                     << "benefit";
}

void TestPatients::invalidFieldsAreNamed()
{
    QFETCH(QString, iin);
    QFETCH(QString, last);
    QFETCH(QString, first);
    QFETCH(QString, middle);
    QFETCH(QString, phone);
    QFETCH(QString, region);
    QFETCH(QString, benefit);
    QFETCH(QString, field);
    Patient p = patient(iin, last, first, middle);
    p.phone = phone;
    p.regionCode = region;
    p.benefit = benefit;
    try {
        m_workspace->patients().registerPatient(p);
        QFAIL("invalid patient registered");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    QVERIFY(m_workspace->patients().search(QStringLiteral("Ли"), 10).isEmpty());
}

void TestPatients::textIsStoredExactlyAsTyped()
{
    Patient p = patient(QStringLiteral("010203500078"), QStringLiteral("О'Коннор"), QStringLiteral("Жан-Поль"));
    p.address = QStringLiteral("ул. \"Абая\"; д. 5'); DROP TABLE patient; -- 🙂 кв. 7");
    p.clinic = QStringLiteral("ГП №4 «Ақ жол»; 🏥");
    m_workspace->patients().registerPatient(p);
    const Patient read = *m_workspace->patients().findByIin(QStringLiteral("010203500078"));
    QCOMPARE(read.address, p.address);
    QCOMPARE(read.clinic, p.clinic);
    QCOMPARE(read.lastName, QStringLiteral("О'Коннор"));
    QVERIFY(m_workspace->database().connection().tables().contains(QStringLiteral("patient")));
}

void TestPatients::searchInKazakhAndRussian_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kazakh lower") << "әлиханов" << QStringList{"900115300013"};
    QTest::newRow("kazakh upper prefix") << "ӘЛИ" << QStringList{"900115300013"};
    QTest::newRow("russian upper") << "ИВАНОВ" << QStringList{"850720400126"};
    QTest::newRow("yo as ye") << "Алена" << QStringList{"850720400126"};
    QTest::newRow("ye finds yo") << "ЕЛКИН" << QStringList{"010203500078"};
    QTest::newRow("middle name") << "нұрланұлы" << QStringList{"900115300013"};
    QTest::newRow("two parts") << "иван алё" << QStringList{"850720400126"};
    QTest::newRow("iin prefix") << "0102" << QStringList{"010203500078"};
    QTest::newRow("full iin") << "850720400126" << QStringList{"850720400126"};
    QTest::newRow("no match") << "Петров" << QStringList{};
}

void TestPatients::searchInKazakhAndRussian()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    PatientService& patients = m_workspace->patients();
    patients.registerPatient(patient(QStringLiteral("900115300013"), QStringLiteral("Әлиханов"),
                                     QStringLiteral("Нұрлан"), QStringLiteral("Нұрланұлы")));
    patients.registerPatient(
        patient(QStringLiteral("850720400126"), QStringLiteral("Иванова"), QStringLiteral("Алёна")));
    patients.registerPatient(
        patient(QStringLiteral("010203500078"), QStringLiteral("Ёлкин"), QStringLiteral("Сергей")));
    QStringList found;
    for (const Patient& p : patients.search(search))
        found << p.iin;
    QCOMPARE(found, expected);
}

void TestPatients::searchResultsAreAlphabetical()
{
    PatientService& patients = m_workspace->patients();
    const QStringList names{QStringLiteral("Ыбыраев"),   QStringLiteral("Ісабеков"), QStringLiteral("Ұлықбеков"),
                            QStringLiteral("Үсенов"),    QStringLiteral("Уалиев"),   QStringLiteral("Қасымов"),
                            QStringLiteral("Кенжебаев"), QStringLiteral("Әбенов"),   QStringLiteral("Абаев")};
    int serial = 1;
    for (const QString& name : names) {
        QString iin;
        for (;; ++serial) {
            const QString first = QStringLiteral("9001153%1").arg(serial, 4, 10, QLatin1Char('0'));
            const int check = Iin::checkDigit(first);
            if (check >= 0) {
                iin = first + QString::number(check);
                ++serial;
                break;
            }
        }
        patients.registerPatient(patient(iin, name, QStringLiteral("Тест")));
    }
    QStringList order;
    for (const Patient& p : patients.search(QStringLiteral("тест")))
        order << p.lastName;
    QCOMPARE(order, (QStringList{QStringLiteral("Абаев"), QStringLiteral("Әбенов"), QStringLiteral("Кенжебаев"),
                                 QStringLiteral("Қасымов"), QStringLiteral("Уалиев"), QStringLiteral("Ұлықбеков"),
                                 QStringLiteral("Үсенов"), QStringLiteral("Ыбыраев"), QStringLiteral("Ісабеков")}));
}

void TestPatients::editingRenamesButKeepsTheIin()
{
    PatientService& patients = m_workspace->patients();
    Patient p = patients.registerPatient(
        patient(QStringLiteral("850720400126"), QStringLiteral("Иванова"), QStringLiteral("Алёна")));
    p.lastName = QStringLiteral("Сәрсенова");
    p.address = QStringLiteral("Астана");
    patients.update(p);
    QCOMPARE(patients.search(QStringLiteral("сәрсен")).size(), 1);
    QCOMPARE(patients.search(QStringLiteral("иванова")).size(), 0); // old name terms are gone
    p.iin = QStringLiteral("900115300013");
    try {
        patients.update(p);
        QFAIL("the IIN of a registered patient changed");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("iin"));
    }
}

void TestPatients::importTakesColumnsInAnyOrder()
{
    const ImportReport report = import("first_name;iin;last_name;insured;region_code;phone\n"
                                       "Айгүл;850720400126;Сейтқалиева;да;71;87011234567\n"
                                       "\"Жан-Поль\";010203500078;\"О'Коннор\";0;;\n");
    QVERIFY2(report.committed, qPrintable(report.summary()));
    QCOMPARE(report.imported, 2);
    const Patient p = *m_workspace->patients().findByIin(QStringLiteral("850720400126"));
    QVERIFY(p.insured);
    QCOMPARE(p.phone, QStringLiteral("+77011234567"));
    QCOMPARE(p.regionCode, QStringLiteral("71"));
}

void TestPatients::importWithABadRowImportsNothing()
{
    const ImportReport report = import("iin,last_name,first_name\n"
                                       "850720400126,Сейтқалиева,Айгүл\n"
                                       "900115300014,Ли,Анна\n"
                                       "010203500078,Ёлкин,\n"
                                       "850720400126,Повтор,Строка\n");
    QVERIFY(!report.committed);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.badRows.size(), 3);
    QCOMPARE(report.badRows.at(0).line, 3);
    QVERIFY(report.badRows.at(0).reason.contains(QStringLiteral("iin")));
    QCOMPARE(report.badRows.at(1).line, 4);
    QVERIFY(report.badRows.at(1).reason.contains(QStringLiteral("first_name")));
    QCOMPARE(report.badRows.at(2).line, 5);
    QVERIFY(report.badRows.at(2).reason.contains(QStringLiteral("twice")));
    QVERIFY(!m_workspace->patients().findByIin(QStringLiteral("850720400126")));
    QVERIFY(report.summary().contains(QStringLiteral("Nothing was imported")));
}

void TestPatients::importSkippingBadRows()
{
    const ImportReport report = import("iin,last_name,first_name\n"
                                       "850720400126,Сейтқалиева,Айгүл\n"
                                       "900115300014,Ли,Анна\n",
                                       true);
    QVERIFY(report.committed);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.badRows.size(), 1);
    QVERIFY(m_workspace->patients().findByIin(QStringLiteral("850720400126")));
    // A header without the required columns is refused before any row.
    const ImportReport noHeader = import("name,phone\nИванов,8701\n");
    QVERIFY(!noHeader.committed);
    QCOMPARE(noHeader.badRows.first().line, 1);
}

void TestPatients::reimportingTheSameFileChangesNothing()
{
    const QByteArray csv = "iin,last_name,first_name\n850720400126,Сейтқалиева,Айгүл\n";
    QCOMPARE(import(csv).imported, 1);
    const ImportReport again = import(csv);
    QVERIFY(again.committed);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 1);
}

QTEST_GUILESS_MAIN(TestPatients)
#include "tst_patients.moc"
