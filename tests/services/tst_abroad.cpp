#include "PrintTools.h"
#include "TestSupport.h"
#include "documents/AbroadApplicationDocument.h"
#include "documents/AbroadApplicationPrintout.h"
#include "documents/PdfExport.h"
#include "documents/PrintLanguage.h"
#include "documents/PrintSetup.h"
#include "domain/AbroadLifecycle.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "store/AbroadStore.h"
#include "store/Query.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Applications for treatment abroad: checked against the editable lists of eligible diseases and
// categories of citizens, moved through their statuses with the commission's decision, and printed as a PDF
// whose Kazakh letters survive and whose pages follow a long history.
class TestAbroad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init();
    void cleanup();
    void starterListsAreShippedAndMarked();
    void eligibleApplicationIsAccepted();
    void diseaseMustBeOnTheList();
    void categoryMustBeOnTheList();
    void otherBadApplicationsNameTheField();
    void eligibilityIsCheckedAgainWhenSubmittedAndApproved();
    void submittingNeedsDocuments();
    void decisionNeedsDateProtocolAndReason();
    void lifecycle_data();
    void lifecycle();
    void fullPathWithHistory();
    void listsAreEditableAndSavedEntriesAreChecked();
    void countsByStatus();
    void printsAPdfWithKazakhLetters();
    void printsInRussianAndEnglish();
    void longApplicationRunsOntoNumberedPages();
    void printingToAnImpossiblePlaceLeavesNothing();
    void cliCommands();
    void ageIsCheckedAgainstTheCategory();

private:
    AbroadService::Application application(bool submit = false) const;
    OperationError failureOf(const std::function<void()>& call) const;
    AbroadApplication decidedApplication();
    // The application as a PDF in `language` on A4 portrait, as the window prints it by default.
    QString pdf(qint64 id, Language language, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
};

void TestAbroad::init()
{
    m_clock = std::make_unique<FixedClock>(TestSupport::fixedNow());
    m_workspace = TestSupport::openWorkspace(m_dir, QStringLiteral("a%1.sqlite").arg(++m_file), *m_clock);
    Patient p;
    p.iin = QStringLiteral("150510600011");
    p.lastName = QStringLiteral("Сәрсенбаева");
    p.firstName = QStringLiteral("Әйгерім");
    p.middleName = QStringLiteral("Ғалымқызы");
    p.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(p);
}

void TestAbroad::cleanup()
{
    m_workspace.reset();
    m_clock.reset();
}

AbroadService::Application TestAbroad::application(bool submit) const
{
    AbroadService::Application in;
    in.iin = QStringLiteral("150510600011");
    in.diagnosisCode = QStringLiteral("Q21.0");
    in.diseaseCode = QStringLiteral("complex_congenital_heart");
    in.categoryCode = QStringLiteral("children");
    in.country = QStringLiteral("Германия");
    in.documents << AbroadDocument{0, QStringLiteral("Выписка из истории болезни"), m_clock->today(), {}}
                 << AbroadDocument{0, QStringLiteral("Заключение республиканской комиссии"), m_clock->today(),
                                   QStringLiteral("копия")};
    in.submit = submit;
    return in;
}

OperationError TestAbroad::failureOf(const std::function<void()>& call) const
{
    try {
        call();
    } catch (const OperationError& e) {
        return e;
    }
    return OperationError(OperationError::Kind::Invalid, QStringLiteral("(accepted)"), QStringLiteral("(accepted)"));
}

void TestAbroad::starterListsAreShippedAndMarked()
{
    const QList<EligibleEntry> diseases = m_workspace->abroad().list(EligibleList::Diseases);
    const QList<EligibleEntry> categories = m_workspace->abroad().list(EligibleList::Categories);
    QVERIFY(diseases.size() >= 4);
    QVERIFY(categories.size() >= 3);
    for (const QList<EligibleEntry>& list : {diseases, categories}) {
        for (const EligibleEntry& e : list) {
            QVERIFY2(e.starter, qPrintable(e.code)); // unchecked until a clerk saves it
            QVERIFY(e.active);
            QVERIFY2(!e.nameKk.isEmpty() && !e.nameRu.isEmpty() && !e.nameEn.isEmpty(), qPrintable(e.code));
        }
    }
    // Every row of the shipped files says it is a starter list, not the official one.
    for (const QString& name :
         {QStringLiteral("abroad_diseases_starter"), QStringLiteral("abroad_categories_starter")}) {
        const auto records = ReferenceDataService::readShippedCsv(name);
        QVERIFY(!records.isEmpty());
        for (const auto& record : records)
            QVERIFY(record.value(QStringLiteral("source")).contains(QStringLiteral("not the official list")));
    }
}

void TestAbroad::eligibleApplicationIsAccepted()
{
    const AbroadApplication a = m_workspace->abroad().add(application());
    QVERIFY(a.id > 0);
    QCOMPARE(a.status, AbroadStatus::Draft);
    QCOMPARE(a.diagnosisCode, QStringLiteral("Q21.0"));
    QVERIFY(!a.diagnosisName.isEmpty());
    QCOMPARE(a.diseaseCode, QStringLiteral("complex_congenital_heart"));
    QCOMPARE(a.categoryCode, QStringLiteral("children"));
    QCOMPARE(a.createdAt, TestSupport::fixedNow());
    QCOMPARE(m_workspace->abroad().documents(a.id).size(), 2);
    const QList<AbroadEvent> history = m_workspace->abroad().history(a.id);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().fromStatus.isEmpty());
    QCOMPARE(history.first().toStatus, QStringLiteral("draft"));
    QVERIFY(!history.first().actor.isEmpty());
    QCOMPARE(Query(m_workspace->database(),
                   QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'abroad_application'"))
                 .scalar()
                 .toInt(),
             1);
}

void TestAbroad::diseaseMustBeOnTheList()
{
    AbroadService::Application in = application();
    in.diseaseCode = QStringLiteral("common_cold");
    OperationError e = failureOf([&] { m_workspace->abroad().add(in); });
    QCOMPARE(e.kind(), OperationError::Kind::Invalid);
    QCOMPARE(e.field(), QStringLiteral("disease"));
    QVERIFY2(e.message().contains(QStringLiteral("is not on the list of diseases")), qPrintable(e.message()));
    QVERIFY(e.message().contains(QStringLiteral("add it to the list first")));
    in.diseaseCode.clear();
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("disease"));
    // Taken off the list.
    EligibleEntry entry = *m_workspace->abroad().findEntry(EligibleList::Diseases, QStringLiteral("rare_disease"));
    entry.active = false;
    m_workspace->abroad().saveEntry(EligibleList::Diseases, entry);
    in.diseaseCode = QStringLiteral("rare_disease");
    e = failureOf([&] { m_workspace->abroad().add(in); });
    QCOMPARE(e.field(), QStringLiteral("disease"));
    QVERIFY2(e.message().contains(QStringLiteral("taken off the list")), qPrintable(e.message()));
    QVERIFY(m_workspace->abroad().applications().isEmpty());
}

void TestAbroad::categoryMustBeOnTheList()
{
    AbroadService::Application in = application();
    in.categoryCode = QStringLiteral("tourists");
    OperationError e = failureOf([&] { m_workspace->abroad().add(in); });
    QCOMPARE(e.field(), QStringLiteral("category"));
    QVERIFY2(e.message().contains(QStringLiteral("is not on the list of categories of citizens")),
             qPrintable(e.message()));
    EligibleEntry entry = *m_workspace->abroad().findEntry(EligibleList::Categories, QStringLiteral("war_veterans"));
    entry.active = false;
    m_workspace->abroad().saveEntry(EligibleList::Categories, entry);
    in.categoryCode = QStringLiteral("war_veterans");
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("category"));
    QVERIFY(m_workspace->abroad().applications().isEmpty());
}

void TestAbroad::otherBadApplicationsNameTheField()
{
    AbroadService::Application in = application();
    in.iin = QStringLiteral("850720400126"); // valid, not registered
    OperationError e = failureOf([&] { m_workspace->abroad().add(in); });
    QCOMPARE(e.kind(), OperationError::Kind::NotFound);
    QCOMPARE(e.field(), QStringLiteral("iin"));
    in = application();
    in.iin = QStringLiteral("051231600018");
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("iin"));
    in = application();
    in.diagnosisCode = QStringLiteral("Z9"); // not a code
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("diagnosis"));
    in = application();
    in.diagnosisCode = QStringLiteral("Z99.99"); // a code the dictionary lacks, without the diagnosis text
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("diagnosis_name"));
    in = application();
    in.documents = {AbroadDocument{0, QStringLiteral("  "), {}, {}}};
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("document"));
    in = application();
    in.documents = {AbroadDocument{0, QStringLiteral("Справка"), m_clock->today().addDays(1), {}}};
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("document"));
    QVERIFY(m_workspace->abroad().applications().isEmpty());
}

void TestAbroad::eligibilityIsCheckedAgainWhenSubmittedAndApproved()
{
    AbroadService& abroad = m_workspace->abroad();
    const AbroadApplication draft = abroad.add(application());
    const AbroadApplication submitted = abroad.add(application(true));
    EligibleEntry heart = *abroad.findEntry(EligibleList::Diseases, QStringLiteral("complex_congenital_heart"));
    heart.active = false;
    abroad.saveEntry(EligibleList::Diseases, heart);
    QCOMPARE(failureOf([&] { abroad.transition(draft.id, AbroadStatus::Submitted); }).field(),
             QStringLiteral("disease"));
    AbroadService::Decision approve{QStringLiteral("approved"), m_clock->today(), QStringLiteral("7"), {}, {}, {}};
    QCOMPARE(failureOf([&] { abroad.decide(submitted.id, approve); }).field(), QStringLiteral("disease"));
    // Rejecting is still possible: the commission may turn down what is no longer eligible.
    AbroadService::Decision reject{QStringLiteral("rejected"),
                                   m_clock->today(),
                                   QStringLiteral("7"),
                                   QStringLiteral("Заболевание исключено из перечня"),
                                   {},
                                   {}};
    QCOMPARE(abroad.decide(submitted.id, reject).status, AbroadStatus::Rejected);
    heart.active = true;
    abroad.saveEntry(EligibleList::Diseases, heart);
    QCOMPARE(abroad.transition(draft.id, AbroadStatus::Submitted).status, AbroadStatus::Submitted);
}

void TestAbroad::submittingNeedsDocuments()
{
    AbroadService& abroad = m_workspace->abroad();
    AbroadService::Application in = application(true);
    in.documents.clear();
    OperationError e = failureOf([&] { abroad.add(in); });
    QCOMPARE(e.field(), QStringLiteral("document"));
    QVERIFY(e.message().contains(QStringLiteral("Record the documents")));
    in.submit = false;
    const AbroadApplication a = abroad.add(in);
    QCOMPARE(failureOf([&] { abroad.transition(a.id, AbroadStatus::Submitted); }).field(), QStringLiteral("document"));
    abroad.addDocument(a.id, AbroadDocument{0, QStringLiteral("Выписка"), m_clock->today(), {}});
    QCOMPARE(abroad.transition(a.id, AbroadStatus::Submitted).status, AbroadStatus::Submitted);
}

void TestAbroad::decisionNeedsDateProtocolAndReason()
{
    AbroadService& abroad = m_workspace->abroad();
    AbroadService::Application in = application(true);
    in.country.clear();
    const AbroadApplication a = abroad.add(in);
    auto field = [&](AbroadService::Decision d) { return failureOf([&] { abroad.decide(a.id, d); }).field(); };
    const QDate today = m_clock->today();
    QCOMPARE(field({QStringLiteral("maybe"), today, QStringLiteral("7"), {}, {}, {}}), QStringLiteral("decision"));
    QCOMPARE(field({QStringLiteral("approved"), {}, QStringLiteral("7"), {}, {}, {}}), QStringLiteral("date"));
    QCOMPARE(field({QStringLiteral("approved"), today.addDays(1), QStringLiteral("7"), {}, {}, {}}),
             QStringLiteral("date"));
    QCOMPARE(field({QStringLiteral("approved"), today.addDays(-1), QStringLiteral("7"), {}, {}, {}}),
             QStringLiteral("date")); // before the application was registered
    QCOMPARE(field({QStringLiteral("approved"), today, QStringLiteral(" "), {}, {}, {}}), QStringLiteral("protocol"));
    QCOMPARE(field({QStringLiteral("rejected"), today, QStringLiteral("7"), {}, {}, {}}), QStringLiteral("reason"));
    QCOMPARE(field({QStringLiteral("approved"), today, QStringLiteral("7"), {}, {}, {}}), QStringLiteral("country"));
    QCOMPARE(abroad.find(a.id)->status, AbroadStatus::Submitted);
    QCOMPARE(abroad.history(a.id).size(), 1);
    const AbroadApplication approved = abroad.decide(a.id, {QStringLiteral("approved"),
                                                            today,
                                                            QStringLiteral("№ 45-П"),
                                                            {},
                                                            QStringLiteral("Турция"),
                                                            QStringLiteral("Acıbadem")});
    QCOMPARE(approved.status, AbroadStatus::Approved);
    QCOMPARE(approved.decision, QStringLiteral("approved"));
    QCOMPARE(approved.decisionDate, today);
    QCOMPARE(approved.decisionProtocol, QStringLiteral("№ 45-П"));
    QCOMPARE(approved.country, QStringLiteral("Турция"));
    QCOMPARE(approved.clinic, QStringLiteral("Acıbadem"));
    const AbroadEvent decision = abroad.history(a.id).last();
    QCOMPARE(decision.fromStatus, QStringLiteral("submitted"));
    QCOMPARE(decision.toStatus, QStringLiteral("approved"));
    QVERIFY(decision.detail.contains(QStringLiteral("45-П")));
    // Decided once: a second decision is refused.
    const OperationError again = failureOf([&] {
        abroad.decide(a.id, {QStringLiteral("rejected"), today, QStringLiteral("8"), QStringLiteral("x"), {}, {}});
    });
    QCOMPARE(again.kind(), OperationError::Kind::Conflict);
}

void TestAbroad::lifecycle_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    using S = AbroadStatus;
    const QList<S> all = AbroadStatuses::all();
    const QSet<QPair<int, int>> legal{{int(S::Draft), int(S::Submitted)},     {int(S::Draft), int(S::Withdrawn)},
                                      {int(S::Submitted), int(S::Approved)},  {int(S::Submitted), int(S::Rejected)},
                                      {int(S::Submitted), int(S::Withdrawn)}, {int(S::Approved), int(S::Treated)},
                                      {int(S::Approved), int(S::Withdrawn)}};
    for (S from : all) {
        for (S to : all)
            QTest::addRow("%s→%s", qPrintable(AbroadStatuses::code(from)), qPrintable(AbroadStatuses::code(to)))
                << int(from) << int(to) << legal.contains({int(from), int(to)});
    }
}

void TestAbroad::lifecycle()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(AbroadLifecycle::isAllowed(AbroadStatus(from), AbroadStatus(to)), allowed);
    const QString why = AbroadLifecycle::whyNot(AbroadStatus(from), AbroadStatus(to));
    QCOMPARE(why.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(why.endsWith(QLatin1Char('.')), qPrintable(why));
}

void TestAbroad::fullPathWithHistory()
{
    AbroadService& abroad = m_workspace->abroad();
    const AbroadApplication a = abroad.add(application());
    abroad.transition(a.id, AbroadStatus::Submitted);
    QCOMPARE(failureOf([&] { abroad.transition(a.id, AbroadStatus::Approved); }).field(), QStringLiteral("status"));
    QCOMPARE(failureOf([&] { abroad.transition(a.id, AbroadStatus::Treated); }).field(), QStringLiteral("status"));
    abroad.decide(a.id, {QStringLiteral("approved"), m_clock->today(), QStringLiteral("12"), {}, {}, {}});
    m_clock->advance(30 * 24 * 3600);
    QCOMPARE(abroad.transition(a.id, AbroadStatus::Treated, QStringLiteral("Операция проведена")).status,
             AbroadStatus::Treated);
    QCOMPARE(failureOf([&] { abroad.transition(a.id, AbroadStatus::Withdrawn, QStringLiteral("x")); }).kind(),
             OperationError::Kind::Conflict);
    QCOMPARE(failureOf([&] {
                 abroad.addDocument(a.id, {0, QStringLiteral("Поздняя справка"), {}, {}});
             }).kind(),
             OperationError::Kind::Conflict);
    QStringList steps;
    for (const AbroadEvent& e : abroad.history(a.id))
        steps << e.toStatus;
    QCOMPARE(steps, (QStringList{QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("approved"),
                                 QStringLiteral("treated")}));
    QCOMPARE(abroad.history(a.id).last().reason, QStringLiteral("Операция проведена"));
    // Withdrawal needs a reason.
    const AbroadApplication b = abroad.add(application());
    QCOMPARE(failureOf([&] { abroad.transition(b.id, AbroadStatus::Withdrawn); }).field(), QStringLiteral("reason"));
    QCOMPARE(abroad.transition(b.id, AbroadStatus::Withdrawn, QStringLiteral("Семья отказалась")).status,
             AbroadStatus::Withdrawn);
    QCOMPARE(failureOf([&] { abroad.transition(999, AbroadStatus::Submitted); }).kind(),
             OperationError::Kind::NotFound);
}

void TestAbroad::listsAreEditableAndSavedEntriesAreChecked()
{
    AbroadService& abroad = m_workspace->abroad();
    EligibleEntry entry;
    entry.code = QStringLiteral("Retinoblastoma");
    entry.nameKk = QStringLiteral("Ретинобластома");
    entry.nameRu = QStringLiteral("Ретинобластома");
    entry.nameEn = QStringLiteral("Retinoblastoma");
    entry.icd10 = QStringLiteral("c69.2");
    const EligibleEntry saved = abroad.saveEntry(EligibleList::Diseases, entry);
    QCOMPARE(saved.code, QStringLiteral("retinoblastoma"));
    QCOMPARE(saved.icd10, QStringLiteral("C69.2"));
    QVERIFY(!saved.starter);
    QCOMPARE(abroad.list(EligibleList::Diseases).last().code, QStringLiteral("retinoblastoma"));
    EligibleEntry starter = abroad.list(EligibleList::Categories).first();
    QVERIFY(starter.starter);
    QVERIFY(!abroad.saveEntry(EligibleList::Categories, starter).starter); // checked by a clerk
    entry.code = QStringLiteral("x");
    QCOMPARE(failureOf([&] { abroad.saveEntry(EligibleList::Diseases, entry); }).field(), QStringLiteral("code"));
    entry.code = QStringLiteral("valid_code");
    entry.nameKk.clear();
    QCOMPARE(failureOf([&] { abroad.saveEntry(EligibleList::Diseases, entry); }).field(), QStringLiteral("name_kk"));
    AbroadService::Application in = application();
    in.diseaseCode = QStringLiteral("retinoblastoma");
    QCOMPARE(abroad.add(in).diseaseCode, QStringLiteral("retinoblastoma"));
}

void TestAbroad::countsByStatus()
{
    AbroadService& abroad = m_workspace->abroad();
    abroad.add(application());
    abroad.add(application());
    const AbroadApplication s = abroad.add(application(true));
    abroad.decide(s.id, {QStringLiteral("rejected"),
                         m_clock->today(),
                         QStringLiteral("3"),
                         QStringLiteral("Лечение доступно в Казахстане"),
                         {},
                         {}});
    abroad.add(application(true));
    const QHash<QString, int> counts = abroad.countByStatus();
    QCOMPARE(counts.value(QStringLiteral("draft")), 2);
    QCOMPARE(counts.value(QStringLiteral("submitted")), 1);
    QCOMPARE(counts.value(QStringLiteral("rejected")), 1);
    QCOMPARE(abroad.applications(AbroadStatus::Draft).size(), 2);
    QCOMPARE(abroad.applications().size(), 4);
    QCOMPARE(abroad.applications().first().status, AbroadStatus::Submitted); // newest first
}

AbroadApplication TestAbroad::decidedApplication()
{
    AbroadService& abroad = m_workspace->abroad();
    const AbroadApplication a = abroad.add(application(true));
    return abroad.decide(
        a.id,
        {QStringLiteral("approved"), m_clock->today(), QStringLiteral("45-П"), {}, {}, QStringLiteral("Charité")});
}

QString TestAbroad::pdf(qint64 id, Language language, const QString& name)
{
    const std::unique_ptr<AbroadApplicationDocument> document =
        AbroadApplicationPrintout::build(*m_workspace, id, language);
    PrintSetup setup;
    setup.language = language;
    const QString path = m_dir.filePath(name);
    const int pages = PdfExport::write(*document, setup.pageLayout(), path);
    if (PrintTools::pageCount(path) != pages)
        return {};
    return path;
}

void TestAbroad::printsAPdfWithKazakhLetters()
{
    const AbroadApplication a = decidedApplication();
    const QString file = pdf(a.id, Language::Kazakh, QStringLiteral("application-kk.pdf"));
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile(file).size() > 1000);

    const QString content = PrintTools::flat(PrintTools::text(file));
    const PrintLanguage kazakh(Language::Kazakh);
    for (const QString& wanted :
         {QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы"), QStringLiteral("150510600011"),
          QStringLiteral("Астана қаласы"), QStringLiteral("Q21.0"),
          QStringLiteral("жүректің күрделі туа біткен ақаулары"), QStringLiteral("18 жасқа толмаған балалар"),
          QStringLiteral("45-П"), QStringLiteral("Charité"), QStringLiteral("Выписка из истории болезни"),
          QStringLiteral("16.11.2026"), QStringLiteral("Комиссия шешімі"), QStringLiteral("Комиссия мақұлдады"),
          kazakh.text("Page %1 of %2").arg(1).arg(1), kazakh.text("Bureau of Hospitalization")})
        QVERIFY2(content.contains(wanted, Qt::CaseInsensitive),
                 qPrintable(wanted + QStringLiteral(" missing from: ") + content));

    // DejaVu Sans, embedded: the Kazakh letters print on any computer.
    const QList<PrintTools::Font> fonts = PrintTools::fonts(file);
    QVERIFY(!fonts.isEmpty());
    for (const PrintTools::Font& font : fonts) {
        QVERIFY2(font.name.contains(QStringLiteral("DejaVuSans")), qPrintable(font.name));
        QVERIFY2(font.embedded, qPrintable(font.name));
    }
    // The first page, for a person to look at.
    QVERIFY(QFile::exists(PrintTools::keepFirstPage(file, QStringLiteral("print-abroad-application-kk"))));

    QCOMPARE(failureOf([&] { AbroadApplicationPrintout::build(*m_workspace, 999, Language::English); }).kind(),
             OperationError::Kind::NotFound);
}

void TestAbroad::printsInRussianAndEnglish()
{
    const AbroadApplication a = decidedApplication();
    const QString russian =
        PrintTools::flat(PrintTools::text(pdf(a.id, Language::Russian, QStringLiteral("application-ru.pdf"))));
    for (const QString& wanted :
         {QStringLiteral("Заявка на лечение за рубежом"), QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы"),
          QStringLiteral("150510600011"), QStringLiteral("Сложные врождённые пороки сердца"),
          QStringLiteral("город Астана"), QStringLiteral("Решение комиссии"), QStringLiteral("Одобрена комиссией"),
          QStringLiteral("Одобрено: пациент направляется на лечение за рубеж"), QStringLiteral("45-П"),
          QStringLiteral("Страница 1 из 1"), QStringLiteral("Бюро госпитализации")})
        QVERIFY2(russian.contains(wanted, Qt::CaseInsensitive),
                 qPrintable(wanted + QStringLiteral(" missing from: ") + russian));
    PrintTools::keepFirstPage(m_dir.filePath(QStringLiteral("application-ru.pdf")),
                              QStringLiteral("print-abroad-application-ru"));
    const QString english =
        PrintTools::flat(PrintTools::text(pdf(a.id, Language::English, QStringLiteral("application-en.pdf"))));
    for (const QString& wanted :
         {QStringLiteral("Application for treatment abroad"), QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы"),
          QStringLiteral("150510600011"), QStringLiteral("Complex congenital heart defects in children"),
          QStringLiteral("Ventricular septal defect"), QStringLiteral("Approved: the patient is sent for"),
          QStringLiteral("Decision of the commission"), QStringLiteral("Page 1 of 1")})
        QVERIFY2(english.contains(wanted, Qt::CaseInsensitive),
                 qPrintable(wanted + QStringLiteral(" missing from: ") + english));
    // The window's language does not leak into the printout.
    QVERIFY(!english.contains(QStringLiteral("Заявка")));
}

void TestAbroad::longApplicationRunsOntoNumberedPages()
{
    AbroadService& abroad = m_workspace->abroad();
    const AbroadApplication a = abroad.add(application());
    const int documents = 70;
    for (int i = 1; i <= documents; ++i)
        abroad.addDocument(a.id,
                           AbroadDocument{0, QStringLiteral("Документ %1 — справка").arg(i, 3, 10, QLatin1Char('0')),
                                          m_clock->today(),
                                          i % 3 == 0 ? QStringLiteral("копия, заверенная нотариально") : QString()});
    // Many steps: more than the service's lifecycle makes, written as the service records them.
    const int events = 90;
    AbroadStore store(m_workspace->database());
    for (int i = 1; i <= events; ++i) {
        AbroadEvent e;
        e.happenedAt = TestSupport::fixedNow().addSecs(60 * i);
        e.actor = QStringLiteral("clerk");
        e.fromStatus = QStringLiteral("submitted");
        e.toStatus = QStringLiteral("submitted");
        e.reason = QStringLiteral("Шаг %1").arg(i, 3, 10, QLatin1Char('0'));
        store.insertEvent(a.id, e, QStringLiteral("test-event-%1").arg(i));
    }

    for (const Language language : {Language::Russian, Language::Kazakh}) {
        const QString file = pdf(a.id, language, QStringLiteral("long-%1.pdf").arg(Languages::code(language)));
        QVERIFY(!file.isEmpty()); // the file has the pages the layout made
        const QStringList pages = PrintTools::pages(file);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        const PrintLanguage words(language);
        const QString history = words.translate("AbroadApplicationPrintout", "When");
        int documentsFound = 0;
        int eventsFound = 0;
        bool historyStarted = false;
        for (int page = 0; page < pages.size(); ++page) {
            const QString text = PrintTools::flat(pages.at(page));
            // Every page says which it is and how many there are, and carries the bureau's head.
            QVERIFY2(text.contains(words.text("Page %1 of %2").arg(page + 1).arg(pages.size())),
                     qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(text)));
            QVERIFY(text.contains(words.text("Bureau of Hospitalization"), Qt::CaseInsensitive));
            const int documentsHere = int(text.count(QStringLiteral("— справка")));
            const int eventsHere = int(text.count(QStringLiteral("Шаг ")));
            documentsFound += documentsHere;
            eventsFound += eventsHere;
            // Once the history has begun, every page of it repeats the table's column header.
            historyStarted = historyStarted || eventsHere > 0;
            if (eventsHere > 0)
                QVERIFY2(text.contains(history), qPrintable(QStringLiteral("page %1 lacks the header").arg(page + 1)));
        }
        // Each row exactly once: none lost at a page break, none printed twice.
        QCOMPARE(documentsFound, documents);
        QCOMPARE(eventsFound, events);
        QVERIFY(historyStarted);
        // The signatures come last.
        QVERIFY(PrintTools::flat(pages.last()).contains(words.text("signature, full name, date"), Qt::CaseInsensitive));
        if (language == Language::Russian)
            PrintTools::keepFirstPage(file, QStringLiteral("print-abroad-application-long-ru"));
    }
}

void TestAbroad::printingToAnImpossiblePlaceLeavesNothing()
{
    const AbroadApplication a = m_workspace->abroad().add(application());
    const QString target = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    const std::unique_ptr<AbroadApplicationDocument> document =
        AbroadApplicationPrintout::build(*m_workspace, a.id, Language::Russian);
    const OperationError e = failureOf([&] { PdfExport::write(*document, PrintSetup{}.pageLayout(), target); });
    QCOMPARE(e.kind(), OperationError::Kind::Storage);
    QVERIFY2(e.message().contains(QStringLiteral("Choose another folder")), qPrintable(e.message()));
    QVERIFY(!QFile::exists(target));
}

void TestAbroad::cliCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args);
    };
    auto result =
        cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("150510600011"),
             QStringLiteral("--last-name"), QStringLiteral("Сәрсенбаева"), QStringLiteral("--first-name"),
             QStringLiteral("Әйгерім"), QStringLiteral("--region"), QStringLiteral("71")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result =
        cli({QStringLiteral("abroad"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("150510600011"),
             QStringLiteral("--diagnosis"), QStringLiteral("Q21.0"), QStringLiteral("--disease"),
             QStringLiteral("common_cold"), QStringLiteral("--category"), QStringLiteral("children")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("is not on the list of diseases")), qPrintable(result.err));
    result =
        cli({QStringLiteral("abroad"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("150510600011"),
             QStringLiteral("--diagnosis"), QStringLiteral("Q21.0"), QStringLiteral("--disease"),
             QStringLiteral("complex_congenital_heart"), QStringLiteral("--category"), QStringLiteral("children"),
             QStringLiteral("--document"), QStringLiteral("Выписка"), QStringLiteral("--document"),
             QStringLiteral("Эхокардиография"), QStringLiteral("--submit"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject added = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QString id = QString::number(added.value(QStringLiteral("id")).toInt());
    QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(added.value(QStringLiteral("documents")).toArray().size(), 2);
    result = cli({QStringLiteral("abroad"), QStringLiteral("decide"), id, QStringLiteral("--decision"),
                  QStringLiteral("rejected"), QStringLiteral("--protocol"), QStringLiteral("9")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("reason the commission rejected")));
    result = cli({QStringLiteral("abroad"), QStringLiteral("decide"), id, QStringLiteral("--decision"),
                  QStringLiteral("approved"), QStringLiteral("--protocol"), QStringLiteral("9"),
                  QStringLiteral("--country"), QStringLiteral("Германия"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject decided = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(decided.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(decided.value(QStringLiteral("decision_protocol")).toString(), QStringLiteral("9"));
    QCOMPARE(decided.value(QStringLiteral("history")).toArray().size(), 2);
    result = cli({QStringLiteral("abroad"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    for (const char* key : {"id", "status", "iin", "patient", "diagnosis", "disease", "category", "country", "clinic",
                            "decision", "decision_date", "decision_protocol", "decision_reason"})
        QVERIFY2(list.first().toObject().contains(QLatin1String(key)), key);
    result = cli({QStringLiteral("abroad"), QStringLiteral("summary"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("approved")).toInt(), 1);
    result =
        cli({QStringLiteral("abroad"), QStringLiteral("diseases"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8())
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("starter"))
                .toBool());

    const QString pdf = m_dir.filePath(QStringLiteral("cli-application.pdf"));
    result = cli({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("abroad"), QStringLiteral("print"), id,
                  QStringLiteral("-o"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Said in the language asked for.
    QVERIFY2(result.err.contains(QStringLiteral(" файлына жазылды")), qPrintable(result.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Астана қаласы")));
    QCOMPARE(PrintTools::pageSizePoints(pdf).toSize(), QSize(595, 842)); // A4 portrait unless asked otherwise
    // A5 in landscape, as every print command takes it, in Russian.
    const QString a5 = m_dir.filePath(QStringLiteral("cli-application-a5.pdf"));
    result = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("abroad"), QStringLiteral("print"), id,
                  QStringLiteral("-o"), a5, QStringLiteral("--a5"), QStringLiteral("--landscape")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(PrintTools::pageSizePoints(a5).toSize(), QSize(595, 420));
    const QString a5Text = PrintTools::flat(PrintTools::text(a5));
    QVERIFY2(a5Text.contains(QStringLiteral("город Астана")), qPrintable(a5Text));
    QVERIFY2(a5Text.contains(QStringLiteral("Страница 1 из ")), qPrintable(a5Text));
    // A5 portrait: the same options as every print command.
    const QString a5Portrait = m_dir.filePath(QStringLiteral("cli-application-a5-portrait.pdf"));
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), id, QStringLiteral("-o"), a5Portrait,
                  QStringLiteral("--a5")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(PrintTools::pageSizePoints(a5Portrait).toSize(), QSize(420, 595));
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), id});
    QCOMPARE(result.exitCode, 2); // no -o
    // A folder that is not there: exit status 1 and no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/application.pdf"));
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), id, QStringLiteral("-o"), nowhere});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Choose another folder")), qPrintable(result.err));
    QVERIFY(!QFile::exists(nowhere));
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), QStringLiteral("77"), QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("There is no application for treatment abroad with the number 77")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    QCOMPARE(cli({QStringLiteral("abroad"), QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
}

void TestAbroad::ageIsCheckedAgainstTheCategory()
{
    // A 20-year-old was accepted as a child.
    Patient adult;
    adult.iin = QStringLiteral("051231600017"); // born 31.12.2005: 20 on 16.11.2026
    adult.lastName = QStringLiteral("Жұмабаева");
    adult.firstName = QStringLiteral("Дана");
    adult.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(adult);
    AbroadService::Application in = application();
    in.iin = adult.iin;
    const OperationError refused = failureOf([&] { m_workspace->abroad().add(in); });
    QCOMPARE(refused.field(), QStringLiteral("category"));
    QVERIFY2(refused.message().contains(QStringLiteral("20")) && refused.message().contains(QStringLiteral("17")),
             qPrintable(refused.message()));
    // The same adult in a category without ages is accepted; the child in the children's category too.
    in.categoryCode = QStringLiteral("listed_disease");
    QCOMPARE(m_workspace->abroad().add(in).categoryCode, QStringLiteral("listed_disease"));
    QVERIFY(m_workspace->abroad().add(application()).id > 0);
    // The child turns 18 before the commission decides: approval is refused then.
    const AbroadApplication submitted = m_workspace->abroad().add(application(true));
    m_clock->set(QDateTime(QDate(2033, 5, 10), QTime(10, 0)));
    AbroadService::Decision d;
    d.decision = QStringLiteral("approved");
    d.date = m_clock->today();
    d.protocol = QStringLiteral("12");
    d.country = QStringLiteral("Германия");
    QCOMPARE(failureOf([&] { m_workspace->abroad().decide(submitted.id, d); }).field(), QStringLiteral("category"));
    // The ages are the bureau's to set: from 60, say, for a category of pensioners.
    EligibleEntry pensioners;
    pensioners.code = QStringLiteral("pensioners");
    pensioners.nameKk = QStringLiteral("Зейнеткерлер");
    pensioners.nameRu = QStringLiteral("Пенсионеры");
    pensioners.nameEn = QStringLiteral("Pensioners");
    pensioners.minAge = 60;
    QCOMPARE(m_workspace->abroad().saveEntry(EligibleList::Categories, pensioners).minAge, 60);
    pensioners.maxAge = 50;
    QCOMPARE(failureOf([&] { m_workspace->abroad().saveEntry(EligibleList::Categories, pensioners); }).field(),
             QStringLiteral("age"));
    m_clock->set(TestSupport::fixedNow());
    in.categoryCode = QStringLiteral("pensioners");
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("category"));
}

QTEST_MAIN(TestAbroad)
#include "tst_abroad.moc"
