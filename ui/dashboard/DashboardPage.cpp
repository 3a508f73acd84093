#include "dashboard/DashboardPage.h"

#include "ReferenceNames.h"
#include "documents/DashboardPrintout.h"
#include "documents/TableDocument.h"
#include "domain/ReferralStatus.h"
#include "services/DashboardService.h"
#include "services/UsageService.h"
#include "services/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

DashboardPage::DashboardPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_title(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_statuses(makeTable(this, QStringLiteral("dashboardStatuses")))
    , m_waits(makeTable(this, QStringLiteral("dashboardWaits")))
    , m_beds(makeTable(this, QStringLiteral("dashboardBeds")))
    , m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counters->setObjectName(QStringLiteral("dashboardCounters"));
    QFont countersFont = m_counters->font();
    countersFont.setPointSizeF(countersFont.pointSizeF() * 1.15);
    m_counters->setFont(countersFont);
    m_usage->setObjectName(QStringLiteral("dashboardUsage"));
    m_usage->setFont(countersFont);
    m_chart->setObjectName(QStringLiteral("dashboardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto* grid = new QGridLayout;
    grid->addWidget(m_statuses, 0, 0);
    grid->addWidget(m_waits, 0, 1);
    grid->addWidget(m_beds, 1, 0);
    grid->addWidget(m_chart, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counters);
    layout->addWidget(m_usage);
    layout->addLayout(grid, 1);
    connect(&names, &ReferenceNames::languageChanged, this, &DashboardPage::refresh);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    refresh(); // cheap: running totals and bed reports only
    QWidget::showEvent(event);
}

void DashboardPage::refresh()
{
    m_workspace.usage().flush(); // this workstation's own lookups, counted in batches, are in the counters too
    const DashboardService::Summary s = m_workspace.dashboard().summary();
    m_title->setText(tr("Dashboard"));
    m_counters->setText(tr("Referrals: <b>%1</b> · registered today: <b>%2</b> · this month: <b>%3</b> · refused by "
                           "hospitals: <b>%4%</b> of their decisions")
                            .arg(s.total)
                            .arg(s.registeredToday)
                            .arg(s.registeredThisMonth)
                            .arg(QLocale().toString(100.0 * s.refusedShare, 'f', 1)));
    m_usage->setText(tr("Lookups by code: today <b>%1</b> · yesterday <b>%2</b> · this month <b>%3</b> · "
                        "workstations online now: <b>%4</b>")
                         .arg(s.lookupsToday)
                         .arg(s.lookupsYesterday)
                         .arg(s.lookupsMonth)
                         .arg(s.workstationsOnline));

    m_statuses->clear();
    m_statuses->setColumnCount(2);
    m_statuses->setHorizontalHeaderLabels({tr("Status"), tr("Referrals")});
    const QList<ReferralStatus> statuses = ReferralStatuses::all();
    m_statuses->setRowCount(int(statuses.size()));
    for (int i = 0; i < statuses.size(); ++i) {
        m_statuses->setItem(i, 0, new QTableWidgetItem(ReferralStatuses::label(statuses.at(i))));
        m_statuses->setItem(i, 1, numberItem(s.byStatus.value(ReferralStatuses::code(statuses.at(i)))));
    }
    m_statuses->resizeColumnToContents(0);

    m_waits->clear();
    m_waits->setColumnCount(4);
    m_waits->setHorizontalHeaderLabels(
        {tr("Bed profile"), tr("Waiting now"), tr("Median days waited"), tr("90% wait no longer than (days)")});
    m_waits->setRowCount(int(s.waits.size()));
    for (int i = 0; i < s.waits.size(); ++i) {
        const auto& w = s.waits.at(i);
        m_waits->setItem(i, 0, new QTableWidgetItem(m_names.profileName(w.profileCode)));
        m_waits->setItem(i, 1, numberItem(w.waiting));
        m_waits->setItem(i, 2, numberItem(w.medianDays));
        m_waits->setItem(i, 3, numberItem(w.p90Days));
    }
    m_waits->resizeColumnsToContents();
    m_waits->horizontalHeader()->setStretchLastSection(true);

    m_beds->clear();
    m_beds->setColumnCount(4);
    m_beds->setHorizontalHeaderLabels({tr("Region"), tr("Beds"), tr("Free today"), tr("Occupancy")});
    m_beds->setRowCount(int(s.beds.size()));
    for (int i = 0; i < s.beds.size(); ++i) {
        const auto& b = s.beds.at(i);
        m_beds->setItem(i, 0, new QTableWidgetItem(m_names.regionName(b.regionCode)));
        m_beds->setItem(i, 1, numberItem(b.total));
        m_beds->setItem(i, 2, numberItem(b.free));
        auto* occupancy = new QTableWidgetItem(QLocale().toString(100.0 * b.occupancy(), 'f', 0) + QLatin1Char('%'));
        occupancy->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_beds->setItem(i, 3, occupancy);
    }
    m_beds->resizeColumnsToContents(); // contents and header labels, in every language
    m_beds->horizontalHeader()->setStretchLastSection(true);

    // Beds per region: occupied, reserved and free stacked, so the free part stands out.
    auto* occupied = new QBarSet(tr("Occupied"));
    auto* reserved = new QBarSet(tr("Reserved"));
    auto* free = new QBarSet(tr("Free"));
    occupied->setColor(QColor(0x9a, 0xa5, 0xb1));
    reserved->setColor(QColor(0xe0, 0xb0, 0x4c));
    free->setColor(QColor(0x2e, 0x8b, 0x57));
    QStringList categories;
    int widest = 0;
    for (const auto& b : s.beds) {
        widest = std::max(widest, b.occupied + b.reserved + b.free);
        occupied->append(b.occupied);
        reserved->append(b.reserved);
        free->append(b.free);
        categories << m_names.regionName(b.regionCode);
    }
    // Bars lie down, so the twenty regions' names read across instead of crowding under the bars.
    auto* series = new QHorizontalStackedBarSeries;
    series->append(occupied);
    series->append(reserved);
    series->append(free);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Beds today by region"));
    auto* regions = new QBarCategoryAxis;
    regions->append(categories);
    chart->addAxis(regions, Qt::AlignLeft);
    series->attachAxis(regions);
    auto* beds = new QValueAxis;
    beds->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(beds, Qt::AlignBottom);
    series->attachAxis(beds);
    // A range of its own: with no beds yet the axis would take its range from no data, NaN to NaN.
    beds->setRange(0, std::max(widest, 10));
    beds->applyNiceNumbers(); // 0, 10, 20 … rather than 0, 12, 25
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}

QString DashboardPage::sectionTitle() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

QAbstractItemView* DashboardPage::mainTable() const
{
    return m_statuses;
}

std::optional<DocumentPrinter::Job> DashboardPage::printJob() const
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("dashboard");
    job.request.orientation = QPageLayout::Portrait;
    job.request.title = tr("Print the dashboard");
    job.fileName = QStringLiteral("dashboard.pdf");
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        return DashboardPrintout::build(m_workspace, options.setup.language);
    };
    return job;
}
