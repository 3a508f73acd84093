#include "LazyTableModel.h"
#include "PatientTableModel.h"
#include "ReferenceNames.h"
#include "TestSupport.h"
#include "domain/NameText.h"
#include "main/SearchPage.h"
#include "patients/PatientsPage.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"
#include "store/Query.h"
#include "store/WriteTransaction.h"
#include "widgets/ListScrollBar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A list longer than its model's window, in a real page: the view holds only the window's rows, and the page's
// own scroll bar spans the whole list and moves the window as the clerk scrolls, drags or walks with the keys.
class TestGuiLongList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void viewHoldsOnlyTheWindow();
    void draggingToTheEndShowsTheLastRows();
    void keysWalkPastTheWindowsEdge();
    void ctrlHomeAndEndReachTheEndsOfTheWholeList();
    void aShortListKeepsTheViewsOwnScrollBar();
    void scrollingFarFromTheCurrentRowLetsItGo();
    void searchFindingMoreThanTheWindowScrollsToTheEnd();

private:
    // The row of the whole list at the top of the view, and of the current row (-1 without one).
    int topRow() const { return m_model->windowStart() + m_view->verticalScrollBar()->value(); }
    int currentRow() const
    {
        const QModelIndex current = m_view->currentIndex();
        return current.isValid() ? m_model->windowStart() + current.row() : -1;
    }
    // The name shown on a row of the whole list, once its page has arrived (the window moved to it first).
    QString nameAt(int row);
    void waitForRowsOnScreen();

    static constexpr int Patients = 3000;
    static constexpr int Window = 300;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReferenceNames> m_names;
    QStringList m_sortedNames; // every patient's name in the list's order
    std::unique_ptr<PatientsPage> m_page;
    QTableView* m_view = nullptr;
    LazyTableModel* m_model = nullptr;
    ListScrollBar* m_bar = nullptr;
};

void TestGuiLongList::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_workspace = TestSupport::openWorkspace(m_dir);
    m_names = std::make_unique<ReferenceNames>(m_workspace->referenceData());
    Database& db = m_workspace->database();
    WriteTransaction tx(db);
    for (int i = 0; i < Patients; ++i) {
        // Distinct names, so that a row's name tells which row it is.
        const QString last = QStringLiteral("Пациент%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString first = QStringLiteral("Айгүл");
        const QString name = last + QLatin1Char(' ') + first;
        const qint64 id =
            Query(db,
                  QStringLiteral("INSERT INTO patient (uid, iin, last_name, first_name, middle_name, name_sort_key, "
                                 "birth_date, sex, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, "
                                 "'1985-07-20', 'female', ?, ?) RETURNING id"))
                .bind(QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
                .bind(QString::number(200000000000LL + i))
                .bind(last)
                .bind(first)
                .bind(NameText::sortKey(name))
                .bind(tx.now())
                .bind(tx.now())
                .scalar()
                .toLongLong();
        for (const QString& term : NameText::searchTerms(name))
            Query(db, QStringLiteral("INSERT INTO patient_term (term, name_sort_key, patient_id) VALUES (?, ?, ?)"))
                .bind(term)
                .bind(NameText::sortKey(name))
                .bind(id)
                .exec();
        m_sortedNames << name;
    }
    tx.commit();
    std::sort(m_sortedNames.begin(), m_sortedNames.end(),
              [](const QString& a, const QString& b) { return NameText::lessThan(a, b); });
}

void TestGuiLongList::cleanupTestCase()
{
    m_names.reset();
    m_workspace.reset();
}

void TestGuiLongList::init()
{
    m_page = std::make_unique<PatientsPage>(*m_workspace, *m_names);
    m_view = m_page->view();
    m_model = qobject_cast<LazyTableModel*>(m_view->model());
    QVERIFY(m_model);
    m_model->setWindowRows(Window);
    m_bar = m_page->listScrollBar();
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isCountExact() && !m_model->isLoading(), 10000);
    waitForRowsOnScreen();
}

void TestGuiLongList::cleanup()
{
    m_page.reset();
}

void TestGuiLongList::waitForRowsOnScreen()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_model->index(m_view->verticalScrollBar()->value(), PatientTableModel::Name).data().isValid(), 5000);
}

QString TestGuiLongList::nameAt(int row)
{
    const int windowRow = row - m_model->windowStart();
    if (windowRow < 0 || windowRow >= m_model->rowCount())
        return QStringLiteral("(outside the window)");
    const QModelIndex index = m_model->index(windowRow, PatientTableModel::Name);
    if (!index.data().isValid()) {
        QTest::qWait(0);
        if (!QTest::qWaitFor([&] { return m_model->index(windowRow, PatientTableModel::Name).data().isValid(); }, 5000))
            return QStringLiteral("(never arrived)");
    }
    return m_model->index(windowRow, PatientTableModel::Name).data().toString();
}

void TestGuiLongList::viewHoldsOnlyTheWindow()
{
    QCOMPARE(m_model->allRows(), Patients);
    QCOMPARE(m_model->totalCount(), qint64(Patients));
    QVERIFY(m_model->isWindowed());
    QCOMPARE(m_model->rowCount(), Window);
    // What keeps the view's memory flat: its row header has an entry for each row of the window only.
    QCOMPARE(m_view->verticalHeader()->count(), Window);
    // The page's bar spans the whole list; the view's own, which would span only the window, is hidden.
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_view->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    const int visible = m_view->verticalScrollBar()->pageStep();
    QVERIFY(visible > 5);
    QCOMPARE(m_bar->maximum(), Patients - visible);
    QCOMPARE(m_bar->pageStep(), visible);
    QCOMPARE(m_bar->value(), 0);
    QCOMPARE(nameAt(0), m_sortedNames.first());
}

void TestGuiLongList::draggingToTheEndShowsTheLastRows()
{
    m_bar->setValue(m_bar->maximum());
    QCOMPARE(m_model->windowStart(), Patients - Window);
    QCOMPARE(topRow(), m_bar->maximum());
    waitForRowsOnScreen();
    QCOMPARE(nameAt(Patients - 1), m_sortedNames.last());
    // To the middle of the list, far from the window: the window moves there, the view's top row is the bar's.
    m_bar->setValue(1500);
    QCOMPARE(topRow(), 1500);
    QVERIFY(m_model->windowStart() <= 1500 && 1500 < m_model->windowStart() + Window);
    waitForRowsOnScreen();
    QCOMPARE(nameAt(1500), m_sortedNames.at(1500));
    // A small step stays within the window and moves the view only.
    const int start = m_model->windowStart();
    m_bar->setValue(1510);
    QCOMPARE(m_model->windowStart(), start);
    QCOMPARE(topRow(), 1510);
    // And the page puts a row at the top on request (the benchmark's random rows).
    m_bar->scrollToRow(42);
    QCOMPARE(topRow(), 42);
    waitForRowsOnScreen();
    QCOMPARE(nameAt(42), m_sortedNames.at(42));
}

void TestGuiLongList::keysWalkPastTheWindowsEdge()
{
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(0, PatientTableModel::Name));
    int previous = currentRow();
    QCOMPARE(previous, 0);
    // Page by page past several windows: the current row goes on through the whole list, and the bar follows.
    while (currentRow() < 2 * Window + 50) {
        QTest::keyClick(m_view, Qt::Key_PageDown);
        QVERIFY2(currentRow() > previous, qPrintable(QStringLiteral("stuck at row %1 of the list, window from %2")
                                                         .arg(previous)
                                                         .arg(m_model->windowStart())));
        previous = currentRow();
        QVERIFY(m_bar->value() <= previous && previous < m_bar->value() + m_bar->pageStep() + 1);
    }
    QVERIFY(m_model->windowStart() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(nameAt(currentRow()), m_sortedNames.at(currentRow()), 5000);
    // And back up with the arrow keys, row by row, across the window's start.
    const int from = currentRow();
    for (int i = 0; i < Window; ++i)
        QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(currentRow(), from - Window);
    QCOMPARE(nameAt(currentRow()), m_sortedNames.at(currentRow()));
}

void TestGuiLongList::ctrlHomeAndEndReachTheEndsOfTheWholeList()
{
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(10, PatientTableModel::Name));
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(currentRow(), Patients - 1);
    QCOMPARE(m_bar->value(), m_bar->maximum());
    QCOMPARE(nameAt(Patients - 1), m_sortedNames.last());
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(currentRow(), 0);
    QCOMPARE(m_model->windowStart(), 0);
    QCOMPARE(m_bar->value(), 0);
}

void TestGuiLongList::aShortListKeepsTheViewsOwnScrollBar()
{
    // Names from "Пациент01…": 100 of them, fewer than a window.
    m_page->findChild<QLineEdit*>(QStringLiteral("patientsFilter"))->setText(QStringLiteral("Пациент01"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isCountExact() && m_model->totalCount() == 100, 10000);
    QVERIFY(!m_model->isWindowed());
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(!m_bar->isVisible());
    QCOMPARE(m_view->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    // And a long one again brings the page's bar back, from the top.
    m_page->findChild<QLineEdit*>(QStringLiteral("patientsFilter"))->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isCountExact() && m_model->totalCount() == Patients, 10000);
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->value(), 0);
}

void TestGuiLongList::scrollingFarFromTheCurrentRowLetsItGo()
{
    auto* edit = m_page->findChild<QPushButton*>(QStringLiteral("editPatientButton"));
    QVERIFY(edit);
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(10, PatientTableModel::Name));
    QVERIFY(edit->isEnabled());
    // Near enough: the window moves, and row 10 of the list stays current.
    m_bar->setValue(100);
    QCOMPARE(currentRow(), 10);
    QVERIFY(edit->isEnabled());
    // Far away: the row leaves the window, the view has no current row, and Edit is off instead of doing nothing.
    m_bar->setValue(2000);
    QVERIFY(!m_view->currentIndex().isValid());
    QVERIFY(!edit->isEnabled());
    // The keys then go on from the rows on screen, not from the window's first row.
    waitForRowsOnScreen();
    QTest::keyClick(m_view, Qt::Key_Down);
    QVERIFY2(currentRow() >= 2000 && currentRow() <= 2001, qPrintable(QString::number(currentRow())));
    QVERIFY(edit->isEnabled());
    QCOMPARE(topRow(), 2000);
}

void TestGuiLongList::searchFindingMoreThanTheWindowScrollsToTheEnd()
{
    // Every patient is an Айгүл: the search page's list of patients found is longer than its window.
    SearchPage search(*m_workspace, *m_names);
    search.patients()->setWindowRows(Window);
    search.resize(900, 700);
    search.show();
    QVERIFY(QTest::qWaitForWindowExposed(&search));
    search.search(QStringLiteral("Айгүл"));
    LazyTableModel* found = search.patients();
    QTRY_VERIFY_WITH_TIMEOUT(found->isCountExact() && found->totalCount() == Patients, 10000);
    auto* bar = search.findChild<ListScrollBar*>(QStringLiteral("searchPatientsViewListScrollBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(search.patientView()->verticalHeader()->count(), Window);
    bar->setValue(bar->maximum());
    QCOMPARE(found->windowStart(), Patients - Window);
    const int last = found->rowCount() - 1;
    QTRY_COMPARE_WITH_TIMEOUT(found->index(last, PatientTableModel::Name).data().toString(), m_sortedNames.last(),
                              5000);
}

QTEST_MAIN(TestGuiLongList)
#include "tst_gui_longlist.moc"
