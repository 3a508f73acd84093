#include "PatientTableModel.h"
#include "PrintTools.h"
#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "contacts/RegionalContactsPage.h"
#include "dashboard/DashboardPage.h"
#include "documents/PagedDocument.h"
#include "documents/PrintLanguage.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "printing/DocumentPrinter.h"
#include "printing/PrintActions.h"
#include "printing/PrintOptionsDialog.h"
#include "quotas/QuotasPage.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralsPage.h"
#include "reflists/BureauDialog.h"
#include "services/BureauService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferralService.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Printing from the window: File → Print… and Save as PDF… on the page on screen, the waiting list's
// queue lists, the ticket from a referral. Modal dialogs are answered in advance (print options, file
// names) and the print preview is inspected through DocumentPrinter's hook, so nothing blocks.
class TestGuiPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void optionsAreRememberedPerPrintout();
    void previewOfTheFilteredContacts();
    void pdfOfTheFilteredContacts();
    void pdfOfTheSearchedPatients();
    void pdfOfReferralsOfOneStatus();
    void ticketFromTheReferral();
    void queueListsFromTheWaitingList();
    void dashboardPrintsToo();
    void bureauDetailsHeadEveryPrintout();
    void quotaPlanAsFiltered();
    void refusalJournalFromTheMenu();

private:
    static PrintOptionsDialog::Options options(Language language, bool publicVersion = false);
    // Triggers an action whose preview is inspected; returns the preview's page count (0: no preview).
    int previewPages(const std::function<void()>& trigger, const QString& screenshot);
    QString savePdf(QAction* action, const QString& name, Language language);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_codes;
    QString m_refused;
};

void TestGuiPrinting::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiPrinting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    QSettings().remove(QStringLiteral("print")); // page setups remembered by an earlier test
    m_codes.clear();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("gui-print.sqlite"), m_clock);
    const char* people[][3] = {{"900115300013", "Әлиханов", "Нұрлан"},
                               {"850720400126", "Иванова", "Алёна"},
                               {"010203500078", "Сейтқали", "Ерлан"},
                               {"051231600017", "Қасымова", "Айгерім"},
                               {"900115300401", "Қасымов", "Сергей"}};
    for (const auto& person : people) {
        Patient p;
        p.iin = QLatin1String(person[0]);
        p.lastName = QString::fromUtf8(person[1]);
        p.firstName = QString::fromUtf8(person[2]);
        p.regionCode = QStringLiteral("71");
        m_workspace->patients().registerPatient(p);
        ReferralService::Registration in;
        in.iin = p.iin;
        in.hospitalCode = QStringLiteral("7101");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        m_codes << m_workspace->referrals().registerReferral(in).code;
    }
    m_refused = m_codes.takeLast();
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("contraindication");
    m_workspace->referrals().transition(m_refused, ReferralStatus::Refused, refusal);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiPrinting::cleanup()
{
    DocumentPrinter::setPreviewHook({});
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

PrintOptionsDialog::Options TestGuiPrinting::options(Language language, bool publicVersion)
{
    PrintOptionsDialog::Options o;
    o.setup.language = language;
    o.publicVersion = publicVersion;
    return o;
}

int TestGuiPrinting::previewPages(const std::function<void()>& trigger, const QString& screenshot)
{
    int pages = 0;
    DocumentPrinter::setPreviewHook([&](QWidget* preview) {
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        pages = widget ? widget->pageCount() : -1;
        preview->grab().save(QStringLiteral("%1/%2.png").arg(TestSupport::screenshotDir(), screenshot));
    });
    trigger();
    DocumentPrinter::setPreviewHook({});
    return pages;
}

QString TestGuiPrinting::savePdf(QAction* action, const QString& name, Language language)
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    PrintOptionsDialog::setNextAnswer(options(language));
    FileDialog::setNextFileName(path);
    action->trigger();
    PrintTools::keepFirstPage(path, QStringLiteral("gui-") + QFileInfo(name).baseName());
    return path;
}

void TestGuiPrinting::optionsAreRememberedPerPrintout()
{
    PrintOptionsDialog::Request request;
    request.kind = QStringLiteral("test");
    request.title = QStringLiteral("Print");
    request.acceptText = QStringLiteral("Preview");
    request.offersVersion = true;
    PrintOptionsDialog dialog(request, PrintOptionsDialog::remembered(request));
    auto* paper = dialog.findChild<QComboBox*>(QStringLiteral("printPaper"));
    auto* orientation = dialog.findChild<QComboBox*>(QStringLiteral("printOrientation"));
    auto* margins = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("printMargins"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("printLanguage"));
    auto* version = dialog.findChild<QComboBox*>(QStringLiteral("printVersion"));
    QVERIFY(paper && orientation && margins && language && version);
    QCOMPARE(margins->value(), 15.0);
    paper->setCurrentIndex(paper->findData(int(QPageSize::A5)));
    QCOMPARE(margins->value(), 10.0); // the default margin follows the paper
    orientation->setCurrentIndex(orientation->findData(int(QPageLayout::Landscape)));
    language->setCurrentIndex(language->findData(int(Language::Kazakh)));
    version->setCurrentIndex(1); // internal
    PrintOptionsDialog::remember(request.kind, dialog.options());
    const PrintOptionsDialog::Options back = PrintOptionsDialog::remembered(request);
    QCOMPARE(back.setup.pageSize, QPageSize::A5);
    QCOMPARE(back.setup.orientation, QPageLayout::Landscape);
    QCOMPARE(back.setup.marginMm, 10.0);
    QCOMPARE(back.setup.language, Language::Kazakh);
    QCOMPARE(back.publicVersion, false);
    // Another kind of printout keeps its own.
    PrintOptionsDialog::Request other = request;
    other.kind = QStringLiteral("other");
    QCOMPARE(PrintOptionsDialog::remembered(other).setup.pageSize, QPageSize::A4);
    QCOMPARE(PrintOptionsDialog::remembered(other).setup.language, Language::English); // the interface's
}

void TestGuiPrinting::previewOfTheFilteredContacts()
{
    m_window->showSection(m_window->contactsPage());
    RegionalContactsPage* page = m_window->contactsPage();
    page->filterEdit()->setText(QStringLiteral("Almaty"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(page->view()->model()->rowCount(), 2);
    PrintOptionsDialog::setNextAnswer(options(Language::Kazakh));
    const int pages = previewPages([this] { m_window->printing()->printAction()->trigger(); },
                                   QStringLiteral("print-preview-contacts"));
    QCOMPARE(pages, 1);
    // Ctrl+P is the same action.
    PrintOptionsDialog::setNextAnswer(options(Language::Russian));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(previewPages([this] { QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier); },
                          QStringLiteral("print-preview-contacts-ctrl-p")),
             1);
}

void TestGuiPrinting::pdfOfTheFilteredContacts()
{
    m_window->showSection(m_window->contactsPage());
    RegionalContactsPage* page = m_window->contactsPage();
    page->filterEdit()->setText(QStringLiteral("Almaty"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(page->view()->model()->rowCount(), 2); // the city and the region
    const QString file =
        savePdf(m_window->printing()->pdfAction(), QStringLiteral("contacts-almaty.pdf"), Language::Kazakh);
    QVERIFY(QFile::exists(file));
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY2(text.contains(QStringLiteral("Алматы облысы")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Алматы қаласы")));
    QVERIFY(text.contains(QStringLiteral("8 (8771) 7459450")));
    QVERIFY(!text.contains(QStringLiteral("Ақмола облысы")));
    QVERIFY(!text.contains(QStringLiteral("7162")));
    QVERIFY(text.contains(QStringLiteral("«Almaty»"))); // what narrowed the list
    m_window->contactsPage()->filterEdit()->clear();
}

void TestGuiPrinting::pdfOfTheSearchedPatients()
{
    m_window->showSection(m_window->patientsPage());
    PatientsPage* page = m_window->patientsPage();
    page->filterEdit()->setText(QStringLiteral("қасым"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(page->model()->isCountKnown() && page->model()->totalCount() == 2);
    const QString file = savePdf(m_window->printing()->pdfAction(), QStringLiteral("patients.pdf"), Language::Russian);
    const QString text = PrintTools::text(file);
    static const QRegularExpression iin(QStringLiteral("\\b\\d{12}\\b"));
    QStringList printed;
    for (auto it = iin.globalMatch(text); it.hasNext();)
        printed << it.next().captured();
    printed.sort();
    QCOMPARE(printed, (QStringList{QStringLiteral("051231600017"), QStringLiteral("900115300401")}));
    QVERIFY(PrintTools::flat(text).contains(QStringLiteral("Қасымова Айгерім")));
    page->filterEdit()->clear();
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
}

void TestGuiPrinting::pdfOfReferralsOfOneStatus()
{
    m_window->showSection(m_window->referralsPage());
    ReferralsPage* page = m_window->referralsPage();
    auto* status = page->findChild<QComboBox*>(QStringLiteral("referralStatusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("refused")));
    QTRY_VERIFY(page->model()->isCountKnown() && page->model()->totalCount() == 1);
    const QString file = savePdf(m_window->printing()->pdfAction(), QStringLiteral("referrals.pdf"), Language::English);
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY2(text.contains(m_refused), qPrintable(text));
    for (const QString& code : std::as_const(m_codes))
        QVERIFY2(!text.contains(code + QLatin1Char(' ')), qPrintable(code));
    QVERIFY(text.contains(QStringLiteral("Status: Refused by the hospital")));
    status->setCurrentIndex(0);
}

void TestGuiPrinting::ticketFromTheReferral()
{
    const qint64 id = m_workspace->referrals().find(m_codes.first())->id;
    ReferralDetailDialog dialog(*m_workspace, m_window->names(), id, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("printTicketButton"));
    QVERIFY(button);
    PrintOptionsDialog::setNextAnswer(options(Language::Kazakh));
    QCOMPARE(
        previewPages([button] { QTest::mouseClick(button, Qt::LeftButton); }, QStringLiteral("print-preview-ticket")),
        1);
    dialog.close();
}

void TestGuiPrinting::queueListsFromTheWaitingList()
{
    m_window->showSection(m_window->waitingListPage());
    WaitingListPage* page = m_window->waitingListPage();
    page->showQueue(QStringLiteral("7101"), QStringLiteral("CAR"));
    auto* publicList = page->findChild<QAction*>(QStringLiteral("printPublicQueueAction"));
    auto* internalList = page->findChild<QAction*>(QStringLiteral("printInternalQueueAction"));
    QVERIFY(publicList && internalList);
    PrintOptionsDialog::setNextAnswer(options(Language::Russian, true));
    QCOMPARE(previewPages([publicList] { publicList->trigger(); }, QStringLiteral("print-preview-queue")), 1);
    PrintOptionsDialog::setNextAnswer(options(Language::Russian, false));
    QCOMPARE(previewPages([internalList] { internalList->trigger(); }, QStringLiteral("print-preview-queue-internal")),
             1);
    // What the two versions hold, through the same path as the page's Save as PDF.
    PrintOptionsDialog::Options publicOptions = options(Language::Kazakh, true);
    const QString publicFile = m_dir->filePath(QStringLiteral("queue-public.pdf"));
    PrintOptionsDialog::setNextAnswer(publicOptions);
    FileDialog::setNextFileName(publicFile);
    m_window->printing()->pdfAction()->trigger();
    const QString text = PrintTools::flat(PrintTools::text(publicFile));
    for (const QString& code : std::as_const(m_codes))
        QVERIFY(text.contains(code));
    for (const char* word : {"Әлиханов", "Иванова", "900115300013"})
        QVERIFY2(!text.contains(QString::fromUtf8(word)), word);
}

void TestGuiPrinting::dashboardPrintsToo()
{
    // File → Print on the dashboard (before: "This page has no printable version").
    m_window->showSection(m_window->dashboardPage());
    PrintOptionsDialog::setNextAnswer(options(Language::Kazakh));
    QCOMPARE(previewPages([this] { m_window->printing()->printAction()->trigger(); },
                          QStringLiteral("print-preview-dashboard")),
             1);
    const QString text = PrintTools::flat(PrintTools::text(
        savePdf(m_window->printing()->pdfAction(), QStringLiteral("dashboard.pdf"), Language::Kazakh)));
    QVERIFY2(text.contains(QStringLiteral("Бюро сандармен")), qPrintable(text));
    QVERIFY2(text.contains(PrintLanguage(Language::Kazakh).statusLabelForCode(QStringLiteral("refused"))),
             qPrintable(text));
    const QString russian = PrintTools::flat(PrintTools::text(
        savePdf(m_window->printing()->pdfAction(), QStringLiteral("dashboard-ru.pdf"), Language::Russian)));
    QVERIFY2(russian.contains(QStringLiteral("Бюро в цифрах")), qPrintable(russian));
    // A cancelled options dialog prints nothing and says nothing.
    m_window->showSection(m_window->contactsPage());
    PrintOptionsDialog::setNextAnswer(std::nullopt);
    QCOMPARE(previewPages([this] { m_window->printing()->printAction()->trigger(); }, QStringLiteral("unused")), 0);
}

void TestGuiPrinting::bureauDetailsHeadEveryPrintout()
{
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("bureauAction")));
    const QString name = QStringLiteral("Бюро госпитализации Карагандинской области");
    {
        BureauDialog dialog(*m_workspace, m_window->names(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("bureauName"));
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("bureauRegion"));
        QVERIFY(edit && region);
        QCOMPARE(edit->text(), QString()); // nothing set yet: printouts say «Bureau of Hospitalization»
        edit->setFocus();
        for (const QChar ch : name) {
            QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
        region->setCurrentIndex(region->findData(QStringLiteral("35")));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_workspace->bureau().info().name, name);
    QCOMPARE(m_workspace->bureau().info().regionCode, QStringLiteral("35"));
    {
        // Opened again, it shows what is saved.
        BureauDialog dialog(*m_workspace, m_window->names(), m_window.get());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("bureauName"))->text(), name);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("bureauRegion"))->currentData().toString(),
                 QStringLiteral("35"));
    }
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        m_window->switchLanguage(language);
        BureauDialog dialog(*m_workspace, m_window->names(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(
            QStringLiteral("%1/form-bureau-%2.png").arg(TestSupport::screenshotDir(), Languages::code(language))));
    }
    m_window->showSection(m_window->contactsPage());
    const QString file =
        savePdf(m_window->printing()->pdfAction(), QStringLiteral("contacts-bureau.pdf"), Language::Russian);
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY2(text.contains(name.toUpper()), qPrintable(text)); // the heading is set in capitals
    QVERIFY(text.contains(QStringLiteral("Карагандинская область · тел. 8 (7212) 559-786"))); // its own telephone
    m_workspace->bureau().setInfo({});
}

void TestGuiPrinting::quotaPlanAsFiltered()
{
    const int year = QDate::currentDate().year();
    const QString profile = m_workspace->quotas().profiles(true).first().code;
    m_workspace->quotas().allocate(year, profile, 1000); // split among the twenty regions by population
    m_window->showSection(m_window->quotasPage());
    QuotasPage* page = m_window->quotasPage();
    page->showPlan(year, profile);
    page->filterEdit()->setText(QStringLiteral("Almaty"));
    QTRY_COMPARE(page->view()->model()->rowCount(), 2); // the city and the region
    const QString file = savePdf(m_window->printing()->pdfAction(), QStringLiteral("quotas.pdf"), Language::Russian);
    const QString text = PrintTools::flat(PrintTools::text(file));
    QVERIFY2(text.contains(QStringLiteral("Квоты")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("город Алматы")));
    QVERIFY(text.contains(QStringLiteral("Алматинская область")));
    QVERIFY(!text.contains(QStringLiteral("Акмолинская область")));
    int allocated = 0;
    for (const QuotaPlan& plan : m_workspace->quotas().regionPlans(year, profile)) {
        if (plan.regionCode == QStringLiteral("75") || plan.regionCode == QStringLiteral("19"))
            allocated += plan.allocated;
    }
    QVERIFY(allocated > 0);
    QVERIFY2(text.contains(QStringLiteral("выделено %1, использовано 0, остаток %1").arg(allocated)), qPrintable(text));
    page->filterEdit()->clear();
}

void TestGuiPrinting::refusalJournalFromTheMenu()
{
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("refusalJournalAction"));
    QVERIFY(action && !action->text().isEmpty());
    const QDate today = QDate::currentDate();
    PeriodDialog::setNextAnswer(PeriodDialog::Period{today.addDays(-7), today});
    PrintOptionsDialog::setNextAnswer(options(Language::Kazakh));
    QCOMPARE(previewPages([action] { action->trigger(); }, QStringLiteral("print-preview-refusals")), 1);
    // A cancelled period prints nothing.
    PeriodDialog::setNextAnswer(std::nullopt);
    QCOMPARE(previewPages([action] { action->trigger(); }, QStringLiteral("unused")), 0);

    // The dialog itself refuses a period that ends before it begins, and says so.
    PeriodDialog dialog(QStringLiteral("Refusal journal"), {today, today.addDays(-1)}, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    bool explained = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        explained = explained || (label->isVisible() && label->text().contains(QStringLiteral("ends before")));
    QVERIFY(explained);
    dialog.findChild<QDateEdit*>(QStringLiteral("periodTo"))->setDate(today);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.period(), (PeriodDialog::Period{today, today}));
}

QTEST_MAIN(TestGuiPrinting)
#include "tst_gui_printing.moc"
