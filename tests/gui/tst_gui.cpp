#include "AlphabeticalSortProxy.h"
#include "ReferralTableModel.h"
#include "RegionalContactModel.h"
#include "TestSupport.h"
#include "beds/HospitalBedsPage.h"
#include "contacts/RegionalContactsPage.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "referrals/ReferralsPage.h"
#include "services/DemoDataGenerator.h"
#include "services/RegionalContactService.h"
#include "widgets/MessageBox.h"
#include "widgets/Section.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The real main window, driven with QTest like a clerk would.
class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void navigatesEverySection();
    void aListHasItsWholeLengthWithItsFirstRows();
    void statusBarShowsTheDatabase();
    void editsAContactInPlaceAndFindsItAfterReopening();
    void validatorsKeepLettersOutOfNumbers();
    void addsAndRemovesAContact();
    void switchesLanguageAtRuntimeAndRemembersIt();
    void tablesEditOnlyWhenAsked();

private:
    // Every page in every language, for a person to look at (from navigatesEverySection).
    void saveScreenshots();
    QModelIndex contactCell(const QString& regionCode, int column) const;
    void openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestGui::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day.
void TestGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("gui.sqlite"), m_clock);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    openWindow();
}

void TestGui::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGui::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
}

QModelIndex TestGui::contactCell(const QString& regionCode, int column) const
{
    RegionalContactsPage* page = m_window->contactsPage();
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(row, 0));
        if (page->model()->contactAt(source.row()).regionCode == regionCode)
            return page->proxy()->index(row, column);
    }
    return {};
}

void TestGui::navigatesEverySection()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), int(m_window->sections().size()));
    const char* pages[] = {"patientsPage",  "referralsPage", "waitingListPage", "bedsPage",    "hospitalsPage",
                           "dashboardPage", "quotasPage",    "abroadPage",      "contactsPage"};
    QCOMPARE(int(std::size(pages)), int(m_window->sections().size()));
    for (int i = 0; i < navigation->count(); ++i) {
        QListWidgetItem* item = navigation->item(i);
        navigation->scrollToItem(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        QCOMPARE(m_window->currentSection(), m_window->sections().at(i));
        auto* stack = m_window->findChild<QStackedWidget*>();
        QWidget* page = stack->currentWidget();
        QCOMPARE(page->objectName(), QString::fromLatin1(pages[i]));
        auto* view = page->findChild<QTableView*>();
        QVERIFY(view);
        QVERIFY(view->model()->columnCount() >= 2); // real columns even while a table is empty
        if (page->objectName() == QLatin1String("dashboardPage") ||
            page->objectName() == QLatin1String("waitingListPage"))
            continue; // read-outs in a fixed order
        QVERIFY2(view->isSortingEnabled(), pages[i]);
        QVERIFY2(page->findChild<QLineEdit*>(), pages[i]); // a filter box on every list
    }
    // Regional contacts and hospital beds have rows from the first start.
    QCOMPARE(m_window->contactsPage()->view()->model()->rowCount(), 20);
    QVERIFY(m_window->hospitalBedsPage()->view()->model()->rowCount() > 100);
    saveScreenshots();
}

void TestGui::statusBarShowsTheDatabase()
{
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("gui.sqlite")), qPrintable(label->text()));
}

void TestGui::editsAContactInPlaceAndFindsItAfterReopening()
{
    m_window->showSection(m_window->contactsPage());
    QTableView* view = m_window->contactsPage()->view();
    const QModelIndex cell = contactCell(QStringLiteral("39"), RegionalContactModel::Phone); // Kostanay: no number yet
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), QStringLiteral("number not published"));
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QLineEdit*>(QStringLiteral("phoneEditor"))) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("53-44-21"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(contactCell(QStringLiteral("39"), RegionalContactModel::Phone).data().toString(),
                 QStringLiteral("53-44-21"));
    QCOMPARE(contactCell(QStringLiteral("39"), RegionalContactModel::Updated).data().toString(),
             m_clock.today().toString(QStringLiteral("dd.MM.yyyy")));

    // Close everything and open the file again, as after a restart.
    cleanup();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("gui.sqlite"), m_clock);
    QCOMPARE(m_workspace->contacts().forRegion(QStringLiteral("39"))->phone, QStringLiteral("53-44-21"));
    m_languages = std::make_unique<LanguageSwitcher>();
    openWindow();
    QCOMPARE(contactCell(QStringLiteral("39"), RegionalContactModel::Phone).data().toString(),
             QStringLiteral("53-44-21"));
}

void TestGui::validatorsKeepLettersOutOfNumbers()
{
    m_window->showSection(m_window->contactsPage());
    QTableView* view = m_window->contactsPage()->view();
    const QModelIndex cell = contactCell(QStringLiteral("71"), RegionalContactModel::AreaCode);
    view->scrollTo(cell);
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QLineEdit*>(QStringLiteral("areaCodeEditor"))) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("7a1b7c2"));
    QCOMPARE(editor->text(), QStringLiteral("7172"));
    // Too short passes the validator but not the service: the row stays as it was and the clerk is told.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("71"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("3 to 5 digits")));
    QCOMPARE(m_workspace->contacts().forRegion(QStringLiteral("71"))->areaCode, QStringLiteral("7172"));
}

void TestGui::addsAndRemovesAContact()
{
    m_window->showSection(m_window->contactsPage());
    RegionalContactsPage* page = m_window->contactsPage();
    auto* add = page->findChild<QPushButton*>(QStringLiteral("addContactButton"));
    QVERIFY(add);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto* region = dialog->findChild<QComboBox*>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->findData(QStringLiteral("79")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("areaCodeEdit")), QStringLiteral("7252"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")), QStringLiteral("53-20-20"));
        filled = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(page->model()->rowCount(), 21);
    QCOMPARE(m_workspace->contacts().forRegion(QStringLiteral("79"))->phone, QStringLiteral("53-20-20"));

    // The new row is current; remove it after confirming.
    auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeContactButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 20);
    QVERIFY(!m_workspace->contacts().forRegion(QStringLiteral("79"))->hasPhone());
}

void TestGui::switchesLanguageAtRuntimeAndRemembersIt()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Patients"));
    auto* kazakh = m_window->findChild<QAction*>(QStringLiteral("language_kk"));
    QVERIFY(kazakh);
    kazakh->trigger();
    // Qt posts LanguageChange to every window: the texts change on the next turn of the event loop.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Пациенттер"));
    QCOMPARE(m_window->contactsPage()->titleLabel()->text(), QStringLiteral("Өңірлік бюролардың байланыс телефондары"));
    QCOMPARE(contactCell(QStringLiteral("71"), RegionalContactModel::Region).data().toString(),
             QStringLiteral("Астана қаласы"));
    QCOMPARE(LanguageSwitcher::rememberedLanguage(), Language::Kazakh);
    m_window->findChild<QAction*>(QStringLiteral("language_ru"))->trigger();
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Пациенты"));
    QCOMPARE(contactCell(QStringLiteral("71"), RegionalContactModel::Region).data().toString(),
             QStringLiteral("город Астана"));
    m_window->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Patients"));
    QCOMPARE(LanguageSwitcher::rememberedLanguage(), Language::English);
}

void TestGui::tablesEditOnlyWhenAsked()
{
    m_window->showSection(m_window->contactsPage());
    QTableView* view = m_window->contactsPage()->view();
    const QModelIndex cell = contactCell(QStringLiteral("71"), RegionalContactModel::Phone);
    const QString before = cell.data().toString();
    view->setFocus();
    view->setCurrentIndex(cell);
    // Letters and a scanner's burst typed while the table has the focus edit nothing.
    QTest::keyClicks(view, QStringLiteral("123abc"));
    QVERIFY(!view->findChild<QLineEdit*>(QStringLiteral("phoneEditor")) ||
            !view->findChild<QLineEdit*>(QStringLiteral("phoneEditor"))->isVisible());
    QCOMPARE(contactCell(QStringLiteral("71"), RegionalContactModel::Phone).data().toString(), before);
    QCOMPARE(m_workspace->contacts().forRegion(QStringLiteral("71"))->phone, before);
    // Enter opens the cell; Escape leaves it as it was.
    QTest::keyClick(view, Qt::Key_Return);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QLineEdit*>(QStringLiteral("phoneEditor"))) != nullptr);
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_workspace->contacts().forRegion(QStringLiteral("71"))->phone, before);
}

void TestGui::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    for (Language language : {Language::English, Language::Kazakh, Language::Russian}) {
        m_window->switchLanguage(language);
        // The posted LanguageChange has arrived when the list of sections speaks the language.
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QTRY_COMPARE(navigation->item(0)->text(), m_window->sections().first()->sectionTitle());
        for (Section* section : m_window->sections()) {
            m_window->showSection(section);
            QApplication::processEvents();
            const QString file =
                QStringLiteral("%1/main-%2-%3.png").arg(dir, section->sectionKey(), Languages::code(language));
            QVERIFY(m_window->grab().save(file));
        }
    }
    m_window->switchLanguage(Language::English);
}

// The referrals list's count comes from the running totals with its first page: the page that shows it asks for
// the count as it shows, so the rows of the whole list are there with the first rows (one scroll bar from the
// first paint, no second paint that makes it jump).
void TestGui::aListHasItsWholeLengthWithItsFirstRows()
{
    m_window.reset();
    DemoDataGenerator::Options options;
    options.patients = 200;
    options.referrals = 1000; // several pages of 256
    options.seed = 5;
    DemoDataGenerator(m_workspace->database(), m_clock, options).run();
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->showSection(m_window->referralsPage());
    ReferralTableModel* model = m_window->referralsPage()->model();
    QList<std::pair<int, int>> inserted;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int last) { inserted << std::pair(first, last); });
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact(), 10000);
    const int total = int(model->totalCount());
    QVERIFY2(total > 2 * LazyTableModel::PageSize, qPrintable(QString::number(total)));
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(inserted.first(), std::pair(0, total - 1));
    QCOMPARE(inserted.size(), 1);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
