#include "TestSupport.h"
#include "services/RegionalContactService.h"
#include "store/Query.h"

#include <QTemporaryDir>
#include <QTest>

// Editing the regional bureaus' contacts: validation, the "last update" stamp, soft removal.
class TestContacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void updateStampsTodayAndLogsTheChange();
    void unchangedRowKeepsItsDate();
    void invalidInputIsRefusedWithTheField_data();
    void invalidInputIsRefusedWithTheField();
    void addAndRemove();
};

void TestContacts::updateStampsTodayAndLogsTheChange()
{
    QTemporaryDir dir;
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("c.sqlite"), clock);
    RegionalContact shymkent = *workspace->contacts().forRegion(QStringLiteral("79"));
    shymkent.phone = QStringLiteral("53-10-10");
    const RegionalContact saved = workspace->contacts().update(shymkent);
    QCOMPARE(saved.updatedOn, QDate(2026, 11, 16));
    QCOMPARE(workspace->contacts().forRegion(QStringLiteral("79"))->phone, QStringLiteral("53-10-10"));
    Database& db = workspace->database();
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'regional_contact' AND uid = ? "
                                      "AND change = 'update'"))
                 .bind(saved.uid)
                 .scalar()
                 .toInt(),
             1);
    QCOMPARE(Query(db, QStringLiteral("SELECT row_version FROM regional_contact WHERE id = ?"))
                 .bind(saved.id)
                 .scalar()
                 .toInt(),
             2);
}

void TestContacts::unchangedRowKeepsItsDate()
{
    QTemporaryDir dir;
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("c.sqlite"), clock);
    const RegionalContact astana = *workspace->contacts().forRegion(QStringLiteral("71"));
    QCOMPARE(workspace->contacts().update(astana).updatedOn, QDate(2024, 3, 11));
}

void TestContacts::invalidInputIsRefusedWithTheField_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("field");
    QTest::newRow("letters in area code") << "71"
                                          << "71a2"
                                          << "557-290"
                                          << "area_code";
    QTest::newRow("area code too short") << "71"
                                         << "71"
                                         << "557-290"
                                         << "area_code";
    QTest::newRow("letters in phone") << "71"
                                      << "7172"
                                      << "55x-290"
                                      << "phone";
    QTest::newRow("plus in phone") << "71"
                                   << "7172"
                                   << "+557290"
                                   << "phone";
    QTest::newRow("phone too long") << "71"
                                    << "7172"
                                    << "557-290-123-4"
                                    << "phone";
    QTest::newRow("unknown region") << "99"
                                    << "7172"
                                    << "557-290"
                                    << "region_code";
}

void TestContacts::invalidInputIsRefusedWithTheField()
{
    QFETCH(QString, region);
    QFETCH(QString, area);
    QFETCH(QString, phone);
    QFETCH(QString, field);
    QTemporaryDir dir;
    auto workspace = TestSupport::openWorkspace(dir);
    RegionalContact astana = *workspace->contacts().forRegion(QStringLiteral("71"));
    RegionalContact changed = astana;
    changed.regionCode = region;
    changed.areaCode = area;
    changed.phone = phone;
    try {
        workspace->contacts().update(changed);
        QFAIL("invalid contact saved");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
    const RegionalContact after = *workspace->contacts().forRegion(QStringLiteral("71"));
    QCOMPARE(after.phone, astana.phone);
    QCOMPARE(after.areaCode, astana.areaCode);
}

void TestContacts::addAndRemove()
{
    QTemporaryDir dir;
    FixedClock clock(TestSupport::fixedNow());
    auto workspace = TestSupport::openWorkspace(dir, QStringLiteral("c.sqlite"), clock);
    RegionalContactService& contacts = workspace->contacts();
    const RegionalContact added = contacts.add(QStringLiteral("71"), QStringLiteral("7172"), QStringLiteral("55 72 91"),
                                               QStringLiteral("Детский отдел; \"вечер\""));
    QCOMPARE(contacts.contacts().size(), 21);
    QCOMPARE(added.updatedOn, QDate(2026, 11, 16));
    QCOMPARE(contacts.forRegion(QStringLiteral("71"))->phone, QStringLiteral("557-290")); // the first one stays first
    contacts.remove(added.id);
    QCOMPARE(contacts.contacts().size(), 20);
    // Marked, not erased.
    QCOMPARE(Query(workspace->database(), QStringLiteral("SELECT deleted, note FROM regional_contact WHERE id = ?"))
                 .bind(added.id)
                 .scalar()
                 .toInt(),
             1);
    QCOMPARE(Query(workspace->database(), QStringLiteral("SELECT note FROM regional_contact WHERE id = ?"))
                 .bind(added.id)
                 .scalar()
                 .toString(),
             QStringLiteral("Детский отдел; \"вечер\""));
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
