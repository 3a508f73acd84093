#include "AbroadApplicationModel.h"
#include "EligibleListModel.h"
#include "ModalDriver.h"
#include "ModelRoles.h"
#include "PrintTools.h"
#include "QuotaPlanModel.h"
#include "TestSupport.h"
#include "abroad/AbroadPage.h"
#include "abroad/EligibleListsDialog.h"
#include "main/ClerkActions.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "printing/DocumentPrinter.h"
#include "printing/PrintActions.h"
#include "printing/PrintOptionsDialog.h"
#include "quotas/QuotasPage.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferralService.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/Section.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <tuple>

// The quota and treatment-abroad views through the real windows: the plan table and its chart, allocation
// by population, in-place edits, a quota-funded referral by keyboard and its refusal at zero, an application
// registered, decided, printed, and the eligible lists checked.
class TestGuiQuotas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quotasPageShowsEveryRegionAndItsChart();
    void allocatesANationalTotal();
    void editsAnAllocationInPlace();
    void refusedEditSaysWhy();
    void referralDialogTakesAQuotaOfThePatientsRegion();
    void referralDialogRefusesWhenNoneIsLeft();
    void registersAndDecidesAnApplication();
    void printsTheApplication();
    void checksTheEligibleLists();

private:
    // Each view in each language, for a person to look at (called from checksTheEligibleLists).
    void saveScreenshots();
    void onNextModal(std::function<void(QWidget*)> steps) { m_modals.onNext(std::move(steps)); }
    static void typeInto(const QString& text)
    {
        QWidget* widget = QApplication::focusWidget();
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClick(widget, char(ch.unicode()));
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            }
        }
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = {}) { QTest::keyClick(QApplication::focusWidget(), k, m); }
    void activateMain()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    // The cell of a region in the quota table as the clerk sees it (sorted, filtered).
    QModelIndex quotaCell(const QString& regionCode, int column) const;
    QuotaPlan astana() const;
    Referral registerHtmc();
    // What the printing test starts from: the child's application approved by the commission (as the test of the
    // dialogs above makes it).
    void givenAnApprovedApplication();
    // What a test of the plan starts from: this year's cardiac surgery quotas split from a national total, on screen.
    void givenANationalPlan();

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{TestSupport::fixedNow()};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    ModalDriver m_modals;
    int m_year = 0;
};

void TestGuiQuotas::initTestCase()
{
    TestSupport::isolateUserFolders();
    // Combo boxes find items by the letters typed within this interval; on a loaded machine (ctest -j2) the
    // default 400 ms can pass between two simulated keys and the search would start over.
    QApplication::setKeyboardInputInterval(5000);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

// Every test starts from a new database on a fixed day: none depends on what another left behind.
void TestGuiQuotas::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(TestSupport::fixedNow());
    m_year = m_clock.today().year();
    m_workspace = TestSupport::openWorkspace(*m_dir, QStringLiteral("quotas-gui.sqlite"), m_clock);
    Patient adult;
    adult.iin = QStringLiteral("900115300013");
    adult.lastName = QStringLiteral("Әлиханов");
    adult.firstName = QStringLiteral("Нұрлан");
    adult.regionCode = QStringLiteral("71");
    m_workspace->patients().registerPatient(adult);
    // Each dialog below registers another patient of Astana: a second live referral of one patient to the same
    // profile would be asked for its reason first.
    for (const auto& [iin, last, first] :
         {std::tuple{"850720400126", "Иванова", "Алёна"}, std::tuple{"900115300401", "Петров", "Сергей"}}) {
        Patient p;
        p.iin = QLatin1String(iin);
        p.lastName = QString::fromUtf8(last);
        p.firstName = QString::fromUtf8(first);
        p.regionCode = QStringLiteral("71");
        m_workspace->patients().registerPatient(p);
    }
    Patient child;
    child.iin = QStringLiteral("150312600015");
    child.lastName = QStringLiteral("Сәрсенбаева");
    child.firstName = QStringLiteral("Әйгерім");
    child.middleName = QStringLiteral("Ғалымқызы");
    child.regionCode = QStringLiteral("75");
    m_workspace->patients().registerPatient(child);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_languages);
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiQuotas::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_workspace.reset();
    m_dir.reset();
}

QModelIndex TestGuiQuotas::quotaCell(const QString& regionCode, int column) const
{
    QTableView* view = m_window->quotasPage()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, QuotaPlanModel::Region).data(ModelRoles::CodeRole).toString() == regionCode)
            return view->model()->index(row, column);
    }
    return {};
}

QuotaPlan TestGuiQuotas::astana() const
{
    return m_workspace->quotas().plan(m_year, QStringLiteral("71"), QStringLiteral("CSU")).value_or(QuotaPlan{});
}

Referral TestGuiQuotas::registerHtmc()
{
    ReferralService::Registration in;
    in.iin = QStringLiteral("900115300013");
    in.hospitalCode = QStringLiteral("7101");
    in.profileCode = QStringLiteral("CAR");
    in.diagnosisCode = QStringLiteral("I25.1");
    in.funding = QStringLiteral("htmc");
    in.quotaProfile = QStringLiteral("CSU");
    in.secondReferralReason = QStringLiteral("a test takes several quotas for one patient");
    return m_workspace->referrals().registerReferral(in);
}

void TestGuiQuotas::givenANationalPlan()
{
    m_workspace->quotas().allocate(m_year, QStringLiteral("CSU"), 120);
    m_window->showSection(m_window->quotasPage());
    m_window->quotasPage()->refresh();
    QVERIFY(astana().allocated > 0);
}

void TestGuiQuotas::givenAnApprovedApplication()
{
    AbroadService::Application in;
    in.iin = QStringLiteral("150312600015");
    in.diagnosisCode = QStringLiteral("Q21.0");
    in.diseaseCode = QStringLiteral("complex_congenital_heart");
    in.categoryCode = QStringLiteral("children");
    in.country = QStringLiteral("Германия");
    in.documents = {AbroadDocument{0, QStringLiteral("Выписка из истории болезни"), m_clock.today(), {}}};
    in.submit = true;
    const AbroadApplication added = m_workspace->abroad().add(in);
    AbroadService::Decision decision;
    decision.decision = QStringLiteral("approved");
    decision.date = m_clock.today();
    decision.protocol = QStringLiteral("45-П");
    decision.clinic = QStringLiteral("Charité");
    m_workspace->abroad().decide(added.id, decision);
    m_window->abroadPage()->refresh();
}

void TestGuiQuotas::quotasPageShowsEveryRegionAndItsChart()
{
    m_window->showSection(m_window->quotasPage());
    QuotasPage* page = m_window->quotasPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->yearSpin()->value(), m_year);
    QCOMPARE(page->profileCombo()->currentData().toString(), QStringLiteral("CSU"));
    QCOMPARE(page->view()->model()->rowCount(), 20);
    QCOMPARE(page->chart()->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(page->chart()->series().first());
    QVERIFY(series);
    QCOMPARE(series->count(), 2); // allocated and used
    QCOMPARE(series->barSets().first()->count(), 20);
    QVERIFY(page->countLabel()->text().contains(QStringLiteral("No plan is entered")));
    // The filter narrows the table and the chart alike.
    page->filterEdit()->setText(QStringLiteral("kazakh"));
    QTRY_COMPARE(page->view()->model()->rowCount(), 3); // West, North and East Kazakhstan
    QTRY_COMPARE(qobject_cast<QHorizontalBarSeries*>(page->chart()->series().first())->barSets().first()->count(), 3);
    page->filterEdit()->clear();
    QTRY_COMPARE(page->view()->model()->rowCount(), 20);
    page->profileCombo()->setCurrentIndex(page->profileCombo()->findData(QStringLiteral("NSU")));
    QCOMPARE(page->model()->profileCode(), QStringLiteral("NSU"));
    page->showPlan(m_year, QStringLiteral("CSU"));
}

void TestGuiQuotas::allocatesANationalTotal()
{
    QuotasPage* page = m_window->quotasPage();
    QString question;
    onNextModal([&](QWidget* modal) {
        auto* input = qobject_cast<QInputDialog*>(modal);
        QVERIFY(input);
        question = input->labelText();
        input->setIntValue(7);
        input->accept();
    });
    page->findChild<QPushButton*>(QStringLiteral("allocateButton"))->click();
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(question.contains(QStringLiteral("add up exactly")), qPrintable(question));
    QCOMPARE(page->model()->totalAllocated(), 7);
    QCOMPARE(astana().allocated, 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(page->chart()->series().first());
    QBarSet* allocated = series->barSets().last();
    QCOMPARE(allocated->label(), QStringLiteral("Allocated"));
    qreal sum = 0;
    for (int i = 0; i < allocated->count(); ++i)
        sum += allocated->at(i);
    QCOMPARE(sum, 7.0);
    // A second split replaces the plan after the clerk confirms.
    onNextModal([&](QWidget* modal) {
        auto* input = qobject_cast<QInputDialog*>(modal);
        input->setIntValue(120);
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace the plan?"
        input->accept();
    });
    page->findChild<QPushButton*>(QStringLiteral("allocateButton"))->click();
    QTRY_VERIFY(m_modals.done());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("replaces the quotas of every region")));
    QCOMPARE(page->model()->totalAllocated(), 120);
    QVERIFY(page->countLabel()->text().contains(QStringLiteral("allocated 120")));
}

void TestGuiQuotas::editsAnAllocationInPlace()
{
    givenANationalPlan();
    QTableView* view = m_window->quotasPage()->view();
    const QModelIndex cell = quotaCell(QStringLiteral("71"), QuotaPlanModel::Allocated);
    QVERIFY(cell.isValid());
    view->scrollTo(cell);
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    QSpinBox* editor = nullptr;
    QTRY_VERIFY((editor = view->viewport()->findChild<QSpinBox*>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("15"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(astana().allocated, 15);
    QCOMPARE(quotaCell(QStringLiteral("71"), QuotaPlanModel::Remaining).data().toInt(), 15);
    // The split and the edit, each kept.
    QCOMPARE(m_workspace->quotas().history(m_year, QStringLiteral("71"), QStringLiteral("CSU")).size(), 2);
}

void TestGuiQuotas::refusedEditSaysWhy()
{
    givenANationalPlan();
    const int allocated = astana().allocated;
    registerHtmc();
    registerHtmc();
    m_window->quotasPage()->refresh();
    QCOMPARE(quotaCell(QStringLiteral("71"), QuotaPlanModel::Used).data().toInt(), 2);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->quotasPage()->view()->model()->setData(
        quotaCell(QStringLiteral("71"), QuotaPlanModel::Allocated), 1));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already hold 2 quotas")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(astana().allocated, allocated);
}

void TestGuiQuotas::referralDialogTakesAQuotaOfThePatientsRegion()
{
    m_workspace->quotas().setAllocated(m_year, QStringLiteral("71"), QStringLiteral("CSU"), astana().used + 2);
    QString focusAfterFunding;
    QString quotaItem;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("referralDialog"));
        typeInto(QStringLiteral("850720400126"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("I25.1"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("CAR"));
        auto* funding = dialog->findChild<QComboBox*>(QStringLiteral("fundingCombo"));
        auto* quota = dialog->findChild<QComboBox*>(QStringLiteral("quotaCombo"));
        QVERIFY(!quota->isEnabled()); // only for HTMC funding
        funding->setFocus();
        typeInto(QStringLiteral("High")); // keyboard search: "High-tech care quota (HTMC)"
        QCOMPARE(funding->currentData().toString(), QStringLiteral("htmc"));
        QVERIFY(quota->isEnabled());
        key(Qt::Key_Tab);
        focusAfterFunding = QApplication::focusWidget()->objectName();
        typeInto(QStringLiteral("CSU"));
        quotaItem = quota->currentText();
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Referral registered. Code: …"
        key(Qt::Key_Return);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QCOMPARE(focusAfterFunding, QStringLiteral("quotaCombo")); // the tab order goes from funding to the quota
    QVERIFY2(quotaItem.startsWith(QStringLiteral("CSU: 2 of %1 left").arg(astana().allocated)), qPrintable(quotaItem));
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("71.7101.CAR.")));
    const QList<Referral> referrals =
        m_workspace->referrals().forPatient(m_workspace->patients().findByIin(QStringLiteral("850720400126"))->id);
    QCOMPARE(referrals.first().quotaProfile, QStringLiteral("CSU"));
    QCOMPARE(astana().remaining(), 1);
    // The quota page follows the referrals.
    QTRY_COMPARE(quotaCell(QStringLiteral("71"), QuotaPlanModel::Used).data().toInt(), astana().used);
    // The referral's detail says which quota it holds.
    QStringList texts;
    onNextModal([&](QWidget* detail) {
        for (const QLabel* label : detail->findChildren<QLabel*>())
            texts << label->text();
        QTest::keyClick(detail, Qt::Key_Escape);
    });
    m_window->actions()->openReferral(referrals.first().id);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(texts.contains(QStringLiteral("High-tech care quota (HTMC): CSU, Astana, %1").arg(m_year)),
             qPrintable(texts.join(QLatin1Char('|'))));
}

void TestGuiQuotas::referralDialogRefusesWhenNoneIsLeft()
{
    m_workspace->quotas().setAllocated(m_year, QStringLiteral("71"), QStringLiteral("CSU"), 1);
    registerHtmc(); // the last one
    QCOMPARE(astana().remaining(), 0);
    QString problem;
    QString focus;
    onNextModal([&](QWidget* dialog) {
        typeInto(QStringLiteral("900115300401"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("I25.1"));
        key(Qt::Key_Tab);
        typeInto(QStringLiteral("CAR"));
        auto* funding = dialog->findChild<QComboBox*>(QStringLiteral("fundingCombo"));
        funding->setCurrentIndex(funding->findData(QStringLiteral("htmc")));
        auto* quota = dialog->findChild<QComboBox*>(QStringLiteral("quotaCombo"));
        quota->setCurrentIndex(quota->findData(QStringLiteral("CSU")));
        QVERIFY(quota->currentText().startsWith(QStringLiteral("CSU: 0 of")));
        quota->setFocus();
        key(Qt::Key_Return);
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY(label->isVisible());
        problem = label->text();
        focus = QApplication::focusWidget()->objectName();
        QVERIFY(dialog->isVisible()); // nothing lost: the clerk can choose another funding
        QVERIFY(dialog->grab().save(
            QStringLiteral("%1/form-referral-quota-refused-en.png").arg(TestSupport::screenshotDir())));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    activateMain();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(problem.contains(QStringLiteral("No HTMC quota is left for Cardiac surgery in Astana")),
             qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("another funding")));
    QCOMPARE(focus, QStringLiteral("quotaCombo"));
    QCOMPARE(astana().remaining(), 0);
}

void TestGuiQuotas::registersAndDecidesAnApplication()
{
    m_window->showSection(m_window->abroadPage());
    AbroadPage* page = m_window->abroadPage();
    QVERIFY(page->isVisible());
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("abroadStarterBanner"))->isVisible());
    QString patientShown;
    QString firstProblem;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("abroadApplicationDialog"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("abroadPatientEdit"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("abroadStarterBanner")));
        typeInto(QStringLiteral("150312600015"));
        patientShown = dialog->findChild<QLabel*>(QStringLiteral("abroadPatientValue"))->text();
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("abroadDiagnosisEdit"));
        typeInto(QStringLiteral("Q21.0"));
        auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        save->click(); // no disease chosen yet: refused, the dialog stays
        firstProblem = dialog->findChild<QLabel*>(QStringLiteral("abroadProblem"))->text();
        auto* disease = dialog->findChild<QComboBox*>(QStringLiteral("abroadDiseaseCombo"));
        QCOMPARE(QApplication::focusWidget(), disease);
        disease->setCurrentIndex(disease->findData(QStringLiteral("complex_congenital_heart")));
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("abroadCategoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("children")));
        dialog->findChild<QLineEdit*>(QStringLiteral("abroadCountryEdit"))->setText(QStringLiteral("Германия"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("abroadDocumentsEdit"))
            ->setPlainText(QStringLiteral("Выписка из истории болезни\nЭхокардиография\n"));
        dialog->findChild<QCheckBox*>(QStringLiteral("abroadSubmitCheck"))->setChecked(true);
        QVERIFY(
            dialog->grab().save(QStringLiteral("%1/form-abroad-application-en.png").arg(TestSupport::screenshotDir())));
        save->click();
    });
    page->findChild<QPushButton*>(QStringLiteral("newApplicationButton"))->click();
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(patientShown.startsWith(QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы")), qPrintable(patientShown));
    QVERIFY2(firstProblem.contains(QStringLiteral("Choose the disease")), qPrintable(firstProblem));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    const AbroadApplication a = page->model()->applicationAt(0);
    QCOMPARE(a.status, AbroadStatus::Submitted);
    QCOMPARE(m_workspace->abroad().documents(a.id).size(), 2);
    QCOMPARE(page->currentApplicationId(), a.id);
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("decideButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("submitApplicationButton"))->isEnabled());

    QString refusal;
    onNextModal([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("abroadDecisionDialog"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("decisionProtocol"));
        dialog->findChild<QRadioButton*>(QStringLiteral("decisionRejected"))->click();
        typeInto(QStringLiteral("45-П"));
        key(Qt::Key_Return); // rejected without a reason: refused
        refusal = dialog->findChild<QLabel*>(QStringLiteral("decisionProblem"))->text();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("decisionReason"));
        dialog->findChild<QRadioButton*>(QStringLiteral("decisionApproved"))->click();
        dialog->findChild<QLineEdit*>(QStringLiteral("decisionClinic"))->setText(QStringLiteral("Charité"));
        QVERIFY(
            dialog->grab().save(QStringLiteral("%1/form-abroad-decision-en.png").arg(TestSupport::screenshotDir())));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    page->findChild<QPushButton*>(QStringLiteral("decideButton"))->click();
    QTRY_VERIFY(m_modals.done());
    const AbroadApplication decided = *m_workspace->abroad().find(a.id);
    QCOMPARE(decided.status, AbroadStatus::Approved);
    QCOMPARE(decided.decisionProtocol, QStringLiteral("45-П"));
    QCOMPARE(decided.clinic, QStringLiteral("Charité"));
    QCOMPARE(decided.country, QStringLiteral("Германия"));
    QTRY_COMPARE(page->model()->index(0, AbroadApplicationModel::Status).data().toString(),
                 QStringLiteral("Approved by the commission"));
    QVERIFY(page->statusFilter()
                ->itemText(page->statusFilter()->findData(QStringLiteral("approved")))
                .endsWith(QStringLiteral("(1)")));
    QVERIFY(page->countLabel()->text().contains(QStringLiteral("Approved by the commission: 1")));
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("draft")));
    QCOMPARE(page->model()->rowCount(), 0);
    page->statusFilter()->setCurrentIndex(0);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY2(refusal.contains(QStringLiteral("reason the commission rejected")), qPrintable(refusal));
}

void TestGuiQuotas::printsTheApplication()
{
    givenAnApprovedApplication();
    m_window->showSection(m_window->abroadPage());
    AbroadPage* page = m_window->abroadPage();
    QCOMPARE(page->model()->rowCount(), 1);
    page->selectApplication(page->model()->applicationAt(0).id);
    auto options = [](Language language) {
        PrintOptionsDialog::Options o;
        o.setup.language = language;
        return o;
    };

    // Print… goes the way of every printout: paper and language first, then the print preview.
    int pages = 0;
    DocumentPrinter::setPreviewHook([&pages](QWidget* preview) {
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        pages = widget ? widget->pageCount() : -1;
        preview->grab().save(QStringLiteral("%1/print-preview-abroad-kk.png").arg(TestSupport::screenshotDir()));
    });
    PrintOptionsDialog::setNextAnswer(options(Language::Kazakh));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("printApplicationButton")), Qt::LeftButton);
    DocumentPrinter::setPreviewHook({});
    QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));

    // Save as PDF… from the page's menu, in English whatever the window speaks.
    const QString pdf = m_dir->filePath(QStringLiteral("gui-application.pdf"));
    PrintOptionsDialog::setNextAnswer(options(Language::English));
    FileDialog::setNextFileName(pdf);
    page->findChild<QAction*>(QStringLiteral("saveApplicationPdfAction"))->trigger();
    QVERIFY(QFile(pdf).size() > 1000);
    const QString shown = PrintTools::flat(PrintTools::text(pdf));
    QVERIFY2(shown.contains(QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Approved: the patient is sent for treatment abroad")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Page 1 of ")), qPrintable(shown));

    // File → Save as PDF… on this page saves the selected application too, here in Russian.
    const QString fromMenu = m_dir->filePath(QStringLiteral("gui-application-ru.pdf"));
    PrintOptionsDialog::setNextAnswer(options(Language::Russian));
    FileDialog::setNextFileName(fromMenu);
    m_window->printing()->pdfAction()->trigger();
    const QString russian = PrintTools::flat(PrintTools::text(fromMenu));
    // Section titles print in capitals.
    QVERIFY2(russian.contains(QStringLiteral("Решение комиссии"), Qt::CaseInsensitive), qPrintable(russian));
    QVERIFY2(russian.contains(QStringLiteral("Сәрсенбаева Әйгерім Ғалымқызы")), qPrintable(russian));
}

void TestGuiQuotas::checksTheEligibleLists()
{
    AbroadPage* page = m_window->abroadPage();
    int before = -1;
    int after = -1;
    QString banner;
    onNextModal([&](QWidget* dialog) {
        auto* lists = qobject_cast<EligibleListsDialog*>(dialog);
        QVERIFY(lists);
        banner = dialog->findChild<QLabel*>(QStringLiteral("diseasesBanner"))->text();
        EligibleListModel* diseases = lists->model(EligibleList::Diseases);
        before = diseases->starterCount();
        lists->view(EligibleList::Diseases)->setCurrentIndex(diseases->index(0, EligibleListModel::NameEn));
        dialog->findChild<QPushButton*>(QStringLiteral("diseasesConfirmButton"))->click();
        after = diseases->starterCount();
        QVERIFY(dialog->grab().save(QStringLiteral("%1/form-eligible-lists-en.png").arg(TestSupport::screenshotDir())));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    page->findChild<QPushButton*>(QStringLiteral("eligibleListsButton"))->click();
    QTRY_VERIFY(m_modals.done());
    QVERIFY2(banner.contains(QStringLiteral("starter list")) &&
                 banner.contains(QStringLiteral("not the official list")),
             qPrintable(banner));
    QCOMPARE(before, 5);
    QCOMPARE(after, 4);
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("abroadStarterBanner"))->text().contains(QStringLiteral("8 entries")));
    saveScreenshots();
}

void TestGuiQuotas::saveScreenshots()
{
    const QString dir = TestSupport::screenshotDir();
    m_workspace->quotas().setAllocated(m_year, QStringLiteral("75"), QStringLiteral("CSU"), 14);
    for (Language language : {Language::English, Language::Kazakh, Language::Russian}) {
        m_window->switchLanguage(language);
        // The posted LanguageChange has arrived when the list of sections speaks the language.
        QTRY_COMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(),
                     m_window->sections().first()->sectionTitle());
        const QString code = Languages::code(language);
        m_window->showSection(m_window->quotasPage());
        m_window->quotasPage()->refresh();
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/quotas-%2.png").arg(dir, code)));
        m_window->showSection(m_window->abroadPage());
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/abroad-%2.png").arg(dir, code)));
    }
    m_window->switchLanguage(Language::English);
}

QTEST_MAIN(TestGuiQuotas)
#include "tst_gui_quotas.moc"
