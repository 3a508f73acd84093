#include "MainWindow.h"

#include "HospitalBedsPage.h"
#include "LanguageSwitcher.h"
#include "MessageBox.h"
#include "PatientsPage.h"
#include "ReferenceNames.h"
#include "ReferralsPage.h"
#include "RegionalContactsPage.h"
#include "domain/AppInfo.h"
#include "services/Workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
    m_beds = new HospitalBedsPage(workspace, *m_names, m_stack);
    m_contacts = new RegionalContactsPage(workspace, *m_names, m_stack);
    m_stack->addWidget(m_patients);
    m_stack->addWidget(m_referrals);
    m_stack->addWidget(m_beds);
    m_stack->addWidget(m_contacts);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(220);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    const char* icons[SectionCount] = {":/icons/patients.svg", ":/icons/referrals.svg", ":/icons/beds.svg",
                                       ":/icons/contacts.svg"};
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
    statusBar()->addPermanentWidget(m_databaseLabel);

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
    m_fileMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_fileMenu->addAction(QString());
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_names->reload();
        m_patients->refresh();
        m_referrals->refresh();
        m_beds->refresh();
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_stack->currentIndex());
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Joldama — Bureau of Hospitalization"));
    const QString titles[SectionCount] = {tr("Patients"), tr("Referrals"), tr("Hospital beds"),
                                          tr("Regional contacts")};
    for (int i = 0; i < SectionCount; ++i)
        m_navigation->item(i)->setText(titles[i]);
    m_fileMenu->setTitle(tr("&File"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Joldama"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.database().location().describe()));
    m_databaseLabel->setToolTip(tr("Start Joldama with --db PATH to work on another database file."));
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
