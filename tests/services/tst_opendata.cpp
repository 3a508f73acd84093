#include "TestSupport.h"
#include "domain/Iin.h"
#include "domain/OpenDataTerms.h"
#include "platform/LocalProcess.h"
#include "services/AbroadService.h"
#include "services/DashboardService.h"
#include "services/DemoDataGenerator.h"
#include "services/DiagnosisService.h"
#include "services/HospitalService.h"
#include "services/OpenDataService.h"
#include "services/QuotaService.h"
#include "services/ReferralService.h"
#include "services/WaitingListService.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QSqlRecord>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

#include <unistd.h>

// Synthetic data and the Bureau's open data: deterministic generation, streaming import with tricky
// quoting, idempotence, bad rows, and a cancelled import that leaves nothing behind.
class TestOpenData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void generatorIsDeterministic();
    void generatedDataIsRealistic();
    void importsReferralsWithTrickyQuotingAndDayHospital();
    void secondIdenticalImportChangesNothing();
    void cancelledImportLeavesNothingBehind();
    void importsTheWaitingList();
    void killedImportLeavesNothing();
    void runsOfLiveProcessesAreLeftAlone();
    void wrongFileIsRefusedAtTheHeader();
    void terms();
    void fullDiskImportLeavesNothing();
    void windows1251FileIsReadRight();
    void quoteThatSwallowsRowsIsReportedByLine();
    void fileAndStreamGetTheSameDates();
    void aFirstLoadBuildsTheIndexesOnceAndKeepsThem();

private:
    static QByteArray sample();
    // A referrals file of n rows with codes PREFIX1, PREFIX2, … (base 36), a new hospital, profile and diagnosis.
    QString writeReferrals(const QString& name, const QByteArray& prefix, int n);
    static QByteArray digest(Database& db);
    static int count(Database& db, const QString& sql) { return Query(db, sql).scalar().toInt(); }

    QTemporaryDir m_dir;
};

QByteArray TestOpenData::sample()
{
    return QByteArray(
        "hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
        "registration_dt,planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,"
        "referral_purpose,finance_source,sdu_load_date\n"
        // Quoted organisation names with doubled quotes and commas inside.
        "71.7101.CAR.A1,\"ГКП на ПХВ \"\"Городская поликлиника №4\"\", г. Астана\",\"ГКП на ПХВ \"\"Многопрофильная "
        "больница №1\"\"\",I25.1,Атеросклеротическая болезнь сердца,Кардиологические,2026-10-01 09:15:00,"
        "2026-11-20,,,,Город,Консервативное лечение,ГОБМП,2026-11-01\n"
        // Day hospital: the profile is empty in the official data.
        "71.7101.DH.B2,ГП №7,\"ТОО \"\"Клиника Ақ Жол\"\"\",K80.2,Камни желчного пузыря,,01.10.2026 10:00,,,"
        "05.10.2026 08:30,,Село,Хирургическое лечение,ОСМС,2026-11-01\n"
        // A bad row: no code of the official shape.
        "BROKEN,ГП №1,Больница,I10,Гипертензия,Терапевтические,2026-10-02 11:00:00,,,,,Город,Диагностика,ГОБМП,\n"
        // A hospital unknown to the registry is created from the code and the name; a new diagnosis too.
        "75.7599.NSU.C3,ГП №2,\"Научный центр нейрохирургии, г. Алматы\",G93.1,Аноксическое поражение "
        "головного мозга,Нейрохирургические,2026-09-15T12:00:00,,,,2026-10-01 10:00:00,Город,"
        "Хирургическое лечение,ВТМП,2026-11-01\n");
}

QString TestOpenData::writeReferrals(const QString& name, const QByteArray& prefix, int n)
{
    QFile csv(m_dir.filePath(name));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
              "registration_dt,planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,"
              "referral_purpose,finance_source,sdu_load_date\n");
    for (int i = 1; i <= n; ++i)
        csv.write(prefix + QByteArray::number(i, 36).toUpper() +
                  ",ГП,Больница,Q98.9,Диагноз,Профиль,2026-10-01 09:00:00,,,,,Город,,,\n");
    return csv.fileName();
}

// The change-tracking triggers an import sets aside while it loads (ChangeTracking::BulkInsert, DerivedUpdates):
// they are back after it, whether it committed, was cancelled or failed. On PostgreSQL nothing is set aside.
namespace {
// A device read once, as a pipe is: the import cannot read it twice, so it plans its queues after the inserts.
class OneWayDevice : public QIODevice
{
public:
    explicit OneWayDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min(max, m_data.size() - m_at);
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

// The indexes of referral and referral_event as the schema defines them (empty on PostgreSQL).
QStringList referralIndexes(Database& db)
{
    QStringList indexes;
    if (!db.dialect().isSqlite())
        return indexes;
    Query q(db, QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name IN ('referral', 'referral_event') ORDER BY name"));
    q.exec();
    while (q.next())
        indexes << q.text(0) + QStringLiteral(": ") + q.text(1);
    return indexes;
}

bool trackingTriggersInPlace(Database& db)
{
    if (!db.dialect().isSqlite())
        return true;
    return Query(db,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                "('track_referral_insert', 'track_referral_update', 'track_referral_event_insert')"))
               .scalar()
               .toInt() == 3;
}
} // namespace

QByteArray TestOpenData::digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"patient", "patient_term", "referral", "referral_event", "referral_document",
                              "referral_sequence", "tally_status", "tally_registered_day", "tally_waiting"}) {
        // The uids of what the demo registers through the services (a quota's referrals) are random by design.
        QStringList columns;
        Query info(db, db.dialect().columnsQuery());
        info.bind(QLatin1String(table));
        info.exec();
        while (info.next()) {
            if (info.value(0).toString() != QLatin1String("uid"))
                columns << info.value(0).toString();
        }
        Query q(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2")
                        .arg(columns.join(QLatin1Char(',')), QLatin1String(table)));
        q.exec();
        while (q.next()) {
            const int count = q.columnCount();
            for (int c = 0; c < count; ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

void TestOpenData::generatorIsDeterministic()
{
    QByteArray digests[2];
    const FixedClock clock(TestSupport::fixedNow());
    for (int i = 0; i < 2; ++i) {
        auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("demo%1.sqlite").arg(i), clock);
        DemoDataGenerator::Options options;
        options.patients = 300;
        options.referrals = 900;
        options.seed = 42;
        options.until = QDate(2026, 11, 16);
        DemoDataGenerator(workspace->database(), workspace->clock(), options).run();
        digests[i] = digest(workspace->database());
    }
    QCOMPARE(digests[0], digests[1]);
    auto other = TestSupport::openWorkspace(m_dir, QStringLiteral("demo-other.sqlite"), clock);
    DemoDataGenerator::Options options;
    options.patients = 300;
    options.referrals = 900;
    options.seed = 43;
    options.until = QDate(2026, 11, 16);
    DemoDataGenerator(other->database(), other->clock(), options).run();
    QVERIFY(digest(other->database()) != digests[0]);
}

void TestOpenData::generatedDataIsRealistic()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("demo-real.sqlite"), clock);
    DemoDataGenerator::Options options;
    options.patients = 2000;
    options.referrals = 6000;
    options.seed = 5;
    options.until = QDate(2026, 11, 16);
    DemoDataGenerator(workspace->database(), workspace->clock(), options).run();
    Database& db = workspace->database();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM patient")), 2000);
    // The referrals asked for, and a few more registered through the service that take a quota.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE quota_profile IS NULL")), 6000);
    const int referrals = count(db, QStringLiteral("SELECT count(*) FROM referral"));
    QVERIFY(referrals > 6000);
    // None registered after the clock's now, though the last day's registrations run until 18:00: one later than the
    // moment of generation would stand in its queue after every real registration of the rest of that day.
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM referral WHERE registered_at > ?"))
                 .bind(Clock::stamp(clock.now()))
                 .scalar()
                 .toInt(),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE registered_at >= '2026-11-16'")) > 0);
    // Every IIN is valid and carries the patient's birth date and sex.
    Query patients(db,
                   QStringLiteral("SELECT iin, birth_date, sex, last_name || first_name || middle_name FROM patient"));
    patients.exec();
    QString allNames;
    while (patients.next()) {
        const Iin iin = Iin::parse(patients.text(0));
        QVERIFY2(iin.isValid(), qPrintable(patients.text(0)));
        QCOMPARE(Clock::dateText(iin.birthDate()), patients.text(1));
        QCOMPARE(Iin::sexCode(iin.sex()), patients.text(2));
        allNames += patients.text(3);
    }
    for (const QChar letter : QStringLiteral("әғқңөұүһі"))
        QVERIFY2(allNames.contains(letter) || allNames.contains(letter.toUpper()), qPrintable(QString(letter)));
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT region_code) FROM patient")), 20);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT status) FROM referral")), 8); // every status
    // A transfer is the patient's free choice: a new referral to another hospital of the region with the
    // same profile, keeping the original registration time.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE status = 'transferred'")) > 0);
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM referral t WHERE t.status = 'transferred' AND NOT EXISTS (SELECT 1 "
                           "FROM referral n JOIN hospital hn ON hn.id = n.hospital_id JOIN hospital ht ON ht.id = "
                           "t.hospital_id WHERE n.transferred_from_id = t.id AND n.registered_at = t.registered_at AND "
                           "n.profile_code = t.profile_code AND n.hospital_id <> t.hospital_id AND hn.region_code = "
                           "ht.region_code)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT funding) FROM referral")), 4);
    QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT hospital_id) FROM referral")) >= 55);
    QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT substr(registered_at, 1, 4)) FROM referral")) >= 4);
    // An event for every step: the first event, then one per status reached.
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM referral_event e WHERE "
                           "e.referral_id = r.id AND e.from_status IS NULL)")),
             0);
    QCOMPARE(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM referral r WHERE r.status <> (SELECT e.to_status FROM referral_event e "
                      "WHERE e.referral_id = r.id ORDER BY e.id DESC LIMIT 1)")),
        0);
    // Counters agree with the rows, and the active ones have preliminary dates.
    const DashboardService::Summary s = workspace->dashboard().summary();
    QCOMPARE(s.total, referrals);
    QCOMPARE(s.byStatus.value(QStringLiteral("registered")),
             count(db, QStringLiteral("SELECT count(*) FROM referral WHERE status = 'registered'")));
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM referral WHERE status = 'registered' AND preliminary_date IS NULL")),
             0);
    // New registrations continue the generated codes without collisions.

    ReferralService::Registration in;
    in.iin = Query(db, QStringLiteral("SELECT iin FROM patient WHERE region_code = '71' LIMIT 1")).scalar().toString();
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("THR");
    in.diagnosisCode = QStringLiteral("I10");
    QVERIFY(!workspace->referrals().registerReferral(in).code.isEmpty());

    // Every page a newcomer opens has something: bed reports of the last three weeks (the dashboard's beds
    // and chart), this year's quota plans with quotas taken, applications for treatment abroad at each stage.
    QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT for_date) FROM bed_status_history")) >= 21);
    QVERIFY(!workspace->dashboard().summary().beds.isEmpty());
    int allocated = 0;
    int used = 0;
    for (const QuotaPlan& plan : workspace->quotas().plans(2026)) {
        allocated += plan.allocated;
        used += plan.used;
    }
    QVERIFY(allocated > 0);
    QVERIFY2(used > 0, "some demo referrals take a quota");
    for (const char* status : {"draft", "submitted", "approved", "rejected", "withdrawn", "treated"})
        QVERIFY2(workspace->abroad().countByStatus().value(QLatin1String(status)) > 0, status);
}

void TestOpenData::importsReferralsWithTrickyQuotingAndDayHospital()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("open1.sqlite"), clock);
    QByteArray data = sample();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = OpenDataService(workspace->database(), clock).importReferrals(&buffer);
    QVERIFY2(report.committed, qPrintable(report.summary()));
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.badRows.size(), 1);
    QCOMPARE(report.badRows.first().line, 4);
    QVERIFY(report.badRows.first().reason.contains(QStringLiteral("BROKEN")));
    ReferralService& referrals = workspace->referrals();
    const Referral cardio = *referrals.find(QStringLiteral("71.7101.CAR.A1"));
    QCOMPARE(cardio.status, ReferralStatus::Scheduled);
    QCOMPARE(cardio.scheduledDate, QDate(2026, 11, 20));
    QCOMPARE(cardio.referringOrg, QStringLiteral("ГКП на ПХВ \"Городская поликлиника №4\", г. Астана"));
    QCOMPARE(cardio.funding, QStringLiteral("gobmp"));
    QCOMPARE(cardio.patientId, 0); // the open data names no patient
    QCOMPARE(cardio.registeredAt, QDateTime(QDate(2026, 10, 1), QTime(9, 15)));
    const Referral day = *referrals.find(QStringLiteral("71.7101.DH.B2"));
    QCOMPARE(day.profileCode, QStringLiteral("DH"));
    QCOMPARE(day.careForm, QStringLiteral("day"));
    QCOMPARE(day.status, ReferralStatus::Hospitalized);
    QCOMPARE(day.hospitalizedOn, QDate(2026, 10, 5));
    QCOMPARE(day.territory, QStringLiteral("village"));
    QCOMPARE(day.purpose, QStringLiteral("surgical"));
    QCOMPARE(day.funding, QStringLiteral("osms"));
    const Referral neuro = *referrals.find(QStringLiteral("75.7599.NSU.C3"));
    QCOMPARE(neuro.status, ReferralStatus::Refused);
    QCOMPARE(neuro.funding, QStringLiteral("htmc"));
    QCOMPARE(workspace->hospitals().find(QStringLiteral("7599"))->name,
             QStringLiteral("Научный центр нейрохирургии, г. Алматы"));
    QCOMPARE(workspace->hospitals().find(QStringLiteral("7599"))->regionCode, QStringLiteral("75"));
    // Each referral's life as the published dates tell it: registered, then scheduled, admitted or refused.
    const QList<ReferralEvent> neuroEvents = referrals.history(neuro.id);
    QCOMPARE(neuroEvents.size(), 2);
    QCOMPARE(neuroEvents.at(0).fromStatus, QString());
    QCOMPARE(neuroEvents.at(0).toStatus, QStringLiteral("registered"));
    QCOMPARE(neuroEvents.at(0).happenedAt, QDateTime(QDate(2026, 9, 15), QTime(12, 0)));
    QVERIFY(!neuroEvents.at(0).eventDate.isValid());
    QCOMPARE(neuroEvents.at(1).fromStatus, QStringLiteral("registered"));
    QCOMPARE(neuroEvents.at(1).toStatus, QStringLiteral("refused"));
    QCOMPARE(neuroEvents.at(1).happenedAt, QDateTime(QDate(2026, 10, 1), QTime(10, 0)));
    QCOMPARE(neuroEvents.at(1).eventDate, QDate(2026, 10, 1));
    QCOMPARE(neuroEvents.at(1).detail, QStringLiteral("{\"source\":\"opendata\"}"));
    QVERIFY(!neuroEvents.at(1).actor.isEmpty());
    const QList<ReferralEvent> cardioEvents = referrals.history(cardio.id);
    QCOMPARE(cardioEvents.size(), 2);
    QCOMPARE(cardioEvents.at(1).fromStatus, QStringLiteral("registered"));
    QCOMPARE(cardioEvents.at(1).toStatus, QStringLiteral("scheduled"));
    QCOMPARE(cardioEvents.at(1).happenedAt, QDateTime(QDate(2026, 11, 20), QTime(0, 0)));
    QCOMPARE(cardioEvents.at(1).eventDate, QDate(2026, 11, 20));
    QCOMPARE(cardio.preliminaryDate, QDate(2026, 11, 20)); // the scheduled day
    const QList<ReferralEvent> dayEvents = referrals.history(day.id);
    QCOMPARE(dayEvents.size(), 2);
    QCOMPARE(dayEvents.at(1).toStatus, QStringLiteral("hospitalized"));
    QCOMPARE(dayEvents.at(1).happenedAt, QDateTime(QDate(2026, 10, 5), QTime(8, 30)));
    QCOMPARE(dayEvents.at(1).eventDate, QDate(2026, 10, 5));
    QCOMPARE(day.diagnosisCode, QStringLiteral("K80.2"));
    QCOMPARE(day.diagnosisName, QStringLiteral("Камни желчного пузыря"));
    Database& db = workspace->database();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM icd10 WHERE code = 'G93.1'")), 1);
    // Learned from the file with its name, and marked as not yet in the dictionary.
    QCOMPARE(Query(db, QStringLiteral("SELECT source || ' ' || name_ru FROM icd10 WHERE code = 'G93.1'"))
                 .scalar()
                 .toString(),
             QStringLiteral("opendata Аноксическое поражение головного мозга"));
    QCOMPARE(workspace->dashboard().summary().total, 3);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'done'")), 1);
    QVERIFY(trackingTriggersInPlace(db));
    // Every imported referral and event recorded as inserted, as the triggers record them one by one.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log c JOIN referral r ON r.uid = c.uid WHERE "
                                      "c.entity = 'referral' AND c.change = 'insert' AND c.row_version = 1")),
             3);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log c JOIN referral_event e ON e.uid = c.uid WHERE "
                                      "c.entity = 'referral_event' AND c.change = 'insert'")),
             count(db, QStringLiteral("SELECT count(*) FROM referral_event")));
}

void TestOpenData::secondIdenticalImportChangesNothing()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("open2.sqlite"), clock);
    QByteArray data = sample();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    OpenDataService service(workspace->database(), clock);
    service.importReferrals(&buffer);
    const QByteArray before = digest(workspace->database());
    buffer.seek(0);
    const ImportReport again = service.importReferrals(&buffer);
    QVERIFY(again.committed);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(digest(workspace->database()), before);
}

void TestOpenData::cancelledImportLeavesNothingBehind()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("open3.sqlite"), clock);
    Database& db = workspace->database();
    // Enough rows for several progress reports before the cancel.
    QByteArray data =
        "hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,registration_dt,"
        "planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,referral_purpose,finance_source,"
        "sdu_load_date\n";
    const int rows = OpenDataService::ProgressRows * 3;
    for (int i = 1; i <= rows; ++i)
        data +=
            QStringLiteral(
                "71.7198.NEW.%1,ГП,Новая больница,Q99.9,Новый диагноз,Новый профиль,2026-10-01 09:00:00,,,,,Город,,,\n")
                .arg(QString::number(i, 36).toUpper())
                .toUtf8();
    const QByteArray before = digest(db);
    const int hospitals = count(db, QStringLiteral("SELECT count(*) FROM hospital"));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{false};
    int batches = 0;
    const ImportReport report = OpenDataService(db, clock).importReferrals(
        &buffer, QString(),
        [&](qint64, qint64, qint64) {
            if (++batches == 2)
                cancel = true; // the clerk presses Cancel after two progress reports
        },
        &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(!report.committed);
    QVERIFY(batches >= 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hospital")), hospitals);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bed_profile WHERE code = 'NEW'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM icd10 WHERE code = 'Q99.9'")), 0);
    QCOMPARE(digest(db), before);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'cancelled'")), 1);
    QVERIFY(trackingTriggersInPlace(db));
    // Run to the end, it imports every row.
    buffer.seek(0);
    const ImportReport full = OpenDataService(db, clock).importReferrals(&buffer);
    QCOMPARE(full.imported, rows);
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM referral WHERE status = 'registered' AND preliminary_date IS NULL")),
             0);
}

void TestOpenData::killedImportLeavesNothing()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: the killed process works on a file");
    const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
    const QByteArray before = [&] {
        auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("killed.sqlite"));
        return digest(workspace->database());
    }();
    // Far more rows than the child gets through before it is killed.
    const QString csv = writeReferrals(QStringLiteral("killed.csv"), QByteArrayLiteral("71.7197.KIL."), 400000);

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/joldama-test-data"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(JOLDAMA_CLI_PATH),
                {QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("opendata-referrals"), csv});
    QVERIFY(child.waitForStarted());
    Database watcher(DatabaseLocation::sqliteFile(file));
    watcher.open();
    // The import reports its progress (rows read so far) on stderr; wait until it is well into the file.
    QByteArray progress;
    const auto rowsSoFar = [&] {
        progress += child.readAllStandardError();
        const QList<QByteArray> reports = progress.split('\r');
        for (qsizetype i = reports.size() - 1; i >= 0; --i) {
            bool ok = false;
            const qint64 rows = reports.at(i).trimmed().split(' ').value(0).toLongLong(&ok);
            if (ok)
                return rows;
        }
        return qint64(0);
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowsSoFar() >= 4 * OpenDataService::ProgressRows, 120000);
    // While it runs, nobody sees any of it: not a referral, not a hospital, not a 'running' record.
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM referral")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM hospital WHERE code = '7197'")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM import_batch")), 0);
    QVERIFY2(child.state() == QProcess::Running, "the import ended before it could be killed: make the file larger");

    child.kill(); // SIGKILL: no chance to clean up
    QVERIFY(child.waitForFinished());

    // Nothing to undo and nothing to recover: a plain connection, before any workstation opens the file with
    // Joldama's recovery, finds the database as it was. So it cannot matter whether the killed process's id
    // is used again by another program (after a reboot it may be): no record names it.
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM referral")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM referral_event")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'running'")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM bed_profile WHERE code = 'KIL'")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM hospital WHERE code = '7197'")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM icd10 WHERE code = 'Q98.9'")), 0);
    QCOMPARE(digest(watcher), before);
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("killed.sqlite"));
    QCOMPARE(OpenDataService(workspace->database()).recoverAbandoned(), 0);
    QCOMPARE(digest(workspace->database()), before);
    // A later command sees no trace of it either.
    const auto lookup =
        TestSupport::runCli({QStringLiteral("--db"), file, QStringLiteral("lookup"), QStringLiteral("71.7197.KIL.1")});
    QCOMPARE(lookup.exitCode, 1);
}

void TestOpenData::runsOfLiveProcessesAreLeftAlone()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("owners.sqlite"), clock);
    Database& db = workspace->database();
    QProcess alive; // a live process of this computer holds a run
    alive.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(alive.waitForStarted());
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 gonePid = gone.processId(); // 0 once it has finished
    QVERIFY(gone.waitForFinished());
    const QString here = LocalProcess::hostName();
    auto run = [&](const char* id, const QString& host, qint64 pid, qint64 minutesAgo) {
        const QString seen = Clock::stamp(clock.now().addSecs(-60 * minutesAgo));
        Query(db, QStringLiteral("INSERT INTO import_batch (id, kind, file_name, started_at, status, actor, host, pid, "
                                 "heartbeat_at) VALUES (?, 'opendata-referrals', '', ?, 'running', 'test', ?, ?, ?)"))
            .bind(QLatin1String(id))
            .bind(seen)
            .bind(host)
            .bind(pid)
            .bind(seen)
            .exec();
    };
    run("live-here", here, alive.processId(), 120);          // silent for long, but its process lives
    run("dead-here", here, gonePid, 0);                      // just now, but its process is gone
    run("this-process", here, LocalProcess::currentId(), 0); // an earlier process that had this id
    run("busy-elsewhere", QStringLiteral("another-workstation"), 4242, 2);
    run("dead-elsewhere", QStringLiteral("another-workstation"), 4242, OpenDataService::AbandonedAfterMinutes + 1);
    QCOMPARE(OpenDataService(db, clock).recoverAbandoned(), 3);
    auto status = [&](const char* id) {
        return Query(db, QStringLiteral("SELECT status FROM import_batch WHERE id = ?"))
            .bind(QLatin1String(id))
            .scalar()
            .toString();
    };
    QCOMPARE(status("live-here"), QStringLiteral("running"));
    QCOMPARE(status("busy-elsewhere"), QStringLiteral("running"));
    QCOMPARE(status("dead-here"), QStringLiteral("failed"));
    QCOMPARE(status("this-process"), QStringLiteral("failed"));
    QCOMPARE(status("dead-elsewhere"), QStringLiteral("failed"));
    // An import started now leaves the live ones alone too.
    QBuffer buffer;
    buffer.setData(sample());
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(OpenDataService(db, clock).importReferrals(&buffer).committed);
    QCOMPARE(status("live-here"), QStringLiteral("running"));
    QCOMPARE(status("busy-elsewhere"), QStringLiteral("running"));
    alive.kill();
    QVERIFY(alive.waitForFinished());
    QCOMPARE(OpenDataService(db, clock).recoverAbandoned(), 1);
    QCOMPARE(status("live-here"), QStringLiteral("failed"));
}

void TestOpenData::importsTheWaitingList()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("open4.sqlite"), clock);
    QByteArray data =
        "region_origin_code,mo_destination_code,profile_code,patient_seq_no,icd10_ref_diag_code,diagnosis_name,"
        "operation_code,operation_name,registration_dt,planned_dt\n"
        "71,7101,CAR,12,I25.1,ИБС,36.10,\"Аортокоронарное шунтирование, плановое\",2026-09-01 10:00:00,2026-12-01\n"
        "71,7101,CAR,13,I25.1,ИБС,,,2026-09-02 10:00:00,\n"
        "71,7101,CAR,x,I25.1,ИБС,,,2026-09-02 10:00:00,\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = OpenDataService(workspace->database(), clock).importWaitingList(&buffer);
    QVERIFY(report.committed);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.badRows.size(), 1);
    const Referral r = *workspace->referrals().find(QStringLiteral("71.7101.CAR.C"));
    QCOMPARE(r.status, ReferralStatus::Registered);
    QCOMPARE(r.notes, QStringLiteral("Аортокоронарное шунтирование, плановое"));
    QVERIFY(r.preliminaryDate.isValid());
}

void TestOpenData::wrongFileIsRefusedAtTheHeader()
{
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("open5.sqlite"));
    QByteArray data = "iin,last_name,first_name\n900115300013,A,B\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = OpenDataService(workspace->database()).importReferrals(&buffer);
    QVERIFY(!report.committed);
    QCOMPARE(report.badRows.first().line, 1);
    QVERIFY(report.badRows.first().reason.contains(QStringLiteral("hospitalization_code")));
}

void TestOpenData::terms()
{
    QCOMPARE(OpenDataTerms::funding(QStringLiteral("ГОБМП")), QStringLiteral("gobmp"));
    QCOMPARE(OpenDataTerms::funding(QStringLiteral("В рамках ОСМС")), QStringLiteral("osms"));
    QCOMPARE(OpenDataTerms::funding(QStringLiteral("ВТМУ")), QStringLiteral("htmc"));
    QCOMPARE(OpenDataTerms::funding(QStringLiteral("Платные услуги")), QStringLiteral("paid"));
    QCOMPARE(OpenDataTerms::purpose(QStringLiteral("Реабилитация")), QStringLiteral("rehabilitation"));
    QCOMPARE(OpenDataTerms::territory(QStringLiteral("СЕЛО")), QStringLiteral("village"));
    QCOMPARE(OpenDataTerms::dateTime(QStringLiteral("05.10.2026 08:30")), QDateTime(QDate(2026, 10, 5), QTime(8, 30)));
    QCOMPARE(OpenDataTerms::dateTime(QStringLiteral("2026-10-05T08:30:00.123")).time().msec(), 123);
    QVERIFY(!OpenDataTerms::dateTime(QStringLiteral("вчера")).isValid());
}

namespace {
// The bytes Excel on a Russian Windows writes: Windows-1251 (Russian letters, №, «»).
QByteArray windows1251(const QString& text)
{
    QByteArray bytes;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80)
            bytes += char(u);
        else if (u >= 0x0410 && u <= 0x044F)
            bytes += char(0xC0 + (u - 0x0410));
        else if (u == 0x0401)
            bytes += char(0xA8);
        else if (u == 0x0451)
            bytes += char(0xB8);
        else if (u == 0x2116)
            bytes += char(0xB9);
        else if (u == 0x00AB)
            bytes += char(0xAB);
        else if (u == 0x00BB)
            bytes += char(0xBB);
        else
            bytes += '?';
    }
    return bytes;
}
} // namespace

void TestOpenData::fullDiskImportLeavesNothing()
{
    // The database on a small disk of its own (tmpfs, mounted when this runs as root), or else the importing
    // process limited to small files (ulimit -f): the import fills it and fails. Before, the batches it had
    // committed stayed, while it said "Nothing was saved".
    QTemporaryDir disk;
    bool mounted = false;
    if (geteuid() == 0) {
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=12m"), QStringLiteral("tmpfs"), disk.path()});
        mounted = mount.waitForFinished(30000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }
    const auto unmount = qScopeGuard([&] {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {disk.path()});
    });
    const QString file = disk.filePath(QStringLiteral("full.sqlite"));
    QByteArray before;
    {
        auto workspace = Workspace::open(DatabaseLocation::sqliteFile(file));
        Query(workspace->database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
        before = digest(workspace->database());
    }
    const qint64 size = QFileInfo(file).size();
    const QString csv = writeReferrals(QStringLiteral("full.csv"), QByteArrayLiteral("71.7196.FUL."), 150000);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/joldama-test-data"));
    child.setProcessEnvironment(env);
    const QStringList arguments{QStringLiteral("--db"), file, QStringLiteral("import"),
                                QStringLiteral("opendata-referrals"), csv};
    if (mounted) {
        child.start(QStringLiteral(JOLDAMA_CLI_PATH), arguments);
    } else {
        // No file of the process may grow past the database's size and 2 MB (in 512-byte blocks); a write past
        // it fails (EFBIG) as on a full disk, instead of killing the process (SIGXFSZ ignored).
        const qint64 blocks = (size + 2 * 1024 * 1024) / 512;
        child.start(QStringLiteral("sh"),
                    QStringList{QStringLiteral("-c"),
                                QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
                                QStringLiteral(JOLDAMA_CLI_PATH)} +
                        arguments);
    }
    QVERIFY(child.waitForFinished(300000));
    const QString err = QString::fromUtf8(child.readAllStandardError());
    qInfo("%s", mounted ? "a 12 MB tmpfs" : "ulimit -f");
    QCOMPARE(child.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("Nothing was saved")), qPrintable(err));
    if (mounted)
        QVERIFY2(err.contains(QStringLiteral("full")), qPrintable(err));

    // Nothing of it is in the file, and later commands show nothing of it.
    Database watcher(DatabaseLocation::sqliteFile(file));
    watcher.open();
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM referral")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM hospital WHERE code = '7196'")), 0);
    QCOMPARE(count(watcher, QStringLiteral("SELECT count(*) FROM import_batch WHERE status IN ('running', 'done')")),
             0);
    QCOMPARE(digest(watcher), before);
    QVERIFY(trackingTriggersInPlace(watcher));
    const auto lookup =
        TestSupport::runCli({QStringLiteral("--db"), file, QStringLiteral("lookup"), QStringLiteral("71.7196.FUL.1")});
    QCOMPARE(lookup.exitCode, 1);
    const auto dashboard =
        TestSupport::runCli({QStringLiteral("--db"), file, QStringLiteral("dashboard"), QStringLiteral("--json")});
    QCOMPARE(dashboard.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(dashboard.out.toUtf8()).object().value(QStringLiteral("total")).toInt(), 0);
}

void TestOpenData::windows1251FileIsReadRight()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("cp1251.sqlite"), clock);
    // Saved by Excel on a Russian Windows: the header is plain ASCII, the names Windows-1251.
    QByteArray data = windows1251(QStringLiteral(
        "hospitalization_code;referring_mo;hospital_mo;icd10_ref_diag_code;diagnosis_name;bed_profile;"
        "registration_dt;planned_dt;polyclinic_dt;hospitalization_dt;refusal_dt;territorial_type;referral_purpose;"
        "finance_source;sdu_load_date\r\n"
        "71.7195.CAR.1;ГП №4;ГКП «Городская больница №7»;Q87.4;Синдром Марфана;Кардиологические;01.10.2026 09:15;;;;;"
        "Город;Хирургическое лечение;ГОБМП;01.11.2026\r\n"));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = OpenDataService(workspace->database(), clock).importReferrals(&buffer);
    QVERIFY2(report.committed && report.badRows.isEmpty(),
             qPrintable(report.badRows.isEmpty() ? report.summary() : report.badRows.first().reason));
    QCOMPARE(report.imported, 1);
    const Referral r = *workspace->referrals().find(QStringLiteral("71.7195.CAR.1"));
    QCOMPARE(r.referringOrg, QStringLiteral("ГП №4"));
    QCOMPARE(r.diagnosisName, QStringLiteral("Синдром Марфана"));
    QCOMPARE(r.purpose, QStringLiteral("surgical"));
    QCOMPARE(workspace->hospitals().find(QStringLiteral("7195"))->name, QStringLiteral("ГКП «Городская больница №7»"));
    QCOMPARE(workspace->diagnoses().find(QStringLiteral("Q87.4"))->nameRu, QStringLiteral("Синдром Марфана"));
    // Nothing anywhere holds the replacement character of a wrong guess.
    Database& db = workspace->database();
    // The pattern is bound, not written as SQL: char() is SQLite's, PostgreSQL spells it chr().
    const QString pattern = QString(QLatin1Char('%')) + QChar(0xFFFD) + QLatin1Char('%');
    Query replaced(db, QStringLiteral("SELECT count(*) FROM referral WHERE referring_org LIKE ? OR diagnosis_name "
                                      "LIKE ?"));
    replaced.bind(pattern).bind(pattern);
    QCOMPARE(replaced.scalar().toInt(), 0);
}

void TestOpenData::quoteThatSwallowsRowsIsReportedByLine()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("swallow.sqlite"), clock);
    // Line 3 opens a quote around the hospital's name and never closes it; the quote opening a name on line 5
    // closes it. Before, lines 4 and 5 vanished into one field and the import said nothing about them.
    QByteArray data =
        "hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
        "registration_dt,planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,"
        "referral_purpose,finance_source,sdu_load_date\n"
        "71.7101.CAR.S1,ГП,Больница,I10,Гипертензия,Кардиологические,2026-10-01 09:00:00,,,,,Город,,,\n"
        "71.7101.CAR.S2,ГП,\"Больница №2,I10,Гипертензия,Кардиологические,2026-10-01 09:00:00,,,,,Город,,,\n"
        "71.7101.CAR.S3,ГП,Больница,I10,Гипертензия,Кардиологические,2026-10-01 09:00:00,,,,,Город,,,\n"
        "71.7101.CAR.S4,ГП,\"Центр\",I10,Гипертензия,Кардиологические,2026-10-01 09:00:00,,,,,Город,,,\n"
        "71.7101.CAR.S5,ГП,Больница,I10,Гипертензия,Кардиологические,2026-10-01 09:00:00,,,,,Город,,,\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = OpenDataService(workspace->database(), clock).importReferrals(&buffer);
    QVERIFY(report.committed);
    QCOMPARE(report.imported, 2); // S1 and S5
    QCOMPARE(report.badRows.size(), 1);
    QCOMPARE(report.badRows.first().line, 3);
    QVERIFY2(report.badRows.first().reason.contains(QStringLiteral("line 3")) &&
                 report.badRows.first().reason.contains(QStringLiteral("5")),
             qPrintable(report.badRows.first().reason));
    QVERIFY(workspace->referrals().find(QStringLiteral("71.7101.CAR.S5")));
    QVERIFY(!workspace->referrals().find(QStringLiteral("71.7101.CAR.S2")));
}

void TestOpenData::fileAndStreamGetTheSameDates()
{
    // A file is read twice (its queues planned before the referrals are written, each inserted with its date), a
    // stream once (inserted, then planned): the same rows get the same preliminary dates either way, also when they
    // fall among referrals already waiting, next to scheduled, hospitalized, repeated and bad rows.
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto file = TestSupport::openWorkspace(m_dir, QStringLiteral("twice.sqlite"), clock);
    auto stream = TestSupport::openWorkspace(m_dir, QStringLiteral("once.sqlite"), clock);
    const QByteArray header =
        "hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,registration_dt,"
        "planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,referral_purpose,finance_source,"
        "sdu_load_date\n";
    QList<QByteArray> files;
    for (int part = 0; part < 2; ++part) {
        QByteArray data = header;
        for (int i = 0; i < 40; ++i) {
            const QByteArray hospital = i % 2 ? "7101" : "7102";
            const QByteArray profile = i % 3 ? "Кардиологические" : "";
            const QByteArray code =
                "71." + hospital + (i % 3 ? ".CAR." : ".DH.") + QByteArray::number(part * 100 + i, 36).toUpper();
            const int day = 1 + (i * 7 + part) % 28; // the second file's rows fall among the first's
            const QByteArray planned = i % 5 == 0 ? "2026-12-0" + QByteArray::number(1 + i % 9) : QByteArray();
            const QByteArray hospitalized = i % 11 == 0 ? "2026-10-30 10:00" : QByteArray();
            data += code + ",ГП,Больница," + "I25.1,Диагноз," + profile + ",2026-10-" +
                    QByteArray::number(day).rightJustified(2, '0') + " 09:00:00," + planned + ",," + hospitalized +
                    ",,Город,,,\n";
        }
        data += "71.7101.CAR.1,ГП,Больница,I25.1,Диагноз,Кардиологические,2026-10-03 09:00:00,,,,,Город,,,\n";
        data += "BROKEN,ГП,Больница,I25.1,Диагноз,Кардиологические,2026-10-03 09:00:00,,,,,Город,,,\n";
        files << data;
    }
    qint64 imported = 0;
    for (QByteArray data : std::as_const(files)) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        const ImportReport twice = OpenDataService(file->database(), clock).importReferrals(&buffer);
        OneWayDevice pipe(data);
        const ImportReport once = OpenDataService(stream->database(), clock).importReferrals(&pipe);
        QVERIFY(twice.committed && once.committed);
        QCOMPARE(twice.imported, once.imported);
        QCOMPARE(twice.unchanged, once.unchanged);
        QCOMPARE(twice.badRows.size(), once.badRows.size());
        imported += twice.imported;
    }
    const auto dates = [](Database& db) {
        Query q(db, QStringLiteral("SELECT code, coalesce(preliminary_date, '-'), documents_ok, status FROM referral "
                                   "ORDER BY code"));
        q.exec();
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("%1 %2 %3 %4").arg(q.text(0), q.text(1), q.text(2), q.text(3));
        return lines;
    };
    const QStringList planned = dates(file->database());
    QVERIFY(imported >= 70);
    QCOMPARE(planned.size(), imported);
    QCOMPARE(count(file->database(), QStringLiteral("SELECT count(*) FROM referral WHERE status IN ('registered', "
                                                    "'scheduled') AND preliminary_date IS NULL")),
             0);
    QCOMPARE(planned, dates(stream->database()));
    QCOMPARE(digest(file->database()), digest(stream->database()));
    QVERIFY(trackingTriggersInPlace(file->database()));
}

// A first load into a new database (more rows than the database has referrals) drops the secondary indexes and
// builds them again before it commits; cancelled in the middle of its inserts, the indexes are back as they were.
// A smaller load into a fuller database inserts into them as they are.
void TestOpenData::aFirstLoadBuildsTheIndexesOnceAndKeepsThem()
{
    if (TestSupport::onPostgres())
        QSKIP("SQLite only: PostgreSQL's indexes are left as they are (its import is measured by the other tests)");
    FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(12, 0)));
    auto workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("first-load.sqlite"), clock);
    Database& db = workspace->database();
    const QStringList indexes = referralIndexes(db);
    QVERIFY(indexes.size() >= 10);
    // Every index but the two unique ones of referral (uid, code), the one of referral_event (uid), and those of
    // the references an imported referral leaves empty (it enters none of them).
    QStringList secondary;
    for (const QString& index : indexes) {
        const QString name = index.section(QLatin1Char(':'), 0, 0);
        if (!name.startsWith(QLatin1String("sqlite_autoindex_")) &&
            !QStringList{QStringLiteral("referral_patient"), QStringLiteral("referral_transferred_from"),
                         QStringLiteral("referral_quota")}
                 .contains(name))
            secondary << name;
    }
    QVERIFY(secondary.contains(QStringLiteral("referral_queue")));
    QStringList dropped;
    db.setStatementTrace([&](const QString& sql, const QVariantList&) {
        if (sql.startsWith(QLatin1String("DROP INDEX")))
            dropped << sql.section(QLatin1Char('"'), 1, 1);
    });
    const auto droppedAsExpected = [&] {
        dropped.sort();
        const bool expected = dropped == secondary;
        if (!expected)
            qWarning() << "dropped" << dropped << "expected" << secondary;
        dropped.clear();
        return expected;
    };
    // After an import, failed or not, the connection is as it was: its checks on, its checkpoints its own.
    const auto connectionAsBefore = [&] {
        return Query(db, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt() == 1 &&
               Query(db, QStringLiteral("PRAGMA ignore_check_constraints")).scalar().toInt() == 0 &&
               Query(db, QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt() == 1000 &&
               Query(db, QStringLiteral("PRAGMA cache_size")).scalar().toInt() == -Database::cacheKiB;
    };
    const int rows = OpenDataService::ProgressRows * 3;
    QFile first(writeReferrals(QStringLiteral("first-load.csv"), "71.7101.CAR.F", rows));
    QVERIFY(first.open(QIODevice::ReadOnly));

    // Cancelled in the second pass, among the inserts (the first pass reports at 5,000, 10,000 and 15,000 rows).
    std::atomic<bool> cancel{false};
    int reports = 0;
    const ImportReport cancelled = OpenDataService(db, clock).importReferrals(
        &first, QString(),
        [&](qint64, qint64, qint64) {
            if (++reports == 4)
                cancel = true;
        },
        &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(droppedAsExpected());
    QCOMPARE(referralIndexes(db), indexes);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral")), 0);
    QVERIFY(connectionAsBefore());

    QVERIFY(first.seek(0));
    const qint64 fileBefore = QFileInfo(db.location().path).size();
    const ImportReport loaded = OpenDataService(db, clock).importReferrals(&first);
    QVERIFY(loaded.committed);
    QCOMPARE(loaded.imported, rows);
    QVERIFY(droppedAsExpected());
    QCOMPARE(referralIndexes(db), indexes);
    QVERIFY(connectionAsBefore());
    QCOMPARE(Query(db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(), QStringLiteral("ok"));
    // Checked by the import itself while SQLite's checks were off: every reference names a row that exists.
    QVERIFY(!Query(db, QStringLiteral("PRAGMA foreign_key_check")).exec().next());
    // The load was copied from the WAL into the file by the checkpoint after the commit (some 15 MB).
    db.waitForCheckpoint();
    QVERIFY2(QFileInfo(db.location().path).size() > fileBefore + 5 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(db.location().path).size())));
    // The queue read through the rebuilt indexes: every referral in it, and each one's place the lookup's.
    WaitingListService waiting(db, clock);
    const qint64 hospital =
        Query(db, QStringLiteral("SELECT id FROM hospital WHERE code = '7101'")).scalar().toLongLong();
    const QList<WaitingListService::QueueEntry> queue = waiting.queue(hospital, QStringLiteral("CAR"));
    QCOMPARE(queue.size(), qsizetype(rows));
    QCOMPARE(waiting.queueLength(hospital, QStringLiteral("CAR")), qint64(rows));
    for (const int at : {0, rows / 2, rows - 1}) {
        QCOMPARE(queue.at(at).position, qint64(at + 1));
        QCOMPARE(waiting.lookup(queue.at(at).code).position, qint64(at + 1));
    }

    // Fewer rows than the database has: the indexes stay and take the new rows one by one.
    QFile second(writeReferrals(QStringLiteral("second-load.csv"), "71.7101.CAR.S", OpenDataService::ProgressRows * 2));
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(OpenDataService(db, clock).importReferrals(&second).committed);
    QVERIFY(dropped.isEmpty());
    QCOMPARE(referralIndexes(db), indexes);
    QCOMPARE(waiting.queueLength(hospital, QStringLiteral("CAR")), qint64(rows + OpenDataService::ProgressRows * 2));
    db.setStatementTrace({});
}

QTEST_GUILESS_MAIN(TestOpenData)
#include "tst_opendata.moc"
