#include "ExchangeHarness.h"
#include "ModalDriver.h"
#include "TestSupport.h"
#include "exchange/ExchangeActions.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "services/ExchangeService.h"
#include "store/Query.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The exchange in the window: the bureau enrols a workstation (Bureau → Workstations…), the clinic joins with the
// file (File → Exchange → Join a bureau…), sees in the status line what has not reached the bureau and when it last
// heard from it, sends its package; the bureau imports it and sees the workstation's last package and what waits
// for it.
class TestGuiExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void enrolJoinAndExchangeThroughTheWindow();

private:
    // Both windows and the exchange dialogs in each language, saved for a person to look at.
    void saveScreenshots();
    static QAction* action(MainWindow& window, const char* name)
    {
        auto* a = window.findChild<QAction*>(QLatin1String(name));
        Q_ASSERT(a);
        return a;
    }
    static QString statusText(MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("exchangeStatusLabel"))->text();
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_bureau;
    std::unique_ptr<Workspace> m_clinic;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_bureauWindow;
    std::unique_ptr<MainWindow> m_clinicWindow;
    ModalDriver m_modals;
    ModalDriver m_inner;
};

void TestGuiExchange::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
    m_bureau = TestSupport::openWorkspace(m_dir, QStringLiteral("bureau.sqlite"), m_clock);
    m_clinic = TestSupport::openWorkspace(m_dir, QStringLiteral("clinic.sqlite"), m_clock);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_bureauWindow = std::make_unique<MainWindow>(*m_bureau, *m_languages);
    m_bureauWindow->resize(1366, 768);
    m_bureauWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bureauWindow.get()));
}

void TestGuiExchange::cleanupTestCase()
{
    m_clinicWindow.reset();
    m_bureauWindow.reset();
    m_languages.reset();
    m_clinic.reset();
    m_bureau.reset();
}

void TestGuiExchange::enrolJoinAndExchangeThroughTheWindow()
{
    // A database that has enrolled nobody and joined nobody may join, and shows no exchange line.
    QVERIFY(action(*m_bureauWindow, "joinBureauAction")->isEnabled());
    QVERIFY(!m_bureauWindow->findChild<QLabel*>(QStringLiteral("exchangeStatusLabel"))->isVisible());

    // The bureau enrols the clinic.
    const QString enrolment = m_dir.filePath(QStringLiteral("polyclinic4.enrol"));
    int rows = -1;
    m_bureauWindow->activateWindow();
    m_modals.onNext(
        [&](QWidget* dialog) {
            m_inner.onNext(
                [](QWidget* enrol) {
                    auto* name = enrol->findChild<QLineEdit*>(QStringLiteral("enrolName"));
                    name->setFocus();
                    QTest::keyClicks(name, QStringLiteral("Polyclinic 4"));
                    auto* ok = enrol->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                    QVERIFY(ok->isEnabled());
                    QTest::mouseClick(ok, Qt::LeftButton);
                },
                QStringLiteral("enrolDialog"));
            FileDialog::setNextFileName(enrolment);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("enrolButton")), Qt::LeftButton);
            QVERIFY(m_inner.done());
            rows = dialog->findChild<QTableWidget*>(QStringLiteral("workstationsTable"))->rowCount();
        },
        QStringLiteral("workstationsDialog"));
    action(*m_bureauWindow, "workstationsAction")->trigger();
    QVERIFY(m_modals.done());
    QCOMPARE(rows, 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Polyclinic 4 is enrolled as WS-001")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(QFile::exists(enrolment));
    QVERIFY(ExchangeService(m_bureau->database(), m_clock).identity().isBureau());
    QVERIFY(!action(*m_bureauWindow, "joinBureauAction")->isEnabled()); // a bureau joins nobody
    QCOMPARE(statusText(*m_bureauWindow), QStringLiteral("Bureau · workstations: 1"));

    // The clinic joins with the file.
    m_clinicWindow = std::make_unique<MainWindow>(*m_clinic, *m_languages);
    m_clinicWindow->resize(1366, 768);
    m_clinicWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_clinicWindow.get()));
    FileDialog::setNextFileName(enrolment);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*m_clinicWindow, "joinBureauAction")->trigger();
    QVERIFY2(ExchangeService(m_clinic->database(), m_clock).identity().isWorkstation(),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!action(*m_clinicWindow, "joinBureauAction")->isEnabled()); // once
    QVERIFY(!action(*m_clinicWindow, "workstationsAction")->isEnabled());

    // Its referral has not reached the bureau yet, and it has heard nothing from it.
    ExchangeHarness::registerPatient(*m_clinic, ExchangeHarness::iin(1));
    const Referral referral = ExchangeHarness::registerReferral(*m_clinic, ExchangeHarness::iin(1));
    QVERIFY2(referral.code.startsWith(QStringLiteral("71.7101.CAR.1")), qPrintable(referral.code));
    m_clinicWindow->exchange()->refreshState();
    QCOMPARE(statusText(*m_clinicWindow),
             QStringLiteral("WS-001 · last answer from the bureau: none yet · referrals not yet at the bureau: 1"));

    // It sends its package; the bureau imports it through the window.
    const QString package = m_dir.filePath(QStringLiteral("ws1.jpkg"));
    FileDialog::setNextFileName(package);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*m_clinicWindow, "sendPackageAction")->trigger();
    QVERIFY2(QFile::exists(package), qPrintable(MessageBox::lastText()));
    FileDialog::setNextFileName(package);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*m_bureauWindow, "importPackageAction")->trigger();
    QCOMPARE(Query(m_bureau->database(), QStringLiteral("SELECT count(*) FROM referral WHERE code = ?"))
                 .bind(referral.code)
                 .scalar()
                 .toInt(),
             1);
    const QString report = MessageBox::lastText();
    QVERIFY2(report.contains(QStringLiteral("applied")) || report.contains(QStringLiteral("Applied")),
             qPrintable(report));

    // The bureau sees the workstation's last package and what waits for it; its answer brings the clinic news.
    const QString answer = m_dir.filePath(QStringLiteral("answer1.jpkg"));
    QString lastPackage;
    m_bureauWindow->activateWindow();
    m_modals.onNext(
        [&](QWidget* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("workstationsTable"));
            lastPackage = table->item(0, 4)->text();
            table->selectRow(0);
            FileDialog::setNextFileName(answer);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("makeAnswerButton")), Qt::LeftButton);
        },
        QStringLiteral("workstationsDialog"));
    action(*m_bureauWindow, "workstationsAction")->trigger();
    QVERIFY(m_modals.done());
    QVERIFY2(lastPackage != QStringLiteral("none yet") && !lastPackage.isEmpty(), qPrintable(lastPackage));
    QVERIFY2(QFile::exists(answer), qPrintable(MessageBox::lastText()));
    FileDialog::setNextFileName(answer);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(*m_clinicWindow, "importPackageAction")->trigger();
    const QString line = statusText(*m_clinicWindow);
    QVERIFY2(line.endsWith(QStringLiteral("referrals not yet at the bureau: 0")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("none yet")), qPrintable(line));
    saveScreenshots();
}

void TestGuiExchange::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    const QList<std::pair<Language, QString>> languages = {{Language::English, QStringLiteral("Patients")},
                                                           {Language::Russian, QStringLiteral("Пациенты")},
                                                           {Language::Kazakh, QStringLiteral("Пациенттер")}};
    for (const auto& [language, patients] : languages) {
        const QString code = Languages::code(language);
        m_bureauWindow->switchLanguage(language);
        m_clinicWindow->switchLanguage(language);
        // Qt posts LanguageChange to every window: grabbed before it arrives, the picture showed the old language.
        for (MainWindow* window : {m_bureauWindow.get(), m_clinicWindow.get()})
            QTRY_COMPARE(window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(), patients);
        // The layouts follow the new texts on their own posted requests: grabbed before those, the picture showed
        // Kazakh words cut to the widths of the English ones.
        QApplication::processEvents();
        m_clinicWindow->exchange()->refreshState();
        QVERIFY(m_clinicWindow->grab().save(QStringLiteral("%1/exchange-clinic-window-%2.png").arg(dir, code)));
        m_bureauWindow->activateWindow();
        m_modals.onNext(
            [&](QWidget* dialog) {
                QVERIFY(dialog->grab().save(QStringLiteral("%1/exchange-workstations-%2.png").arg(dir, code)));
            },
            QStringLiteral("workstationsDialog"));
        action(*m_bureauWindow, "workstationsAction")->trigger();
        QVERIFY(m_modals.done());
        m_clinicWindow->activateWindow();
        m_modals.onNext(
            [&](QWidget* dialog) {
                QVERIFY(dialog->grab().save(QStringLiteral("%1/exchange-status-%2.png").arg(dir, code)));
            },
            QStringLiteral("exchangeStatusDialog"));
        action(*m_clinicWindow, "exchangeStatusAction")->trigger();
        QVERIFY(m_modals.done());
    }
    m_bureauWindow->switchLanguage(Language::English);
    m_clinicWindow->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiExchange)
#include "tst_gui_exchange.moc"
