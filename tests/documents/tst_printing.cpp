#include "PrintTools.h"
#include "TestSupport.h"
#include "documents/BedsPrintout.h"
#include "documents/ContactsPrintout.h"
#include "documents/ListingPrintout.h"
#include "documents/PdfExport.h"
#include "documents/PrintLanguage.h"
#include "documents/PrintSetup.h"
#include "documents/QrCode.h"
#include "documents/QueuePrintout.h"
#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/Iin.h"
#include "domain/NameText.h"
#include "domain/OperationError.h"
#include "services/BedService.h"
#include "services/BureauService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/WaitingListService.h"
#include "store/HospitalStore.h"
#include "store/Listings.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Printouts read back as a person or another program would read them: the text with pdftotext, the fonts
// with pdffonts, the QR code with zbarimg from a rendered page, the pages with pdfinfo.
class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void domainLabelsKeepTheirSources();
    void printoutLanguageIsNotTheInterfaceLanguage();
    void ticketCarriesEveryField_data();
    void ticketCarriesEveryField();
    void ticketOnA5();
    void qrCodeImageScans();
    void ticketForAnUnknownCodeIsRefused();
    void bureauNameFromTheSettings();
    void publicQueueNamesNobody();
    void tenThousandEntryQueue();
    void bedsContactsAndRefusals();
    void filteredListPrintsExactlyItsRows();
    void pdfIsNeverLeftHalfWritten();

private:
    QString pdf(PagedDocument& document, const QString& name, const PrintSetup& setup = {});
    Referral registerReferral(const QString& iin, const QString& hospital = QStringLiteral("7101"));
    void registerPatient(const QString& iin, const QString& last, const QString& first, const QString& middle = {});
    QString profileName(Language language) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QList<Referral> m_referrals; // 7101 CAR, in queue order
    Referral m_refused;
    QHash<QString, QString> m_names; // IIN → full name
};

void TestPrinting::initTestCase()
{
    TestSupport::isolateUserFolders();
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow()); // Monday 16 November 2026, 10:00
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("print.sqlite"), *m_clock);
    registerPatient(QStringLiteral("900115300013"), QStringLiteral("Әлиханов"), QStringLiteral("Нұрлан"),
                    QStringLiteral("Серікұлы"));
    registerPatient(QStringLiteral("850720400126"), QStringLiteral("Иванова"), QStringLiteral("Алёна"));
    registerPatient(QStringLiteral("051231600017"), QStringLiteral("Қасымова"), QStringLiteral("Айгерім"));
    registerPatient(QStringLiteral("900115300401"), QStringLiteral("Петров"), QStringLiteral("Сергей"));
    m_workspace->beds().report(QStringLiteral("7101"), QStringLiteral("CAR"), {}, BedCount{40, 30, 2});
    for (const char* iin : {"900115300013", "850720400126", "051231600017"}) {
        m_referrals << registerReferral(QLatin1String(iin));
        m_clock->advance(60);
    }
    m_refused = registerReferral(QStringLiteral("900115300401"));
    ReferralService::Transition refusal;
    refusal.reasonCode = QStringLiteral("documents");
    refusal.reason = QStringLiteral("Нет коагулограммы");
    m_workspace->referrals().transition(m_refused.code, ReferralStatus::Refused, refusal);
}

void TestPrinting::cleanupTestCase()
{
    m_workspace.reset();
}

void TestPrinting::registerPatient(const QString& iin, const QString& last, const QString& first, const QString& middle)
{
    Patient p;
    p.iin = iin;
    p.lastName = last;
    p.firstName = first;
    p.middleName = middle;
    p.regionCode = QStringLiteral("71");
    m_names.insert(iin, m_workspace->patients().registerPatient(p).fullName());
}

Referral TestPrinting::registerReferral(const QString& iin, const QString& hospital)
{
    ReferralService::Registration in;
    in.iin = iin;
    in.hospitalCode = hospital;
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.referringOrg = QStringLiteral("Емхана № 4");
    return m_workspace->referrals().registerReferral(in);
}

QString TestPrinting::profileName(Language language) const
{
    for (const BedProfile& p : m_workspace->referenceData().profiles()) {
        if (p.code == QLatin1String("CAR"))
            return p.name(language);
    }
    return {};
}

QString TestPrinting::pdf(PagedDocument& document, const QString& name, const PrintSetup& setup)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    PdfExport::write(document, setup.pageLayout(), path);
    PrintTools::keepFirstPage(path, QStringLiteral("print-") + name);
    return path;
}

void TestPrinting::domainLabelsKeepTheirSources()
{
    // The printout looks the domain's labels up by their English source: if CareTerms or ReferralStatuses
    // change a word, the two must change together (no translator is installed here: sources on both sides).
    const PrintLanguage english(Language::English);
    for (const QString& code : CareTerms::fundingCodes())
        QCOMPARE(english.fundingLabel(code), CareTerms::fundingLabel(code));
    for (const QString& code : CareTerms::purposeCodes())
        QCOMPARE(english.purposeLabel(code), CareTerms::purposeLabel(code));
    for (const QString& code : CareTerms::careFormCodes())
        QCOMPARE(english.careFormLabel(code), CareTerms::careFormLabel(code));
    for (const char* code : {"male", "female"})
        QCOMPARE(english.sexLabel(QLatin1String(code)), CareTerms::sexLabel(QLatin1String(code)));
    QCOMPARE(english.yesNo(true), CareTerms::yesNo(true));
    QCOMPARE(english.yesNo(false), CareTerms::yesNo(false));
    for (ReferralStatus status : ReferralStatuses::all())
        QCOMPARE(english.statusLabel(status), ReferralStatuses::label(status));
}

void TestPrinting::printoutLanguageIsNotTheInterfaceLanguage()
{
    // The window speaks Russian; a Kazakh printout is Kazakh all the same, and the window stays Russian.
    QTranslator russian;
    QVERIFY(russian.load(QStringLiteral(":/i18n/joldama_ru.qm")));
    QCoreApplication::installTranslator(&russian);
    const QString screen = CareTerms::careFormLabel(QStringLiteral("round_the_clock"));
    QVERIFY2(screen.contains(QStringLiteral("Круглосуточный")), qPrintable(screen));
    const PrintLanguage kazakh(Language::Kazakh);
    const QString printed = kazakh.careFormLabel(QStringLiteral("round_the_clock"));
    QVERIFY2(printed.contains(QStringLiteral("Тәулік")), qPrintable(printed));
    const std::unique_ptr<TicketDocument> ticket =
        TicketPrintout::build(*m_workspace, m_referrals.first().code, Language::Kazakh);
    QVERIFY(PrintTools::flat(PrintTools::text(pdf(*ticket, QStringLiteral("ticket-kk-from-ru"))))
                .contains(QStringLiteral("Тәулік")));
    QCOMPARE(CareTerms::careFormLabel(QStringLiteral("round_the_clock")), screen);
    QCoreApplication::removeTranslator(&russian);
}

void TestPrinting::ticketCarriesEveryField_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("identity"); // the first document to bring, as the reference data names it
    QTest::addColumn<QString>("region");
    QTest::newRow("kk") << Language::Kazakh << QStringLiteral("Жеке басын куәландыратын құжат")
                        << QStringLiteral("Астана қаласы");
    QTest::newRow("ru") << Language::Russian << QStringLiteral("Документ, удостоверяющий личность")
                        << QStringLiteral("город Астана");
    QTest::newRow("en") << Language::English << QStringLiteral("Identity document") << QStringLiteral("Astana");
}

void TestPrinting::ticketCarriesEveryField()
{
    QFETCH(Language, language);
    QFETCH(QString, identity);
    QFETCH(QString, region);
    const Referral& referral = m_referrals.at(0);
    const std::unique_ptr<TicketDocument> ticket = TicketPrintout::build(*m_workspace, referral.code, language);
    const QString file = pdf(*ticket, QStringLiteral("ticket-") + Languages::code(language));
    QCOMPARE(PrintTools::pageCount(file), 1);
    const QString text = PrintTools::flat(PrintTools::text(file));
    const PrintLanguage words(language);
    const WaitingListService::Lookup lookup = m_workspace->waitingList().lookup(referral.code);
    QVERIFY(lookup.preliminaryDate.isValid());

    const QStringList expected{
        referral.code,
        QStringLiteral("Әлиханов Нұрлан Серікұлы"), // Kazakh letters intact, in every language
        QStringLiteral("900115300013"),
        QStringLiteral("15.01.1990"),
        QStringLiteral("I25.1"),
        profileName(language) + QStringLiteral(" (CAR)"),
        words.careFormLabel(referral.careForm),
        words.purposeLabel(referral.purpose),
        words.text("Free of charge (GOBMP)"),
        QStringLiteral("Городская многопрофильная больница № 1"),
        QStringLiteral("г. Астана"), // the address
        DisplayFormat::dateTime(referral.registeredAt),
        words.text("%1 of %2").arg(1).arg(3), // the place as of printing
        DisplayFormat::date(lookup.preliminaryDate),
        identity,
        words.text("valid %1 days from issue").arg(14),
        words.text("does not expire"),
        QStringLiteral("8 (7172) 557-290"), // the regional bureau, from the contacts
        region,
        words.text("Printed %1").arg(DisplayFormat::dateTime(m_clock->now())),
        words.text("Issued by the clerk"),
        words.text("Received by the patient"),
        words.text("Referral ticket for planned hospitalization").toUpper(),
    };
    for (const QString& field : expected)
        QVERIFY2(text.contains(field), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(field, text)));
    for (const DocumentType& type : lookup.documentsToBring)
        QVERIFY2(text.contains(type.name(language)), qPrintable(type.name(language)));
    // Labels the catalogues already translate come out translated, not in English.
    if (language != Language::English)
        QVERIFY(!text.contains(QStringLiteral("Round-the-clock hospital")));

    for (const PrintTools::Font& font : PrintTools::fonts(file))
        QVERIFY2(font.embedded, qPrintable(font.name + QStringLiteral(" is not embedded")));
    QVERIFY(!PrintTools::fonts(file).isEmpty());
    QCOMPARE(PrintTools::scanQr(file), referral.code);
}

void TestPrinting::ticketOnA5()
{
    const std::unique_ptr<TicketDocument> ticket =
        TicketPrintout::build(*m_workspace, m_referrals.at(1).code, Language::Kazakh);
    PrintSetup a5;
    a5.pageSize = QPageSize::A5;
    a5.marginMm = PrintSetup::defaultMargin(QPageSize::A5);
    const QString file = pdf(*ticket, QStringLiteral("ticket-a5"), a5);
    QCOMPARE(PrintTools::pageCount(file), 1);
    const QSizeF size = PrintTools::pageSizePoints(file);
    QCOMPARE(qRound(size.width()), 420);
    QCOMPARE(qRound(size.height()), 595);
    QCOMPARE(PrintTools::scanQr(file), m_referrals.at(1).code);
    QVERIFY(PrintTools::flat(PrintTools::text(file)).contains(QStringLiteral("Иванова Алёна")));
}

void TestPrinting::qrCodeImageScans()
{
    const QrCode code = QrCode::encode(QStringLiteral("71.7101.CAR.1Z"));
    QVERIFY(code.size() >= 21);
    const QString file = m_dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(code.image(6).save(file));
    QCOMPARE(PrintTools::scanQrImage(file), QStringLiteral("71.7101.CAR.1Z"));
}

void TestPrinting::ticketForAnUnknownCodeIsRefused()
{
    try {
        TicketPrintout::build(*m_workspace, QStringLiteral("71.7101.CAR.ZZZ"), Language::Russian);
        QFAIL("an unknown code printed a ticket");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::NotFound);
        QVERIFY(e.message().contains(QStringLiteral("71.7101.CAR.ZZZ")));
    }
    try {
        TicketPrintout::build(*m_workspace, QStringLiteral("not a code"), Language::Russian);
        QFAIL("a malformed code printed a ticket");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Invalid);
    }
}

void TestPrinting::bureauNameFromTheSettings()
{
    const PrintLanguage russian(Language::Russian);
    std::unique_ptr<TicketDocument> ticket =
        TicketPrintout::build(*m_workspace, m_referrals.first().code, Language::Russian);
    QVERIFY(PrintTools::flat(PrintTools::text(pdf(*ticket, QStringLiteral("ticket-default-bureau"))))
                .contains(russian.text("Bureau of Hospitalization").toUpper()));
    m_workspace->bureau().setInfo({QStringLiteral("Бюро госпитализации г. Астаны"), QStringLiteral("71")});
    ticket = TicketPrintout::build(*m_workspace, m_referrals.first().code, Language::Russian);
    QVERIFY(PrintTools::flat(PrintTools::text(pdf(*ticket, QStringLiteral("ticket-named-bureau"))))
                .contains(QStringLiteral("БЮРО ГОСПИТАЛИЗАЦИИ Г. АСТАНЫ")));
    QVERIFY_THROWS_EXCEPTION(OperationError, m_workspace->bureau().setInfo({QString(), QStringLiteral("99")}));
    m_workspace->bureau().setInfo({});
    QCOMPARE(m_workspace->bureau().info().name, QString());
}

void TestPrinting::publicQueueNamesNobody()
{
    const std::unique_ptr<TableDocument> publicList = QueuePrintout::build(
        *m_workspace, QStringLiteral("7101"), QStringLiteral("CAR"), QueuePrintout::Version::Public, Language::Kazakh);
    const QString publicText = PrintTools::flat(PrintTools::text(pdf(*publicList, QStringLiteral("queue-public"))));
    const std::unique_ptr<TableDocument> internalList =
        QueuePrintout::build(*m_workspace, QStringLiteral("7101"), QStringLiteral("CAR"),
                             QueuePrintout::Version::Internal, Language::Kazakh);
    const QString internalText =
        PrintTools::flat(PrintTools::text(pdf(*internalList, QStringLiteral("queue-internal"))));
    for (const Referral& r : m_referrals) {
        QVERIFY(publicText.contains(r.code));
        QVERIFY(internalText.contains(r.code));
        const std::optional<Patient> p = m_workspace->patients().find(r.patientId);
        QVERIFY(p);
        QVERIFY2(!publicText.contains(p->iin), qPrintable(p->iin));
        for (const QString& part : {p->lastName, p->firstName})
            QVERIFY2(!publicText.contains(part), qPrintable(part));
        QVERIFY(internalText.contains(p->iin));
        QVERIFY(internalText.contains(p->fullName()));
    }
    QVERIFY(!publicText.contains(m_refused.code)); // no longer in the queue
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             QueuePrintout::build(*m_workspace, QStringLiteral("9999"), QStringLiteral("CAR"),
                                                  QueuePrintout::Version::Public, Language::Kazakh));
}

void TestPrinting::tenThousandEntryQueue()
{
    // 1 000 patients with ten referrals each, into one queue, in one transaction; the queue is planned
    // once at the end instead of after every registration.
    constexpr int patients = 1000;
    constexpr int referrals = 10000;
    QElapsedTimer generation;
    generation.start();
    {
        WriteTransaction batch(m_workspace->database(), *m_clock);
        m_workspace->referrals().setQueueChangedHandler({});
        for (int i = 0; i < patients; ++i) {
            Patient p;
            p.iin = PrintTools::validIin(i);
            QVERIFY2(Iin::parse(p.iin).isValid(), qPrintable(p.iin));
            p.lastName = i % 2 ? QStringLiteral("Жұмабаев") : QStringLiteral("Ғабитова");
            p.firstName = QStringLiteral("Пациент");
            p.regionCode = QStringLiteral("71");
            m_workspace->patients().registerPatient(p);
        }
        ReferralService::Registration in;
        in.hospitalCode = QStringLiteral("7102");
        in.profileCode = QStringLiteral("CAR");
        in.diagnosisCode = QStringLiteral("I25.1");
        in.secondReferralReason = QStringLiteral("a test fills one queue with ten referrals of each patient");
        for (int i = 0; i < referrals; ++i) {
            in.iin = PrintTools::validIin(i % patients);
            m_workspace->referrals().registerReferral(in);
            m_clock->advance(1);
        }
        batch.commit();
    }
    Workspace& workspace = *m_workspace;
    m_workspace->referrals().setQueueChangedHandler([&workspace](qint64 hospital, const QString& profile) {
        workspace.waitingList().recompute(hospital, profile);
    });
    const Hospital hospital = *HospitalStore(m_workspace->database()).findByCode(QStringLiteral("7102"));
    m_workspace->waitingList().recompute(hospital.id, QStringLiteral("CAR"));
    qInfo("generated %d referrals in %lld ms", referrals, generation.elapsed());

    const PrintSetup a4;
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<TableDocument> list = QueuePrintout::build(
        *m_workspace, QStringLiteral("7102"), QStringLiteral("CAR"), QueuePrintout::Version::Public, Language::Russian);
    const qint64 built = timer.elapsed();
    const QString file = m_dir.filePath(QStringLiteral("queue-10000.pdf"));
    const int pages = PdfExport::write(*list, a4.pageLayout(), file);
    const qint64 total = timer.elapsed();
    qInfo("10 000-row public queue list: read and built in %lld ms, %d pages written to PDF in %lld ms in all", built,
          pages, total);
    QVERIFY2(total < TestSupport::timeLimitMs(3000), qPrintable(QStringLiteral("%1 ms").arg(total)));
    PrintTools::keepFirstPage(file, QStringLiteral("print-queue-10000"));

    // The page count: as laid out, in the file, and as the rows per page say it must be.
    QCOMPARE(PrintTools::pageCount(file), pages);
    const int first = list->rowsOnPage(0);
    const int full = list->rowsOnPage(1);
    QVERIFY(first > 20 && full >= first);
    QCOMPARE(pages, 1 + (referrals - first + full - 1) / full);
    int placed = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && page + 1 < pages)
            QCOMPARE(list->rowsOnPage(page), full);
        placed += list->rowsOnPage(page);
    }
    QCOMPARE(placed, referrals);

    // Every code exactly once, on the page the layout put it on, each page saying "page X of Y".
    const QList<WaitingListService::QueueEntry> queue =
        m_workspace->waitingList().queue(hospital.id, QStringLiteral("CAR"));
    QCOMPARE(queue.size(), referrals);
    const QStringList pageTexts = PrintTools::pages(file);
    QCOMPARE(pageTexts.size(), pages);
    static const QRegularExpression code(QStringLiteral("\\b71\\.7102\\.CAR\\.[0-9A-Z]+\\b"));
    const PrintLanguage russian(Language::Russian);
    int at = 0;
    for (int page = 0; page < pages; ++page) {
        QStringList found;
        for (auto it = code.globalMatch(pageTexts.at(page)); it.hasNext();)
            found << it.next().captured();
        QCOMPARE(found.size(), list->rowsOnPage(page));
        for (const QString& c : std::as_const(found))
            QCOMPARE(c, queue.at(at++).code);
        QVERIFY(PrintTools::flat(pageTexts.at(page)).contains(russian.text("Page %1 of %2").arg(page + 1).arg(pages)));
    }
    QCOMPARE(at, referrals);

    // The internal version measures and wraps the patients' names too.
    timer.restart();
    const std::unique_ptr<TableDocument> internal =
        QueuePrintout::build(*m_workspace, QStringLiteral("7102"), QStringLiteral("CAR"),
                             QueuePrintout::Version::Internal, Language::Russian);
    const int internalPages =
        PdfExport::write(*internal, a4.pageLayout(), m_dir.filePath(QStringLiteral("queue-10000-internal.pdf")));
    qInfo("10 000-row internal queue list: %d pages in %lld ms", internalPages, timer.elapsed());
    QVERIFY2(timer.elapsed() < TestSupport::timeLimitMs(3000),
             qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestPrinting::bedsContactsAndRefusals()
{
    const std::unique_ptr<TableDocument> beds =
        BedsPrintout::build(*m_workspace, QStringLiteral("71"), Language::Russian);
    const QString bedsText = PrintTools::flat(PrintTools::text(pdf(*beds, QStringLiteral("beds-71"))));
    QVERIFY(bedsText.contains(QStringLiteral("7101 — Городская многопрофильная больница № 1")));
    QVERIFY(bedsText.contains(QStringLiteral("город Астана")));
    const PrintLanguage russian(Language::Russian);
    QVERIFY2(bedsText.contains(russian.text("%1 — free today: %2").arg(QStringLiteral("город Астана")).arg(8)),
             qPrintable(bedsText));
    QVERIFY(!bedsText.contains(QStringLiteral("Семей"))); // another region
    QVERIFY_THROWS_EXCEPTION(OperationError,
                             BedsPrintout::build(*m_workspace, QStringLiteral("98"), Language::Russian));

    const std::unique_ptr<TableDocument> contacts = ContactsPrintout::build(*m_workspace, Language::Kazakh);
    const QString contactsText = PrintTools::flat(PrintTools::text(pdf(*contacts, QStringLiteral("contacts"))));
    const PrintLanguage kazakh(Language::Kazakh);
    for (const Region& region : m_workspace->referenceData().regions())
        QVERIFY2(contactsText.contains(region.nameKk), qPrintable(region.nameKk));
    QVERIFY(contactsText.contains(QStringLiteral("8 (7172) 557-290")));
    // Kostanay and Shymkent have no published number: printed as missing, never invented.
    QVERIFY(contactsText.contains(kazakh.text("8 (%1) — number not published").arg(QStringLiteral("7142"))));
    QVERIFY(contactsText.contains(kazakh.text("8 (%1) — number not published").arg(QStringLiteral("7252"))));

    const std::unique_ptr<TableDocument> journal =
        RefusalsPrintout::build(*m_workspace, QDate(2026, 11, 1), QDate(2026, 11, 30), Language::Russian);
    // Form 001/u goes on landscape paper, as the window and the command line print it.
    PrintSetup landscape;
    landscape.orientation = QPageLayout::Landscape;
    const QString journalText =
        PrintTools::flat(PrintTools::text(pdf(*journal, QStringLiteral("refusals"), landscape)));
    QVERIFY(journalText.contains(m_refused.code));
    QVERIFY(journalText.contains(QStringLiteral("Петров Сергей")));
    QVERIFY(journalText.contains(QStringLiteral("16.11.2026")));
    QVERIFY(journalText.contains(QStringLiteral("Неполный пакет документов")));
    QVERIFY(journalText.contains(QStringLiteral("Нет коагулограммы")));
    QVERIFY(journalText.contains(QStringLiteral("7101")));
    for (const Referral& r : m_referrals)
        QVERIFY(!journalText.contains(r.code)); // not refused
    const std::unique_ptr<TableDocument> october =
        RefusalsPrintout::build(*m_workspace, QDate(2026, 10, 1), QDate(2026, 10, 31), Language::Russian);
    QVERIFY(!PrintTools::text(pdf(*october, QStringLiteral("refusals-none"))).contains(m_refused.code));
    QVERIFY_THROWS_EXCEPTION(OperationError, RefusalsPrintout::build(*m_workspace, QDate(2026, 11, 30),
                                                                     QDate(2026, 11, 1), Language::Russian));
}

void TestPrinting::filteredListPrintsExactlyItsRows()
{
    // Patients whose name has a part starting with «ғаб» (half of the thousand registered for the long
    // queue), found without the store's index, against the printout.
    const PrintLanguage english(Language::English);
    const QString search = QStringLiteral("ғаб");
    ListingRequest request;
    request.search = search;
    request.sortColumn = 0; // by IIN
    request.order = Qt::DescendingOrder;
    TableDocument document(PageFrame{}, QStringLiteral("Patients"));
    document.addPart(ListingPrintout::part(
        *m_workspace, english, Listings::patients(), request,
        {QStringLiteral("iin"), QStringLiteral("name"), QStringLiteral("birth_date"), QStringLiteral("region_code")}));
    const QString text = PrintTools::text(pdf(document, QStringLiteral("patients-filtered")));
    static const QRegularExpression iin(QStringLiteral("\\b\\d{12}\\b"));
    QStringList printed;
    for (auto it = iin.globalMatch(text); it.hasNext();)
        printed << it.next().captured();
    QStringList expected;
    m_workspace->patients().forEach([&](const Patient& p) {
        for (const QString& part : NameText::searchTerms(p.fullName())) {
            if (part.startsWith(NameText::searchTerms(search).first())) {
                expected << p.iin;
                break;
            }
        }
    });
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(expected.size(), 500);
    QCOMPARE(printed, expected); // exactly these rows, in the order asked for
    QVERIFY(PrintTools::flat(text).contains(QStringLiteral("Ғабитова Пациент")));
    QVERIFY(!PrintTools::flat(text).contains(QStringLiteral("Жұмабаев")));

    // Referrals narrowed to one status.
    ListingRequest refused;
    refused.filters.insert(QStringLiteral("status"), QStringLiteral("refused"));
    TableDocument referrals(PageFrame{}, QStringLiteral("Referrals"));
    referrals.addPart(
        ListingPrintout::part(*m_workspace, english, Listings::referrals(), refused,
                              {QStringLiteral("code"), QStringLiteral("status"), QStringLiteral("patient")}));
    const QString refusedText = PrintTools::flat(PrintTools::text(pdf(referrals, QStringLiteral("referrals-refused"))));
    QVERIFY(refusedText.contains(m_refused.code));
    QVERIFY(refusedText.contains(english.statusLabel(ReferralStatus::Refused)));
    for (const Referral& r : m_referrals)
        QVERIFY(!refusedText.contains(r.code));
}

void TestPrinting::pdfIsNeverLeftHalfWritten()
{
    const std::unique_ptr<TicketDocument> ticket =
        TicketPrintout::build(*m_workspace, m_referrals.first().code, Language::English);
    const PrintSetup a4;
    try {
        PdfExport::write(*ticket, a4.pageLayout(), m_dir.filePath(QStringLiteral("missing/folder/ticket.pdf")));
        QFAIL("wrote into a folder that does not exist");
    } catch (const OperationError& e) {
        QCOMPARE(e.kind(), OperationError::Kind::Storage);
        QVERIFY(e.message().contains(QStringLiteral("ticket.pdf")));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/folder/ticket.pdf"))));
    // An existing file is replaced only by a whole new one.
    const QString path = m_dir.filePath(QStringLiteral("replaced.pdf"));
    PdfExport::write(*ticket, a4.pageLayout(), path);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(before.startsWith("%PDF"));
    QVERIFY(before.trimmed().endsWith("%%EOF"));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
