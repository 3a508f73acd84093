#include "TestSupport.h"
#include "services/AbroadService.h"
#include "services/BedService.h"
#include "services/CalendarService.h"
#include "services/DemoDataGenerator.h"
#include "services/HospitalService.h"
#include "services/OpenDataService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/RegionalContactService.h"
#include "services/WaitingListService.h"
#include "store/ChangeTracking.h"
#include "store/Query.h"
#include "store/WriteTransaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Every change of a record that travels or is audited leaves exactly one change entry, written by the database
// in the same transaction, whoever writes: services, bulk loads, imports, another program.
class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void rowVersionsAgreeWithEntriesAfterAMixedWorkload();
    void updateRecordsOldAndNewValuesOfChangedFieldsOnly();
    void derivedValuesAndUnchangedWritesRecordNothing();
    void rolledBackChangesLeaveNoEntry();
    void changeOutsideJoldamaIsRecordedAsSuch();

private:
    // For every tracked table: each record's entries are versions 1..row_version, the first an insert.
    void verifyVersionsAgree();
    Database& db() { return m_workspace->database(); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

void TestChangeLog::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("c%1.sqlite").arg(++m_file), *m_clock);
    m_workspace->database().setActor(QStringLiteral("clerk.aigerim"));
    m_workspace->database().setWorkstation(QStringLiteral("DESK-7"));
}

void TestChangeLog::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

void TestChangeLog::verifyVersionsAgree()
{
    int checked = 0;
    for (const ChangeTracking::Table& table : ChangeTracking::tables()) {
        // The key of every live record and its version, then its entries in order.
        Query rows(db(), QStringLiteral("SELECT %1, row_version FROM %2 r")
                             .arg(QString(table.key).replace(QStringLiteral("%1."), QStringLiteral("r.")), table.name));
        rows.exec();
        QHash<QString, qint64> versions;
        while (rows.next())
            versions.insert(rows.text(0), rows.integer(1));
        Query entries(db(), QStringLiteral("SELECT uid, row_version, change FROM change_log WHERE entity = ? "
                                           "ORDER BY uid, id"));
        entries.bind(table.name).exec();
        QHash<QString, QList<std::pair<qint64, QString>>> history;
        while (entries.next())
            history[entries.text(0)] << std::pair{entries.integer(1), entries.text(2)};
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
            const QList<std::pair<qint64, QString>> h = history.value(it.key());
            QVERIFY2(h.size() == it.value(), qPrintable(QStringLiteral("%1 %2: version %3, %4 entries")
                                                            .arg(table.name, it.key())
                                                            .arg(it.value())
                                                            .arg(h.size())));
            for (int i = 0; i < h.size(); ++i)
                QCOMPARE(h.at(i).first, qint64(i + 1));
            QCOMPARE(h.first().second, QStringLiteral("insert"));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestChangeLog::rowVersionsAgreeWithEntriesAfterAMixedWorkload()
{
    Workspace& ws = *m_workspace;
    // (The shipped reference data was loaded when the workspace opened, before this clerk's name was set.)
    const qint64 start = Query(db(), QStringLiteral("SELECT max(id) FROM change_log")).scalar().toLongLong();
    // Bulk loads: the demo generator writes patients, referrals, events and documents straight to the tables.
    DemoDataGenerator::Options demo;
    demo.patients = 40;
    demo.referrals = 80;
    demo.until = m_clock->today();
    DemoDataGenerator(db(), ws.clock(), demo).run();

    // The Bureau's open data, imported.
    QByteArray csv("hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
                   "registration_dt,planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,"
                   "referral_purpose,finance_source,sdu_load_date\n"
                   "71.7101.CAR.Z1,ГП №4,Больница №1,I25.1,ИБС,Кардиологические,2026-10-01 09:15:00,,,,,Город,"
                   "Оперативное лечение,ГОБМП,2026-11-01\n");
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(OpenDataService(db(), *m_clock).importReferrals(&buffer).committed);

    // A clerk's day through the services.
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    p = ws.patients().registerPatient(p);
    p.phone = QStringLiteral("+77011234567");
    p = ws.patients().update(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    const Referral r = ws.referrals().registerReferral(in);
    ws.referrals().recordDocument(r.code, DocumentRecord{QStringLiteral("identity"), true, m_clock->today(), {}});
    ReferralService::Transition moveTo;
    moveTo.newHospitalCode = QStringLiteral("7102");
    const QList<Hospital> offering = ws.referenceData().hospitalsOffering(QStringLiteral("71"), QStringLiteral("CAR"));
    for (const Hospital& h : offering) {
        if (h.code != QLatin1String("7101")) {
            moveTo.newHospitalCode = h.code;
            break;
        }
    }
    ws.referrals().transition(r.code, ReferralStatus::Transferred, moveTo);
    Hospital h = *ws.hospitals().find(QStringLiteral("7101"));
    h.phone = QStringLiteral("+77172000000");
    ws.hospitals().save(h, ws.hospitals().profiles(h.id) << QStringLiteral("NEU"));
    ws.hospitals().setProfiles(h.id, {QStringLiteral("CAR")});
    ws.beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), m_clock->today(), BedCount{40, 30, 2});
    ws.beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), m_clock->today(), BedCount{40, 31, 2});
    ws.waitingList().setCapacity(h.id, QStringLiteral("CAR"), 3, 2);
    const RegionalContact c = ws.contacts().add(QStringLiteral("71"), QStringLiteral("7172"), QStringLiteral("557291"));
    RegionalContact edited = c;
    edited.phone = QStringLiteral("557292");
    ws.contacts().update(edited);
    ws.contacts().remove(c.id);
    ws.calendar().setDayOff(QDate(2026, 12, 30), QStringLiteral("Демалыс"), QStringLiteral("Выходной"),
                            QStringLiteral("Day off"));
    ws.calendar().clear(QDate(2026, 12, 30));
    ws.calendar().setDayOff(QDate(2026, 12, 30), QStringLiteral("Демалыс"), QStringLiteral("Выходной"),
                            QStringLiteral("Day off"));
    ws.referenceData().setRefusalReasonActive(ws.referenceData().refusalReasons().first().code, false);
    ws.quotas().setPopulation(QStringLiteral("71"), 1500123, 2025);
    ws.quotas().allocate(2026, ws.quotas().profiles(true).first().code, 100);
    AbroadService::Application a;
    a.patientId = p.id;
    a.diagnosisCode = QStringLiteral("I25.1");
    a.diseaseCode = ws.abroad().list(EligibleList::Diseases, true).first().code;
    a.categoryCode = ws.abroad().list(EligibleList::Categories, true).first().code;
    a.documents << AbroadDocument{0, QStringLiteral("Выписка"), m_clock->today(), {}};
    const AbroadApplication application = ws.abroad().add(a);
    ws.abroad().transition(application.id, AbroadStatus::Submitted);

    verifyVersionsAgree();
    // Who and where, as the write transactions said.
    QCOMPARE(Query(db(), QStringLiteral("SELECT count(*) FROM change_log WHERE id > ? AND (actor <> "
                                        "'clerk.aigerim' OR workstation <> 'DESK-7')"))
                 .bind(start)
                 .scalar()
                 .toInt(),
             0);
    // The forgotten ones of before: a hospital's profiles, bulk and imported rows.
    for (const char* entity : {"hospital_profile", "referral", "referral_event", "referral_document", "patient",
                               "bed_status", "calendar_day", "abroad_document", "quota_plan"}) {
        QVERIFY2(Query(db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = ?"))
                         .bind(QString::fromLatin1(entity))
                         .scalar()
                         .toInt() > 0,
                 entity);
    }
    // A contact removed is recorded as deleted; the holiday put back continues its versions.
    QCOMPARE(Query(db(), QStringLiteral("SELECT change FROM change_log WHERE uid = ? ORDER BY id DESC LIMIT 1"))
                 .bind(c.uid)
                 .scalar()
                 .toString(),
             QStringLiteral("delete"));
    QCOMPARE(
        Query(db(), QStringLiteral("SELECT row_version FROM calendar_day WHERE day = '2026-12-30'")).scalar().toInt(),
        3);
}

void TestChangeLog::updateRecordsOldAndNewValuesOfChangedFieldsOnly()
{
    Patient p;
    p.iin = QStringLiteral("850720400126");
    p.lastName = QStringLiteral("Иванова");
    p.firstName = QStringLiteral("Мария");
    p = m_workspace->patients().registerPatient(p);
    p.lastName = QStringLiteral("Сейтқали");
    m_workspace->patients().update(p);
    Query q(db(), QStringLiteral("SELECT change, row_version, fields, changed_at FROM change_log WHERE uid = ? ORDER "
                                 "BY id"));
    q.bind(p.uid).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("insert"));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("update"));
    QCOMPARE(q.integer(1), 2);
    const QJsonObject fields = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
    QCOMPARE(fields.keys(), QStringList{QStringLiteral("last_name")});
    QCOMPARE(fields.value(QStringLiteral("last_name")).toArray(),
             (QJsonArray{QStringLiteral("Иванова"), QStringLiteral("Сейтқали")}));
    QCOMPARE(q.text(3), Clock::stamp(TestSupport::fixedNow())); // the transaction's own instant
    QVERIFY(!q.next());
    QCOMPARE(m_workspace->patients().find(p.id)->uid, p.uid);
    QCOMPARE(Query(db(), QStringLiteral("SELECT row_version FROM patient WHERE id = ?")).bind(p.id).scalar().toInt(),
             2);
}

void TestChangeLog::derivedValuesAndUnchangedWritesRecordNothing()
{
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    p = m_workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    const Referral r = m_workspace->referrals().registerReferral(in);
    const int before = Query(db(), QStringLiteral("SELECT count(*) FROM change_log")).scalar().toInt();
    // The planner's output is not an edit of the referral: no entry, no new version.
    m_clock->advance(3 * 24 * 3600);
    m_workspace->waitingList().recomputeAll();
    {
        WriteTransaction tx(db(), *m_clock);
        Query(db(),
              QStringLiteral("UPDATE referral SET preliminary_date = '2027-01-05', documents_ok = 1 WHERE id = ?"))
            .bind(r.id)
            .exec();
        // Saving a patient exactly as it is changes nothing either.
        m_workspace->patients().update(*m_workspace->patients().find(p.id));
        tx.commit();
    }
    QCOMPARE(Query(db(), QStringLiteral("SELECT count(*) FROM change_log")).scalar().toInt(), before);
    QCOMPARE(Query(db(), QStringLiteral("SELECT row_version FROM referral WHERE id = ?")).bind(r.id).scalar().toInt(),
             1);
}

void TestChangeLog::rolledBackChangesLeaveNoEntry()
{
    const int before = Query(db(), QStringLiteral("SELECT count(*) FROM change_log")).scalar().toInt();
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    {
        WriteTransaction tx(db(), *m_clock);
        m_workspace->patients().registerPatient(p); // joins the outer transaction, which is never committed
    }
    QCOMPARE(Query(db(), QStringLiteral("SELECT count(*) FROM change_log")).scalar().toInt(), before);
    QCOMPARE(Query(db(), QStringLiteral("SELECT count(*) FROM patient")).scalar().toInt(), 0);
}

void TestChangeLog::changeOutsideJoldamaIsRecordedAsSuch()
{
    const RegionalContact c =
        m_workspace->contacts().add(QStringLiteral("71"), QStringLiteral("7172"), QStringLiteral("557291"));
    // Another program (an administrator's sqlite3, say) changes the number behind Joldama's back.
    {
        QSqlDatabase other = TestSupport::rawConnection(db().location(), QStringLiteral("outsider"));
        {
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("UPDATE regional_contact SET phone = '000000' WHERE uid = '%1'").arg(c.uid)),
                     qPrintable(q.lastError().text()));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outsider"));
    Query q(db(), QStringLiteral("SELECT actor, workstation, row_version FROM change_log WHERE uid = ? AND change = "
                                 "'update'"));
    q.bind(c.uid).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("(outside Joldama)"));
    QCOMPARE(q.text(1), QString());
    QCOMPARE(q.integer(2), 2);
    // And Joldama's own next change is its own again.
    RegionalContact edited = *m_workspace->contacts().forRegion(QStringLiteral("71"));
    edited.phone = QStringLiteral("557293");
    m_workspace->contacts().update(edited);
    QCOMPARE(Query(db(), QStringLiteral("SELECT actor FROM change_log ORDER BY id DESC LIMIT 1")).scalar().toString(),
             QStringLiteral("clerk.aigerim"));
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
