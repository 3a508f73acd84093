#include "quotas/QuotasPage.h"

#include "AlphabeticalSortProxy.h"
#include "QuotaPlanModel.h"
#include "ReferenceNames.h"
#include "documents/PrintLanguage.h"
#include "documents/QuotasPrintout.h"
#include "documents/TableDocument.h"
#include "domain/QuotaAllocation.h"
#include "printing/OnScreenList.h"
#include "services/QuotaService.h"
#include "services/Workspace.h"
#include "widgets/EditOnRequest.h"
#include "widgets/MessageBox.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

QuotasPage::QuotasPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("quotas"), parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_model(new QuotaPlanModel(workspace.quotas(), names, this))
    , m_proxy(new AlphabeticalSortProxy(this))
    , m_year(new QSpinBox(this))
    , m_yearLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profileLabel(new QLabel(this))
    , m_allocate(new QPushButton(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    m_year->setObjectName(QStringLiteral("quotaYear"));
    m_profile->setObjectName(QStringLiteral("quotaProfile"));
    m_allocate->setObjectName(QStringLiteral("allocateButton"));
    m_chartView->setObjectName(QStringLiteral("quotaChart"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_profile->setMinimumContentsLength(28);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_yearLabel->setBuddy(m_year);
    m_profileLabel->setBuddy(m_profile);
    addActionWidget(m_yearLabel);
    addActionWidget(m_year);
    addActionWidget(m_profileLabel);
    addActionWidget(m_profile);
    addActionWidget(m_allocate);

    m_proxy->setSourceModel(m_model);
    view()->setModel(m_proxy);
    EditOnRequest::install(view());
    view()->sortByColumn(QuotaPlanModel::Region, Qt::AscendingOrder);
    // Twenty rows: the numbers take the width of their header in whatever language, the region the rest.
    QHeaderView* header = view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuotaPlanModel::Region, QHeaderView::Stretch);

    // Table and chart side by side: the clerk edits on the left and sees the effect on the right.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(380);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("quotasSplitter"));
    delete layout()->replaceWidget(view(), splitter); // the layout item that held the table is ours to delete
    splitter->addWidget(view());
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});

    connect(this, &TablePage::filterChanged, m_proxy, &AlphabeticalSortProxy::setFilterText);
    connect(m_year, &QSpinBox::valueChanged, this, &QuotasPage::refresh);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &QuotasPage::refresh);
    connect(m_allocate, &QPushButton::clicked, this, &QuotasPage::allocate);
    connect(m_model, &QuotaPlanModel::editRejected, this, [this](const QString& message) {
        if (isVisible())
            MessageBox::warning(this, tr("Plan not saved"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotasPage::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QuotasPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuotasPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QuotasPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuotasPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuotasPage::updateChart);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &QuotasPage::updateChart);
    retranslate();
}

void QuotasPage::fillProfiles()
{
    const QSignalBlocker blocker(m_profile);
    const QVariant current = m_profile->currentData();
    m_profile->clear();
    for (const HtmcProfile& p : m_workspace.quotas().profiles(true))
        m_profile->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name(m_names.language())), p.code);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

void QuotasPage::showPlan(int year, const QString& profileCode)
{
    {
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker profileBlocker(m_profile);
        m_year->setValue(year);
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(profileCode)));
    }
    refresh();
}

void QuotasPage::refresh()
{
    m_model->show(m_year->value(), m_profile->currentData().toString());
}

void QuotasPage::allocate()
{
    const QString profile = m_profile->currentText();
    bool ok = false;
    const int total = QInputDialog::getInt(
        this, tr("Allocate by population"),
        tr("National total of quotas for %1 in %2. It is split among the regions in proportion to their population; "
           "the parts add up exactly to the total.")
            .arg(profile)
            .arg(m_year->value()),
        std::max(m_model->totalAllocated(), 0), 0, QuotaAllocation::MaxTotal, 1, &ok);
    if (!ok)
        return;
    if (m_model->totalAllocated() > 0 &&
        MessageBox::question(this, tr("Replace the plan"),
                             tr("This replaces the quotas of every region for %1 in %2 (now %3 in all) with a split "
                                "of %4 by population. Every change is kept in the plans' history. Replace?")
                                 .arg(profile)
                                 .arg(m_year->value())
                                 .arg(m_model->totalAllocated())
                                 .arg(total),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_model->allocate(total);
}

void QuotasPage::updateChart()
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series, but removeAxis() hands the axis back to us: delete it, or every
    // refresh of the chart would leave two axes behind.
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* allocated = new QBarSet(tr("Allocated"));
    auto* used = new QBarSet(tr("Used"));
    allocated->setColor(QColor(0xa9, 0xc4, 0xde));
    used->setColor(QColor(0x2b, 0x5f, 0x8e));
    QStringList regions;
    int largest = 0;
    // The chart shows the rows the table shows, in its order. A horizontal chart draws its first category at
    // the bottom, so the rows go in reverse to read top to bottom like the table.
    for (int row = m_proxy->rowCount() - 1; row >= 0; --row) {
        const QuotaPlan& plan = m_model->planAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        regions << m_names.regionName(plan.regionCode);
        *allocated << plan.allocated;
        *used << plan.used;
        largest = std::max({largest, plan.allocated, plan.used});
    }
    // Within a region the first set is drawn lowest: used goes first so the allocation stands above it.
    auto* series = new QHorizontalBarSeries;
    series->append(used);
    series->append(allocated);
    series->setBarWidth(0.8);
    m_chart->addSeries(series);
    auto* regionAxis = new QBarCategoryAxis;
    regionAxis->append(regions);
    QFont small = regionAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    regionAxis->setLabelsFont(small);
    m_chart->addAxis(regionAxis, Qt::AlignLeft);
    series->attachAxis(regionAxis);
    auto* quotas = new QValueAxis;
    quotas->setRange(0, std::max(largest, 4));
    quotas->applyNiceNumbers();
    quotas->setLabelFormat(QStringLiteral("%d"));
    quotas->setLabelsFont(small);
    m_chart->addAxis(quotas, Qt::AlignBottom);
    series->attachAxis(quotas);
    m_chart->setTitle(tr("Quotas used of allocated, %1, %2").arg(m_profile->currentText()).arg(m_year->value()));
}

void QuotasPage::updateCount()
{
    if (m_model->rowCount() == 0) {
        countLabel()->setText(tr("Choose an HTMC profile."));
        return;
    }
    QSet<int> years;
    bool planned = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        years.insert(m_model->planAt(row).populationYear);
        planned = planned || m_model->planAt(row).id > 0;
    }
    QStringList yearTexts;
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    for (int year : sorted)
        yearTexts << QString::number(year);
    const int allocated = m_model->totalAllocated();
    const int used = m_model->totalUsed();
    QString text = tr("In all: allocated %1, used %2, remaining %3. Populations are estimates of %4.")
                       .arg(allocated)
                       .arg(used)
                       .arg(allocated - used)
                       .arg(yearTexts.join(QStringLiteral(", ")));
    if (!planned)
        text += QLatin1Char(' ') + tr("No plan is entered for this profile and year yet: type each region's quotas in "
                                      "the Allocated column, or split a national total with Allocate by population.");
    countLabel()->setText(text);
    countLabel()->setWordWrap(true);
}

void QuotasPage::retranslate()
{
    titleLabel()->setText(tr("HTMC quotas"));
    filterEdit()->setPlaceholderText(tr("Filter by region"));
    m_yearLabel->setText(tr("&Year:"));
    m_profileLabel->setText(tr("HTMC &profile:"));
    m_allocate->setText(tr("&Allocate by population…"));
    m_allocate->setToolTip(tr("Split a national total of quotas among the regions in proportion to their population."));
    fillProfiles();
    refresh();
}

void QuotasPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString QuotasPage::sectionTitle() const
{
    return tr("HTMC quotas");
}

QIcon QuotasPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/quotas.svg"));
}

QAbstractItemView* QuotasPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> QuotasPage::printJob() const
{
    const int year = m_year->value();
    const QString profile = m_profile->currentData().toString();
    DocumentPrinter::Job job =
        OnScreenList::job(tr("Print the quota plan"), QStringLiteral("quotas-%1-%2.pdf").arg(year).arg(profile));
    job.request.kind = QStringLiteral("quotas");
    job.request.orientation = QPageLayout::Portrait;
    job.build = [this, year, profile](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        QList<QuotaPlan> plans;
        for (int row : OnScreenList::sourceRows(view()))
            plans << m_model->planAt(row);
        return QuotasPrintout::build(m_workspace, year, profile, plans,
                                     OnScreenList::filterText(language, filterEdit()), options.setup.language);
    };
    return job;
}
