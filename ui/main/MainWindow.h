#pragma once

#include "domain/Language.h"
#include "services/OpenDataImportJob.h"
#include "store/DatabaseLocation.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class AbroadPage;
class ClerkActions;
class OperationsActions;
class DashboardPage;
class ExchangeActions;
class HospitalsPage;
class WaitingListPage;
class HospitalBedsPage;
class QLineEdit;
class QToolBar;
class SearchPage;
class ChangeFeed;
class LanguageSwitcher;
class PatientsPage;
class QuotasPage;
class PrintActions;
class QActionGroup;
class QIODevice;
class QFrame;
class QLabel;
class QPushButton;
class Section;
struct ImportReport;
class QListWidget;
class QMenu;
class QStackedWidget;
class ReferenceNames;
class ReferralsPage;
class RegionalContactsPage;
class Workspace;

// The clerk's workstation: a list of sections on the left, the section on the right, the database in
// use in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What changed, in the words the pages care about. Every refresh goes through dataChanged(), so the
    // store's change feed can later take its place in one spot.
    enum Change {
        PatientsChanged = 0x1,
        ReferralsChanged = 0x2,
        ReferenceDataChanged = 0x4, // hospitals, profiles, diagnoses, documents, bed reports
        CalendarChanged = 0x8,
        QuotasChanged = 0x10,
        AbroadChanged = 0x20,
        EverythingChanged = 0xff
    };
    Q_DECLARE_FLAGS(Changes, Change)

    MainWindow(Workspace& workspace, LanguageSwitcher& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The pages of the list of sections, in its order (Ctrl+1…9).
    const QList<Section*>& sections() const { return m_sections; }
    void showSection(Section* section);
    // The page on screen: a section or the search results.
    Section* currentSection() const;
    // Refreshes the pages that show what changed.
    void dataChanged(Changes changes);
    // What the change feed's entity names (tables) mean to the pages.
    static Changes changesOf(const QSet<QString>& entities);
    ChangeFeed* changeFeed() const { return m_feed; }
    QLabel* serverLabel() const { return m_serverLabel; }
    // Which database is in use: the file's name, or user@host:port/db of a server (never the password).
    QLabel* databaseLabel() const { return m_databaseLabel; }
    void switchLanguage(Language language);
    // Moves the keyboard focus to the table of the page on screen (Ctrl+0).
    void focusMainTable();

    PatientsPage* patientsPage() const { return m_patients; }
    ReferralsPage* referralsPage() const { return m_referrals; }
    HospitalBedsPage* hospitalBedsPage() const { return m_beds; }
    RegionalContactsPage* contactsPage() const { return m_contacts; }
    QuotasPage* quotasPage() const { return m_quotas; }
    AbroadPage* abroadPage() const { return m_abroad; }
    SearchPage* searchPage() const { return m_search; }
    WaitingListPage* waitingListPage() const { return m_waiting; }
    HospitalsPage* hospitalsPage() const { return m_hospitals; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    // "Where am I?" for a code typed, pasted or scanned.
    void lookUp(const QString& text);
    ClerkActions* actions() const { return m_clerk; }
    PrintActions* printing() const { return m_printing; }
    // Backups, restore, problem reports, the workstation's heartbeat (ui/operations).
    OperationsActions* operations() const { return m_operations; }
    ExchangeActions* exchange() const { return m_exchange; }
    // Runs the one search for patients and referrals and shows what it found.
    void search(const QString& text);
    ReferenceNames& names() const { return *m_names; }

    // File → Open database…: the other database the clerk opened, for the application to put a new window on
    // (this one closes then).
    std::unique_ptr<Workspace> takeOpenedDatabase();

signals:
    // File → Open database… opened another database (takeOpenedDatabase()).
    void anotherDatabaseOpened();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();
    // A CSV import of the File → Import menu: asks for the file, runs the import, shows its report.
    void importCsv(const QString& title, const std::function<ImportReport(QIODevice*)>& import, Changes changes);
    void addSection(Section* section, Changes shows);
    void importOpenData(OpenDataImportJob::Kind kind);

    Workspace& m_workspace;
    LanguageSwitcher& m_languages;
    ReferenceNames* m_names;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<Section*> m_sections;
    // Which changes each page shows (the search results included).
    QList<QPair<Section*, Changes>> m_interests;
    PatientsPage* m_patients;
    ReferralsPage* m_referrals;
    HospitalBedsPage* m_beds;
    RegionalContactsPage* m_contacts;
    QuotasPage* m_quotas;
    AbroadPage* m_abroad;
    SearchPage* m_search;
    WaitingListPage* m_waiting;
    HospitalsPage* m_hospitals;
    DashboardPage* m_dashboard;
    QLineEdit* m_lookupEdit = nullptr;
    QAction* m_lookupAction = nullptr;
    QMenu* m_importMenu = nullptr;
    QAction* m_importPatients = nullptr;
    QAction* m_importHospitals = nullptr;
    QAction* m_importBeds = nullptr;
    QAction* m_importIcd = nullptr;
    QAction* m_importOpenReferrals = nullptr;
    QAction* m_importOpenWaiting = nullptr;
    QMenu* m_bureauMenu = nullptr;
    QAction* m_bureauAction = nullptr;
    QAction* m_calendarAction = nullptr;
    QAction* m_referenceListsAction = nullptr;
    ClerkActions* m_clerk;
    PrintActions* m_printing;
    OperationsActions* m_operations;
    ExchangeActions* m_exchange;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QMenu* m_recordsMenu = nullptr;
    QAction* m_newPatientAction = nullptr;
    QAction* m_newReferralAction = nullptr;
    QAction* m_findAction = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_serverLabel; // a server database: whether it answers
    ChangeFeed* m_feed;
    std::unique_ptr<Workspace> m_opened;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QList<QAction*> m_goToActions;
    QAction* m_focusTableAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QFrame* m_firstSteps = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    bool m_readOnly = false;
    QLabel* m_firstStepsText = nullptr;
    QPushButton* m_firstStepsBureau = nullptr;
    QPushButton* m_firstStepsImport = nullptr;
    QPushButton* m_firstStepsHide = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MainWindow::Changes)
