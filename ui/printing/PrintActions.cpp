#include "printing/PrintActions.h"

#include "BedAvailabilityModel.h"
#include "HospitalRegistryModel.h"
#include "PatientTableModel.h"
#include "QuotaPlanModel.h"
#include "ReferralTableModel.h"
#include "RegionalContactModel.h"
#include "abroad/AbroadPage.h"
#include "beds/HospitalBedsPage.h"
#include "beds/HospitalsPage.h"
#include "contacts/RegionalContactsPage.h"
#include "documents/BedsPrintout.h"
#include "documents/BureauHeading.h"
#include "documents/ContactsPrintout.h"
#include "documents/DashboardPrintout.h"
#include "documents/HospitalsPrintout.h"
#include "documents/ListingPrintout.h"
#include "documents/PrintLanguage.h"
#include "documents/QueuePrintout.h"
#include "documents/QuotasPrintout.h"
#include "documents/RefusalsPrintout.h"
#include "documents/TableDocument.h"
#include "domain/OperationError.h"
#include "main/MainWindow.h"
#include "main/SearchPage.h"
#include "patients/PatientsPage.h"
#include "quotas/QuotasPage.h"
#include "referrals/ReferralsPage.h"
#include "services/HospitalService.h"
#include "services/Workspace.h"
#include "waitinglists/WaitingListPage.h"
#include "widgets/MessageBox.h"
#include "widgets/PeriodDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

namespace {
enum class Page {
    Patients,
    Referrals,
    WaitingList,
    Beds,
    Hospitals,
    Contacts,
    Quotas,
    Abroad,
    Dashboard,
    Search,
    None
};

// The columns the clerk sees, in the order they are shown, as listing keys.
QStringList visibleKeys(const QTableView* view, const Listing& listing)
{
    QStringList keys;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical >= 0 && logical < listing.columns.size())
            keys << listing.columns.at(logical).key;
    }
    return keys;
}

// Search, filter and order of a big list, said in the printout's language.
QStringList describe(const PrintLanguage& language, const LazyTableModel& model)
{
    QStringList lines;
    const ListingRequest& request = model.request();
    if (!request.search.trimmed().isEmpty())
        lines << language.text(QT_TRANSLATE_NOOP("Printout", "Search: «%1»")).arg(request.search.trimmed());
    if (request.filters.contains(QStringLiteral("status")))
        lines << language.text(QT_TRANSLATE_NOOP("Printout", "Status: %1"))
                     .arg(language.statusLabelForCode(request.filters.value(QStringLiteral("status")).toString()));
    const Listing& listing = model.listing();
    if (listing.isSortable(request.sortColumn))
        lines << (request.order == Qt::DescendingOrder
                      ? language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, descending"))
                      : language.text(QT_TRANSLATE_NOOP("Printout", "Sorted by %1, ascending")))
                     .arg(ListingPrintout::columnTitle(language, listing.columns.at(request.sortColumn).key));
    return lines;
}

QStringList filterText(const PrintLanguage& language, const QLineEdit* filter)
{
    if (!filter || filter->text().trimmed().isEmpty())
        return {};
    return {language.text(QT_TRANSLATE_NOOP("Printout", "Filter: «%1»")).arg(filter->text().trimmed())};
}

// The source rows of a proxy in the order shown.
QList<int> sourceRows(const QTableView* view)
{
    QList<int> rows;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view->model());
    if (!proxy)
        return rows;
    for (int r = 0; r < proxy->rowCount(); ++r)
        rows << proxy->mapToSource(proxy->index(r, 0)).row();
    return rows;
}
Page currentPage(const MainWindow& window)
{
    if (window.searchPage()->isVisibleTo(&window))
        return Page::Search;
    switch (window.currentSection()) {
    case MainWindow::Patients:
        return Page::Patients;
    case MainWindow::Referrals:
        return Page::Referrals;
    case MainWindow::WaitingLists:
        return Page::WaitingList;
    case MainWindow::HospitalBeds:
        return Page::Beds;
    case MainWindow::Hospitals:
        return Page::Hospitals;
    case MainWindow::RegionalContacts:
        return Page::Contacts;
    case MainWindow::Quotas:
        return Page::Quotas;
    case MainWindow::TreatmentAbroad:
        return Page::Abroad;
    case MainWindow::Dashboard:
        return Page::Dashboard;
    default:
        return Page::None;
    }
}

} // namespace

PrintActions::PrintActions(Workspace& workspace, MainWindow& window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_window(window)
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this))
    , m_pdf(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this))
    , m_refusals(new QAction(QString(), this))
{
    m_refusals->setObjectName(QStringLiteral("refusalJournalAction"));
    connect(m_refusals, &QAction::triggered, this, &PrintActions::printRefusalJournal);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_pdf->setObjectName(QStringLiteral("savePdfAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_print, &QAction::triggered, this, &PrintActions::printCurrent);
    connect(m_pdf, &QAction::triggered, this, &PrintActions::saveCurrentAsPdf);
    connect(window.waitingListPage(), &WaitingListPage::printQueueRequested, this, &PrintActions::printQueue);
    retranslate();
}

void PrintActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the list or waiting list on screen, as filtered and sorted (Ctrl+P)"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_pdf->setToolTip(tr("Save the list on screen as a PDF file"));
    m_refusals->setText(tr("Refusal &journal…"));
    m_refusals->setToolTip(tr("Print the hospitals' refusals of a period, with the patients and the reasons"));
}

std::unique_ptr<PagedDocument> PrintActions::currentPrintout(const PrintOptionsDialog::Options& options) const
{
    const Language languageId = options.setup.language;
    const PrintLanguage language(languageId);
    auto listDocument = [&](const QString& title, const QStringList& subtitle, QList<TableDocument::Part> parts) {
        auto document = std::make_unique<TableDocument>(BureauHeading::frame(m_workspace, language, {}, title), title);
        document->setSubtitle(subtitle);
        qsizetype rows = 0;
        for (TableDocument::Part& part : parts) {
            rows += part.rows.size();
            document->addPart(std::move(part));
        }
        document->setClosing({language.text(QT_TRANSLATE_NOOP("Printout", "Rows: %1.")).arg(rows)});
        return document;
    };
    switch (currentPage(m_window)) {
    case Page::Patients: {
        const PatientsPage* page = m_window.patientsPage();
        const LazyTableModel& model = *page->model();
        return listDocument(language.text(QT_TRANSLATE_NOOP("Printout", "Patients")), describe(language, model),
                            {ListingPrintout::part(m_workspace, language, model.listing(), model.request(),
                                                   visibleKeys(page->view(), model.listing()))});
    }
    case Page::Referrals: {
        const ReferralsPage* page = m_window.referralsPage();
        const LazyTableModel& model = *page->model();
        return listDocument(language.text(QT_TRANSLATE_NOOP("Printout", "Referrals")), describe(language, model),
                            {ListingPrintout::part(m_workspace, language, model.listing(), model.request(),
                                                   visibleKeys(page->view(), model.listing()))});
    }
    case Page::Search: {
        const SearchPage* page = m_window.searchPage();
        const LazyTableModel& patients = *page->patients();
        const LazyTableModel& referrals = *page->referrals();
        return listDocument(language.text(QT_TRANSLATE_NOOP("Printout", "Search results")),
                            {language.text(QT_TRANSLATE_NOOP("Printout", "Search: «%1»")).arg(page->text())},
                            {ListingPrintout::part(m_workspace, language, patients.listing(), patients.request(),
                                                   visibleKeys(page->patientView(), patients.listing()),
                                                   language.text(QT_TRANSLATE_NOOP("Printout", "Patients"))),
                             ListingPrintout::part(m_workspace, language, referrals.listing(), referrals.request(),
                                                   visibleKeys(page->referralView(), referrals.listing()),
                                                   language.text(QT_TRANSLATE_NOOP("Printout", "Referrals")))});
    }
    case Page::WaitingList: {
        const WaitingListPage* page = m_window.waitingListPage();
        QString hospitalCode;
        for (const Hospital& h : m_workspace.hospitals().hospitals()) {
            if (h.id == page->currentHospitalId())
                hospitalCode = h.code;
        }
        if (hospitalCode.isEmpty() || page->currentProfile().isEmpty())
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("Choose a hospital and a bed profile: their waiting list is what gets printed."));
        return QueuePrintout::build(
            m_workspace, hospitalCode, page->currentProfile(),
            options.publicVersion ? QueuePrintout::Version::Public : QueuePrintout::Version::Internal, languageId);
    }
    case Page::Beds: {
        const HospitalBedsPage* page = m_window.hospitalBedsPage();
        QList<BedAvailability> rows;
        QSet<QString> regions;
        for (int row : sourceRows(page->view())) {
            rows << page->model()->rowAt(row);
            regions.insert(rows.last().regionCode);
        }
        const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(page->view()->model());
        const bool byRegion = proxy && proxy->sortColumn() == BedAvailabilityModel::Region;
        return BedsPrintout::build(m_workspace, rows, byRegion, regions.size() == 1 ? *regions.cbegin() : QString(),
                                   filterText(language, page->filterEdit()), languageId);
    }
    case Page::Hospitals: {
        const HospitalsPage* page = m_window.hospitalsPage();
        QList<Hospital> hospitals;
        for (int row : sourceRows(page->view()))
            hospitals << page->model()->hospitalAt(row);
        return HospitalsPrintout::build(m_workspace, hospitals, filterText(language, page->filterEdit()), languageId);
    }
    case Page::Contacts: {
        const RegionalContactsPage* page = m_window.contactsPage();
        QList<RegionalContact> contacts;
        for (int row : sourceRows(page->view()))
            contacts << page->model()->contactAt(row);
        return ContactsPrintout::build(m_workspace, contacts, filterText(language, page->filterEdit()), languageId);
    }
    case Page::Quotas: {
        const QuotasPage* page = m_window.quotasPage();
        QList<QuotaPlan> plans;
        for (int row : sourceRows(page->view()))
            plans << page->model()->planAt(row);
        return QuotasPrintout::build(m_workspace, page->yearSpin()->value(),
                                     page->profileCombo()->currentData().toString(), plans,
                                     filterText(language, page->filterEdit()), languageId);
    }
    case Page::Abroad:
        return m_window.abroadPage()->printJob().build(options);
    case Page::Dashboard:
        return DashboardPrintout::build(m_workspace, languageId);
    case Page::None:
        break;
    }
    return {};
}

DocumentPrinter::Job PrintActions::currentJob() const
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("list");
    job.request.orientation = QPageLayout::Landscape;
    switch (currentPage(m_window)) {
    case Page::Patients:
        job.request.title = tr("Print the list of patients");
        job.fileName = QStringLiteral("patients.pdf");
        break;
    case Page::Referrals:
        job.request.title = tr("Print the list of referrals");
        job.fileName = QStringLiteral("referrals.pdf");
        break;
    case Page::Search:
        job.request.title = tr("Print the search results");
        job.fileName = QStringLiteral("search.pdf");
        break;
    case Page::WaitingList:
        job.request.kind = QStringLiteral("queue");
        job.request.orientation = QPageLayout::Portrait;
        job.request.title = tr("Print the waiting list");
        job.request.offersVersion = true;
        job.fileName = QStringLiteral("waiting-list-%1.pdf").arg(m_window.waitingListPage()->currentProfile());
        break;
    case Page::Beds:
        job.request.kind = QStringLiteral("beds");
        job.request.title = tr("Print the free beds");
        job.fileName = QStringLiteral("free-beds.pdf");
        break;
    case Page::Hospitals:
        job.request.title = tr("Print the hospital registry");
        job.fileName = QStringLiteral("hospitals.pdf");
        break;
    case Page::Contacts:
        job.request.kind = QStringLiteral("contacts");
        job.request.orientation = QPageLayout::Portrait;
        job.request.title = tr("Print the regional bureaus' telephones");
        job.fileName = QStringLiteral("regional-contacts.pdf");
        break;
    case Page::Quotas:
        job.request.kind = QStringLiteral("quotas");
        job.request.orientation = QPageLayout::Portrait;
        job.request.title = tr("Print the quota plan");
        job.fileName = QStringLiteral("quotas-%1-%2.pdf")
                           .arg(m_window.quotasPage()->yearSpin()->value())
                           .arg(m_window.quotasPage()->profileCombo()->currentData().toString());
        break;
    case Page::Abroad:
        // The selected application, as the page's own Print… button prints it.
        return m_window.abroadPage()->printJob();
    case Page::Dashboard:
        job.request.kind = QStringLiteral("dashboard");
        job.request.orientation = QPageLayout::Portrait;
        job.request.title = tr("Print the dashboard");
        job.fileName = QStringLiteral("dashboard.pdf");
        break;
    case Page::None:
        break;
    }
    job.build = [this](const PrintOptionsDialog::Options& options) { return currentPrintout(options); };
    return job;
}

bool PrintActions::runCurrent(DocumentPrinter::Output output)
{
    if (currentPage(m_window) == Page::None) {
        MessageBox::information(&m_window, tr("Nothing to print"),
                                tr("This page has no printable version. Open a list, a waiting list or a referral "
                                   "to print it."));
        return false;
    }
    return DocumentPrinter::run(&m_window, currentJob(), output);
}

void PrintActions::printRefusalJournal()
{
    const QDate today = m_workspace.clock().today();
    const std::optional<PeriodDialog::Period> period =
        PeriodDialog::ask(&m_window, tr("Refusal journal"), {QDate(today.year(), today.month(), 1), today});
    if (!period)
        return;
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("refusals");
    job.request.orientation = QPageLayout::Landscape;
    job.request.title = tr("Print the refusal journal");
    job.fileName = QStringLiteral("refusals-%1-%2.pdf")
                       .arg(period->first.toString(Qt::ISODate), period->second.toString(Qt::ISODate));
    job.build = [this, period](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        return RefusalsPrintout::build(m_workspace, period->first, period->second, options.setup.language);
    };
    DocumentPrinter::run(&m_window, job, DocumentPrinter::Output::Preview);
}

void PrintActions::printCurrent()
{
    runCurrent(DocumentPrinter::Output::Preview);
}

void PrintActions::saveCurrentAsPdf()
{
    runCurrent(DocumentPrinter::Output::Pdf);
}

void PrintActions::printQueue(bool publicVersion)
{
    m_window.showSection(MainWindow::WaitingLists);
    DocumentPrinter::Job job = currentJob();
    job.request.publicVersion = publicVersion;
    DocumentPrinter::run(&m_window, job, DocumentPrinter::Output::Preview);
}
