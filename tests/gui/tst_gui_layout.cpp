#include "ModalDriver.h"
#include "TestSupport.h"
#include "abroad/AbroadApplicationDialog.h"
#include "abroad/EligibleListsDialog.h"
#include "contacts/AddContactDialog.h"
#include "contacts/RegionalContactsPage.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/EnrolDialog.h"
#include "exchange/ExchangeStatusDialog.h"
#include "exchange/WorkstationsDialog.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "main/UserGuideDialog.h"
#include "patients/PatientDialog.h"
#include "printing/DocumentPrinter.h"
#include "printing/PrintActions.h"
#include "printing/PrintOptionsDialog.h"
#include "referrals/LookupDialog.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralDialog.h"
#include "reflists/BureauDialog.h"
#include "reflists/ReferenceListsDialog.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "waitinglists/CalendarDialog.h"
#include "widgets/AccessibleNames.h"
#include "widgets/PeriodDialog.h"
#include "widgets/Section.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
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
    void printPreviewFitsAndSavesAsPdf();
    void everyControlHasANameAndADescription();
    void pagesSwitchByKeyboard();
    void userGuideInTheInterfaceLanguage();

private:
    // Every dialog of the window, built as the window builds it (not shown).
    QList<QDialog*> dialogs();
    static void addLanguageRows();

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
            new OpenDatabaseDialog(m_workspace->database().location(), parent)};
}

void TestGuiLayout::dialogsFitTheScreen_data()
{
    addLanguageRows();
}

void TestGuiLayout::dialogsFitTheScreen()
{
    QFETCH(Language, language);
    m_window->switchLanguage(language);
    QApplication::processEvents();
    for (QDialog* dialog : dialogs()) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        const QString what = QStringLiteral("%1 in %2: minimum %3×%4, shown %5×%6")
                                 .arg(dialog->objectName(), Languages::code(language))
                                 .arg(minimum.width())
                                 .arg(minimum.height())
                                 .arg(dialog->width())
                                 .arg(dialog->height());
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(), qPrintable(what));
        QVERIFY2(dialog->width() <= screen.width() && dialog->height() <= screen.height(), qPrintable(what));
        QVERIFY(dialog->grab().save(
            QStringLiteral("%1/laptop-dialog-%2-%3.png")
                .arg(TestSupport::screenshotDir(), dialog->objectName(), Languages::code(language))));
        delete dialog;
    }
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
