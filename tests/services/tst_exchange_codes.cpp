#include "ExchangeHarness.h"
#include "TestSupport.h"
#include "domain/ReferralCode.h"
#include "domain/ReferralNumbers.h"
#include "services/ExchangeService.h"
#include "store/Query.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ExchangeHarness;

// Codes unique while apart: five enrolled workstations each register 2,000 referrals in the same queue while
// offline, the bureau registers its own meanwhile, and one workstation's computer dies midway (its last referrals
// never reach the bureau) and is reinstalled from a file issued again. Every package reaches the bureau in a random
// order: no code is given twice, the bureau renumbers nothing, its own numbers stay gapless, and the reinstalled
// workstation does not hand out again the codes printed on the dead computer's tickets.
class TestExchangeCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void fiveWorkstationsOfflineGiveNoDuplicateCodes();
};

void TestExchangeCodes::fiveWorkstationsOfflineGiveNoDuplicateCodes()
{
    constexpr int stations = 5;
    constexpr int perStation = 2000;
    constexpr int reinstalledAfter = 1000; // workstation 3
    constexpr int lostOnTheDeadDisk = 150;
    constexpr int atTheBureau = 300;
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    Node bureau = openNode(dir, QStringLiteral("bureau.sqlite"), TestSupport::fixedNow());
    std::vector<Node> nodes;
    for (int w = 0; w < stations; ++w)
        nodes.push_back(enrolAndJoin(bureau, dir, QStringLiteral("ws%1").arg(w + 1)));

    QRandomGenerator random(20261116);
    QStringList packages;
    QSet<QString> lostCodes;
    QSet<QString> issued; // every code printed on a ticket anywhere
    int duplicatesWhileApart = 0;
    int bureauRegistered = 0;
    auto registerAt = [&](Node& node, int n) {
        registerPatient(*node.workspace, iin(n));
        const QString code = registerReferral(*node.workspace, iin(n)).code;
        if (issued.contains(code))
            ++duplicatesWhileApart;
        issued.insert(code);
        return code;
    };
    for (int i = 0; i < perStation; ++i) {
        for (int w = 0; w < stations; ++w) {
            Node& node = nodes.at(size_t(w));
            registerAt(node, w * 2500 + i);
            if (w == 2 && i + 1 == reinstalledAfter) {
                // Its package of the first 1,000 reaches the bureau; then it registers more, and its disk dies.
                packages << exportPackage(node, dir);
                for (int k = 0; k < lostOnTheDeadDisk; ++k)
                    lostCodes.insert(registerAt(node, 12500 + k));
                node.workspace.reset();
                // The bureau takes what had come from it so far, then issues its file again: the old key stops
                // working.
                for (qsizetype k = packages.size() - 1; k >= 0; --k) {
                    if (QFileInfo(packages.at(k)).fileName().startsWith(QLatin1String("ws3-")))
                        importPackage(bureau, packages.takeAt(k));
                }
                ExchangeService service(bureau.db(), *bureau.clock);
                const QString enrolment = dir.filePath(QStringLiteral("ws3-again.enrol"));
                service.writeEnrolment(service.enroll(QStringLiteral("ws3"), {}, true), enrolment);
                node = openNode(dir, QStringLiteral("ws3-reinstalled.sqlite"), bureau.clock->now());
                node.name = QStringLiteral("ws3");
                ExchangeService(node.db(), *node.clock).join(enrolment);
            }
        }
        if (i % (perStation / atTheBureau) == 0 && bureauRegistered < atTheBureau) {
            registerAt(bureau, 13000 + bureauRegistered);
            ++bureauRegistered;
        }
        if (i % 500 == 499) {
            // Now and then a workstation sends what it has; the packages travel slowly.
            const int w = int(random.bounded(stations));
            packages << exportPackage(nodes.at(size_t(w)), dir);
        }
    }
    for (int w = 0; w < stations; ++w)
        packages << exportPackage(nodes.at(size_t(w)), dir);
    const qint64 registering = timer.restart();

    QCOMPARE(duplicatesWhileApart, 0);
    int renumbered = 0;
    while (!packages.isEmpty()) {
        const ExchangeReport report =
            importPackage(bureau, packages.takeAt(int(random.bounded(qint64(packages.size())))));
        for (const QString& note : report.notes)
            renumbered += note.contains(QStringLiteral("already the code of another referral")) ? 1 : 0;
    }
    qInfo("registered %d referrals in %lld ms, imported at the bureau in %lld ms", int(issued.size()), registering,
          timer.elapsed());

    Database& db = bureau.db();
    QCOMPARE(renumbered, 0);
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM (SELECT code FROM referral GROUP BY code HAVING "
                                      "count(*) > 1) AS twice"))
                 .scalar()
                 .toInt(),
             0);
    // Everything that reached the bureau is there: all but the dead disk's last referrals.
    QCOMPARE(Query(db, QStringLiteral("SELECT count(*) FROM referral")).scalar().toInt(),
             stations * perStation + bureauRegistered);
    Query codes(db, QStringLiteral("SELECT code FROM referral"));
    codes.exec();
    QList<qint64> bureauOwn;
    while (codes.next()) {
        const QString code = codes.text(0);
        QVERIFY2(issued.contains(code), qPrintable(code)); // the code on the clinic's ticket
        QVERIFY2(!lostCodes.contains(code), qPrintable(code));
        const qint64 n = ReferralCode::parse(code).sequence();
        if (ReferralNumbers::ownerOf(n) == 0)
            bureauOwn << n;
    }
    codes.finish();
    // The bureau's own numbers stay gapless within its part.
    std::sort(bureauOwn.begin(), bureauOwn.end());
    QCOMPARE(bureauOwn.size(), qsizetype(bureauRegistered));
    QCOMPARE(bureauOwn.first(), qint64(1));
    QCOMPARE(bureauOwn.last(), qint64(bureauRegistered));
    // The reinstalled workstation continued above the dead disk's codes instead of giving them again.
    Query again(nodes.at(2).db(), QStringLiteral("SELECT code FROM referral"));
    again.exec();
    while (again.next())
        QVERIFY2(!lostCodes.contains(again.text(0)), qPrintable(again.text(0)));
}

QTEST_GUILESS_MAIN(TestExchangeCodes)
#include "tst_exchange_codes.moc"
