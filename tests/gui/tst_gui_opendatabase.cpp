#include "ModalDriver.h"
#include "PatientTableModel.h"
#include "TestSupport.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "patients/PatientsPage.h"
#include "services/PatientService.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// File → Open database… on a real PostgreSQL server (the `postgres` fixture's throwaway cluster, which logs in
// by password over TCP as a bureau's server does): a clerk at a single desk's file opens the bureau's shared
// database by typing the server, and the window then lists the server's data and names it in the status bar; a
// wrong or missing password and a server away are explained while the clerk stays in the dialog with everything
// typed and the file stays open; libpq's PGPASSWORD and ~/.pgpass answer instead of typing; the servers opened
// before are offered again — and no password is ever written to the settings file.
class TestGuiOpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aServerDatabaseOpensThroughTheDialog();
    void aWrongPasswordIsRefusedAndTheClerkStays();
    void aServerAwayIsExplained();
    void pgpassOrPgpasswordAnswersWithoutTyping();
    void recentServersAreOfferedAgain();
    void theDialogFitsALaptopScreenInEveryLanguage();

private:
    // Opens File → Open database… in `window` and runs the steps in the dialog (ModalDriver answers exec()).
    void inDialog(MainWindow& window, const std::function<void(OpenDatabaseDialog*)>& steps);
    // Types the server's address (and this password) on the Server tab.
    void typeServer(OpenDatabaseDialog* dialog, const QString& password);
    static void clickOpen(OpenDatabaseDialog* dialog);
    static QByteArray settingsFile();

    QTemporaryDir m_settings;
    QString m_clerk;
    QString m_clerkPassword;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    DatabaseLocation m_server; // the bureau's shared database, with its password
    std::unique_ptr<Workspace> m_desk;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiOpenDatabase::initTestCase()
{
    TestSupport::isolateUserFolders();
    // A settings file of this test's own, read back whole to prove that no password is in it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY2(TestSupport::onPostgres(), "runs on the postgres fixture's server (JOLDAMA_TEST_BACKEND=postgres)");
    // The clerk's own login on the server, as the administrator makes one (createuser), with a password found
    // nowhere else: a member of the role that owns the test databases, so it works on their tables.
    m_clerk = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
    m_clerkPassword = QStringLiteral("Pw-") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    const DatabaseLocation admin = DatabaseLocation::fromArgument(TestSupport::postgresServerUrl());
    {
        QSqlDatabase db = TestSupport::rawConnection(admin, QStringLiteral("admin"));
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_clerk));
        QVERIFY2(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_clerk, m_clerkPassword)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("GRANT %1 TO %2").arg(admin.user, m_clerk)),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    // libpq would read the user's own ~/.pgpass: a test decides what it holds.
    qputenv("PGPASSFILE", m_settings.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
    qunsetenv("PGPASSWORD");
}

void TestGuiOpenDatabase::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    // The bureau's shared database on the server, with a patient registered at another workstation.
    {
        auto shared = TestSupport::openWorkspace(*m_dir, QStringLiteral("shared.sqlite"), m_clock);
        Patient p;
        p.iin = QStringLiteral("850720400126");
        p.lastName = QStringLiteral("Серікбаева");
        p.firstName = QStringLiteral("Гүлнар");
        p.regionCode = QStringLiteral("71");
        shared->patients().registerPatient(p);
        m_server = shared->database().location();
    }
    m_server.user = m_clerk;
    m_server.password = m_clerkPassword;
    QVERIFY(!m_server.password.isEmpty());
    // The clerk works at a single desk's file, empty.
    m_desk = Workspace::open(DatabaseLocation::sqliteFile(m_dir->filePath(QStringLiteral("desk.sqlite"))), m_clock);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_desk, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->patientsPage()->model()->totalCount(), 0);
}

void TestGuiOpenDatabase::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_dir.reset();
    qunsetenv("PGPASSWORD");
}

void TestGuiOpenDatabase::inDialog(MainWindow& window, const std::function<void(OpenDatabaseDialog*)>& steps)
{
    ModalDriver driver;
    bool ran = false;
    driver.onNext(
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<OpenDatabaseDialog*>(modal);
            QVERIFY(dialog);
            ran = true;
            steps(dialog);
        },
        QStringLiteral("openDatabaseDialog"));
    window.findChild<QAction*>(QStringLiteral("openDatabaseAction"))->trigger();
    QVERIFY(ran);
}

void TestGuiOpenDatabase::typeServer(OpenDatabaseDialog* dialog, const QString& password)
{
    dialog->tabs()->setCurrentIndex(dialog->tabs()->indexOf(dialog->findChild<QWidget*>(QStringLiteral("serverTab"))));
    QVERIFY(dialog->serverChosen());
    for (QLineEdit* edit : {dialog->hostEdit(), dialog->databaseEdit(), dialog->userEdit(), dialog->passwordEdit()})
        edit->clear();
    QTest::keyClicks(dialog->hostEdit(), m_server.host);
    dialog->portBox()->setValue(m_server.port);
    QTest::keyClicks(dialog->databaseEdit(), m_server.databaseName);
    QTest::keyClicks(dialog->userEdit(), m_server.user);
    QTest::keyClicks(dialog->passwordEdit(), password);
}

void TestGuiOpenDatabase::clickOpen(OpenDatabaseDialog* dialog)
{
    QPushButton* open = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
}

QByteArray TestGuiOpenDatabase::settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestGuiOpenDatabase::aServerDatabaseOpensThroughTheDialog()
{
    QSignalSpy opened(m_window.get(), &MainWindow::anotherDatabaseOpened);
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        typeServer(dialog, m_server.password);
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    QCOMPARE(opened.count(), 1);
    std::unique_ptr<Workspace> shared = m_window->takeOpenedDatabase();
    QVERIFY(shared);
    QCOMPARE(int(shared->database().location().kind), int(SqlDialect::Kind::Postgres));

    // The application puts a new window on it, as Application::run does.
    MainWindow serverWindow(*shared, *m_languages);
    serverWindow.resize(1366, 768);
    serverWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&serverWindow));
    PatientTableModel* patients = serverWindow.patientsPage()->model();
    QTRY_COMPARE(patients->totalCount(), 1);
    QTRY_VERIFY(patients->rowCount() == 1 && patients->index(0, 0).isValid());
    bool listed = false;
    for (int column = 0; column < patients->columnCount(); ++column)
        listed = listed || patients->index(0, column).data().toString().contains(QStringLiteral("Серікбаева"));
    QVERIFY2(listed, "the server's patient is listed");

    // The status bar names the server, never the password, and says it answers.
    const QString named =
        QStringLiteral("%1@%2:%3/%4").arg(m_server.user, m_server.host).arg(m_server.port).arg(m_server.databaseName);
    QCOMPARE(serverWindow.databaseLabel()->text(), QStringLiteral("Database: ") + named);
    QVERIFY(!serverWindow.databaseLabel()->toolTip().contains(m_server.password));
    QTRY_COMPARE(serverWindow.serverLabel()->text(), QStringLiteral("Server answers"));
    QVERIFY(serverWindow.serverLabel()->isVisible());
    QVERIFY(
        serverWindow.grab().save(TestSupport::screenshotDir() + QStringLiteral("/open-database-server-window.png")));

    // Remembered by its address, without the password.
    const QStringList recent = OpenDatabaseDialog::recentServers();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.constFirst(), QStringLiteral("postgresql://") + named);
    const QByteArray settings = settingsFile();
    QVERIFY2(settings.contains(named.toUtf8()), settings.constData());
    QVERIFY2(!settings.contains(m_server.password.toUtf8()), settings.constData());
}

void TestGuiOpenDatabase::aWrongPasswordIsRefusedAndTheClerkStays()
{
    const QString wrong = QStringLiteral("not-the-password-%1").arg(QCoreApplication::applicationPid());
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        typeServer(dialog, wrong);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickOpen(dialog);
        // Refused with a message that says what to do; the clerk stays, with everything typed.
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            MessageBox::lastText().contains(QStringLiteral("did not accept the password of the user ") + m_server.user),
            qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("type the password again")));
        QVERIFY(!MessageBox::lastText().contains(wrong));
        QCOMPARE(dialog->hostEdit()->text(), m_server.host);
        QCOMPARE(dialog->portBox()->value(), m_server.port);
        QCOMPARE(dialog->databaseEdit()->text(), m_server.databaseName);
        QCOMPARE(dialog->userEdit()->text(), m_server.user);
        QCOMPARE(dialog->passwordEdit()->text(), wrong);
        QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());

        // No password at all, and none in ~/.pgpass or PGPASSWORD: the server asks for one.
        dialog->passwordEdit()->clear();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickOpen(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("asks for the password of the user")),
                 qPrintable(MessageBox::lastText()));

        // A database the server does not have.
        dialog->databaseEdit()->setText(QStringLiteral("no_such_database"));
        QTest::keyClicks(dialog->passwordEdit(), m_server.password);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickOpen(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("has no database named no_such_database")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(QApplication::focusWidget(), dialog->databaseEdit());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    // The file stays open in the window; nothing was opened, remembered or written with a password.
    QVERIFY(!m_window->takeOpenedDatabase());
    QCOMPARE(int(m_desk->database().location().kind), int(SqlDialect::Kind::Sqlite));
    QVERIFY(m_window->databaseLabel()->text().endsWith(QStringLiteral("desk.sqlite")));
    QVERIFY(OpenDatabaseDialog::recentServers().isEmpty());
    const QByteArray settings = settingsFile();
    QVERIFY2(!settings.contains(wrong.toUtf8()), settings.constData());
    QVERIFY2(!settings.contains(m_server.password.toUtf8()), settings.constData());
}

void TestGuiOpenDatabase::aServerAwayIsExplained()
{
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        typeServer(dialog, m_server.password);
        dialog->portBox()->setValue(1); // nothing listens there
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickOpen(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("does not answer")) &&
                     MessageBox::lastText().contains(QStringLiteral("check the network and the server")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog->portBox()->value(), 1);
        QCOMPARE(dialog->passwordEdit()->text(), m_server.password);
        QCOMPARE(QApplication::focusWidget(), dialog->hostEdit());
        // Nothing typed: said before any connection is tried.
        dialog->hostEdit()->clear();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickOpen(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Type the server's name or address")),
                 qPrintable(MessageBox::lastText()));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(!m_window->takeOpenedDatabase());
}

void TestGuiOpenDatabase::pgpassOrPgpasswordAnswersWithoutTyping()
{
    // PGPASSWORD, as a script or a kiosk's session would set it.
    qputenv("PGPASSWORD", m_server.password.toUtf8());
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        typeServer(dialog, QString());
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
    });
    QVERIFY(m_window->takeOpenedDatabase());
    qunsetenv("PGPASSWORD");

    // The user's password file (mode 0600, host:port:database:user:password), the way a workstation is set up once.
    const QString pgpass = m_settings.filePath(QStringLiteral("pgpass"));
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                       .arg(m_server.host)
                       .arg(m_server.port)
                       .arg(m_server.user, m_server.password)
                       .toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QByteArray previous = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        typeServer(dialog, QString());
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
    });
    qputenv("PGPASSFILE", previous);
    QVERIFY(m_window->takeOpenedDatabase());
    QVERIFY(!settingsFile().contains(m_server.password.toUtf8()));
}

void TestGuiOpenDatabase::recentServersAreOfferedAgain()
{
    // The server first, from the desk.
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        QCOMPARE(dialog->recentServerList()->count(), 0);
        typeServer(dialog, m_server.password);
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
    });
    std::unique_ptr<Workspace> shared = m_window->takeOpenedDatabase();
    QVERIFY(shared);
    m_window.reset();
    m_desk.reset();

    // On the server's window the dialog shows the server in use, and the desk's file is chosen back.
    auto serverWindow = std::make_unique<MainWindow>(*shared, *m_languages);
    serverWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(serverWindow.get()));
    const QString deskPath = m_dir->filePath(QStringLiteral("desk.sqlite"));
    inDialog(*serverWindow, [&](OpenDatabaseDialog* dialog) {
        QVERIFY(dialog->serverChosen());
        QCOMPARE(dialog->hostEdit()->text(), m_server.host);
        QCOMPARE(dialog->databaseEdit()->text(), m_server.databaseName);
        QVERIFY(dialog->passwordEdit()->text().isEmpty()); // the password in use is not shown again
        QCOMPARE(dialog->recentServerList()->count(), 1);
        dialog->tabs()->setCurrentIndex(0);
        dialog->fileEdit()->setText(deskPath);
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
    });
    m_desk = serverWindow->takeOpenedDatabase();
    QVERIFY(m_desk);
    serverWindow.reset();
    shared.reset();

    // Back at the desk: the file and the server are offered; the server is chosen from the list, the password typed.
    m_window = std::make_unique<MainWindow>(*m_desk, *m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString named =
        QStringLiteral("%1@%2:%3/%4").arg(m_server.user, m_server.host).arg(m_server.port).arg(m_server.databaseName);
    inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
        QCOMPARE(dialog->recentList()->count(), 1);
        QCOMPARE(dialog->recentList()->item(0)->text(),
                 QDir::toNativeSeparators(QFileInfo(deskPath).absoluteFilePath()));
        QListWidget* servers = dialog->recentServerList();
        QCOMPARE(servers->count(), 1);
        QCOMPARE(servers->item(0)->text(), named);
        dialog->tabs()->setCurrentIndex(1);
        for (QLineEdit* edit : {dialog->hostEdit(), dialog->databaseEdit(), dialog->userEdit()})
            edit->clear();
        dialog->portBox()->setValue(5432);
        QTest::mouseClick(servers->viewport(), Qt::LeftButton, {}, servers->visualItemRect(servers->item(0)).center());
        QCOMPARE(dialog->hostEdit()->text(), m_server.host);
        QCOMPARE(dialog->portBox()->value(), m_server.port);
        QCOMPARE(dialog->databaseEdit()->text(), m_server.databaseName);
        QCOMPARE(dialog->userEdit()->text(), m_server.user);
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog->passwordEdit(), m_server.password);
        clickOpen(dialog);
        QVERIFY2(!dialog->isVisible(), qPrintable(MessageBox::lastText()));
    });
    shared = m_window->takeOpenedDatabase();
    QVERIFY(shared);
    QCOMPARE(shared->database().location().describe(), named);
    QCOMPARE(OpenDatabaseDialog::recentServers(), QStringList{QStringLiteral("postgresql://") + named});
    const QByteArray settings = settingsFile();
    QVERIFY2(!settings.contains(m_server.password.toUtf8()), settings.constData());
}

// The dialog over the window on a 1366×768 laptop, in each language, as the clerk sees it before Open (saved for a
// person to look at).
void TestGuiOpenDatabase::theDialogFitsALaptopScreenInEveryLanguage()
{
    OpenDatabaseDialog::remember(m_server);
    for (Language language : {Language::English, Language::Russian, Language::Kazakh}) {
        m_window->switchLanguage(language);
        QApplication::processEvents();
        inDialog(*m_window, [&](OpenDatabaseDialog* dialog) {
            typeServer(dialog, QStringLiteral("secret"));
            dialog->encryptionBox()->setCurrentIndex(dialog->encryptionBox()->findData(QStringLiteral("require")));
            QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
            const QSize minimum = dialog->minimumSizeHint();
            QVERIFY(minimum.width() <= 1366 && minimum.height() <= 768);
            QPixmap screen = m_window->grab();
            QCOMPARE(screen.size(), QSize(1366, 768));
            {
                QPainter painter(&screen);
                painter.fillRect(screen.rect(), QColor(0, 0, 0, 60));
                const QPixmap shown = dialog->grab();
                painter.drawPixmap((screen.width() - shown.width()) / 2, (screen.height() - shown.height()) / 2, shown);
            }
            QVERIFY(screen.save(QStringLiteral("%1/open-database-server-%2.png")
                                    .arg(TestSupport::screenshotDir(), Languages::code(language))));
            QVERIFY(dialog->grab().save(QStringLiteral("%1/open-database-dialog-%2.png")
                                            .arg(TestSupport::screenshotDir(), Languages::code(language))));
        });
    }
    m_window->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiOpenDatabase)
#include "tst_gui_opendatabase.moc"
