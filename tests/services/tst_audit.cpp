#include "TestSupport.h"
#include "domain/AuditAnchor.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "store/AuditStore.h"
#include "store/Query.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The tamper-evident audit log: every entry chained to the previous one with a keyed hash, each change sealed in
// the transaction that made it. Editing, deleting or reordering an entry, touching a sealed change, or (with a
// signed checkpoint) cutting off the tail is caught, and the first bad entry is named — over a thousand random
// tamperings, every one.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_workspace.reset(); }
    void anIntactLogVerifies();
    void entriesCannotBeUpdatedOrDeletedThroughTheDatabase();
    void anEditedEntryIsNamed();
    void aDeletedEntryIsNamed();
    void reorderedEntriesAreNamed();
    void aCutTailIsCaughtOnlyWithTheCheckpoint();
    void aTamperedChangeIsNamed();
    void theCheckpointIsSignedAndBelongsToItsDatabase();
    void aThousandRandomTamperingsAreAllCaught();
    void listsFilterByUserPatientAndPeriod();

private:
    // Tampers inside a transaction that is rolled back afterwards, with the append-only triggers dropped as an
    // attacker with the file would; returns the verification of the tampered log.
    AuditService::Result tampered(const QStringList& statements, const std::optional<AuditAnchor>& anchor);
    qint64 sealOf(qint64 changeId);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_entries = 0;
    AuditAnchor m_anchor;
};

namespace {
const QString password = QStringLiteral("correct horse battery");
const QStringList iins{QStringLiteral("900115300013"), QStringLiteral("850720400126"), QStringLiteral("010203500078"),
                       QStringLiteral("051231600017")};
} // namespace

void TestAudit::initTestCase()
{
    TestSupport::isolateUserFolders();
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    qputenv("JOLDAMA_AUDIT_KEY_FILE", m_dir.filePath(QStringLiteral("audit.key")).toUtf8());
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = Workspace::open(TestSupport::location(m_dir, QStringLiteral("audit.sqlite")), *m_clock);
    AccountService& accounts = m_workspace->accounts();
    accounts.create(QStringLiteral("admin"), Role::Admin, {}, password);
    accounts.create(QStringLiteral("aigerim"), Role::Clerk, {}, password);
    accounts.create(QStringLiteral("dana"), Role::Senior, {}, password);
    accounts.create(QStringLiteral("auditor"), Role::Auditor, {}, password);
    // A day of the bureau: patients, referrals, views, searches, a cancellation, by two clerks.
    accounts.signIn(QStringLiteral("aigerim"), password);
    for (int i = 0; i < iins.size(); ++i) {
        m_clock->advance(600);
        Patient p;
        p.iin = iins.at(i);
        p.lastName = QStringLiteral("Сейтқали");
        p.firstName = QStringList{QStringLiteral("Айгүл"), QStringLiteral("Дана"), QStringLiteral("Нұрлан"),
                                  QStringLiteral("Ерлан")}
                          .at(i);
        p.regionCode = QStringLiteral("71");
        m_workspace->patients().registerPatient(p);
        for (int j = 0; j < 3; ++j) {
            ReferralService::Registration in;
            in.iin = iins.at(i);
            in.hospitalCode = QStringLiteral("7101");
            in.profileCode = j == 1 ? QStringLiteral("THR") : QStringLiteral("CAR");
            in.diagnosisCode = QStringLiteral("I25.1");
            if (j == 2) // the patient's second place in cardiology: allowed only with a stated reason
                in.secondReferralReason = QStringLiteral("a second hospital's opinion");
            const Referral r = m_workspace->referrals().registerReferral(in);
            m_workspace->referrals().openCard(r.code);
            m_workspace->patients().openCard(iins.at(i));
        }
        m_workspace->patients().search(QStringLiteral("Сейтқали"));
    }
    accounts.signIn(QStringLiteral("dana"), password);
    for (const Referral& r : m_workspace->referrals().forPatient(m_workspace->patients().findByIin(iins.at(0))->id)) {
        ReferralService::Transition t;
        t.reason = QStringLiteral("the patient asked");
        m_workspace->referrals().transition(r.code, ReferralStatus::Cancelled, t);
    }
    accounts.signIn(QStringLiteral("auditor"), password);
    m_anchor = m_workspace->audit().anchor();
    m_entries = m_anchor.entries;
    QVERIFY(m_entries > 40);
}

AuditService::Result TestAudit::tampered(const QStringList& statements, const std::optional<AuditAnchor>& anchor)
{
    Database& db = m_workspace->database();
    WriteTransaction transaction(db, *m_clock);
    // Someone with the database's owner rights first takes the guards off the log.
    if (TestSupport::onPostgres()) {
        db.execute(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    } else {
        db.execute(QStringLiteral("DROP TRIGGER audit_log_append_only"));
        db.execute(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    for (const QString& statement : statements)
        db.execute(statement);
    return m_workspace->audit().verify(anchor);
    // The transaction ends without commit: the log is as it was for the next tampering.
}

qint64 TestAudit::sealOf(qint64 changeId)
{
    return Query(m_workspace->database(),
                 QStringLiteral("SELECT seq FROM audit_log WHERE change_from <= ? AND change_to >= ? ORDER BY seq "
                                "LIMIT 1"))
        .bind(changeId)
        .bind(changeId)
        .scalar()
        .toLongLong();
}

void TestAudit::anIntactLogVerifies()
{
    const AuditService::Result plain = m_workspace->audit().verify();
    QVERIFY2(plain.intact, qPrintable(plain.message));
    QVERIFY(plain.entries >= m_entries);
    QCOMPARE(plain.firstBad, 0);
    const AuditService::Result anchored = m_workspace->audit().verify(m_anchor);
    QVERIFY2(anchored.intact, qPrintable(anchored.message));
}

void TestAudit::entriesCannotBeUpdatedOrDeletedThroughTheDatabase()
{
    Database& db = m_workspace->database();
    for (const QString& statement : {QStringLiteral("UPDATE audit_log SET login = 'mallory' WHERE seq = 3"),
                                     QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}) {
        WriteTransaction transaction(db, *m_clock);
        try {
            db.execute(statement);
            QFAIL("the audit log accepted a change");
        } catch (const OperationError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
        }
    }
}

void TestAudit::anEditedEntryIsNamed()
{
    const AuditService::Result r =
        tampered({QStringLiteral("UPDATE audit_log SET login = 'mallory' WHERE seq = 17")}, std::nullopt);
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBad, 17);
    QCOMPARE(r.problem, QStringLiteral("altered"));
    QVERIFY(r.message.contains(QStringLiteral("Entry 17")));
}

void TestAudit::aDeletedEntryIsNamed()
{
    const AuditService::Result r = tampered({QStringLiteral("DELETE FROM audit_log WHERE seq = 23")}, std::nullopt);
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBad, 23);
    QCOMPARE(r.problem, QStringLiteral("missing"));
}

void TestAudit::reorderedEntriesAreNamed()
{
    const AuditService::Result r = tampered({QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 30"),
                                             QStringLiteral("UPDATE audit_log SET seq = 30 WHERE seq = 31"),
                                             QStringLiteral("UPDATE audit_log SET seq = 31 WHERE seq = -1")},
                                            std::nullopt);
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBad, 30);
}

void TestAudit::aCutTailIsCaughtOnlyWithTheCheckpoint()
{
    const QString cut = QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(m_entries - 10);
    // The chain alone cannot tell: what is left is consistent.
    QVERIFY(tampered({cut}, std::nullopt).intact);
    const AuditService::Result r = tampered({cut}, m_anchor);
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBad, m_entries - 9);
    QCOMPARE(r.problem, QStringLiteral("cut"));
    QVERIFY(r.message.contains(QStringLiteral("were removed")));
}

void TestAudit::aTamperedChangeIsNamed()
{
    // The change itself, in change_log: a diagnosis changed after the fact, or a change removed.
    const qint64 id = Query(m_workspace->database(),
                            QStringLiteral("SELECT min(id) FROM change_log WHERE entity = 'referral' AND change = "
                                           "'update'"))
                          .scalar()
                          .toLongLong();
    QVERIFY(id > 0);
    const qint64 seal = sealOf(id);
    QVERIFY(seal > 0);
    AuditService::Result r =
        tampered({QStringLiteral("UPDATE change_log SET fields = '{}' WHERE id = %1").arg(id)}, std::nullopt);
    QCOMPARE(r.firstBad, seal);
    QCOMPARE(r.problem, QStringLiteral("changes_altered"));
    r = tampered({QStringLiteral("DELETE FROM change_log WHERE id = %1").arg(id)}, std::nullopt);
    QCOMPARE(r.firstBad, seal);
}

void TestAudit::theCheckpointIsSignedAndBelongsToItsDatabase()
{
    QVERIFY(m_anchor.signatureValid());
    const QByteArray json = QJsonDocument(m_anchor.toJson()).toJson();
    const AuditAnchor read = AuditAnchor::fromJson(json);
    QVERIFY(read.signatureValid());
    QCOMPARE(read.entries, m_entries);
    AuditAnchor forged = read;
    forged.entries = m_entries - 5; // hiding the last entries by editing the checkpoint
    QVERIFY(!forged.signatureValid());
    const AuditService::Result r = m_workspace->audit().verify(forged);
    QVERIFY(!r.intact);
    QCOMPARE(r.problem, QStringLiteral("anchor_invalid"));
    QVERIFY_THROWS_EXCEPTION(OperationError, AuditAnchor::fromJson("{\"format\": \"something else\"}"));
}

void TestAudit::aThousandRandomTamperingsAreAllCaught()
{
    QRandomGenerator random(20261116);
    const qint64 n = m_entries;
    const qint64 firstChange =
        Query(m_workspace->database(), QStringLiteral("SELECT change_from FROM audit_log WHERE action = 'change' ORDER "
                                                      "BY seq LIMIT 1"))
            .scalar()
            .toLongLong();
    const qint64 lastChange = AuditStore(m_workspace->database()).head().changeTo;
    QVERIFY(lastChange > firstChange);
    static const QStringList textColumns{
        QStringLiteral("at"),          QStringLiteral("login"),         QStringLiteral("role"),
        QStringLiteral("workstation"), QStringLiteral("action"),        QStringLiteral("outcome"),
        QStringLiteral("patient_iin"), QStringLiteral("object_type"),   QStringLiteral("object_id"),
        QStringLiteral("details"),     QStringLiteral("change_digest"), QStringLiteral("mac")};
    int caught = 0;
    int namedRight = 0;
    QHash<QString, int> kinds;
    for (int i = 0; i < 1000; ++i) {
        QStringList statements;
        qint64 expected = 0;
        QString kind;
        switch (random.bounded(7)) {
        case 0: { // edit one field of an entry
            const qint64 seq = 1 + random.bounded(n);
            const QString column = textColumns.at(random.bounded(int(textColumns.size())));
            statements << QStringLiteral("UPDATE audit_log SET %1 = %1 || 'x' WHERE seq = %2").arg(column).arg(seq);
            expected = seq;
            kind = QStringLiteral("edit");
            break;
        }
        case 1: { // edit a number of an entry: its sealed range
            const qint64 seq = 1 + random.bounded(n);
            const QString column = random.bounded(2) ? QStringLiteral("change_from") : QStringLiteral("change_to");
            statements << QStringLiteral("UPDATE audit_log SET %1 = %1 + %2 WHERE seq = %3")
                              .arg(column)
                              .arg(random.bounded(2) ? 1 : -1)
                              .arg(seq);
            expected = seq;
            kind = QStringLiteral("edit range");
            break;
        }
        case 2: { // delete one entry
            const qint64 seq = 1 + random.bounded(n);
            statements << QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seq);
            expected = seq;
            kind = QStringLiteral("delete");
            break;
        }
        case 3: { // swap two entries
            const qint64 a = 1 + random.bounded(n - 1);
            const qint64 b = a + 1 + random.bounded(n - a);
            statements << QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = %1").arg(a)
                       << QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(a).arg(b)
                       << QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = -1").arg(b);
            expected = a;
            kind = QStringLiteral("reorder");
            break;
        }
        case 4: { // cut the tail
            const qint64 keep = random.bounded(n);
            statements << QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(keep);
            expected = keep + 1;
            kind = QStringLiteral("cut");
            break;
        }
        case 5: { // alter a sealed change
            const qint64 id = firstChange + random.bounded(lastChange - firstChange + 1);
            statements << QStringLiteral("UPDATE change_log SET actor = actor || 'x' WHERE id = %1").arg(id);
            expected = sealOf(id);
            kind = QStringLiteral("change edit");
            break;
        }
        default: { // remove a sealed change
            const qint64 id = firstChange + random.bounded(lastChange - firstChange + 1);
            statements << QStringLiteral("DELETE FROM change_log WHERE id = %1").arg(id);
            expected = sealOf(id);
            kind = QStringLiteral("change delete");
            break;
        }
        }
        const AuditService::Result r = tampered(statements, m_anchor);
        ++kinds[kind];
        if (!r.intact)
            ++caught;
        else
            qWarning("not caught: %s", qPrintable(statements.join(QStringLiteral("; "))));
        if (r.firstBad == expected)
            ++namedRight;
        else
            qWarning("%s named entry %lld, expected %lld: %s", qPrintable(kind), r.firstBad, expected,
                     qPrintable(statements.join(QStringLiteral("; "))));
    }
    qInfo(
        "1000 tamperings over %lld entries: %d caught, %d with the first bad entry named exactly (%s)", n, caught,
        namedRight,
        qPrintable(QStringLiteral("edit %1, range %2, delete %3, reorder %4, cut %5, change edit %6, change delete %7")
                       .arg(kinds.value(QStringLiteral("edit")))
                       .arg(kinds.value(QStringLiteral("edit range")))
                       .arg(kinds.value(QStringLiteral("delete")))
                       .arg(kinds.value(QStringLiteral("reorder")))
                       .arg(kinds.value(QStringLiteral("cut")))
                       .arg(kinds.value(QStringLiteral("change edit")))
                       .arg(kinds.value(QStringLiteral("change delete")))));
    QCOMPARE(caught, 1000);
    QCOMPARE(namedRight, 1000);
    // Untouched after all that.
    QVERIFY(m_workspace->audit().verify(m_anchor).intact);
}

void TestAudit::listsFilterByUserPatientAndPeriod()
{
    AuditStore::Filter filter;
    filter.login = QStringLiteral("dana");
    for (const AuditEntry& e : m_workspace->audit().list(filter))
        QCOMPARE(e.login, QStringLiteral("dana"));
    filter = {};
    filter.patientIin = iins.at(1);
    const QList<AuditEntry> about = m_workspace->audit().list(filter);
    QStringList actions;
    for (const AuditEntry& e : about)
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("view")));
    QVERIFY(actions.contains(QStringLiteral("change"))); // the patient's and referrals' registration
    // Nothing of another patient: each change entry found seals some change to this one's records.
    for (const AuditEntry& e : about) {
        if (e.action == QStringLiteral("view"))
            QVERIFY(e.patientIin == iins.at(1));
    }
    filter = {};
    filter.since = Clock::stamp(TestSupport::fixedNow().addDays(1));
    QVERIFY(m_workspace->audit().list(filter).isEmpty());
    filter = {};
    filter.until = Clock::stamp(TestSupport::fixedNow().addSecs(1));
    const QList<AuditEntry> early = m_workspace->audit().list(filter);
    QVERIFY(!early.isEmpty());
    for (const AuditEntry& e : early)
        QVERIFY(e.at < filter.until);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
