#include "main/MainWindow.h"

#include "ReferenceNames.h"
#include "abroad/AbroadPage.h"
#include "beds/HospitalBedsPage.h"
#include "beds/HospitalsPage.h"
#include "contacts/RegionalContactsPage.h"
#include "dashboard/DashboardPage.h"
#include "domain/AppInfo.h"
#include "domain/OperationError.h"
#include "exchange/ExchangeActions.h"
#include "imports/ImportReportDialog.h"
#include "imports/OpenDataImportDialog.h"
#include "main/ClerkActions.h"
#include "main/LanguageSwitcher.h"
#include "main/SearchPage.h"
#include "patients/PatientsPage.h"
#include "printing/PrintActions.h"
#include "quotas/QuotasPage.h"
#include "referrals/LookupDialog.h"
#include "referrals/ReferralsPage.h"
#include "reflists/BureauDialog.h"
#include "reflists/ReferenceListsDialog.h"
#include "services/DiagnosisService.h"
#include "services/HospitalService.h"
#include "services/PatientService.h"
#include "services/Workspace.h"
#include "waitinglists/CalendarDialog.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScannerListener.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(Workspace& workspace, LanguageSwitcher& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_names(new ReferenceNames(workspace.referenceData(), this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_names->setLanguage(languages.language());
    m_patients = new PatientsPage(workspace, *m_names, m_stack);
    m_referrals = new ReferralsPage(workspace, *m_names, m_stack);
    m_waiting = new WaitingListPage(workspace, *m_names, m_stack);
    m_beds = new HospitalBedsPage(workspace, *m_names, m_stack);
    m_hospitals = new HospitalsPage(workspace, *m_names, m_stack);
    m_dashboard = new DashboardPage(workspace, *m_names, m_stack);
    m_contacts = new RegionalContactsPage(workspace, *m_names, m_stack);
    m_quotas = new QuotasPage(workspace, *m_names, m_stack);
    m_abroad = new AbroadPage(workspace, *m_names, m_stack);
    m_search = new SearchPage(workspace, *m_names, m_stack);
    m_clerk = new ClerkActions(workspace, *m_names, this);
    m_printing = new PrintActions(workspace, *this);
    m_exchange = new ExchangeActions(workspace, this);
    m_stack->addWidget(m_patients);
    m_stack->addWidget(m_referrals);
    m_stack->addWidget(m_waiting);
    m_stack->addWidget(m_beds);
    m_stack->addWidget(m_hospitals);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_quotas);
    m_stack->addWidget(m_abroad);
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_search); // reached through the search box, not the list of sections

    connect(m_patients, &PatientsPage::newPatientRequested, m_clerk, &ClerkActions::newPatient);
    connect(m_patients, &PatientsPage::editPatientRequested, m_clerk, &ClerkActions::editPatient);
    connect(m_patients, &PatientsPage::newReferralRequested, m_clerk, &ClerkActions::newReferral);
    connect(m_referrals, &ReferralsPage::newReferralRequested, m_clerk, &ClerkActions::newReferral);
    connect(m_referrals, &ReferralsPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(m_search, &SearchPage::editPatientRequested, m_clerk, &ClerkActions::editPatient);
    connect(m_search, &SearchPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(m_clerk, &ClerkActions::patientsChanged, this, [this] {
        m_patients->refresh();
        m_search->refresh();
    });
    connect(m_clerk, &ClerkActions::referralsChanged, this, [this] {
        m_referrals->refresh();
        m_waiting->refresh();
        m_search->refresh();
        m_quotas->refresh(); // referrals funded by a quota take or give back one
    });
    connect(m_waiting, &WaitingListPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(m_hospitals, &HospitalsPage::registryChanged, this, &MainWindow::referenceDataChanged);
    // A scanner read while the clerk is not typing into a field goes straight to the lookup.
    auto* scanner = new ScannerListener(this);
    qApp->installEventFilter(scanner);
    // Queued: the lookup dialog runs its own event loop, which must not start inside the key filter.
    connect(scanner, &ScannerListener::scanned, this, &MainWindow::lookUp, Qt::QueuedConnection);
    connect(m_abroad, &AbroadPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_clerk, &ClerkActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(220);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    const char* icons[SectionCount] = {":/icons/patients.svg", ":/icons/referrals.svg", ":/icons/queue.svg",
                                       ":/icons/beds.svg",     ":/icons/hospital.svg",  ":/icons/dashboard.svg",
                                       ":/icons/quotas.svg",   ":/icons/abroad.svg",    ":/icons/contacts.svg"};
    for (int i = 0; i < SectionCount; ++i)
        m_navigation->addItem(new QListWidgetItem(QIcon(QString::fromLatin1(icons[i])), QString()));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_exchange->statusLabel());
    statusBar()->addPermanentWidget(m_databaseLabel);
    // Records that arrived in an exchange package show in every list; the status line counts what is still to go.
    connect(m_exchange, &ExchangeActions::dataChanged, this, [this] {
        m_refreshAction->trigger();
        referenceDataChanged();
    });
    connect(m_exchange, &ExchangeActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_clerk, &ClerkActions::referralsChanged, m_exchange, &ExchangeActions::refreshState);

    createMenus();
    retranslate();
    m_navigation->setCurrentRow(Patients);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindowGeometry")).toByteArray()))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_searchEdit = new QLineEdit(m_toolBar);
    m_searchEdit->setObjectName(QStringLiteral("globalSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(420);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });

    m_recordsMenu = menuBar()->addMenu(QString());
    m_newPatientAction = m_recordsMenu->addAction(QIcon(QStringLiteral(":/icons/patients.svg")), QString());
    m_newPatientAction->setObjectName(QStringLiteral("newPatientAction"));
    m_newPatientAction->setShortcut(QKeySequence::New);
    connect(m_newPatientAction, &QAction::triggered, m_clerk, &ClerkActions::newPatient);
    m_newReferralAction = m_recordsMenu->addAction(QIcon(QStringLiteral(":/icons/referrals.svg")), QString());
    m_newReferralAction->setObjectName(QStringLiteral("newReferralAction"));
    m_newReferralAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_newReferralAction, &QAction::triggered, this,
            [this] { m_clerk->newReferral(currentSection() == Patients ? m_patients->currentPatientId() : 0); });
    m_recordsMenu->addSeparator();
    m_findAction = m_recordsMenu->addAction(QString());
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    m_toolBar->addAction(m_newPatientAction);
    m_toolBar->addAction(m_newReferralAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_searchEdit);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    // The code lookup is what patients ask for most: it stands out at the right of the toolbar.
    m_lookupEdit = new QLineEdit(m_toolBar);
    m_lookupEdit->setObjectName(QStringLiteral("lookupEdit"));
    m_lookupEdit->setClearButtonEnabled(true);
    m_lookupEdit->setMinimumWidth(300);
    m_lookupEdit->addAction(QIcon(QStringLiteral(":/icons/lookup.svg")), QLineEdit::LeadingPosition);
    m_lookupEdit->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #2b5f8e; border-radius: 4px; padding: 3px; }"));
    connect(m_lookupEdit, &QLineEdit::returnPressed, this, [this] { lookUp(m_lookupEdit->text()); });
    m_toolBar->addWidget(m_lookupEdit);
    m_lookupAction = new QAction(this);
    m_lookupAction->setObjectName(QStringLiteral("lookupAction"));
    m_lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lookupAction, &QAction::triggered, this, [this] {
        m_lookupEdit->setFocus();
        m_lookupEdit->selectAll();
    });
    m_recordsMenu->addAction(m_lookupAction);

    m_fileMenu = new QMenu(this);
    menuBar()->insertMenu(m_recordsMenu->menuAction(), m_fileMenu);
    m_refreshAction = m_fileMenu->addAction(QString());
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_names->reload();
        m_patients->refresh();
        m_referrals->refresh();
        m_beds->refresh();
        m_search->refresh();
        m_quotas->refresh();
        m_abroad->refresh();
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printing->printAction());
    m_fileMenu->addAction(m_printing->pdfAction());
    m_fileMenu->addAction(m_printing->refusalJournalAction());
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importPatients = m_importMenu->addAction(QString());
    m_importHospitals = m_importMenu->addAction(QString());
    m_importBeds = m_importMenu->addAction(QString());
    m_importIcd = m_importMenu->addAction(QString());
    connect(m_importPatients, &QAction::triggered, this, [this] { importFile(0); });
    connect(m_importHospitals, &QAction::triggered, this, [this] { importFile(1); });
    connect(m_importBeds, &QAction::triggered, this, [this] { importFile(2); });
    connect(m_importIcd, &QAction::triggered, this, [this] { importFile(3); });
    m_importMenu->addSeparator();
    m_importOpenReferrals = m_importMenu->addAction(QString());
    m_importOpenReferrals->setObjectName(QStringLiteral("importOpenDataReferralsAction"));
    m_importOpenWaiting = m_importMenu->addAction(QString());
    m_importOpenWaiting->setObjectName(QStringLiteral("importOpenDataWaitingAction"));
    connect(m_importOpenReferrals, &QAction::triggered, this,
            [this] { importOpenData(OpenDataImportJob::Kind::Referrals); });
    connect(m_importOpenWaiting, &QAction::triggered, this,
            [this] { importOpenData(OpenDataImportJob::Kind::WaitingList); });
    m_fileMenu->addMenu(m_exchange->menu());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_bureauMenu = menuBar()->addMenu(QString());
    m_bureauAction = m_bureauMenu->addAction(QString());
    m_bureauAction->setObjectName(QStringLiteral("bureauAction"));
    connect(m_bureauAction, &QAction::triggered, this, [this] { BureauDialog(m_workspace, *m_names, this).exec(); });
    m_calendarAction = m_bureauMenu->addAction(QString());
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, [this] {
        CalendarDialog dialog(m_workspace, *m_names, this);
        connect(&dialog, &CalendarDialog::calendarChanged, this, [this] {
            m_waiting->refresh();
            m_referrals->refresh();
        });
        dialog.exec();
    });
    m_bureauMenu->addAction(m_exchange->workstationsAction());
    m_referenceListsAction = m_bureauMenu->addAction(QString());
    m_referenceListsAction->setObjectName(QStringLiteral("referenceListsAction"));
    connect(m_referenceListsAction, &QAction::triggered, this, [this] {
        ReferenceListsDialog dialog(m_workspace, this);
        dialog.exec();
        // Profile names show in every table; the document checklist decides whose package is complete.
        if (dialog.changed()) {
            m_names->reload();
            m_waiting->refresh();
            m_referrals->refresh();
        }
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (Language language : {Language::Kazakh, Language::Russian, Language::English}) {
        QAction* action = m_languageMenu->addAction(Languages::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + Languages::code(language));
        action->setCheckable(true);
        action->setChecked(language == m_languages.language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::switchLanguage(Language language)
{
    // Names first, so the pages retranslating on LanguageChange already read the new ones.
    m_names->setLanguage(language);
    m_languages.setLanguage(language);
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->objectName() == QStringLiteral("language_") + Languages::code(language));
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(section);
    m_stack->setCurrentIndex(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_stack->currentIndex());
}

void MainWindow::search(const QString& text)
{
    if (m_searchEdit->text() != text)
        m_searchEdit->setText(text);
    m_search->search(text);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clearSelection();
    m_navigation->setCurrentRow(-1);
    m_stack->setCurrentWidget(m_search);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Joldama — Bureau of Hospitalization"));
    const QString titles[SectionCount] = {tr("Patients"),      tr("Referrals"),        tr("Waiting lists"),
                                          tr("Hospital beds"), tr("Hospitals"),        tr("Dashboard"),
                                          tr("HTMC quotas"),   tr("Treatment abroad"), tr("Regional contacts")};
    for (int i = 0; i < SectionCount; ++i)
        m_navigation->item(i)->setText(titles[i]);
    m_fileMenu->setTitle(tr("&File"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_printing->retranslate();
    m_exchange->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Joldama"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_recordsMenu->setTitle(tr("&Records"));
    m_newPatientAction->setText(tr("New &patient…"));
    m_newReferralAction->setText(tr("New &referral…"));
    m_findAction->setText(tr("&Find a patient or referral"));
    m_searchEdit->setPlaceholderText(tr("Find a patient or referral: IIN, code or name (Ctrl+F)"));
    m_lookupEdit->setPlaceholderText(tr("Where am I? Referral code (Ctrl+L)"));
    m_lookupAction->setText(tr("&Look up a referral code"));
    m_importMenu->setTitle(tr("&Import"));
    m_importPatients->setText(tr("&Patients from CSV…"));
    m_importHospitals->setText(tr("&Hospital registry from CSV…"));
    m_importBeds->setText(tr("&Bed reports from CSV…"));
    m_importIcd->setText(tr("ICD-10 &dictionary from CSV…"));
    m_importOpenReferrals->setText(tr("Open data: &referrals…"));
    m_importOpenWaiting->setText(tr("Open data: &waiting list…"));
    m_bureauMenu->setTitle(tr("&Bureau"));
    m_bureauAction->setText(tr("Bureau &details…"));
    m_calendarAction->setText(tr("Working &calendar…"));
    m_referenceListsAction->setText(tr("Reference &lists…"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.database().location().describe()));
    m_databaseLabel->setToolTip(tr("Start Joldama with --db PATH to work on another database file."));
}

void MainWindow::lookUp(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    LookupDialog dialog(m_workspace, *m_names, this);
    connect(&dialog, &LookupDialog::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(&dialog, &LookupDialog::showQueueRequested, this, [this](const QString& hospital, const QString& profile) {
        showSection(WaitingLists);
        m_waiting->showQueue(hospital, profile);
    });
    dialog.lookUp(text);
    m_lookupEdit->clear();
    dialog.exec();
}

void MainWindow::importFile(int kind)
{
    const QString titles[] = {tr("Import patients"), tr("Import the hospital registry"), tr("Import bed reports"),
                              tr("Import the ICD-10 dictionary")};
    const QString path = FileDialog::openFileName(this, titles[kind], tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, titles[kind], tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return;
    }
    ImportReport report;
    try {
        switch (kind) {
        case 0:
            report = m_workspace.patients().importCsv(&file, false);
            break;
        case 1:
            report = m_workspace.hospitals().importCsv(&file, false);
            break;
        case 2:
            report = m_workspace.hospitals().importBedsCsv(&file, false);
            break;
        default:
            report = m_workspace.diagnoses().importCsv(&file, false);
            break;
        }
    } catch (const OperationError& e) {
        MessageBox::warning(this, titles[kind], e.message());
        return;
    }
    ImportReportDialog::show(this, titles[kind], report);
    if (report.committed) {
        m_patients->refresh();
        referenceDataChanged();
    }
}

void MainWindow::importOpenData(OpenDataImportJob::Kind kind)
{
    const QString title = kind == OpenDataImportJob::Kind::Referrals ? tr("Import the open data: referrals")
                                                                     : tr("Import the open data: waiting list");
    const QString path = FileDialog::openFileName(this, title, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    OpenDataImportDialog progress(m_workspace.database().location(), m_workspace.clock(), kind, path, title, this);
    progress.exec();
    if (!progress.error().isEmpty()) {
        MessageBox::warning(this, title,
                            progress.error() + QStringLiteral("\n\n") +
                                tr("Nothing was imported: the database is as it was before the import."));
        return;
    }
    ImportReportDialog::show(this, title, progress.report());
    if (progress.report().committed) {
        // New referrals, and perhaps new hospitals, bed profiles and diagnoses that came with them.
        referenceDataChanged();
        m_referrals->refresh();
        m_search->refresh();
        m_dashboard->refresh();
    }
}

void MainWindow::referenceDataChanged()
{
    m_names->reload();
    m_hospitals->refresh();
    m_beds->refresh();
    m_waiting->refresh();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Joldama"),
                            tr("Joldama %1\nThe workstation of a regional Bureau of Hospitalization: patients, "
                               "referrals, waiting lists and free beds.\n\nDatabase: %2 (schema version %3)")
                                .arg(AppInfo::version(), m_workspace.database().location().describe())
                                .arg(m_workspace.schemaVersion()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("ui/mainWindowGeometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}
