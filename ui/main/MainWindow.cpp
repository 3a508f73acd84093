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
#include "main/OpenDatabaseDialog.h"
#include "main/SearchPage.h"
#include "main/UserGuideDialog.h"
#include "operations/OperationsActions.h"
#include "patients/PatientsPage.h"
#include "printing/PrintActions.h"
#include "quotas/QuotasPage.h"
#include "referrals/LookupDialog.h"
#include "referrals/ReferralsPage.h"
#include "reflists/BureauDialog.h"
#include "reflists/ReferenceListsDialog.h"
#include "services/BureauService.h"
#include "services/ChangeFeed.h"
#include "services/DashboardService.h"
#include "services/DiagnosisService.h"
#include "services/HospitalService.h"
#include "services/ImportReport.h"
#include "services/PatientService.h"
#include "services/Workspace.h"
#include "waitinglists/CalendarDialog.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/AccessibleNames.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScannedInput.h"
#include "widgets/ScannerListener.h"
#include "widgets/Section.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace& workspace, LanguageSwitcher& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_names(new ReferenceNames(workspace.referenceData(), this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_feed(new ChangeFeed(workspace.database(), this))
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
    m_printing = new PrintActions(workspace, *this, [this] { return currentSection(); });
    m_operations = new OperationsActions(workspace, this);
    m_exchange = new ExchangeActions(workspace, this);
    // The list of sections, in order, and what each shows: the one place a new page is added.
    addSection(m_patients, PatientsChanged);
    addSection(m_referrals, PatientsChanged | ReferralsChanged | ReferenceDataChanged | CalendarChanged);
    addSection(m_waiting, PatientsChanged | ReferralsChanged | ReferenceDataChanged | CalendarChanged);
    addSection(m_beds, ReferenceDataChanged);
    addSection(m_hospitals, ReferenceDataChanged);
    addSection(m_dashboard, ReferralsChanged | ReferenceDataChanged);
    addSection(m_quotas, ReferralsChanged | QuotasChanged); // referrals funded by a quota take or give back one
    addSection(m_abroad, PatientsChanged | AbroadChanged);
    addSection(m_contacts, ReferenceDataChanged);
    // The search results are reached through the search box, not the list of sections.
    m_stack->addWidget(m_search);
    m_interests.append({m_search, PatientsChanged | ReferralsChanged});

    connect(m_patients, &PatientsPage::newPatientRequested, m_clerk, &ClerkActions::newPatient);
    connect(m_patients, &PatientsPage::editPatientRequested, m_clerk, &ClerkActions::editPatient);
    connect(m_patients, &PatientsPage::newReferralRequested, m_clerk, &ClerkActions::newReferral);
    connect(m_referrals, &ReferralsPage::newReferralRequested, m_clerk, &ClerkActions::newReferral);
    connect(m_referrals, &ReferralsPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(m_search, &SearchPage::editPatientRequested, m_clerk, &ClerkActions::editPatient);
    connect(m_search, &SearchPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(m_waiting, &WaitingListPage::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    // Every report of a change ends in dataChanged(); the pages never refresh one another.
    connect(m_clerk, &ClerkActions::patientsChanged, this, [this] { dataChanged(PatientsChanged); });
    connect(m_clerk, &ClerkActions::referralsChanged, this, [this] { dataChanged(ReferralsChanged); });
    connect(m_clerk, &ClerkActions::showPatientRequested, this, [this](qint64 id) {
        showSection(m_patients);
        m_patients->showPatient(id);
    });
    connect(m_hospitals, &HospitalsPage::registryChanged, this, [this] { dataChanged(ReferenceDataChanged); });
    // A scanner read while the clerk is not typing into a field goes straight to the lookup.
    auto* scanner = new ScannerListener(this);
    qApp->installEventFilter(scanner);
    // Every window's controls get a name and a description a screen reader can say.
    qApp->installEventFilter(new AccessibleNames(this));
    // Queued: the lookup dialog runs its own event loop, which must not start inside the key filter.
    connect(scanner, &ScannerListener::scanned, this, &MainWindow::lookUp, Qt::QueuedConnection);
    connect(m_abroad, &AbroadPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_clerk, &ClerkActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_operations, &OperationsActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    // The first start says what to do first instead of showing empty lists.
    m_firstSteps = new QFrame(this);
    m_firstSteps->setObjectName(QStringLiteral("firstSteps"));
    m_firstSteps->setFrameShape(QFrame::StyledPanel);
    m_firstSteps->setStyleSheet(QStringLiteral("#firstSteps { background: #eef4fa; }"));
    m_firstStepsText = new QLabel(m_firstSteps);
    m_firstStepsText->setObjectName(QStringLiteral("firstStepsText"));
    m_firstStepsText->setWordWrap(true);
    m_firstStepsBureau = new QPushButton(m_firstSteps);
    m_firstStepsBureau->setObjectName(QStringLiteral("firstStepsBureauButton"));
    m_firstStepsImport = new QPushButton(m_firstSteps);
    m_firstStepsImport->setObjectName(QStringLiteral("firstStepsImportButton"));
    m_firstStepsHide = new QPushButton(m_firstSteps);
    m_firstStepsHide->setObjectName(QStringLiteral("firstStepsHideButton"));
    // The text above its buttons, not beside them: beside them, the Kazakh text squeezed into a narrow column
    // and grew so tall on a 1366×768 screen that the buttons and the status bar were cut.
    auto* stepsLayout = new QVBoxLayout(m_firstSteps);
    stepsLayout->addWidget(m_firstStepsText);
    auto* stepsButtons = new QHBoxLayout;
    stepsButtons->addWidget(m_firstStepsBureau);
    stepsButtons->addWidget(m_firstStepsImport);
    stepsButtons->addStretch(1);
    stepsButtons->addWidget(m_firstStepsHide);
    stepsLayout->addLayout(stepsButtons);
    // Shown until the bureau has a name or its first referral (running totals: cheap to ask).
    m_firstSteps->setVisible(m_workspace.bureau().info().name.isEmpty() &&
                             m_workspace.dashboard().summary().total == 0);

    // A file, folder or medium this user may not write opens for viewing and lookups; the banner says so before a save
    // fails.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("#readOnlyBanner { background: #fdf2d0; color: #5a4300; padding: 6px; font-weight: bold; }"));
    // As SQLite sees it: file permissions say nothing for root, nor of a read-only medium.
    m_readOnly = m_workspace.database().isReadOnly();
    m_readOnlyBanner->setVisible(m_readOnly);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_readOnlyBanner);
    outer->addWidget(m_firstSteps);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_exchange->statusLabel());
    statusBar()->addPermanentWidget(m_operations->backupStatusLabel());
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);
    m_serverLabel->setVisible(!workspace.database().dialect().isSqlite());
    // What another workstation saves shows here within a second or two, without F5 (and what this one saves, at
    // once); a server that stops answering is said in the status bar until it is back.
    connect(m_feed, &ChangeFeed::changed, this,
            [this](const QSet<QString>& entities) { dataChanged(changesOf(entities)); });
    connect(m_feed, &ChangeFeed::onlineChanged, this, [this] { retranslate(); });
    m_feed->start();
    // Records that arrived in an exchange package show in every list; the status line counts what is still to go.
    connect(m_exchange, &ExchangeActions::dataChanged, this, [this] { dataChanged(EverythingChanged); });
    connect(m_exchange, &ExchangeActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_clerk, &ClerkActions::referralsChanged, m_exchange, &ExchangeActions::refreshState);

    createMenus();
    // Read only: nothing to register, import or edit; viewing, search, lookup and printing stay.
    for (QAction* action : {m_newPatientAction, m_newReferralAction, m_importPatients, m_importHospitals, m_importBeds,
                            m_importIcd, m_importOpenReferrals, m_importOpenWaiting})
        action->setEnabled(!m_readOnly);
    m_exchange->setReadOnly(m_readOnly);
    if (m_readOnly)
        m_firstSteps->hide();
    connect(m_firstStepsBureau, &QPushButton::clicked, m_bureauAction, &QAction::trigger);
    connect(m_firstStepsImport, &QPushButton::clicked, m_importHospitals, &QAction::trigger);
    connect(m_firstStepsHide, &QPushButton::clicked, m_firstSteps, &QWidget::hide);
    retranslate();
    m_navigation->setCurrentRow(0);

    // The clerk's own question first: the one search box, not the patient's "where am I?".
    m_searchEdit->setFocus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindowGeometry")).toByteArray()))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(Section* section, Changes shows)
{
    m_sections.append(section);
    m_interests.append({section, shows});
    m_stack->addWidget(section->sectionWidget());
    m_navigation->addItem(new QListWidgetItem(section->sectionIcon(), section->sectionTitle()));
}

void MainWindow::dataChanged(Changes changes)
{
    // Names first: the pages show hospitals and profiles through them.
    if (changes & ReferenceDataChanged)
        m_names->reload();
    for (const auto& [section, shows] : std::as_const(m_interests)) {
        if (shows & changes)
            section->refresh();
    }
}

MainWindow::Changes MainWindow::changesOf(const QSet<QString>& entities)
{
    if (entities.isEmpty())
        return EverythingChanged;
    Changes changes;
    for (const QString& entity : entities) {
        if (entity.startsWith(QLatin1String("patient")))
            changes |= PatientsChanged;
        else if (entity.startsWith(QLatin1String("referral")) || entity.startsWith(QLatin1String("tally")))
            changes |= ReferralsChanged;
        else if (entity.startsWith(QLatin1String("calendar")))
            changes |= CalendarChanged;
        else if (entity.startsWith(QLatin1String("quota")) || entity.startsWith(QLatin1String("htmc")))
            changes |= QuotasChanged;
        else if (entity.startsWith(QLatin1String("abroad")) || entity.startsWith(QLatin1String("eligible")))
            changes |= AbroadChanged;
        else
            changes |= ReferenceDataChanged; // hospitals, profiles, diagnoses, documents, bed reports, contacts
    }
    return changes;
}

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
    ScannedInput::codeOrText(m_searchEdit);
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
            [this] { m_clerk->newReferral(currentSection() == m_patients ? m_patients->currentPatientId() : 0); });
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
    ScannedInput::codeOrText(m_lookupEdit);
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
    m_openDatabaseAction = m_fileMenu->addAction(QString());
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, [this] {
        // The dialog connects itself, so a refusal keeps the clerk in it and this database stays open.
        OpenDatabaseDialog dialog(m_workspace.database().location(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_opened = dialog.takeWorkspace();
        if (m_opened)
            emit anotherDatabaseOpened();
    });
    m_fileMenu->addSeparator();
    m_refreshAction = m_fileMenu->addAction(QString());
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] { dataChanged(EverythingChanged); });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printing->printAction());
    m_fileMenu->addAction(m_printing->pdfAction());
    m_fileMenu->addAction(m_printing->refusalJournalAction());
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importPatients = m_importMenu->addAction(QString());
    m_importPatients->setObjectName(QStringLiteral("importPatientsAction"));
    connect(m_importPatients, &QAction::triggered, this, [this] {
        importCsv(
            tr("Import patients"), [this](QIODevice* file) { return m_workspace.patients().importCsv(file, false); },
            PatientsChanged);
    });
    m_importHospitals = m_importMenu->addAction(QString());
    m_importHospitals->setObjectName(QStringLiteral("importHospitalsAction"));
    connect(m_importHospitals, &QAction::triggered, this, [this] {
        importCsv(
            tr("Import the hospital registry"),
            [this](QIODevice* file) { return m_workspace.hospitals().importCsv(file, false); }, ReferenceDataChanged);
    });
    m_importBeds = m_importMenu->addAction(QString());
    m_importBeds->setObjectName(QStringLiteral("importBedsAction"));
    connect(m_importBeds, &QAction::triggered, this, [this] {
        const QString title = tr("Import bed reports");
        importCsv(
            title,
            [this, title](QIODevice* file) {
                ImportReport report = m_workspace.hospitals().importBedsCsv(file, false);
                // Reports for days far from today are often a typo in the date: imported only when the clerk
                // says so.
                if (!report.committed && report.unconfirmedDates > 0 &&
                    report.unconfirmedDates == report.badRows.size() &&
                    MessageBox::question(this, title,
                                         tr("%n row(s) report beds for days far from today (the first: line %1, %2). "
                                            "Are those dates right? Yes imports the file as it is.",
                                            nullptr, int(report.unconfirmedDates))
                                             .arg(report.badRows.first().line)
                                             .arg(report.badRows.first().reason)) == QMessageBox::Yes) {
                    file->seek(0);
                    report = m_workspace.hospitals().importBedsCsv(file, false, true);
                }
                return report;
            },
            ReferenceDataChanged);
    });
    m_importIcd = m_importMenu->addAction(QString());
    m_importIcd->setObjectName(QStringLiteral("importIcdAction"));
    connect(m_importIcd, &QAction::triggered, this, [this] {
        importCsv(
            tr("Import the ICD-10 dictionary"),
            [this](QIODevice* file) { return m_workspace.diagnoses().importCsv(file, false); }, ReferenceDataChanged);
    });
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
    m_fileMenu->addAction(m_operations->backupAction());
    m_fileMenu->addAction(m_operations->restoreAction());
    m_fileMenu->addAction(m_operations->backupSettingsAction());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_bureauMenu = menuBar()->addMenu(QString());
    m_bureauAction = m_bureauMenu->addAction(QString());
    m_bureauAction->setObjectName(QStringLiteral("bureauAction"));
    connect(m_bureauAction, &QAction::triggered, this, [this] {
        BureauDialog(m_workspace, *m_names, this).exec();
        retranslate(); // the bureau's name is the window's title
    });
    m_calendarAction = m_bureauMenu->addAction(QString());
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, [this] {
        CalendarDialog dialog(m_workspace, *m_names, this);
        connect(&dialog, &CalendarDialog::calendarChanged, this, [this] { dataChanged(CalendarChanged); });
        dialog.exec();
    });
    m_bureauMenu->addAction(m_exchange->workstationsAction());
    m_referenceListsAction = m_bureauMenu->addAction(QString());
    m_referenceListsAction->setObjectName(QStringLiteral("referenceListsAction"));
    connect(m_referenceListsAction, &QAction::triggered, this, [this] {
        ReferenceListsDialog dialog(m_workspace, this);
        dialog.exec();
        // Profile names show in every table; the document checklist decides whose package is complete.
        if (dialog.changed())
            dataChanged(ReferenceDataChanged);
    });

    m_viewMenu = menuBar()->addMenu(QString());
    // Ctrl+1…9 open the sections in the order of the list; Ctrl+0 passes to the page's table, as the
    // portal's "Pass to heading" does, so a clerk who works by keyboard never has to tab through a page.
    for (int i = 0; i < m_sections.size() && i < 9; ++i) {
        QAction* go = m_viewMenu->addAction(m_sections.at(i)->sectionIcon(), QString());
        go->setObjectName(QStringLiteral("goTo_") + m_sections.at(i)->sectionKey());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        Section* section = m_sections.at(i);
        connect(go, &QAction::triggered, this, [this, section] {
            showSection(section);
            focusMainTable();
        });
        m_goToActions << go;
    }
    m_focusTableAction = m_viewMenu->addAction(QString());
    m_focusTableAction->setObjectName(QStringLiteral("focusTableAction"));
    m_focusTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_focusTableAction, &QAction::triggered, this, &MainWindow::focusMainTable);
    m_viewMenu->addSeparator();
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
    m_guideAction = m_helpMenu->addAction(QString());
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this,
            [this] { UserGuideDialog::showGuide(this, m_languages.language()); });
    m_helpMenu->addAction(m_operations->reportProblemAction());
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

std::unique_ptr<Workspace> MainWindow::takeOpenedDatabase()
{
    return std::move(m_opened);
}

void MainWindow::switchLanguage(Language language)
{
    // Names first, so the pages retranslating on LanguageChange already read the new ones.
    m_names->setLanguage(language);
    m_languages.setLanguage(language);
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->objectName() == QStringLiteral("language_") + Languages::code(language));
}

void MainWindow::showSection(Section* section)
{
    const int row = int(m_sections.indexOf(section));
    if (row < 0)
        return;
    m_navigation->setCurrentRow(row);
    m_stack->setCurrentIndex(row);
}

Section* MainWindow::currentSection() const
{
    if (m_stack->currentWidget() == m_search)
        return m_search;
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row) : nullptr;
}

void MainWindow::focusMainTable()
{
    Section* section = currentSection();
    QAbstractItemView* table = section ? section->mainTable() : nullptr;
    if (!table)
        return;
    table->setFocus(Qt::ShortcutFocusReason);
    if (!table->currentIndex().isValid() && table->model() && table->model()->rowCount() > 0) {
        // The top row on screen: a long list scrolled far down has its first row out of sight.
        const QModelIndex top = table->indexAt(QPoint(0, 0));
        table->setCurrentIndex(top.isValid() ? top : table->model()->index(0, 0));
    }
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
    // Qt adds the application's name ("— Joldama") itself: the title says whose workstation it is.
    const QString bureau = m_workspace.bureau().info().name;
    setWindowTitle(bureau.isEmpty() ? tr("Bureau of Hospitalization") : bureau);
    int widest = 0;
    for (int i = 0; i < m_sections.size(); ++i) {
        m_navigation->item(i)->setText(m_sections.at(i)->sectionTitle());
        m_navigation->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(m_sections.at(i)->sectionTitle()).arg(i + 1));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(m_sections.at(i)->sectionTitle()));
    }
    // As wide as the longest section name in this language and font (Kazakh names are longer, and a 120 dpi
    // laptop's larger font cut "Медициналық ұйымдар" at a fixed 220 px), within bounds that leave the page room.
    m_navigation->setFixedWidth(qBound(180, widest + m_navigation->iconSize().width() + 40, 300));
    for (int i = 0; i < m_goToActions.size(); ++i)
        m_goToActions.at(i)->setText(tr("Go to %1").arg(m_sections.at(i)->sectionTitle()));
    m_focusTableAction->setText(tr("Pass to the &table"));
    m_guideAction->setText(tr("User &guide"));
    m_fileMenu->setTitle(tr("&File"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_printing->retranslate();
    m_operations->retranslate();
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
    // Hints cut at a box's edge on a laptop's screen are whole in the tooltips.
    m_searchEdit->setToolTip(m_searchEdit->placeholderText());
    m_lookupEdit->setToolTip(m_lookupEdit->placeholderText());
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
    // The file's name only: a full path would widen the window past a laptop's screen. The tooltip has it all.
    const DatabaseLocation& location = m_workspace.database().location();
    m_databaseLabel->setText(tr("Database: %1")
                                 .arg(location.kind == SqlDialect::Kind::Sqlite ? QFileInfo(location.path).fileName()
                                                                                : location.describe()));
    m_databaseLabel->setToolTip(tr("%1\nFile → Open database… works on another database.").arg(location.describe()));
    if (m_feed->online()) {
        m_serverLabel->setText(tr("Server answers"));
        m_serverLabel->setStyleSheet(QString());
        m_serverLabel->setToolTip(tr("Changes made at other workstations appear here by themselves."));
    } else {
        m_serverLabel->setText(tr("Server does not answer"));
        m_serverLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_serverLabel->setToolTip(tr("Nothing can be saved until the server answers again; Joldama keeps trying "
                                     "and refreshes every list when it is back."));
    }
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_firstStepsText->setText(
        tr("<b>First steps.</b> 1. Enter the bureau's name and region: they head every printout. 2. Import the "
           "hospital registry of your region (the database comes with a demo set, marked as such). 3. Register "
           "patients and referrals: Ctrl+N, Ctrl+R. F1 opens the user guide."));
    m_firstStepsBureau->setText(tr("Bureau &details…"));
    m_firstStepsImport->setText(tr("&Import hospitals…"));
    m_firstStepsHide->setText(tr("Hide"));
    m_readOnlyBanner->setText(tr("This database is read-only for you: you can view, find and look up codes, but "
                                 "not save. Ask the administrator for write access, or use File → Open database…."));
    if (m_readOnly)
        setWindowTitle(tr("%1 (read only)").arg(windowTitle()));
}

void MainWindow::lookUp(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    LookupDialog dialog(m_workspace, *m_names, this);
    connect(&dialog, &LookupDialog::openReferralRequested, m_clerk, &ClerkActions::openReferral);
    connect(&dialog, &LookupDialog::showQueueRequested, this, [this](const QString& hospital, const QString& profile) {
        showSection(m_waiting);
        m_waiting->showQueue(hospital, profile);
    });
    dialog.lookUp(text);
    m_lookupEdit->clear();
    dialog.exec();
}

void MainWindow::importCsv(const QString& title, const std::function<ImportReport(QIODevice*)>& import, Changes changes)
{
    const QString path = FileDialog::openFileName(this, title, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, title, tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return;
    }
    ImportReport report;
    try {
        report = import(&file);
    } catch (const OperationError& e) {
        MessageBox::warning(this, title, e.message());
        return;
    }
    ImportReportDialog::show(this, title, report);
    if (report.committed)
        dataChanged(changes);
}

void MainWindow::importOpenData(OpenDataImportJob::Kind kind)
{
    const QString title = kind == OpenDataImportJob::Kind::Referrals ? tr("Import the open data: referrals")
                                                                     : tr("Import the open data: waiting list");
    const QString path = FileDialog::openFileName(this, title, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    OpenDataImportDialog progress(m_workspace.database(), m_workspace.clock(), kind, path, title, this);
    progress.exec();
    if (!progress.error().isEmpty()) {
        MessageBox::warning(this, title,
                            progress.error() + QStringLiteral("\n\n") +
                                tr("Nothing was imported: the database is as it was before the import."));
        return;
    }
    ImportReportDialog::show(this, title, progress.report());
    // New referrals, and perhaps new hospitals, bed profiles and diagnoses that came with them.
    if (progress.report().committed)
        dataChanged(ReferralsChanged | ReferenceDataChanged);
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
