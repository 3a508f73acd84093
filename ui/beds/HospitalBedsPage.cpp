#include "beds/HospitalBedsPage.h"

#include "AlphabeticalSortProxy.h"
#include "BedAvailabilityModel.h"
#include "ReferenceNames.h"
#include "documents/BedsPrintout.h"
#include "documents/PrintLanguage.h"
#include "documents/TableDocument.h"
#include "domain/DisplayFormat.h"
#include "printing/OnScreenList.h"
#include "services/BedService.h"
#include "services/Workspace.h"
#include "widgets/EditOnRequest.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

HospitalBedsPage::HospitalBedsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("beds"), parent)
    , m_names(names)
    , m_workspace(workspace)
    , m_model(new BedAvailabilityModel(workspace.beds(), names, this))
    , m_proxy(new AlphabeticalSortProxy(this))
    , m_region(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_history(new QPushButton(this))
{
    m_history->setObjectName(QStringLiteral("bedHistoryButton"));
    m_region->setObjectName(QStringLiteral("bedsRegionFilter"));
    m_profile->setObjectName(QStringLiteral("bedsProfileFilter"));
    addActionWidget(m_region);
    addActionWidget(m_profile);
    addActionWidget(m_history);
    connect(m_history, &QPushButton::clicked, this, &HospitalBedsPage::showHistory);
    connect(m_model, &BedAvailabilityModel::editRejected, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Beds not saved"), message); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HospitalBedsPage::updateTotals);
    EditOnRequest::install(view());
    m_proxy->setSourceModel(m_model);
    view()->setModel(m_proxy);
    view()->sortByColumn(BedAvailabilityModel::Region, Qt::AscendingOrder);
    view()->setColumnWidth(BedAvailabilityModel::Region, 160);
    view()->setColumnWidth(BedAvailabilityModel::HospitalCode, 50);
    view()->setColumnWidth(BedAvailabilityModel::Hospital, 290);
    view()->setColumnWidth(BedAvailabilityModel::Profile, 170);
    view()->setColumnWidth(BedAvailabilityModel::CareForm, 150);
    // What the clerk is asked for first, free beds today, tomorrow and the day after, right after the
    // profile: on a laptop's screen the bed fund and the report date may scroll off, the free beds may not.
    QHeaderView* header = view()->horizontalHeader();
    for (int offset = 0; offset < 3; ++offset)
        header->moveSection(header->visualIndex(BedAvailabilityModel::FreeToday + offset),
                            header->visualIndex(BedAvailabilityModel::Profile) + 1 + offset);
    connect(this, &TablePage::filterChanged, m_proxy, &AlphabeticalSortProxy::setFilterText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HospitalBedsPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HospitalBedsPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HospitalBedsPage::updateTotals);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HospitalBedsPage::updateTotals);
    auto reload = [this] { m_model->reload(m_region->currentData().toString(), m_profile->currentData().toString()); };
    connect(m_region, &QComboBox::currentIndexChanged, this, reload);
    connect(m_profile, &QComboBox::currentIndexChanged, this, reload);
    retranslate();
}

void HospitalBedsPage::refresh()
{
    m_model->reload(m_region->currentData().toString(), m_profile->currentData().toString());
}

void HospitalBedsPage::fillSelectors()
{
    const QSignalBlocker regionBlocker(m_region);
    const QSignalBlocker profileBlocker(m_profile);
    const QVariant region = m_region->currentData();
    const QVariant profile = m_profile->currentData();
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const QString& code : m_names.regionCodes())
        m_region->addItem(m_names.regionName(code), code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_profile->clear();
    m_profile->addItem(tr("All bed profiles"), QString());
    for (const QString& code : m_names.profileCodes())
        m_profile->addItem(m_names.profileName(code), code);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profile)));
}

void HospitalBedsPage::updateTotals()
{
    int free[3] = {0, 0, 0};
    int reported = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const BedAvailability& beds = m_model->rowAt(source);
        for (int d = 0; d < 3; ++d) {
            if (beds.days[size_t(d)])
                free[d] += beds.days[size_t(d)]->free();
        }
        reported += beds.days[0] ? 1 : 0;
    }
    countLabel()->setText(tr("Hospital profiles: %1, with a bed report: %2. Free beds today: %3, tomorrow: %4, the day "
                             "after: %5.")
                              .arg(m_proxy->rowCount())
                              .arg(reported)
                              .arg(free[0])
                              .arg(free[1])
                              .arg(free[2]));
}

void HospitalBedsPage::showHistory()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const BedAvailability& row = m_model->rowAt(m_proxy->mapToSource(current).row());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("bedHistoryDialog"));
    dialog.setWindowTitle(tr("Bed reports: %1, %2").arg(row.hospitalName, m_names.profileName(row.profileCode)));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        {tr("For the day"), tr("Beds"), tr("Occupied"), tr("Reserved"), tr("Reported"), tr("By")});
    const QList<BedStore::Report> reports = m_workspace.beds().history(row.hospitalCode, row.profileCode);
    table->setRowCount(int(reports.size()));
    for (int i = 0; i < reports.size(); ++i) {
        const BedStore::Report& r = reports.at(i);
        table->setItem(i, 0, new QTableWidgetItem(DisplayFormat::date(r.forDate)));
        table->setItem(i, 1, new QTableWidgetItem(QString::number(r.count.total)));
        table->setItem(i, 2, new QTableWidgetItem(QString::number(r.count.occupied)));
        table->setItem(i, 3, new QTableWidgetItem(QString::number(r.count.reserved)));
        table->setItem(i, 4, new QTableWidgetItem(DisplayFormat::dateTimeFromStored(r.reportedAt)));
        table->setItem(i, 5, new QTableWidgetItem(r.actor));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

void HospitalBedsPage::retranslate()
{
    m_history->setText(tr("&History…"));
    titleLabel()->setText(tr("Hospital beds"));
    filterEdit()->setPlaceholderText(tr("Filter by hospital, code or profile"));
    fillSelectors();
    updateTotals();
}

void HospitalBedsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString HospitalBedsPage::sectionTitle() const
{
    return tr("Hospital beds");
}

QIcon HospitalBedsPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/beds.svg"));
}

QAbstractItemView* HospitalBedsPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> HospitalBedsPage::printJob() const
{
    DocumentPrinter::Job job = OnScreenList::job(tr("Print the free beds"), QStringLiteral("free-beds.pdf"));
    job.request.kind = QStringLiteral("beds");
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        QList<BedAvailability> rows;
        QSet<QString> regions;
        for (int row : OnScreenList::sourceRows(view())) {
            rows << m_model->rowAt(row);
            regions.insert(rows.last().regionCode);
        }
        const bool byRegion = m_proxy->sortColumn() == BedAvailabilityModel::Region;
        return BedsPrintout::build(m_workspace, rows, byRegion, regions.size() == 1 ? *regions.cbegin() : QString(),
                                   OnScreenList::filterText(language, filterEdit()), options.setup.language);
    };
    return job;
}
