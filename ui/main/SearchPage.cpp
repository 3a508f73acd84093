#include "main/SearchPage.h"

#include "PatientTableModel.h"
#include "ReferralTableModel.h"
#include "documents/ListingPrintout.h"
#include "documents/PrintLanguage.h"
#include "printing/OnScreenList.h"
#include "services/Workspace.h"
#include "widgets/ListScrollBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QTableView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// The view beside a scroll bar for the whole of what it finds (a common surname finds more referrals than the
// model's window holds).
QLayout* withListScrollBar(QTableView* view)
{
    auto* bar = new ListScrollBar(view, view->parentWidget());
    bar->setObjectName(view->objectName() + QStringLiteral("ListScrollBar"));
    bar->attach();
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(view, 1);
    row->addWidget(bar);
    return row;
}
} // namespace

SearchPage::SearchPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_patients(new PatientTableModel(workspace.database().location(), names, this))
    , m_referrals(new ReferralTableModel(workspace.database().location(), names, this))
    , m_title(new QLabel(this))
    , m_patientsLabel(new QLabel(this))
    , m_referralsLabel(new QLabel(this))
    , m_patientView(makeView(this, QStringLiteral("searchPatientsView")))
    , m_referralView(makeView(this, QStringLiteral("searchReferralsView")))
    , m_referralsStart(new QTimer(this))
{
    m_referralsStart->setSingleShot(true);
    connect(m_referralsStart, &QTimer::timeout, this, &SearchPage::startReferralSearch);
    setObjectName(QStringLiteral("searchPage"));
    // Nothing is listed until the clerk searches.
    m_patients->setFilter(QStringLiteral("nothing"), true);
    m_referrals->setFilter(QStringLiteral("nothing"), true);
    m_patientView->setModel(m_patients);
    m_referralView->setModel(m_referrals);
    m_patientView->setColumnWidth(PatientTableModel::Iin, 130);
    m_patientView->setColumnWidth(PatientTableModel::Name, 300);
    m_referralView->setColumnWidth(0, 150);
    m_referralView->setColumnWidth(ReferralTableModel::Patient, 240);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_patientsLabel);
    topLayout->addLayout(withListScrollBar(m_patientView));
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_referralsLabel);
    bottomLayout->addLayout(withListScrollBar(m_referralView));
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_patientView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_patients->idAt(index.row()); id > 0)
            emit editPatientRequested(id);
    });
    connect(m_referralView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_referrals->idAt(index.row()); id > 0)
            emit openReferralRequested(id);
    });
    for (LazyTableModel* model : {static_cast<LazyTableModel*>(m_patients), static_cast<LazyTableModel*>(m_referrals)})
        connect(model, &LazyTableModel::countChanged, this, &SearchPage::retranslate);
    retranslate();
}

void SearchPage::search(const QString& text)
{
    m_text = text.trimmed();
    const auto requestFor = [this](const LazyTableModel* model) {
        ListingRequest request = model->request();
        request.search = m_text;
        if (m_text.isEmpty())
            request.filters.insert(QStringLiteral("nothing"), true);
        else
            request.filters.remove(QStringLiteral("nothing"));
        return request;
    };
    // One request each (search and filter together), so a model restarts once per search.
    m_patients->setRequest(requestFor(m_patients));
    // The referrals follow once the patients' first rows are in: on two cores both searches at once
    // double the wait for the list the clerk reads first. A failed or slow patient search does not hold
    // them back for long.
    QObject::disconnect(m_referralsAfterPatients);
    m_referralsStart->stop();
    const ListingRequest referrals = requestFor(m_referrals);
    if (m_text.isEmpty()) {
        m_referrals->setRequest(referrals);
    } else {
        // The previous search's referrals stop at once, or their count would compete with the patients.
        m_referrals->clear();
        m_pendingReferrals = referrals;
        m_referralsAfterPatients =
            connect(m_patients, &LazyTableModel::pageArrived, m_referralsStart, [this] { m_referralsStart->start(0); });
        m_referralsStart->start(300);
    }
    retranslate();
}

void SearchPage::startReferralSearch()
{
    QObject::disconnect(m_referralsAfterPatients);
    m_referrals->setRequest(m_pendingReferrals);
}

void SearchPage::refresh()
{
    m_patients->refresh();
    m_referrals->refresh();
}

void SearchPage::retranslate()
{
    m_title->setText(m_text.isEmpty() ? tr("Search") : tr("Found for «%1»").arg(m_text));
    m_patientsLabel->setText(m_patients->isCountKnown() ? tr("Patients: %1").arg(m_patients->totalCount())
                                                        : tr("Patients"));
    m_referralsLabel->setText(m_referrals->isCountKnown() ? tr("Referrals: %1").arg(m_referrals->totalCount())
                                                          : tr("Referrals"));
}

void SearchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SearchPage::sectionTitle() const
{
    return tr("Search results");
}

QIcon SearchPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/lookup.svg"));
}

QAbstractItemView* SearchPage::mainTable() const
{
    return m_patientView;
}

std::optional<DocumentPrinter::Job> SearchPage::printJob() const
{
    DocumentPrinter::Job job = OnScreenList::job(tr("Print the search results"), QStringLiteral("search.pdf"));
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        const LazyTableModel& patients = *m_patients;
        const LazyTableModel& referrals = *m_referrals;
        return OnScreenList::document(
            m_workspace, language, language.text(QT_TRANSLATE_NOOP("Printout", "Search results")),
            {language.text(QT_TRANSLATE_NOOP("Printout", "Search: «%1»")).arg(m_text)},
            {ListingPrintout::part(m_workspace, language, patients.listing(), patients.request(),
                                   OnScreenList::visibleKeys(m_patientView, patients.listing()),
                                   language.text(QT_TRANSLATE_NOOP("Printout", "Patients"))),
             ListingPrintout::part(m_workspace, language, referrals.listing(), referrals.request(),
                                   OnScreenList::visibleKeys(m_referralView, referrals.listing()),
                                   language.text(QT_TRANSLATE_NOOP("Printout", "Referrals")))});
    };
    return job;
}
