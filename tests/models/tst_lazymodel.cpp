#include "LazyTableModel.h"
#include "PatientTableModel.h"
#include "ReferenceNames.h"
#include "RowPageCache.h"
#include "TestSupport.h"
#include "domain/Iin.h"
#include "domain/NameText.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "store/ListingReader.h"
#include "store/Listings.h"
#include "store/Migrator.h"
#include "store/Query.h"
#include "store/WriteTransaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The lazy table model over a real file: pages from a loader thread, keyset windows, search and sort.
class TestLazyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageCacheIsBounded();
    void countsAndShowsEveryRowInAlphabeticalOrder();
    void deepRowsArriveWithoutScanningFromTheStart();
    void sortByIinDescending();
    void searchFindsKazakhAndRussianNamesInAnyCase();
    void searchByIinPrefix();
    void staleResultsAreDropped();
    void refreshKeepsRowsAndPicksUpChanges();
    void clearStopsLoadingUntilTheNextRequest();
    void cancelledCountStopsBeforeItsFirstRow();
    void nameSearchReadsTheNameIndexInOrder();
    void listIsCountedOnceShown();
    void deepPagesWaitForTheCountInParts();
    void oldTermsAreOrderedByTheUpgrade();
    void windowMovesOverTheWholeList();
    void locatingMovesTheWindowToTheRow();
    void rowsReadBeforeTheCountGrowPastTheWindow();

private:
    void insertPatients(int count, int offset = 0);
    void insertPatient(const QString& last, const QString& first, const QString& middle);
    static void waitForCount(LazyTableModel& model);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReferenceNames> m_names;
    int m_inserted = 0;
    QStringList m_allNames;
    // Brute force over the names inserted: how many have, for every search term, a part starting with it.
    int expectedMatches(const QString& search) const;
};

int TestLazyModel::expectedMatches(const QString& search) const
{
    const QStringList wanted = NameText::searchTerms(search);
    int n = 0;
    for (const QString& name : m_allNames) {
        const QStringList parts = NameText::searchTerms(name);
        bool all = true;
        for (const QString& w : wanted) {
            bool any = false;
            for (const QString& p : parts)
                any = any || p.startsWith(w);
            all = all && any;
        }
        n += all ? 1 : 0;
    }
    return n;
}

namespace {
const QStringList lastNames{QStringLiteral("Әлиханов"),  QStringLiteral("Иванов"),   QStringLiteral("Қасымов"),
                            QStringLiteral("Абаев"),     QStringLiteral("Ёлкин"),    QStringLiteral("Ұлықбеков"),
                            QStringLiteral("Үсенов"),    QStringLiteral("Ісабеков"), QStringLiteral("Ыбыраев"),
                            QStringLiteral("Кенжебаев"), QStringLiteral("Петров"),   QStringLiteral("Өтебаев")};
const QStringList firstNames{QStringLiteral("Айгүл"), QStringLiteral("Иван"), QStringLiteral("Нұрлан"),
                             QStringLiteral("Алёна"), QStringLiteral("Данияр")};

} // namespace

void TestLazyModel::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_workspace = TestSupport::openWorkspace(m_dir);
    m_names = std::make_unique<ReferenceNames>(m_workspace->referenceData());
    insertPatients(2000);
}

void TestLazyModel::cleanupTestCase()
{
    m_names.reset();
    m_workspace.reset();
}

void TestLazyModel::insertPatients(int count, int offset)
{
    WriteTransaction tx(m_workspace->database());
    for (int i = offset; i < offset + count; ++i)
        insertPatient(lastNames.at(i % lastNames.size()), firstNames.at((i / lastNames.size()) % firstNames.size()),
                      QStringLiteral("№%1").arg(i, 5, 10, QLatin1Char('0')));
    tx.commit();
}

void TestLazyModel::insertPatient(const QString& last, const QString& first, const QString& middle)
{
    Database& db = m_workspace->database();
    WriteTransaction tx(db);
    const QString name = last + QLatin1Char(' ') + first + QLatin1Char(' ') + middle;
    Query insert(db, QStringLiteral("INSERT INTO patient (uid, iin, last_name, first_name, middle_name, name_sort_key, "
                                    "birth_date, sex, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    const qint64 id = insert.bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                          .bind(QStringLiteral("%1").arg(100000000000LL + m_inserted))
                          .bind(last)
                          .bind(first)
                          .bind(middle)
                          .bind(NameText::sortKey(name))
                          .bind(QStringLiteral("1985-07-20"))
                          .bind(QStringLiteral("male"))
                          .bind(tx.now())
                          .bind(tx.now())
                          .scalar()
                          .toLongLong();
    m_allNames << name;
    for (const QString& term : NameText::searchTerms(name))
        Query(db, QStringLiteral("INSERT INTO patient_term (term, name_sort_key, patient_id) VALUES (?, ?, ?)"))
            .bind(term)
            .bind(NameText::sortKey(name))
            .bind(id)
            .exec();
    tx.commit();
    ++m_inserted;
}

void TestLazyModel::waitForCount(LazyTableModel& model)
{
    model.startCounting(); // as a view showing the list would
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountKnown() && model.isCountExact() && !model.isLoading(), 10000);
}

void TestLazyModel::pageCacheIsBounded()
{
    RowPageCache cache(3);
    for (int page = 0; page < 5; ++page)
        cache.insert(page, QList<ListingRow>{ListingRow{page, {}, {}}});
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.contains(0));
    QVERIFY(!cache.contains(1));
    QVERIFY(cache.find(2)); // touch 2: now 3 is the oldest
    cache.insert(5, {});
    QVERIFY(cache.contains(2));
    QVERIFY(!cache.contains(3));
}

void TestLazyModel::countsAndShowsEveryRowInAlphabeticalOrder()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForCount(model);
    QCOMPARE(model.totalCount(), qint64(m_inserted));
    QCOMPARE(model.rowCount(), m_inserted);
    // Walk every row; pages arrive as they are asked for.
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, PatientTableModel::Name);
        if (!index.data().isValid())
            QTRY_VERIFY_WITH_TIMEOUT(model.index(row, PatientTableModel::Name).data().isValid(), 5000);
        const QString name = model.index(row, PatientTableModel::Name).data().toString();
        if (!previous.isEmpty())
            QVERIFY2(!NameText::lessThan(name, previous), qPrintable(previous + QStringLiteral(" > ") + name));
        previous = name;
    }
    QVERIFY(model.index(0, PatientTableModel::Name).data().toString().startsWith(QStringLiteral("Абаев")));
    QVERIFY(model.index(model.rowCount() - 1, PatientTableModel::Name)
                .data()
                .toString()
                .startsWith(QStringLiteral("Ісабеков")));
}

void TestLazyModel::deepRowsArriveWithoutScanningFromTheStart()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    waitForCount(model);
    QSignalSpy pages(&model, &LazyTableModel::pageArrived);
    const int deep = 1900;
    QVERIFY(!model.index(deep, 0).data().isValid()); // not loaded yet: blank, not "loading…"
    QTRY_VERIFY_WITH_TIMEOUT(model.index(deep, 0).data().isValid(), 5000);
    // Exactly the page holding that row was read, straight from its boundary.
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.first().at(0).toInt(), deep / LazyTableModel::PageSize);
}

void TestLazyModel::sortByIinDescending()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForCount(model);
    QSignalSpy applied(&model, &LazyTableModel::sortApplied);
    model.sort(PatientTableModel::Iin, Qt::DescendingOrder);
    QCOMPARE(applied.count(), 1);
    waitForCount(model);
    QTRY_VERIFY(model.index(0, 0).data().isValid());
    QCOMPARE(model.index(0, PatientTableModel::Iin).data().toString(),
             QStringLiteral("%1").arg(100000000000LL + m_inserted - 1));
    const int last = model.rowCount() - 1;
    QTRY_VERIFY(model.index(last, 0).data().isValid());
    QCOMPARE(model.index(last, PatientTableModel::Iin).data().toString(), QStringLiteral("100000000000"));
    // Unsortable columns keep the order and say so.
    model.sort(PatientTableModel::Phone, Qt::AscendingOrder);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(applied.last().at(0).toInt(), int(PatientTableModel::Iin));
    QCOMPARE(model.request().sortColumn, int(PatientTableModel::Iin));
}

void TestLazyModel::searchFindsKazakhAndRussianNamesInAnyCase()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int perLastName = expectedMatches(QStringLiteral("Әлиханов"));
    QVERIFY(perLastName > 100);
    const struct
    {
        QString search;
        int expected;
    } cases[] = {
        {QStringLiteral("әлиханов"), perLastName},
        {QStringLiteral("ӘЛИ"), perLastName},
        {QStringLiteral("ИВАНОВ"), expectedMatches(QStringLiteral("иванов"))},
        {QStringLiteral("елкин"), expectedMatches(QStringLiteral("Ёлкин"))}, // ё = е
        {QStringLiteral("ұлық"), expectedMatches(QStringLiteral("Ұлықбеков"))},
        {QStringLiteral("иван"), expectedMatches(QStringLiteral("иван"))},
        {QStringLiteral("Әлиханов алёна"), expectedMatches(QStringLiteral("әлиханов алена"))},
        {QStringLiteral("Несуществующий"), 0},
    };
    QVERIFY(expectedMatches(QStringLiteral("иван")) > expectedMatches(QStringLiteral("иванов")));
    QVERIFY(expectedMatches(QStringLiteral("елкин")) > 100);
    QVERIFY(expectedMatches(QStringLiteral("әлиханов алена")) > 10);
    for (const auto& c : cases) {
        model.setSearch(c.search);
        waitForCount(model);
        QVERIFY2(
            model.totalCount() == c.expected,
            qPrintable(QStringLiteral("%1: %2 instead of %3").arg(c.search).arg(model.totalCount()).arg(c.expected)));
    }
}

void TestLazyModel::searchByIinPrefix()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    model.setSearch(QStringLiteral("1000000001"));
    waitForCount(model);
    QCOMPARE(model.totalCount(), qint64(100)); // 100000000100 … 100000000199
    model.setSearch(QStringLiteral("100000000042"));
    waitForCount(model);
    QCOMPARE(model.totalCount(), qint64(1));
    QTRY_VERIFY(model.index(0, 0).data().isValid());
    QCOMPARE(model.index(0, PatientTableModel::Iin).data().toString(), QStringLiteral("100000000042"));
}

void TestLazyModel::staleResultsAreDropped()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Change the request while the previous loads are still in flight; only the last one may show.
    for (const QString& s :
         {QStringLiteral("и"), QStringLiteral("ив"), QStringLiteral("ива"), QString(), QStringLiteral("қасымов")}) {
        model.setSearch(s);
        model.sort(PatientTableModel::Iin, Qt::AscendingOrder);
        model.sort(PatientTableModel::Name, Qt::AscendingOrder);
    }
    waitForCount(model);
    QCOMPARE(model.totalCount(), qint64(expectedMatches(QStringLiteral("қасымов"))));
    for (int row = 0; row < model.rowCount(); ++row) {
        QTRY_VERIFY(model.index(row, 0).data().isValid());
        QVERIFY(model.index(row, PatientTableModel::Name).data().toString().startsWith(QStringLiteral("Қасымов")));
    }
}

void TestLazyModel::refreshKeepsRowsAndPicksUpChanges()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("Петров"));
    waitForCount(model);
    const qint64 before = model.totalCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    insertPatients(24, 5000); // every 12th is a Петров: two more
    model.refresh();
    waitForCount(model);
    QCOMPARE(model.totalCount(), before + 2);
    QCOMPARE(reset.count(), 0); // no reset: the clerk's scroll position and selection stay
}

void TestLazyModel::clearStopsLoadingUntilTheNextRequest()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForCount(model);
    QVERIFY(model.rowCount() > 0);
    QSignalSpy pages(&model, &LazyTableModel::pageArrived);
    QSignalSpy counts(&model, &LazyTableModel::countChanged);
    model.setSearch(QStringLiteral("и")); // a first page and a count are on their way
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isCountKnown());
    QVERIFY(!model.isLoading());
    // What was already asked for arrives for a request that no longer exists: nothing may show.
    QTest::qWait(500);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QStringLiteral("қасымов"));
    waitForCount(model);
    QCOMPARE(model.totalCount(), qint64(expectedMatches(QStringLiteral("қасымов"))));
}

void TestLazyModel::cancelledCountStopsBeforeItsFirstRow()
{
    // Sorted by name, a search sorts all its matches before the first row comes out: a count that is no
    // longer wanted stops inside SQLite, not after that sort.
    ListingRequest request;
    request.search = QStringLiteral("и");
    const ListingReader reader(m_workspace->database(), Listings::patients(), request);
    qint64 count = -1;
    QList<ListingCursor> boundaries;
    int asked = 0;
    QVERIFY(!reader.scan(1, &count, &boundaries, [&asked] { return ++asked > 0; }));
    QVERIFY(boundaries.isEmpty());
    QCOMPARE(count, qint64(0));
    // Wanted, the same scan counts every match, and the connection is not left interrupting.
    QVERIFY(reader.scan(1, &count, &boundaries, [] { return false; }));
    QCOMPARE(count, qint64(expectedMatches(QStringLiteral("и"))));
    QCOMPARE(boundaries.size(), count);
}

void TestLazyModel::nameSearchReadsTheNameIndexInOrder()
{
    // Patients with two parts starting with the same word come once from each of the word's terms: listed once.
    insertPatient(QStringLiteral("Ілиясов"), QStringLiteral("Ілияс"), QStringLiteral("Ілиясұлы"));
    insertPatient(QStringLiteral("Иванов"), QStringLiteral("Иван"), QStringLiteral("Иванович"));
    insertPatient(QStringLiteral("Ілиясова"), QStringLiteral("Алёна"), QStringLiteral("Ілиясқызы"));
    Listing generic = Listings::patients();
    generic.driver = nullptr;
    const auto ids = [](const QList<ListingRow>& rows) {
        QList<qint64> out;
        for (const ListingRow& row : rows)
            out << row.id;
        return out;
    };
    // One term, a prefix of several terms, a word that also starts another part, two words, nothing found.
    for (const QString& search :
         {QStringLiteral("Ёлкин"), QStringLiteral("иван"), QStringLiteral("ІЛИЯС"), QStringLiteral("Әлиханов алёна"),
          QStringLiteral("№0001 ұлық"), QStringLiteral("Несуществующий")}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ListingRequest request;
            request.search = search;
            request.sortColumn = PatientTableModel::Name;
            request.order = order;
            const ListingReader driven(m_workspace->database(), Listings::patients(), request);
            const ListingReader expected(m_workspace->database(), generic, request);
            QVERIFY2(driven.driver(), qPrintable(search));
            const QList<ListingRow> all = expected.fetch(std::nullopt, 100000);
            QCOMPARE(all.size(), expectedMatches(search));
            // Page by page, each page from the last row of the one before.
            QList<ListingRow> paged;
            std::optional<ListingCursor> after;
            for (;;) {
                const QList<ListingRow> page = driven.fetch(after, 7);
                paged += page;
                if (page.size() < 7)
                    break;
                after = page.last().cursor;
            }
            QCOMPARE(ids(paged), ids(all));
            if (!all.isEmpty())
                QCOMPARE(paged.first().values, all.first().values);
            qint64 count = -1;
            QList<ListingCursor> boundaries;
            QVERIFY(driven.scan(7, &count, &boundaries, [] { return false; }));
            QCOMPARE(count, qint64(all.size()));
            QCOMPARE(boundaries.size(), all.size() / 7);
            for (int i = 0; i < boundaries.size(); ++i) {
                QCOMPARE(boundaries.at(i).id, all.at(7 * i + 6).id);
                QCOMPARE(boundaries.at(i).sortValue, all.at(7 * i + 6).cursor.sortValue);
            }
        }
    }
    // The CLI's search (PatientStore) reads through the same index: the first patients in the same order.
    for (const QString& search : {QStringLiteral("иван"), QStringLiteral("ілияс")}) {
        ListingRequest request;
        request.search = search;
        const QList<ListingRow> first = ListingReader(m_workspace->database(), generic, request).fetch(std::nullopt, 5);
        const QList<Patient> found = m_workspace->patients().search(search, 5);
        QCOMPARE(found.size(), first.size());
        QVERIFY(found.size() >= 2);
        for (int i = 0; i < found.size(); ++i)
            QCOMPARE(found.at(i).id, first.at(i).id);
    }
}

void TestLazyModel::oldTermsAreOrderedByTheUpgrade()
{
    // A database written before version 35 kept its terms without the sort key: the upgrade puts the key
    // beside every term, and the old patients are found through the name index in alphabetical order.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db(DatabaseLocation::sqliteFile(path));
        db.open();
        QList<Migrator::Migration> before;
        for (const Migrator::Migration& m : Migrator::builtIn()) {
            if (m.version < 35)
                before << m;
        }
        Migrator(db, before).migrate();
        WriteTransaction tx(db);
        const QStringList names{QStringLiteral("Оспанов Ерлан Серікұлы"), QStringLiteral("Абаев Ерлан Асқарұлы"),
                                QStringLiteral("Ерғалиев Нұрлан Ерланұлы")};
        for (int i = 0; i < names.size(); ++i) {
            const QStringList parts = names.at(i).split(QLatin1Char(' '));
            const qint64 id =
                Query(db, QStringLiteral("INSERT INTO patient (uid, iin, last_name, first_name, middle_name, "
                                         "name_sort_key, birth_date, sex, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                         "?, ?, '1985-07-20', 'male', ?, ?) RETURNING id"))
                    .bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .bind(QStringLiteral("85072030000%1").arg(i))
                    .bind(parts.at(0))
                    .bind(parts.at(1))
                    .bind(parts.at(2))
                    .bind(NameText::sortKey(names.at(i)))
                    .bind(tx.now())
                    .bind(tx.now())
                    .scalar()
                    .toLongLong();
            for (const QString& term : NameText::searchTerms(names.at(i)))
                Query(db, QStringLiteral("INSERT INTO patient_term (term, patient_id) VALUES (?, ?)"))
                    .bind(term)
                    .bind(id)
                    .exec();
        }
        tx.commit();
    }
    auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path));
    ListingRequest request;
    request.search = QStringLiteral("ерлан");
    const ListingReader reader(workspace->database(), Listings::patients(), request);
    QVERIFY(reader.driver());
    QStringList found;
    for (const ListingRow& row : reader.fetch(std::nullopt, 10))
        found << row.values.at(PatientTableModel::Name).toString();
    QCOMPARE(found, QStringList({QStringLiteral("Абаев Ерлан Асқарұлы"), QStringLiteral("Ерғалиев Нұрлан Ерланұлы"),
                                 QStringLiteral("Оспанов Ерлан Серікұлы")}));
}

void TestLazyModel::listIsCountedOnceShown()
{
    // A list on a page the clerk has not opened reads its first page, and counts only when a view shows it.
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QSignalSpy pages(&model, &LazyTableModel::pageArrived);
    QTRY_COMPARE(pages.count(), 1);
    QCOMPARE(model.rowCount(), LazyTableModel::PageSize);
    QTest::qWait(300);
    QVERIFY(!model.isCountKnown());
    QVERIFY(!model.isLoading());
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 10000);
    QCOMPARE(model.totalCount(), qint64(m_inserted));
    // Once shown, every later request is counted too.
    model.setSearch(QStringLiteral("иван"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 10000);
    QCOMPARE(model.totalCount(), qint64(expectedMatches(QStringLiteral("иван"))));
}

void TestLazyModel::deepPagesWaitForTheCountInParts()
{
    // After a refresh the rows stay on screen while the count and the page boundaries are read again: a deep
    // row asked for once, before its boundary may be known, arrives without being asked again.
    PatientTableModel model(m_workspace->database().location(), *m_names);
    model.sort(PatientTableModel::Iin, Qt::AscendingOrder);
    waitForCount(model);
    const int last = model.rowCount() - 1;
    QSignalSpy pages(&model, &LazyTableModel::pageArrived);
    model.refresh();
    QVERIFY(!model.isCountExact());
    QTRY_VERIFY(!pages.isEmpty()); // the first page of the refresh replaced the old pages
    (void)model.index(last, PatientTableModel::Iin).data();
    QTRY_VERIFY_WITH_TIMEOUT(pages.contains(QVariantList{last / LazyTableModel::PageSize}), 10000);
    QVERIFY(model.isCountExact());
    QCOMPARE(model.index(last, PatientTableModel::Iin).data().toString(),
             QStringLiteral("%1").arg(100000000000LL + m_inserted - 1));
}

void TestLazyModel::windowMovesOverTheWholeList()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(PatientTableModel::Iin, Qt::AscendingOrder); // row n holds the n-th IIN
    model.setWindowRows(500);
    waitForCount(model);
    const int all = int(model.totalCount());
    QVERIFY(all > 1500);
    QCOMPARE(model.allRows(), all);
    QVERIFY(model.isWindowed());
    QCOMPARE(model.rowCount(), 500);
    const auto iinAt = [&](int windowRow) {
        const QModelIndex index = model.index(windowRow, PatientTableModel::Iin);
        if (!index.data().isValid() &&
            !QTest::qWaitFor([&] { return model.index(windowRow, PatientTableModel::Iin).data().isValid(); }, 5000))
            return QString();
        return model.index(windowRow, PatientTableModel::Iin).data().toString();
    };
    const auto iinOfRow = [](int row) { return QStringLiteral("%1").arg(100000000000LL + row); };
    // The current row, selected, at row 400 of the list.
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(400, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy moved(&model, &LazyTableModel::windowMoved);
    model.moveWindow(300);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.windowStart(), 300);
    QCOMPARE(model.rowCount(), 500);
    // Still current and selected, 300 rows higher in the window: the same row of the list.
    QCOMPARE(selection.currentIndex().row(), 100);
    QVERIFY(selection.isRowSelected(100));
    QCOMPARE(iinAt(100), iinOfRow(400));
    QCOMPARE(model.idAt(100), model.index(100, 0).data(LazyTableModel::IdRole).toLongLong());
    QCOMPARE(iinAt(0), iinOfRow(300));
    // Far on: the row leaves the window, and is no longer current.
    model.moveWindow(1000);
    QVERIFY(!selection.currentIndex().isValid());
    QCOMPARE(iinAt(0), iinOfRow(1000));
    // Past the end: the window stops with the list's last row as its own last.
    model.moveWindow(all);
    QCOMPARE(model.windowStart(), all - 500);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(iinAt(499), iinOfRow(all - 1));
    QCOMPARE(model.headerData(499, Qt::Vertical).toInt(), all);
    // A new request starts from the top.
    model.sort(PatientTableModel::Iin, Qt::DescendingOrder);
    QCOMPARE(model.windowStart(), 0);
    waitForCount(model);
    QCOMPARE(iinAt(0), iinOfRow(all - 1));
    // A window as large as the list shows it whole, from its first row.
    model.setWindowRows(all);
    QVERIFY(!model.isWindowed());
    QCOMPARE(model.rowCount(), all);
}

void TestLazyModel::locatingMovesTheWindowToTheRow()
{
    PatientTableModel model(m_workspace->database().location(), *m_names);
    model.sort(PatientTableModel::Iin, Qt::AscendingOrder);
    model.setWindowRows(400);
    waitForCount(model);
    // The patient at row 1234 of the list, found by IIN.
    const qint64 id = Query(m_workspace->database(), QStringLiteral("SELECT id FROM patient WHERE iin = ?"))
                          .bind(QStringLiteral("%1").arg(100000000000LL + 1234))
                          .scalar()
                          .toLongLong();
    QSignalSpy located(&model, &LazyTableModel::rowLocated);
    model.locate(id);
    QTRY_COMPARE_WITH_TIMEOUT(located.count(), 1, 5000);
    QCOMPARE(located.first().at(0).toLongLong(), id);
    const int windowRow = located.first().at(1).toInt();
    QVERIFY(windowRow >= 0 && windowRow < model.rowCount());
    QCOMPARE(model.windowStart() + windowRow, 1234);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(windowRow, 0).data(LazyTableModel::IdRole).toLongLong(), id, 5000);
    QCOMPARE(model.idAt(windowRow), id);
}

void TestLazyModel::rowsReadBeforeTheCountGrowPastTheWindow()
{
    // Not counted (no view shows it): rows come page by page from the start, as a view scrolling down asks.
    PatientTableModel model(m_workspace->database().location(), *m_names);
    model.setWindowRows(300);
    QSignalSpy grew(&model, &LazyTableModel::allRowsChanged);
    QTRY_COMPARE(model.allRows(), LazyTableModel::PageSize);
    QVERIFY(!model.isWindowed());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.allRows(), 2 * LazyTableModel::PageSize);
    // Beyond the window: the view sees no new row, but the scroll bar for the whole list is told.
    QVERIFY(model.isWindowed());
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(grew.last().at(0).toInt(), 2 * LazyTableModel::PageSize);
    QVERIFY(!model.isCountKnown());
}

QTEST_MAIN(TestLazyModel)
#include "tst_lazymodel.moc"
