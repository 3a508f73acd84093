#include "PrintTools.h"
#include "TestSupport.h"
#include "documents/AbroadApplicationDocument.h"
#include "documents/AbroadApplicationPrintout.h"
#include "documents/BedsPrintout.h"
#include "documents/BureauHeading.h"
#include "documents/ContactsPrintout.h"
#include "documents/HospitalsPrintout.h"
#include "documents/ListingPrintout.h"
#include "documents/PdfExport.h"
#include "documents/PrintLanguage.h"
#include "documents/PrintSetup.h"
#include "documents/QueuePrintout.h"
#include "documents/QuotasPrintout.h"
#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "domain/AppInfo.h"
#include "domain/Workstation.h"
#include "services/AbroadService.h"
#include "services/BedService.h"
#include "services/BureauService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferralService.h"
#include "store/Listings.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Every printout as `pdftotext -layout` reads it, compared line by line with a snapshot committed under
// tests/documents/golden/: a change of wording, order, column or page break shows in review as a diff of
// plain text. The database is made the same way on every run (fixed clock, same records in the same order),
// time zone, locale and account are fixed (main), and the account and the program's version are written as
// {{USER}} and {{VERSION}} in the snapshots.
//
// After an intended change: JOLDAMA_UPDATE_GOLDEN=1 (or `cmake --build build --target update_golden`) writes
// the snapshots anew; look at the diff before committing it. The first page of each printout is kept as a PNG
// in the screenshots folder (golden-*.png) for a person to look at.
class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void printoutMatchesItsSnapshot_data();
    void printoutMatchesItsSnapshot();
    void everySnapshotIsChecked();

private:
    using Build = std::function<std::unique_ptr<PagedDocument>()>;
    void addPrintout(const QString& name, PrintSetup setup, Build build);
    void registerPatient(const QString& iin, const QString& last, const QString& first, const QString& middle,
                         const QString& region);
    Referral registerReferral(const QString& iin, const QString& hospital, const QString& profile,
                              const QString& diagnosis);
    // A list of the window (File → Print on Patients or Referrals), put together as PrintActions does.
    std::unique_ptr<PagedDocument> listing(Language languageId, const char* title, const Listing& listing,
                                           const ListingRequest& request, const QStringList& columns);
    QString normalized(QString text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_ticketCode;
    qint64 m_applicationId = 0;
    struct Printout
    {
        PrintSetup setup;
        Build build;
    };
    QMap<QString, Printout> m_printouts;
    QStringList m_checked;
};

namespace {
QString goldenDir()
{
    return QStringLiteral(JOLDAMA_SOURCE_DIR "/tests/documents/golden");
}

QString actualDir()
{
    return QStringLiteral(JOLDAMA_BINARY_DIR "/golden-actual");
}

bool updating()
{
    return qEnvironmentVariableIntValue("JOLDAMA_UPDATE_GOLDEN") == 1;
}

PrintSetup landscape()
{
    PrintSetup setup;
    setup.orientation = QPageLayout::Landscape;
    return setup;
}

PrintSetup a5()
{
    PrintSetup setup;
    setup.pageSize = QPageSize::A5;
    setup.marginMm = PrintSetup::defaultMargin(QPageSize::A5);
    return setup;
}
} // namespace

void TestGolden::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow()); // Monday 16 November 2026, 10:00
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("golden.sqlite"), *m_clock);
    Workspace& ws = *m_workspace;
    ws.bureau().setInfo({QStringLiteral("Бюро госпитализации г. Астаны"), QStringLiteral("71")});

    registerPatient(QStringLiteral("900115300013"), QStringLiteral("Әлиханов"), QStringLiteral("Нұрлан"),
                    QStringLiteral("Серікұлы"), QStringLiteral("71"));
    registerPatient(QStringLiteral("850720400126"), QStringLiteral("Иванова"), QStringLiteral("Алёна"), {},
                    QStringLiteral("71"));
    registerPatient(QStringLiteral("051231600017"), QStringLiteral("Қасымова"), QStringLiteral("Айгерім"), {},
                    QStringLiteral("71"));
    registerPatient(QStringLiteral("900115300401"), QStringLiteral("Петров"), QStringLiteral("Сергей"),
                    QStringLiteral("Иванович"), QStringLiteral("71"));
    registerPatient(QStringLiteral("010203500078"), QStringLiteral("Смағұлова"), QStringLiteral("Дана"), {},
                    QStringLiteral("75"));

    ws.beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2});
    ws.beds().report(QStringLiteral("7102"), QStringLiteral("CAR"), {}, BedCount{25, 24, 0});
    m_ticketCode = registerReferral(QStringLiteral("900115300013"), QStringLiteral("7101"), QStringLiteral("CAR"),
                                    QStringLiteral("I25.1"))
                       .code;
    m_clock->advance(600);
    registerReferral(QStringLiteral("850720400126"), QStringLiteral("7101"), QStringLiteral("CAR"),
                     QStringLiteral("I20.8"));
    m_clock->advance(600);
    const Referral third = registerReferral(QStringLiteral("051231600017"), QStringLiteral("7101"),
                                            QStringLiteral("CAR"), QStringLiteral("I25.1"));
    m_clock->advance(600);
    const Referral refused = registerReferral(QStringLiteral("900115300401"), QStringLiteral("7101"),
                                              QStringLiteral("CAR"), QStringLiteral("I25.1"));
    m_clock->advance(600);
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("documents");
    refusal.reason = QStringLiteral("Нет коагулограммы");
    ws.referrals().transition(refused.code, ReferralStatus::Refused, refusal);
    ReferralService::Transition scheduled;
    scheduled.date = QDate(2026, 11, 24);
    ws.referrals().transition(third.code, ReferralStatus::Scheduled, scheduled);
    m_clock->advance(600);

    // A region's quotas of a year, split by population, one of them taken by a referral.
    ws.quotas().allocate(2026, QStringLiteral("CSU"), 120);
    ReferralService::Registration htmc;
    htmc.iin = QStringLiteral("010203500078");
    htmc.hospitalCode = QStringLiteral("7102");
    htmc.profileCode = QStringLiteral("CAR");
    htmc.diagnosisCode = QStringLiteral("I25.1");
    htmc.funding = QStringLiteral("htmc");
    htmc.quotaProfile = QStringLiteral("CSU");
    htmc.referringOrg = QStringLiteral("ГП № 12, г. Алматы");
    ws.referrals().registerReferral(htmc);
    m_clock->advance(600);

    // An application for treatment abroad, submitted and approved.
    AbroadService::Application application;
    application.iin = QStringLiteral("051231600017");
    application.diagnosisCode = QStringLiteral("Q21.0");
    application.diseaseCode = QStringLiteral("complex_congenital_heart");
    // Қасымова is 20: not a child any more (the category is checked against the age), a disease of the list.
    application.categoryCode = QStringLiteral("listed_disease");
    application.country = QStringLiteral("Германия");
    application.documents << AbroadDocument{0, QStringLiteral("Выписка из истории болезни"), m_clock->today(), {}}
                          << AbroadDocument{0, QStringLiteral("Заключение республиканской комиссии"), m_clock->today(),
                                            QStringLiteral("копия")};
    application.submit = true;
    m_applicationId = ws.abroad().add(application).id;
    m_clock->advance(3600);
    AbroadService::Decision approval;
    approval.decision = QStringLiteral("approved");
    approval.date = m_clock->today();
    approval.protocol = QStringLiteral("47");
    approval.clinic = QStringLiteral("Universitätsklinikum Heidelberg");
    ws.abroad().decide(m_applicationId, approval);
    m_clock->set(QDateTime(QDate(2026, 11, 16), QTime(15, 30))); // printed in the afternoon

    // The printouts, each as the window, the CLI or both make it.
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        addPrintout(QStringLiteral("ticket-") + Languages::code(language), {},
                    [this, language] { return TicketPrintout::build(*m_workspace, m_ticketCode, language); });
    }
    addPrintout(QStringLiteral("ticket-ru-a5"), a5(),
                [this] { return TicketPrintout::build(*m_workspace, m_ticketCode, Language::Russian); });
    addPrintout(QStringLiteral("queue-internal-ru"), {}, [this] {
        return QueuePrintout::build(*m_workspace, QStringLiteral("7101"), QStringLiteral("CAR"),
                                    QueuePrintout::Version::Internal, Language::Russian);
    });
    addPrintout(QStringLiteral("queue-public-kk"), {}, [this] {
        return QueuePrintout::build(*m_workspace, QStringLiteral("7101"), QStringLiteral("CAR"),
                                    QueuePrintout::Version::Public, Language::Kazakh);
    });
    addPrintout(QStringLiteral("beds-71-ru"), landscape(),
                [this] { return BedsPrintout::build(*m_workspace, QStringLiteral("71"), Language::Russian); });
    addPrintout(QStringLiteral("contacts-kk"), landscape(),
                [this] { return ContactsPrintout::build(*m_workspace, Language::Kazakh); });
    addPrintout(QStringLiteral("refusals-november-ru"), landscape(), [this] {
        return RefusalsPrintout::build(*m_workspace, QDate(2026, 11, 1), QDate(2026, 11, 30), Language::Russian);
    });
    addPrintout(QStringLiteral("hospitals-71-en"), landscape(), [this] {
        QList<Hospital> astana;
        for (const Hospital& h : m_workspace->hospitals().hospitals()) {
            if (h.regionCode == QLatin1String("71"))
                astana << h;
        }
        return HospitalsPrintout::build(*m_workspace, astana, {QStringLiteral("Filter: «Astana»")}, Language::English);
    });
    addPrintout(QStringLiteral("quotas-2026-csu-ru"), landscape(), [this] {
        return QuotasPrintout::build(*m_workspace, 2026, QStringLiteral("CSU"),
                                     m_workspace->quotas().regionPlans(2026, QStringLiteral("CSU")), {},
                                     Language::Russian);
    });
    for (Language language : {Language::Kazakh, Language::Russian}) {
        addPrintout(QStringLiteral("abroad-application-") + Languages::code(language), {}, [this, language] {
            return AbroadApplicationPrintout::build(*m_workspace, m_applicationId, language);
        });
    }
    addPrintout(QStringLiteral("patients-list-en"), landscape(), [this] {
        ListingRequest byName;
        byName.sortColumn = 1;
        return listing(Language::English, QT_TRANSLATE_NOOP("Printout", "Patients"), Listings::patients(), byName,
                       {QStringLiteral("iin"), QStringLiteral("name"), QStringLiteral("birth_date"),
                        QStringLiteral("sex"), QStringLiteral("region_code"), QStringLiteral("insured")});
    });
    addPrintout(QStringLiteral("referrals-list-kk"), landscape(), [this] {
        ListingRequest newestFirst;
        newestFirst.sortColumn = 1;
        newestFirst.order = Qt::DescendingOrder;
        return listing(Language::Kazakh, QT_TRANSLATE_NOOP("Printout", "Referrals"), Listings::referrals(), newestFirst,
                       {QStringLiteral("code"), QStringLiteral("registered_at"), QStringLiteral("status"),
                        QStringLiteral("patient"), QStringLiteral("hospital"), QStringLiteral("profile_code"),
                        QStringLiteral("preliminary_date"), QStringLiteral("funding")});
    });
    QDir().mkpath(actualDir());
    if (updating())
        QDir().mkpath(goldenDir());
}

void TestGolden::cleanupTestCase()
{
    m_workspace.reset();
}

void TestGolden::addPrintout(const QString& name, PrintSetup setup, Build build)
{
    m_printouts.insert(name, Printout{setup, std::move(build)});
}

void TestGolden::registerPatient(const QString& iin, const QString& last, const QString& first, const QString& middle,
                                 const QString& region)
{
    Patient p;
    p.iin = iin;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.regionCode = region;
    p.phone = QStringLiteral("87011234567");
    m_workspace->patients().registerPatient(p);
    m_clock->advance(60);
}

Referral TestGolden::registerReferral(const QString& iin, const QString& hospital, const QString& profile,
                                      const QString& diagnosis)
{
    ReferralService::Registration in;
    in.iin = iin;
    in.hospitalCode = hospital;
    in.profileCode = profile;
    in.diagnosisCode = diagnosis;
    in.referringOrg = QStringLiteral("Емхана № 4");
    in.referringDoctor = QStringLiteral("Жұмабекова А. Т.");
    return m_workspace->referrals().registerReferral(in);
}

std::unique_ptr<PagedDocument> TestGolden::listing(Language languageId, const char* title, const Listing& listing,
                                                   const ListingRequest& request, const QStringList& columns)
{
    const PrintLanguage language(languageId);
    const QString heading = language.text(title);
    auto document = std::make_unique<TableDocument>(BureauHeading::frame(*m_workspace, language, {}, heading), heading);
    document->setSubtitle(
        {(request.order == Qt::DescendingOrder
              ? language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, descending"))
              : language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, ascending")))
             .arg(ListingPrintout::columnTitle(language, listing.columns.at(request.sortColumn).key))});
    TableDocument::Part part = ListingPrintout::part(*m_workspace, language, listing, request, columns);
    const qsizetype rows = part.rows.size();
    document->addPart(std::move(part));
    document->setClosing({language.text(QT_TRANSLATE_NOOP("Printout", "Rows: %1.")).arg(rows)});
    return document;
}

QString TestGolden::normalized(QString text) const
{
    // What the computer it runs on decides: the account that printed and the program's version.
    QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpression user(
        QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(Workstation::currentUser())));
    const QRegularExpression version(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(AppInfo::version())));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    for (QString& line : lines) {
        const QString before = line;
        line.replace(user, QStringLiteral("{{USER}}"));
        line.replace(version, QStringLiteral("{{VERSION}}"));
        // A name of another length moves what follows it on the line: one space between words there.
        if (line != before)
            line = line.trimmed().replace(spaces, QStringLiteral(" "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

void TestGolden::printoutMatchesItsSnapshot_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : m_printouts.keys())
        QTest::newRow(qPrintable(name)) << name;
}

void TestGolden::printoutMatchesItsSnapshot()
{
    QFETCH(QString, name);
    const Printout& printout = m_printouts[name];
    m_checked << name;
    const std::unique_ptr<PagedDocument> document = printout.build();
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    PdfExport::write(*document, printout.setup.pageLayout(), pdf);
    PrintTools::keepFirstPage(pdf, QStringLiteral("golden-") + name);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                  QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000), "pdftotext did not finish");
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString actual = normalized(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    QVERIFY(!actual.trimmed().isEmpty());

    const QString goldenPath = QDir(goldenDir()).filePath(name + QStringLiteral(".txt"));
    const QString actualPath = QDir(actualDir()).filePath(name + QStringLiteral(".txt"));
    QFile actualFile(actualPath);
    QVERIFY(actualFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    actualFile.write(actual.toUtf8());
    actualFile.close();

    QFile golden(goldenPath);
    const QString expected = golden.open(QIODevice::ReadOnly) ? QString::fromUtf8(golden.readAll()) : QString();
    golden.close();
    if (updating()) {
        if (expected != actual) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual.toUtf8());
            qInfo("updated %s", qPrintable(goldenPath));
        }
        return;
    }
    QVERIFY2(QFile::exists(goldenPath),
             qPrintable(QStringLiteral("no snapshot %1: make it with JOLDAMA_UPDATE_GOLDEN=1 (or cmake --build build "
                                       "--target update_golden) and look at it before committing")
                            .arg(goldenPath)));
    if (expected != actual) {
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), goldenPath, actualPath});
        diff.waitForFinished(60000);
        QFAIL(qPrintable(QStringLiteral("%1 differs from its snapshot (what was printed: %2):\n%3\nIf the change is "
                                        "intended, run with JOLDAMA_UPDATE_GOLDEN=1 and commit the new snapshot.")
                             .arg(name, actualPath, QString::fromUtf8(diff.readAllStandardOutput()))));
    }
}

void TestGolden::everySnapshotIsChecked()
{
    // A snapshot whose printout was renamed or removed would otherwise lie about what is tested.
    if (!QTest::currentTestFailed() && m_checked.size() == m_printouts.size()) {
        for (const QString& file : QDir(goldenDir()).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            const QString name = file.chopped(4);
            if (updating() && !m_printouts.contains(name)) {
                QFile::remove(QDir(goldenDir()).filePath(file));
                qInfo("removed %s", qPrintable(file));
                continue;
            }
            QVERIFY2(m_printouts.contains(name), qPrintable(QStringLiteral("%1 has no printout").arg(file)));
        }
    }
}

int main(int argc, char** argv)
{
    // The same moment, time zone, locale and account on every computer. The account that printed shows on the
    // application for treatment abroad, and pdftotext lays a whole page out anew when one name is longer: the
    // account CI runs as (Workstation::currentUser reads these variables).
    qputenv("USER", "root");
    qputenv("LOGNAME", "root");
    qputenv("TZ", "UTC");
    qputenv("LC_ALL", "C.UTF-8");
    QLocale::setDefault(QLocale::c());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    TestGolden test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_golden.moc"
