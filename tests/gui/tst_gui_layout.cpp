#include "ModalDriver.h"
#include "TestSupport.h"
#include "abroad/AbroadApplicationDialog.h"
#include "abroad/AbroadDecisionDialog.h"
#include "abroad/EligibleListsDialog.h"
#include "accounts/AccountDialogs.h"
#include "accounts/AuditLogDialog.h"
#include "accounts/SignInDialog.h"
#include "accounts/UsersDialog.h"
#include "beds/HospitalsPage.h"
#include "contacts/AddContactDialog.h"
#include "contacts/RegionalContactsPage.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/EnrolDialog.h"
#include "exchange/ExchangeStatusDialog.h"
#include "exchange/WorkstationsDialog.h"
#include "imports/OpenDataImportDialog.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "main/UserGuideDialog.h"
#include "operations/BackgroundTaskDialog.h"
#include "operations/BackupSettingsDialog.h"
#include "operations/ProblemReportDialog.h"
#include "patients/PatientDialog.h"
#include "printing/DocumentPrinter.h"
#include "printing/PrintActions.h"
#include "printing/PrintOptionsDialog.h"
#include "referrals/LookupDialog.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralDialog.h"
#include "referrals/TransitionDialog.h"
#include "reflists/BureauDialog.h"
#include "reflists/ReferenceListsDialog.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "waitinglists/CalendarDialog.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/AccessibleNames.h"
#include "widgets/PeriodDialog.h"
#include "widgets/Section.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

// What a clerk's 1366×768 laptop shows: the window and every dialog fit it in Kazakh, Russian and English,
// the print preview too (with Save as PDF); every control has a name and a description a screen reader
// can say; pages switch with Ctrl+1…9 and Ctrl+0 passes to the page's table; F1 opens the guide.
class TestGuiLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void dialogsFitTheScreen_data();
    void dialogsFitTheScreen();
    void dialogsBuiltOnRequestFitTheScreen_data();
    void dialogsBuiltOnRequestFitTheScreen();
    void firstStepsFitTheScreen_data();
    void firstStepsFitTheScreen();
    void printPreviewFitsAndSavesAsPdf();
    void everyControlHasANameAndADescription();
    void pagesSwitchByKeyboard();
    void userGuideInTheInterfaceLanguage();

private:
    // Every dialog of the window, built as the window builds it (not shown).
    QList<QDialog*> dialogs();
    static void addLanguageRows();
    // Whether a dialog fits the laptop's screen, its minimum and as shown; a line for each that does not.
    static QString fits(QWidget* dialog, Language language);
    ModalDriver m_modals;

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_referralId = 0;
};

namespace {
const QSize screen(1366, 768);
}

void TestGuiLayout::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestGuiLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("layout.sqlite"), m_clock);
    Patient p;
    p.iin = QStringLiteral("900115300013");
    p.lastName = QStringLiteral("Әлиханов");
    p.firstName = QStringLiteral("Нұрлан");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
    ReferralService::Registration in;
    in.iin = p.iin;
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    m_referralId = m_workspace->referrals().registerReferral(in).id;
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(screen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLayout::cleanup()
{
    DocumentPrinter::setPreviewHook({});
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGuiLayout::addLanguageRows()
{
    QTest::addColumn<Language>("language");
    for (Language language : {Language::Kazakh, Language::Russian, Language::English})
        QTest::newRow(qPrintable(Languages::code(language))) << language;
}

void TestGuiLayout::windowFitsTheScreen_data()
{
    addLanguageRows();
}

void TestGuiLayout::windowFitsTheScreen()
{
    QFETCH(Language, language);
    m_window->switchLanguage(language);
    QTRY_COMPARE(m_window->sections().first()->sectionTitle(),
                 m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text());
    const QString code = Languages::code(language);
    QStringList tooWide;
    for (Section* section : m_window->sections()) {
        m_window->showSection(section);
        QApplication::processEvents();
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        if (minimum.width() > screen.width() || minimum.height() > screen.height())
            tooWide << QStringLiteral("%1 in %2 needs %3×%4")
                           .arg(section->sectionKey(), code)
                           .arg(minimum.width())
                           .arg(minimum.height());
        // What the clerk sees on the laptop, for a person to look at.
        QVERIFY(m_window->grab().save(
            QStringLiteral("%1/laptop-%2-%3.png").arg(TestSupport::screenshotDir(), section->sectionKey(), code)));
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral("; "))));
}

QList<QDialog*> TestGuiLayout::dialogs()
{
    ReferenceNames& names = m_window->names();
    QWidget* parent = m_window.get();
    PrintOptionsDialog::Request request;
    request.kind = QStringLiteral("list");
    request.title = QStringLiteral("Print");
    request.offersVersion = true;
    const Referral referral = *m_workspace->referrals().find(m_referralId);
    AbroadApplication application;
    application.patientId = referral.patientId;
    application.country = QStringLiteral("Türkiye");
    application.clinic = QStringLiteral("Acıbadem");
    return {new PatientDialog(m_workspace->patients(), names, parent),
            new ReferralDialog(*m_workspace, names, parent),
            new ReferralDetailDialog(*m_workspace, names, m_referralId, parent),
            new LookupDialog(*m_workspace, names, parent),
            new BureauDialog(*m_workspace, names, parent),
            new CalendarDialog(*m_workspace, names, parent),
            new ReferenceListsDialog(*m_workspace, parent),
            new AbroadApplicationDialog(*m_workspace, names, parent),
            new EligibleListsDialog(*m_workspace, parent),
            new AddContactDialog(names, parent),
            new PrintOptionsDialog(request, PrintOptionsDialog::remembered(request), parent),
            new PeriodDialog(QStringLiteral("Period"), {QDate(2026, 11, 1), QDate(2026, 11, 16)}, parent),
            new UserGuideDialog(m_languages->language(), parent),
            new WorkstationsDialog(*m_workspace, parent),
            new EnrolDialog(*m_workspace, parent),
            new ConflictsDialog(*m_workspace, parent),
            new ExchangeStatusDialog(*m_workspace, parent),
            new OpenDatabaseDialog(m_workspace->database().location(), parent),
            new TransitionDialog(*m_workspace, names, referral, ReferralStatus::Scheduled, parent),
            new TransitionDialog(*m_workspace, names, referral, ReferralStatus::Refused, parent),
            new TransitionDialog(*m_workspace, names, referral, ReferralStatus::Cancelled, parent),
            new TransitionDialog(*m_workspace, names, referral, ReferralStatus::Transferred, parent),
            new TransitionDialog(*m_workspace, names, referral, ReferralStatus::Hospitalized, parent),
            new AbroadDecisionDialog(*m_workspace, application, parent),
            new ProblemReportDialog(*m_workspace, parent),
            new BackupSettingsDialog(BackupPolicy{}, m_workspace->database().location().path, parent),
            new AccountDialog(*m_workspace, parent),
            new PasswordDialog(*m_workspace, QStringLiteral("aigerim"), parent),
            new SignInDialog(*m_workspace, SignInDialog::Mode::SignIn, parent),
            new SignInDialog(*m_workspace, SignInDialog::Mode::Unlock, parent),
            new AuditLogDialog(*m_workspace, parent),
            new UsersDialog(*m_workspace, parent)};
}

void TestGuiLayout::dialogsFitTheScreen_data()
{
    addLanguageRows();
}

QString TestGuiLayout::fits(QWidget* dialog, Language language)
{
    const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    const QString what = QStringLiteral("%1 in %2: minimum %3×%4, shown %5×%6")
                             .arg(dialog->objectName(), Languages::code(language))
                             .arg(minimum.width())
                             .arg(minimum.height())
                             .arg(dialog->width())
                             .arg(dialog->height());
    if (dialog->objectName().isEmpty())
        return QStringLiteral("a dialog without an object name: ") + what;
    if (dialog->isVisible())
        dialog->grab().save(QStringLiteral("%1/laptop-dialog-%2-%3.png")
                                .arg(TestSupport::screenshotDir(), dialog->objectName(), Languages::code(language)));
    if (minimum.width() > screen.width() || minimum.height() > screen.height() || dialog->width() > screen.width() ||
        dialog->height() > screen.height())
        return what;
    return {};
}

void TestGuiLayout::dialogsFitTheScreen()
{
    QFETCH(Language, language);
    m_window->switchLanguage(language);
    QApplication::processEvents();
    QStringList tooBig;
    int seen = 0;
    for (QDialog* dialog : dialogs()) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        ++seen;
        if (const QString problem = fits(dialog, language); !problem.isEmpty())
            tooBig << problem;
        delete dialog;
    }
    // Two that start their work when shown (an import of a file, a backup) are measured unshown.
    const auto unshown = [&](QDialog* dialog) {
        dialog->ensurePolished();
        dialog->layout()->activate();
        dialog->adjustSize();
        ++seen;
        if (const QString problem = fits(dialog, language); !problem.isEmpty())
            tooBig << problem;
        delete dialog;
    };
    unshown(new OpenDataImportDialog(m_workspace->database().location(), m_clock, OpenDataImportJob::Kind::Referrals,
                                     m_dir->filePath(QStringLiteral("open-data.csv")), QStringLiteral("Import"),
                                     m_window.get()));
    unshown(new BackgroundTaskDialog(
        QStringLiteral("Backup"), QStringLiteral("Making a backup…"), [] {}, m_window.get()));
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QLatin1Char('\n'))));
    // Every dialog class of the window, transitions and sign-in in each of their forms (a new one is added here).
    QCOMPARE(seen, 34);
}

void TestGuiLayout::dialogsBuiltOnRequestFitTheScreen_data()
{
    addLanguageRows();
}

void TestGuiLayout::dialogsBuiltOnRequestFitTheScreen()
{
    // The small forms a page or a dialog builds when a button asks for them, measured while they wait.
    QFETCH(Language, language);
    m_window->switchLanguage(language);
    QApplication::processEvents();
    QStringList tooBig;
    QStringList measured;
    const auto measureNext = [&](const QString& objectName) {
        m_modals.onNext(
            [&, objectName](QWidget* dialog) {
                measured << dialog->objectName();
                if (const QString problem = fits(dialog, language); !problem.isEmpty())
                    tooBig << problem;
            },
            objectName);
    };

    HospitalsPage* hospitals = m_window->hospitalsPage();
    m_window->showSection(hospitals);
    measureNext(QStringLiteral("addHospitalDialog"));
    hospitals->addHospital();
    QTRY_VERIFY2(m_modals.done(), "addHospitalDialog");
    QTRY_VERIFY(hospitals->view()->model()->rowCount() > 0);
    hospitals->view()->setCurrentIndex(hospitals->view()->model()->index(0, 0));
    measureNext(QStringLiteral("hospitalProfilesDialog"));
    hospitals->editProfiles();
    QTRY_VERIFY2(m_modals.done(), "hospitalProfilesDialog");

    WaitingListPage* waiting = m_window->waitingListPage();
    m_window->showSection(waiting);
    waiting->showQueue(QStringLiteral("7101"), QStringLiteral("CAR"));
    auto* capacity = waiting->findChild<QPushButton*>(QStringLiteral("capacityButton"));
    QTRY_VERIFY(capacity->isEnabled());
    measureNext(QStringLiteral("capacityDialog"));
    capacity->click();
    QTRY_VERIFY2(m_modals.done(), "capacityDialog");

    auto* calendar = new CalendarDialog(*m_workspace, m_window->names(), m_window.get());
    calendar->show();
    for (const char* button : {"addDayOffButton", "addWorkingDayButton"}) {
        measureNext(QStringLiteral("calendarDayDialog"));
        calendar->findChild<QPushButton*>(QLatin1String(button))->click();
        QTRY_VERIFY2(m_modals.done(), "calendarDayDialog");
    }
    delete calendar;

    auto* lists = new ReferenceListsDialog(*m_workspace, m_window.get());
    lists->show();
    for (ReferenceListsDialog::List list :
         {ReferenceListsDialog::List::Documents, ReferenceListsDialog::List::RefusalReasons,
          ReferenceListsDialog::List::BedProfiles}) {
        measureNext(QStringLiteral("addReferenceEntryDialog"));
        lists->addEntry(list);
        QTRY_VERIFY2(m_modals.done(), "addReferenceEntryDialog");
    }
    delete lists;

    auto* eligible = new EligibleListsDialog(*m_workspace, m_window.get());
    eligible->show();
    for (EligibleList list : {EligibleList::Diseases, EligibleList::Categories}) {
        measureNext(QStringLiteral("addEligibleEntryDialog"));
        eligible->addEntry(list);
        QTRY_VERIFY2(m_modals.done(), "addEligibleEntryDialog");
    }
    delete eligible;

    QCOMPARE(measured.size(), 10);
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QLatin1Char('\n'))));
}

void TestGuiLayout::firstStepsFitTheScreen_data()
{
    addLanguageRows();
}

void TestGuiLayout::firstStepsFitTheScreen()
{
    // A fresh database: no bureau name and no referral, so the window says what to do first.
    QFETCH(Language, language);
    m_window.reset();
    // A clerk's laptop often runs a larger font (120 dpi) than the tests: the text then needs more lines.
    const QFont font = QApplication::font();
    const auto restoreFont = qScopeGuard([font] { QApplication::setFont(font); });
    QFont larger = font;
    larger.setPointSizeF(font.pointSizeF() * 1.25);
    QApplication::setFont(larger);
    QTemporaryDir fresh;
    std::unique_ptr<Workspace> workspace = TestSupport::openWorkspace(fresh, QStringLiteral("fresh.sqlite"), m_clock);
    MainWindow window(*workspace, *m_languages);
    window.switchLanguage(language);
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* steps = window.findChild<QFrame*>(QStringLiteral("firstSteps"));
    QVERIFY(steps->isVisible());
    QApplication::processEvents();
    const QString code = Languages::code(language);
    QStringList cut;
    for (Section* section : window.sections()) {
        window.showSection(section);
        QApplication::processEvents();
        window.grab().save(QStringLiteral("%1/laptop-first-steps-%2-%3.png")
                               .arg(TestSupport::screenshotDir(), section->sectionKey(), code));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (minimum.width() > screen.width() || minimum.height() > screen.height())
            cut << QStringLiteral("%1 needs %2×%3")
                       .arg(section->sectionKey())
                       .arg(minimum.width())
                       .arg(minimum.height());
    }
    QCOMPARE(window.size(), screen);
    // At the narrowest the window allows, too, where the text has the least room: each button whole, inside
    // the panel; the text whole; the status bar inside the window.
    window.showSection(window.sections().first());
    window.resize(window.minimumSizeHint().width(), screen.height());
    QApplication::processEvents();
    window.grab().save(
        QStringLiteral("%1/laptop-first-steps-narrowest-%2.png").arg(TestSupport::screenshotDir(), code));
    for (QPushButton* button : steps->findChildren<QPushButton*>()) {
        const QRect inPanel(button->mapTo(steps, QPoint(0, 0)), button->size());
        if (!steps->rect().contains(inPanel) || button->width() < button->sizeHint().width() ||
            button->height() < button->sizeHint().height())
            cut << QStringLiteral("button %1 at %2,%3 %4×%5 (needs %6×%7)")
                       .arg(button->text())
                       .arg(inPanel.x())
                       .arg(inPanel.y())
                       .arg(button->width())
                       .arg(button->height())
                       .arg(button->sizeHint().width())
                       .arg(button->sizeHint().height());
    }
    // Every section's name whole in the navigation (its width follows the names of the language and the font).
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i) {
        const int needs = navigation->iconSize().width() + 2 * navigation->spacing() +
                          navigation->fontMetrics().horizontalAdvance(navigation->item(i)->text());
        if (needs > navigation->viewport()->width())
            cut << QStringLiteral("section %1 needs %2 px, has %3")
                       .arg(navigation->item(i)->text())
                       .arg(needs)
                       .arg(navigation->viewport()->width());
    }
    auto* text = steps->findChild<QLabel*>(QStringLiteral("firstStepsText"));
    if (text->height() < text->heightForWidth(text->width()))
        cut << QStringLiteral("text %1 high, needs %2").arg(text->height()).arg(text->heightForWidth(text->width()));
    QStatusBar* status = window.statusBar();
    if (!status->isVisible() || status->mapTo(&window, QPoint(0, status->height())).y() > window.height() ||
        status->height() < status->sizeHint().height())
        cut << QStringLiteral("status bar at %1, %2 high").arg(status->y()).arg(status->height());
    QVERIFY2(cut.isEmpty(), qPrintable(code + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
}

void TestGuiLayout::printPreviewFitsAndSavesAsPdf()
{
    m_window->showSection(m_window->contactsPage());
    QSize shown;
    QAction* savePdf = nullptr;
    DocumentPrinter::setPreviewHook([&](QWidget* preview) {
        shown = preview->size();
        savePdf = preview->findChild<QAction*>(QStringLiteral("previewSavePdfAction"));
        preview->grab().save(QStringLiteral("%1/laptop-print-preview.png").arg(TestSupport::screenshotDir()));
    });
    PrintOptionsDialog::Options options;
    options.setup.language = Language::English;
    PrintOptionsDialog::setNextAnswer(options);
    m_window->printing()->printAction()->trigger();
    QVERIFY2(shown.width() <= screen.width() && shown.height() <= screen.height() - 40,
             qPrintable(QStringLiteral("%1×%2").arg(shown.width()).arg(shown.height())));
    QVERIFY2(savePdf, "the preview offers Save as PDF");
}

void TestGuiLayout::everyControlHasANameAndADescription()
{
    QStringList missing;
    const auto check = [&](QWidget* root) {
        AccessibleNames::describe(root);
        int controls = 0;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!AccessibleNames::isInteractive(widget))
                continue;
            ++controls;
            if (widget->accessibleName().trimmed().isEmpty() || widget->accessibleDescription().trimmed().isEmpty())
                missing << QStringLiteral("%1/%2 (%3)")
                               .arg(root->objectName(), widget->objectName(),
                                    QString::fromLatin1(widget->metaObject()->className()));
        }
        QVERIFY2(controls > 0, qPrintable(root->objectName()));
    };
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        m_window->switchLanguage(language);
        QApplication::processEvents();
        for (Section* section : m_window->sections()) {
            m_window->showSection(section);
            check(section->sectionWidget());
        }
        check(m_window.get());
        for (QDialog* dialog : dialogs()) {
            check(dialog);
            delete dialog;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // A field is named by its label, in the interface language.
    auto* dialog = new PatientDialog(m_workspace->patients(), m_window->names(), m_window.get());
    AccessibleNames::describe(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->accessibleName(),
             QStringLiteral("Last name"));
    delete dialog;
}

void TestGuiLayout::pagesSwitchByKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int i = 0; i < m_window->sections().size() && i < 9; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->currentSection(), m_window->sections().at(i));
        // Ctrl+N also passes to the page's table.
        QTRY_COMPARE(QApplication::focusWidget(), m_window->sections().at(i)->mainTable());
    }
    // Ctrl+0 comes back to the table from the search box.
    m_window->findChild<QLineEdit*>(QStringLiteral("globalSearch"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->currentSection()->mainTable());
}

void TestGuiLayout::userGuideInTheInterfaceLanguage()
{
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        const QString html = UserGuideDialog::html(language);
        QVERIFY2(html.size() > 2000, qPrintable(Languages::code(language)));
        for (const char* shortcut : {"Ctrl+P", "Ctrl+L", "Ctrl+R", "Ctrl+0"})
            QVERIFY(html.contains(QLatin1String(shortcut)));
    }
    QVERIFY(UserGuideDialog::html(Language::Kazakh).contains(QStringLiteral("Жолдаманы басқа медициналық ұйымға")));
    QVERIFY(UserGuideDialog::html(Language::Russian).contains(QStringLiteral("Квоты ВТМУ")));
    m_window->switchLanguage(Language::Russian);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    const auto guide = []() -> QTextBrowser* {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* browser = w->findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
                browser && w->isVisible())
                return browser;
        }
        return nullptr;
    };
    QTRY_VERIFY(guide());
    QTextBrowser* browser = guide();
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Регистрация пациента и направления")));
    QVERIFY(browser->window()->isVisible());
    browser->window()->close();
}

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
