#include "TestSupport.h"
#include "documents/AbroadApplicationDocument.h"
#include "domain/AbroadLifecycle.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
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
// whose Kazakh letters survive.
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
    void printingToAnImpossiblePlaceLeavesNothing();
    void cliCommands();

private:
    AbroadService::Application application(bool submit = false) const;
    OperationError failureOf(const std::function<void()>& call) const;

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
    p.iin = QStringLiteral("051231600017");
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
    in.iin = QStringLiteral("051231600017");
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
    in.diagnosisCode = QStringLiteral("Z99.99");
    QCOMPARE(failureOf([&] { m_workspace->abroad().add(in); }).field(), QStringLiteral("diagnosis"));
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

void TestAbroad::printsAPdfWithKazakhLetters()
{
    AbroadService& abroad = m_workspace->abroad();
    const AbroadApplication a = abroad.add(application(true));
    abroad.decide(
        a.id,
        {QStringLiteral("approved"), m_clock->today(), QStringLiteral("45-П"), {}, {}, QStringLiteral("Charité")});
    const QString pdf = m_dir.filePath(QStringLiteral("application-kk.pdf"));
    AbroadApplicationDocument(*m_workspace, a.id, Language::Kazakh).savePdf(pdf);
    QVERIFY(QFile(pdf).size() > 1000);

    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QCOMPARE(text.exitCode(), 0);
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString& wanted :
         {QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы"), QStringLiteral("051231600017"),
          QStringLiteral("Астана қаласы"), QStringLiteral("Q21.0"),
          QStringLiteral("жүректің күрделі туа біткен ақаулары"), QStringLiteral("18 жасқа толмаған балалар"),
          QStringLiteral("45-П"), QStringLiteral("Charité"), QStringLiteral("Выписка из истории болезни"),
          QStringLiteral("16.11.2026")})
        QVERIFY2(content.contains(wanted), qPrintable(wanted + QStringLiteral(" missing from: ") + content));

    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList lines =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // header, rule, at least one font
    for (const QString& line : lines.mid(2)) {
        QVERIFY2(line.contains(QStringLiteral("DejaVuSans")), qPrintable(line));
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QCOMPARE(columns.value(columns.size() - 5), QStringLiteral("yes")); // emb
    }

    // The first page, for a person to look at.
    QProcess image;
    image.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                 QDir(TestSupport::screenshotDir()).filePath(QStringLiteral("print-abroad-application-kk"))});
    QVERIFY(image.waitForFinished(30000));
    QCOMPARE(image.exitCode(), 0);

    // The same document in Russian and English, through the HTML the preview shows.
    const QString html = AbroadApplicationDocument(*m_workspace, a.id, Language::Russian).html();
    QVERIFY(html.contains(QStringLiteral("Сложные врождённые пороки сердца")));
    QVERIFY(html.contains(QStringLiteral("город Астана")));
    QVERIFY(html.contains(QStringLiteral("DejaVu Sans")));
    QVERIFY(AbroadApplicationDocument(*m_workspace, a.id, Language::English)
                .html()
                .contains(QStringLiteral("Application for treatment abroad")));
    QCOMPARE(failureOf([&] { AbroadApplicationDocument(*m_workspace, 999, Language::English); }).kind(),
             OperationError::Kind::NotFound);
}

void TestAbroad::printingToAnImpossiblePlaceLeavesNothing()
{
    const AbroadApplication a = m_workspace->abroad().add(application());
    const QString target = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    const OperationError e =
        failureOf([&] { AbroadApplicationDocument(*m_workspace, a.id, Language::Russian).savePdf(target); });
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
        cli({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("051231600017"),
             QStringLiteral("--last-name"), QStringLiteral("Сәрсенбаева"), QStringLiteral("--first-name"),
             QStringLiteral("Әйгерім"), QStringLiteral("--region"), QStringLiteral("71")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result =
        cli({QStringLiteral("abroad"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("051231600017"),
             QStringLiteral("--diagnosis"), QStringLiteral("Q21.0"), QStringLiteral("--disease"),
             QStringLiteral("common_cold"), QStringLiteral("--category"), QStringLiteral("children")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("is not on the list of diseases")), qPrintable(result.err));
    result =
        cli({QStringLiteral("abroad"), QStringLiteral("add"), QStringLiteral("--iin"), QStringLiteral("051231600017"),
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
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Астана қаласы")));
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), id});
    QCOMPARE(result.exitCode, 2); // no -o
    result = cli({QStringLiteral("abroad"), QStringLiteral("print"), QStringLiteral("77"), QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    QCOMPARE(cli({QStringLiteral("abroad"), QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
}

QTEST_MAIN(TestAbroad)
#include "tst_abroad.moc"
