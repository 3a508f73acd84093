#include "TestSupport.h"
#include "domain/ReferralCode.h"
#include "io/CsvReader.h"
#include "services/BedService.h"
#include "services/CalendarService.h"
#include "services/DashboardService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/WaitingListService.h"
#include "store/HospitalStore.h"
#include "store/Query.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Waiting lists: queue order, positions, preliminary dates against capacity and the calendar, lookup by
// code, free choice, beds, running totals.
class TestWaitingList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void queueOrderWithPrioritiesAndTies();
    void positionAfterEveryKindOfTransition();
    void preliminaryDatesRespectCapacityConfirmedDatesWeekendsAndHolidays();
    void queueLongerThanAYearOfCapacity();
    void capacityDefaultsToATenthOfTheBeds();
    void calendarChangesReplanTheQueue();
    void aNewDayReplansEveryQueue();
    void lookupKnownUnknownMalformedAndScanned();
    void scannerLayouts_data();
    void scannerLayouts();
    void freeChoiceShowsTheOtherHospitals();
    void bedReportsKeepTheirHistory();
    void freeBedsAheadCountTheConfirmedAdmissions();
    void bedReportsForDaysFarFromTodayAreConfirmedOrRefused();
    void importsHospitalsAndBeds();
    void runningTotalsMatchARecount();
    void placingNewcomersMatchesPlanningTheWholeQueue();
    void aNewcomerAfterMidnightIsPlannedWithTodaysQueue();

private:
    Referral add(int priority = 0, const QString& hospital = QStringLiteral("7101"), const QString& iin = {});
    void setClock(const QDate& day) { m_clock->set(QDateTime(day, QTime(10, 0))); }
    static WorkingCalendar shippedCalendarIndependently();

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
    QString m_iin;
};

void TestWaitingList::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow()); // Monday 16 November 2026
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("w%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = m_iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    p.iin = QStringLiteral("850720400126");
    p.lastName = QStringLiteral("Иванова");
    p.firstName = QStringLiteral("Алёна");
    m_workspace->patients().registerPatient(p);
}

void TestWaitingList::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

Referral TestWaitingList::add(int priority, const QString& hospital, const QString& iin)
{
    ReferralService::Registration in;
    in.iin = iin.isEmpty() ? m_iin : iin;
    in.hospitalCode = hospital;
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.priority = priority;
    // The queues here are filled with the same two patients: each place past the first says why.
    in.secondReferralReason = QStringLiteral("a test fills a queue with the same patients");
    return m_workspace->referrals().registerReferral(in);
}

WorkingCalendar TestWaitingList::shippedCalendarIndependently()
{
    // Read the shipped file directly, not through the store, so the test does not check the code with itself.
    WorkingCalendar calendar;
    QFile file(QStringLiteral(JOLDAMA_SOURCE_DIR "/resources/reference/calendar.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("calendar.csv missing");
    CsvReader reader(&file);
    reader.readHeader();
    QStringList fields;
    while (reader.readRecord(fields))
        calendar.addDayOff(QDate::fromString(fields.at(0), Qt::ISODate));
    return calendar;
}

void TestWaitingList::queueOrderWithPrioritiesAndTies()
{
    // Same clock for all: registration times tie, so the code decides; priority comes first.
    const Referral a = add(0); // 71.7101.CAR.1
    const Referral b = add(2); // .2, urgent
    m_clock->advance(60);
    const Referral c = add(0);                                                         // .3, a minute later
    const Referral d = add(2);                                                         // .4, urgent, a minute later
    const Referral e = add(0, QStringLiteral("7101"), QStringLiteral("850720400126")); // .5, same minute as c
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    QStringList order;
    QList<qint64> positions;
    for (const auto& entry : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR"))) {
        order << entry.code;
        positions << entry.position;
    }
    QCOMPARE(order, (QStringList{b.code, d.code, a.code, c.code, e.code}));
    QCOMPARE(positions, (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(m_workspace->waitingList().position(*m_workspace->referrals().find(e.code)), 5);
    QCOMPARE(m_workspace->waitingList().position(*m_workspace->referrals().find(b.code)), 1);
    // Windows of the queue agree with the whole.
    const auto window = m_workspace->waitingList().queue(h.id, QStringLiteral("CAR"), 2, 2);
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.at(0).code, a.code);
    QCOMPARE(window.at(0).position, 3);
}

void TestWaitingList::positionAfterEveryKindOfTransition()
{
    QList<Referral> r;
    for (int i = 0; i < 6; ++i) {
        r << add();
        m_clock->advance(60);
    }
    WaitingListService& wl = m_workspace->waitingList();
    ReferralService& referrals = m_workspace->referrals();
    auto pos = [&](const Referral& x) { return wl.position(*referrals.find(x.id)); };
    QCOMPARE(pos(r[5]), 6);
    ReferralService::Transition t;
    t.date = m_clock->today().addDays(7);
    referrals.transition(r[0].code, ReferralStatus::Scheduled, t); // still in the list
    QCOMPARE(pos(r[0]), 1);
    QCOMPARE(pos(r[5]), 6);
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("пациент отказался");
    referrals.transition(r[1].code, ReferralStatus::Cancelled, cancel); // leaves: everyone behind moves up
    QCOMPARE(pos(r[1]), 0);
    QCOMPARE(pos(r[5]), 5);
    ReferralService::Transition refuse;
    refuse.reasonCode = QStringLiteral("no_indication");
    referrals.transition(r[2].code, ReferralStatus::Refused, refuse);
    QCOMPARE(pos(r[5]), 4);
    t.date = m_clock->today();
    referrals.transition(r[3].code, ReferralStatus::Scheduled, t);
    referrals.transition(r[3].code, ReferralStatus::NoShow, {}); // did not come: out of the list
    QCOMPARE(pos(r[5]), 3);
    t.date = m_clock->today().addDays(3);
    referrals.transition(r[3].code, ReferralStatus::Scheduled, t); // given a new date: back in its old place
    QCOMPARE(pos(r[3]), 2);
    QCOMPARE(pos(r[5]), 4);
    ReferralService::Transition move;
    move.newHospitalCode = QStringLiteral("7102");
    const Referral moved = referrals.transition(r[4].code, ReferralStatus::Transferred, move);
    QCOMPARE(pos(moved), 0);
    QCOMPARE(pos(r[5]), 3);
    const Referral newOne = *referrals.find(QStringLiteral("71.7102.CAR.1"));
    QCOMPARE(pos(newOne), 1); // first in the other hospital's list, with its original time
    // Admitted: out of the list for good.
    // Admitted with all documents: out of the list for good.
    for (const DocumentType& type : m_workspace->referenceData().documentTypes(true))
        referrals.recordDocument(r[0].code, DocumentRecord{type.code, true, m_clock->today(), {}});
    t.date = m_clock->today();
    referrals.transition(r[0].code, ReferralStatus::Scheduled, t);
    referrals.transition(r[0].code, ReferralStatus::Hospitalized, {});
    QCOMPARE(pos(r[3]), 1);
    QCOMPARE(pos(r[5]), 2);
    QCOMPARE(wl.queueLength(r[5].hospitalId, QStringLiteral("CAR")), 2);
}

void TestWaitingList::preliminaryDatesRespectCapacityConfirmedDatesWeekendsAndHolidays()
{
    // Thursday 19 March 2026: Friday is a working day; 21–23 March is Nauryz (21–22 a weekend), and
    // 24–25 March are the days off carried over from that weekend. The next working day is Thursday 26.
    setClock(QDate(2026, 3, 19));
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 2, 0);
    QList<Referral> r;
    for (int i = 0; i < 8; ++i) {
        r << add();
        m_clock->advance(60);
    }
    // The last one in the queue has a confirmed date on Friday: it takes one of Friday's two places first.
    ReferralService::Transition t;
    t.date = QDate(2026, 3, 20);
    m_workspace->referrals().transition(r[7].code, ReferralStatus::Scheduled, t);
    QList<QDate> dates;
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR")))
        dates << e.preliminaryDate;
    QCOMPARE(dates, (QList<QDate>{QDate(2026, 3, 19), QDate(2026, 3, 19), QDate(2026, 3, 20), QDate(2026, 3, 26),
                                  QDate(2026, 3, 26), QDate(2026, 3, 27), QDate(2026, 3, 27), QDate(2026, 3, 20)}));
    // Lead days: none before registration + 3 days.
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 2, 3);
    QCOMPARE(m_workspace->referrals().find(r[0].id)->preliminaryDate, QDate(2026, 3, 26)); // 19 + 3 = 22 → 26
}

void TestWaitingList::queueLongerThanAYearOfCapacity()
{
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 1, 0);
    // 400 referrals at one a working day reach well into 2028, past the shipped calendar.
    {
        WriteTransaction batch(m_workspace->database(), *m_clock); // one commit for speed
        for (int i = 0; i < 400; ++i) {
            add();
            m_clock->advance(1);
        }
        batch.commit();
    }
    const WorkingCalendar calendar = shippedCalendarIndependently();
    QDate expected = m_clock->today();
    int i = 0;
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR"))) {
        while (!calendar.isWorkingDay(expected))
            expected = expected.addDays(1);
        QVERIFY2(e.preliminaryDate == expected,
                 qPrintable(QStringLiteral("#%1: %2 instead of %3")
                                .arg(i)
                                .arg(e.preliminaryDate.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
        expected = expected.addDays(1);
        ++i;
    }
    QCOMPARE(i, 400);
    QVERIFY(expected.year() >= 2028);
}

void TestWaitingList::capacityDefaultsToATenthOfTheBeds()
{
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    QCOMPARE(m_workspace->waitingList().capacityPerDay(h.id, QStringLiteral("CAR")), 1); // no bed report yet
    m_workspace->beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2});
    QCOMPARE(m_workspace->waitingList().capacityPerDay(h.id, QStringLiteral("CAR")), 4);
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 6, 0);
    QCOMPARE(m_workspace->waitingList().capacityPerDay(h.id, QStringLiteral("CAR")), 6);
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), std::nullopt, 0);
    QCOMPARE(m_workspace->waitingList().capacityPerDay(h.id, QStringLiteral("CAR")), 4);
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 0, 0));
}

void TestWaitingList::calendarChangesReplanTheQueue()
{
    const Referral r = add(); // Monday 16 November, capacity 1: today
    QCOMPARE(r.preliminaryDate, QDate(2026, 11, 16));
    m_workspace->calendar().setDayOff(QDate(2026, 11, 16), QStringLiteral("Демалыс"), QStringLiteral("Выходной"),
                                      QStringLiteral("Day off"));
    QCOMPARE(m_workspace->referrals().find(r.id)->preliminaryDate, QDate(2026, 11, 17));
    m_workspace->calendar().clear(QDate(2026, 11, 16));
    QCOMPARE(m_workspace->referrals().find(r.id)->preliminaryDate, QDate(2026, 11, 16));
    // A working Saturday opens a place.
    setClock(QDate(2026, 11, 21));
    m_workspace->waitingList().recomputeAll();
    QCOMPARE(m_workspace->referrals().find(r.id)->preliminaryDate, QDate(2026, 11, 23));
    m_workspace->calendar().setWorkingDay(QDate(2026, 11, 21), QStringLiteral("перенос"));
    QCOMPARE(m_workspace->referrals().find(r.id)->preliminaryDate, QDate(2026, 11, 21));
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->calendar().setWorkingDay(QDate(2026, 11, 18)));
}

void TestWaitingList::aNewDayReplansEveryQueue()
{
    const Referral r = add();
    QCOMPARE(r.preliminaryDate, QDate(2026, 11, 16));
    m_workspace.reset();
    m_clock->advance(24 * 3600); // the next morning, the first start of the day
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("w%1.sqlite").arg(m_file), *m_clock);
    QCOMPARE(m_workspace->referrals().find(r.id)->preliminaryDate, QDate(2026, 11, 17));
}

void TestWaitingList::lookupKnownUnknownMalformedAndScanned()
{
    add();
    const Referral second = add();
    m_workspace->beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{10, 5, 0});
    const WaitingListService::Lookup l = m_workspace->waitingList().lookup(second.code.toLower());
    QCOMPARE(l.referral.code, second.code);
    QCOMPARE(l.position, 2);
    QCOMPARE(l.queueLength, 2);
    QCOMPARE(l.preliminaryDate, QDate(2026, 11, 17)); // one a day (10 beds)
    QCOMPARE(l.hospital.code, QStringLiteral("7101"));
    QVERIFY(l.bureau);
    QCOMPARE(l.bureau->dialString(), QStringLiteral("8 (7172) 557-290"));
    QVERIFY(l.documentsToBring.size() >= 7);
    try {
        m_workspace->waitingList().lookup(QStringLiteral("71.7101.CAR.99"));
        QFAIL("unknown code found");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::NotFound);
        QVERIFY(e.message().contains(QStringLiteral("71.7101.CAR.99")));
    }
    try {
        m_workspace->waitingList().lookup(QStringLiteral("71-7101"));
        QFAIL("malformed code accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
        QVERIFY(e.message().contains(QStringLiteral("71.7101.CAR.1F")));
    }
    // Closed referrals are found but have no place.
    ReferralService::Transition cancel;
    cancel.reason = QStringLiteral("x");
    m_workspace->referrals().transition(second.code, ReferralStatus::Cancelled, cancel);
    QCOMPARE(m_workspace->waitingList().lookup(second.code).position, 0);
}

void TestWaitingList::scannerLayouts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << "71.7101.CAR.1F"
                           << "71.7101.CAR.1F";
    QTest::newRow("lower case") << "71.7101.car.1f"
                                << "71.7101.CAR.1F";
    // Kazakh layout: 7→. 1→" 0→қ, the dot key → ю, C A R F → С Ф К А.
    QTest::newRow("kazakh layout") << ".\"ю.\"қ\"юСФКю\"А"
                                   << "71.7101.CAR.1F";
    QTest::newRow("kazakh layout digits") << "ұғю\"әіңюDHю,ү"
                                          << "95.1234.DH.68"; // Latin letters pass through
    // Russian layout: digits stay, the dot key → ю, letters Cyrillic.
    QTest::newRow("russian layout") << "71ю7101юСФКю1А"
                                    << "71.7101.CAR.1F";
    QTest::newRow("russian layout lower") << "71ю7101юсфкю1а"
                                          << "71.7101.CAR.1F";
}

void TestWaitingList::scannerLayouts()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    const ReferralCode parsed = ReferralCode::parseScanned(typed);
    QVERIFY2(parsed.isValid(), qPrintable(typed));
    QCOMPARE(parsed.text(), code);
}

void TestWaitingList::freeChoiceShowsTheOtherHospitals()
{
    // 7101 has a long queue, 7102 an empty one: the patient would be first there.
    for (int i = 0; i < 5; ++i)
        add();
    const Referral mine = add();
    const QList<WaitingListService::Alternative> alternatives = m_workspace->waitingList().alternatives(mine);
    QStringList codes;
    for (const auto& a : alternatives) {
        codes << a.hospital.code;
        QCOMPARE(a.hospital.regionCode, QStringLiteral("71"));
    }
    QVERIFY(codes.contains(QStringLiteral("7102")));
    QVERIFY(!codes.contains(QStringLiteral("7101")));
    const auto other = std::find_if(alternatives.cbegin(), alternatives.cend(),
                                    [](const auto& a) { return a.hospital.code == QLatin1String("7102"); });
    QCOMPARE(other->queueLength, 0);
    QCOMPARE(other->position, 1);
    QCOMPARE(other->preliminaryDate, QDate(2026, 11, 16));
    QVERIFY(mine.preliminaryDate > other->preliminaryDate);
}

void TestWaitingList::bedReportsKeepTheirHistory()
{
    BedService& beds = m_workspace->beds();
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2});
    m_clock->advance(3600);
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 35, 2});
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), m_clock->today().addDays(1), BedCount{40, 20, 0});
    const QList<BedStore::Report> history = beds.history(QStringLiteral("7101"), QStringLiteral("CAR"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).count.occupied, 20); // newest first
    QCOMPARE(history.at(1).count.occupied, 35);
    QCOMPARE(history.at(2).count.occupied, 30);
    QVERIFY(!history.at(2).actor.isEmpty());
    const QList<BedAvailability> rows = beds.availability(QStringLiteral("71"), QStringLiteral("CAR"));
    const auto row =
        std::find_if(rows.cbegin(), rows.cend(), [](const auto& r) { return r.hospitalCode == QLatin1String("7101"); });
    QCOMPARE(row->days[0]->free(), 3);  // today's latest report
    QCOMPARE(row->days[1]->free(), 20); // tomorrow has a report of its own
    QCOMPARE(row->days[2]->free(), 20); // the day after carries tomorrow's forward
    try {
        beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{10, 9, 2});
        QFAIL("impossible numbers accepted");
    } catch (const OperationError& e) {
        QCOMPARE(e.field(), QStringLiteral("occupied"));
    }
    QCOMPARE(beds.history(QStringLiteral("7101"), QStringLiteral("CAR")).size(), 3);
}

void TestWaitingList::importsHospitalsAndBeds()
{
    QByteArray hospitals =
        "code,name,region_code,address,phone,kind,profiles\n"
        "7120,\"ТОО \"\"Медицинский центр Ақ Жол\"\"\",Астана,\"пр. Абая, 10\",8 7172 55 66 77,private,CAR|THR\n"
        "7101,Городская многопрофильная больница № 1,71,ул. Сарыарка 6,,city,CAR|NEU|DH\n";
    QBuffer buffer(&hospitals);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report = m_workspace->hospitals().importCsv(&buffer, false);
    QVERIFY2(report.committed, qPrintable(report.summary()));
    QCOMPARE(report.imported, 2);
    const Hospital h = *m_workspace->hospitals().find(QStringLiteral("7120"));
    QCOMPARE(h.name, QStringLiteral("ТОО \"Медицинский центр Ақ Жол\""));
    QCOMPARE(h.regionCode, QStringLiteral("71"));
    QCOMPARE(h.phone, QStringLiteral("+77172556677"));
    QVERIFY(!h.demo);
    const QStringList profiles = m_workspace->hospitals().profiles(h.id);
    QCOMPARE(QSet<QString>(profiles.begin(), profiles.end()),
             (QSet<QString>{QStringLiteral("CAR"), QStringLiteral("THR")}));
    QVERIFY(!m_workspace->hospitals().find(QStringLiteral("7101"))->demo);
    buffer.seek(0);
    report = m_workspace->hospitals().importCsv(&buffer, false);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.unchanged, 2);

    QByteArray beds = "hospital_code,profile_code,date,total,occupied,reserved\n"
                      "7120,CAR,2026-11-16,20,15,1\n"
                      "9999,CAR,2026-11-16,20,15,1\n"
                      "7120,THR,2026-11-16,10,12,0\n";
    QBuffer bedBuffer(&beds);
    bedBuffer.open(QIODevice::ReadOnly);
    report = m_workspace->hospitals().importBedsCsv(&bedBuffer, false);
    QVERIFY(!report.committed);
    QCOMPARE(report.badRows.size(), 2);
    QCOMPARE(report.badRows.at(0).line, 3);
    QCOMPARE(report.badRows.at(1).line, 4);
    QVERIFY(m_workspace->beds().history(QStringLiteral("7120"), QStringLiteral("CAR")).isEmpty());
    bedBuffer.seek(0);
    report = m_workspace->hospitals().importBedsCsv(&bedBuffer, true);
    QVERIFY(report.committed);
    QCOMPARE(m_workspace->beds().history(QStringLiteral("7120"), QStringLiteral("CAR")).size(), 1);
}

void TestWaitingList::runningTotalsMatchARecount()
{
    // Registrations over three days, then a mix of transitions.
    QList<Referral> r;
    for (int day = 0; day < 3; ++day) {
        for (int i = 0; i < 4; ++i)
            r << add(i % 2);
        m_clock->advance(24 * 3600);
    }
    ReferralService& referrals = m_workspace->referrals();
    ReferralService::Transition t;
    t.reasonCode = QStringLiteral("no_indication");
    referrals.transition(r[0].code, ReferralStatus::Refused, t);
    t.reason = QStringLiteral("передумал");
    referrals.transition(r[1].code, ReferralStatus::Cancelled, t);
    t.newHospitalCode = QStringLiteral("7102");
    referrals.transition(r[2].code, ReferralStatus::Transferred, t);
    for (const DocumentType& type : m_workspace->referenceData().documentTypes(true))
        referrals.recordDocument(r[3].code, DocumentRecord{type.code, true, m_clock->today(), {}});
    t.date = m_clock->today();
    referrals.transition(r[3].code, ReferralStatus::Scheduled, t);
    referrals.transition(r[3].code, ReferralStatus::Hospitalized, {});
    const DashboardService::Summary live = m_workspace->dashboard().summary();
    QCOMPARE(live.total, 13); // 12 registered + the transfer's new referral
    QCOMPARE(live.byStatus.value(QStringLiteral("registered")), 9);
    QCOMPARE(live.byStatus.value(QStringLiteral("refused")), 1);
    QCOMPARE(live.byStatus.value(QStringLiteral("hospitalized")), 1);
    QCOMPARE(live.registeredToday, 0); // the clock moved on after the last registrations
    QCOMPARE(live.registeredThisMonth, 12);
    QCOMPARE(live.refusedShare, 0.5);
    QCOMPARE(live.waits.size(), 1);
    QCOMPARE(live.waits.first().waiting, 9);
    QCOMPARE(live.waits.first().medianDays, 2); // waiting: 4 of 3 days ago… (registered on 16, 17, 18; today 19)
    QCOMPARE(live.waits.first().p90Days, 3);
    // The same numbers from a full recount.
    {
        WriteTransaction tx(m_workspace->database(), *m_clock);
        TallyStore(m_workspace->database()).rebuild();
        tx.commit();
    }
    const DashboardService::Summary recount = m_workspace->dashboard().summary();
    QCOMPARE(recount.byStatus, live.byStatus);
    QCOMPARE(recount.registeredThisMonth, live.registeredThisMonth);
    QCOMPARE(recount.waits.first().medianDays, live.waits.first().medianDays);
    QCOMPARE(recount.waits.first().waiting, live.waits.first().waiting);
}

void TestWaitingList::placingNewcomersMatchesPlanningTheWholeQueue()
{
    // Registrations place only the newcomer; the result must be what planning the whole queue gives,
    // with priorities, lead days, confirmed dates far ahead and holidays in the way.
    setClock(QDate(2026, 12, 14));
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 2, 1);
    QList<Referral> all;
    for (int i = 0; i < 60; ++i) {
        const Referral r = add(i % 7 == 3 ? 2 : 0);
        all << r;
        if (i % 11 == 5) {
            ReferralService::Transition t;
            t.date = m_clock->today().addDays(20 + i);
            m_workspace->referrals().transition(r.code, ReferralStatus::Scheduled, t);
        }
        m_clock->advance(3600 * 5);
    }
    // Registrations stamped earlier than the latest ones (a workstation whose clock ran behind, or referrals a
    // clinic registered offline): those behind them move back, and a confirmed date among them keeps its day.
    // The queue is planned on the day they are registered, as every morning.
    const QDateTime latest = m_clock->now();
    m_clock->set(QDateTime(latest.date().addDays(-4), QTime(9, 0)));
    m_workspace->waitingList().recomputeAll();
    for (int i = 0; i < 4; ++i) {
        all << add(0);
        m_clock->advance(3600);
    }
    QHash<qint64, std::pair<QDate, bool>> placed;
    int behindSomeone = 0;
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR"))) {
        placed.insert(e.referralId, {e.preliminaryDate, e.documentsOk});
        behindSomeone += e.registeredAt > m_clock->now() ? 1 : 0;
    }
    QVERIFY(behindSomeone > 10);
    m_workspace->waitingList().recomputeAll();
    int checked = 0;
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR"))) {
        const auto [date, documentsOk] = placed.value(e.referralId);
        QVERIFY2(date == e.preliminaryDate && documentsOk == e.documentsOk,
                 qPrintable(QStringLiteral("%1: placed %2, planned %3")
                                .arg(e.code, date.toString(Qt::ISODate), e.preliminaryDate.toString(Qt::ISODate))));
        ++checked;
    }
    QCOMPARE(checked, 64);
}

void TestWaitingList::aNewcomerAfterMidnightIsPlannedWithTodaysQueue()
{
    // A window left open overnight: the queue holds yesterday's dates until the program starts again. A newcomer
    // of today with someone behind it (a lower priority) must not be placed among yesterday's dates.
    setClock(QDate(2026, 12, 14));
    const Hospital h = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7101"));
    m_workspace->waitingList().setCapacity(h.id, QStringLiteral("CAR"), 1, 0);
    for (int i = 0; i < 3; ++i)
        add(1);
    add(0);
    m_workspace->waitingList().recomputeAll();
    m_clock->advance(24 * 3600);
    const Referral newcomer = add(1);
    QCOMPARE(m_workspace->waitingList().lookup(newcomer.code).position, 4);
    QHash<qint64, QDate> placed;
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR")))
        placed.insert(e.referralId, e.preliminaryDate);
    QCOMPARE(placed.size(), 5);
    m_workspace->waitingList().recomputeAll();
    for (const auto& e : m_workspace->waitingList().queue(h.id, QStringLiteral("CAR")))
        QCOMPARE(placed.value(e.referralId), e.preliminaryDate);
}

void TestWaitingList::freeBedsAheadCountTheConfirmedAdmissions()
{
    BedService& beds = m_workspace->beds();
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2}); // 8 free today
    const QDate tomorrow = m_clock->today().addDays(1);
    ReferralService::Transition confirm;
    for (int i = 0; i < 5; ++i) {
        confirm.date = i < 3 ? tomorrow : tomorrow.addDays(1);
        m_workspace->referrals().transition(add().code, ReferralStatus::Scheduled, confirm);
    }
    // Another hospital's admissions are not this one's.
    confirm.date = tomorrow;
    m_workspace->referrals().transition(add(0, QStringLiteral("7102")).code, ReferralStatus::Scheduled, confirm);
    auto row = [&] {
        for (const BedAvailability& r : beds.availability(QStringLiteral("71"), QStringLiteral("CAR"))) {
            if (r.hospitalCode == QLatin1String("7101"))
                return r;
        }
        return BedAvailability{};
    };
    BedAvailability r = row();
    QCOMPARE(r.days[0]->free(), 8);
    QCOMPARE(r.admissions[1], 3);
    QCOMPARE(r.admissions[2], 2);
    QCOMPARE(r.days[1]->free(), 5); // before: 8 again, as if nobody were coming
    QCOMPARE(r.days[2]->free(), 3);
    // A report of tomorrow's own replaces the projection; the day after goes on from it.
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), tomorrow, BedCount{40, 20, 0});
    r = row();
    QCOMPARE(r.days[1]->free(), 20);
    QCOMPARE(r.days[2]->free(), 18);
    // Never fewer than none.
    beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), tomorrow, BedCount{40, 39, 0});
    QCOMPARE(row().days[2]->free(), 0);
}

void TestWaitingList::bedReportsForDaysFarFromTodayAreConfirmedOrRefused()
{
    BedService& beds = m_workspace->beds();
    const QDate today = m_clock->today();
    const auto kindFor = [&](const QDate& day, bool confirmed) {
        try {
            beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), day, BedCount{40, 30, 2}, {}, confirmed);
        } catch (const OperationError& e) {
            return e.kind();
        }
        return OperationError::Kind::Busy; // stands for "saved"
    };
    QCOMPARE(kindFor(today.addDays(-3), false), OperationError::Kind::Busy);
    QCOMPARE(kindFor(today.addDays(2), false), OperationError::Kind::Busy);
    QCOMPARE(kindFor(today.addDays(-30), false), OperationError::Kind::Unconfirmed);
    QCOMPARE(kindFor(today.addDays(30), false), OperationError::Kind::Unconfirmed);
    QCOMPARE(kindFor(today.addDays(-30), true), OperationError::Kind::Busy);
    QCOMPARE(kindFor(QDate(2062, 11, 16), true), OperationError::Kind::Invalid); // a typo in the year
    QCOMPARE(kindFor(today, false), OperationError::Kind::Busy);
    try {
        beds.report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{900115, 30, 2});
        QFAIL("a number out of range was saved");
    } catch (const OperationError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("out of range")), qPrintable(e.message()));
    }
    // In a file, such rows are reported by line unless the dates are confirmed.
    QByteArray csv = "hospital_code,profile_code,date,total,occupied\n7101,CAR," +
                     today.addDays(-45).toString(Qt::ISODate).toUtf8() + ",40,30\n7101,CAR," +
                     today.toString(Qt::ISODate).toUtf8() + ",40,31\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report = m_workspace->hospitals().importBedsCsv(&buffer, false);
    QVERIFY(!report.committed);
    QCOMPARE(report.badRows.size(), 1);
    QCOMPARE(report.badRows.first().line, 2);
    QCOMPARE(report.unconfirmedDates, 1);
    buffer.seek(0);
    report = m_workspace->hospitals().importBedsCsv(&buffer, false, true);
    QVERIFY(report.committed);
    QCOMPARE(report.imported, 2);
}

QTEST_GUILESS_MAIN(TestWaitingList)
#include "tst_waitinglist.moc"
