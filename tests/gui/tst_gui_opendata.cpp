#include "ReferralTableModel.h"
#include "TestSupport.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "referrals/ReferralsPage.h"
#include "services/ImportReport.h"
#include "store/Query.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The Bureau's open data imported from the window: File → Import, the progress dialog on its own thread, the
// report, the referrals list refreshed; and a Cancel in the middle of a big file that leaves the database as
// it was.
class TestGuiOpenData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsReferralsThroughTheMenu();
    void cancelLeavesTheDatabaseAsItWas_data();
    void cancelLeavesTheDatabaseAsItWas();

private:
    static QByteArray header()
    {
        return "hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
               "registration_dt,planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,"
               "referral_purpose,finance_source,sdu_load_date\n";
    }
    QString writeFile(const QString& name, const QByteArray& data) const;
    QByteArray digest() const;
    int count(const QString& sql) const { return Query(m_workspace->database(), sql).scalar().toInt(); }
    QAction* action(const char* name) const
    {
        auto* a = m_window->findChild<QAction*>(QLatin1String(name));
        Q_ASSERT(a);
        return a;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiOpenData::initTestCase()
{
    TestSupport::isolateUserFolders();
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiOpenData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("opendata-gui.sqlite"), m_clock);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiOpenData::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

QString TestGuiOpenData::writeFile(const QString& name, const QByteArray& data) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestGuiOpenData::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"referral", "referral_event", "hospital", "hospital_profile", "bed_profile", "icd10",
                              "tally_status", "tally_registered_day", "tally_waiting", "import_created"}) {
        Query q(m_workspace->database(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        q.exec();
        while (q.next()) {
            for (int c = 0; c < q.columnCount(); ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

void TestGuiOpenData::importsReferralsThroughTheMenu()
{
    const QString path = writeFile(
        QStringLiteral("small.csv"),
        header() + "71.7101.CAR.A1,\"ГКП \"\"Поликлиника №4\"\"\",\"ГКП \"\"Больница №1\"\"\",I25.1,Атеросклероз,"
                   "Кардиологические,2026-10-01 09:15:00,,,,,Город,Консервативное лечение,ГОБМП,2026-11-01\n"
                   "71.7101.DH.B2,ГП №7,Клиника,K80.2,Камни,,01.10.2026 10:00,,,,,Село,Хирургическое лечение,ОСМС,\n"
                   "BROKEN,ГП №1,Больница,I10,Гипертензия,Терапевтические,2026-10-02 11:00:00,,,,,Город,,,\n"
                   "75.7599.NSU.C3,ГП №2,\"Центр, г. Алматы\",G93.1,Поражение мозга,Нейрохирургические,"
                   "2026-09-15T12:00:00,,,,,Город,,,\n");
    m_window->showSection(m_window->referralsPage());
    ReferralsPage* page = m_window->referralsPage();
    QTRY_VERIFY(page->model()->isCountKnown());
    QCOMPARE(page->model()->totalCount(), 0);

    QAction* import = action("importOpenDataReferralsAction");
    QVERIFY(import->isEnabled());
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    import->trigger(); // the progress dialog runs its own loop until the import has finished
    QVERIFY(!QApplication::activeModalWidget());
    const QString report = MessageBox::lastText();
    QVERIFY2(report.contains(QStringLiteral("Imported 3 rows.")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("line 4: \"BROKEN\" is not a hospitalization code")), qPrintable(report));

    // The list shows them without a manual refresh.
    QTRY_VERIFY(page->model()->isCountKnown() && page->model()->totalCount() == 3);
    QTRY_VERIFY(!page->model()->index(2, ReferralTableModel::Code).data().toString().isEmpty());
    QStringList codes;
    for (int row = 0; row < 3; ++row)
        codes << page->model()->index(row, ReferralTableModel::Code).data().toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("71.7101.CAR.A1"), QStringLiteral("71.7101.DH.B2"),
                                 QStringLiteral("75.7599.NSU.C3")}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'done'")), 1);
}

void TestGuiOpenData::cancelLeavesTheDatabaseAsItWas_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestGuiOpenData::cancelLeavesTheDatabaseAsItWas()
{
    QFETCH(QString, code);
    const Language language = code == QLatin1String("kk") ? Language::Kazakh : Language::Russian;
    // Big enough that the clerk can press Cancel after some batches were committed.
    QByteArray data = header();
    const int rows = 50000;
    data.reserve(rows * 120);
    for (int i = 1; i <= rows; ++i)
        data += "71.7198.BIG." + QByteArray::number(i, 36).toUpper() +
                ",ГП,Большая больница,Q99.9,Новый диагноз,Новый профиль,2026-10-01 09:00:00,,,,,Город,,,\n";
    const QString path = writeFile(QStringLiteral("big.csv"), data);
    const QByteArray before = digest();
    const int referrals = count(QStringLiteral("SELECT count(*) FROM referral"));

    m_window->switchLanguage(language);
    bool cancelled = false;
    int ticks = 0;
    auto* watcher = new QTimer(this);
    watcher->setInterval(20);
    connect(watcher, &QTimer::timeout, this, [&] {
        ++ticks; // the window's own event loop keeps running during the import
        QWidget* modal = QApplication::activeModalWidget();
        if (cancelled || !modal || modal->objectName() != QLatin1String("openDataImportDialog"))
            return;
        auto* progress = modal->findChild<QProgressBar*>(QStringLiteral("importProgress"));
        if (!progress || progress->value() <= 0)
            return; // not before a batch was committed
        modal->grab().save(QStringLiteral("%1/opendata-progress-%2.png").arg(TestSupport::screenshotDir(), code));
        auto* cancel = modal->findChild<QPushButton*>(QStringLiteral("cancelImportButton"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelled = true;
        QVERIFY(!cancel->isEnabled());
        QCoreApplication::processEvents(); // the new text laid out, as the clerk sees it
        modal->grab().save(QStringLiteral("%1/opendata-cancelling-%2.png").arg(TestSupport::screenshotDir(), code));
    });
    watcher->start();
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action("importOpenDataReferralsAction")->trigger();
    watcher->stop();
    watcher->deleteLater();
    ImportReport expected;
    expected.cancelled = true;
    const QString cancelledText = expected.summary(); // in the clerk's language
    m_window->switchLanguage(Language::English);

    QVERIFY2(cancelled, "the import ended before Cancel could be pressed");
    QVERIFY(ticks > 1);
    QVERIFY2(MessageBox::lastText().startsWith(cancelledText), qPrintable(MessageBox::lastText()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral")), referrals);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_batch WHERE status = 'running'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bed_profile WHERE code = 'BIG'")), 0);
    QCOMPARE(digest(), before);
    QTRY_VERIFY(m_window->referralsPage()->model()->isCountKnown());
    QCOMPARE(m_window->referralsPage()->model()->totalCount(), referrals);
}

QTEST_MAIN(TestGuiOpenData)
#include "tst_gui_opendata.moc"
