#include "widgets/TablePage.h"

#include "widgets/EditOnRequest.h"
#include "widgets/FlowLayout.h"
#include "widgets/ListScrollBar.h"
#include "widgets/ScannedInput.h"

#include "LazyTableModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

TablePage::TablePage(const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_listBar(new ListScrollBar(m_view, this))
    , m_actions(new FlowLayout)
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(objectNamePrefix + QStringLiteral("Page"));
    m_title->setObjectName(objectNamePrefix + QStringLiteral("Title"));
    m_filter->setObjectName(objectNamePrefix + QStringLiteral("Filter"));
    m_view->setObjectName(objectNamePrefix + QStringLiteral("View"));
    m_count->setObjectName(objectNamePrefix + QStringLiteral("Count"));
    m_listBar->setObjectName(objectNamePrefix + QStringLiteral("ListScrollBar"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setClearButtonEnabled(true);
    ScannedInput::codeOrText(m_filter);
    m_filter->setMinimumWidth(320);

    m_view->setSortingEnabled(true);
    EditOnRequest::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_filter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_actions);
    auto* table = new QHBoxLayout;
    table->setSpacing(0);
    table->addWidget(m_view, 1);
    table->addWidget(m_listBar);
    layout->addLayout(table, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text()); });
    // Later than the page's own retranslation and the model's new headers, which come in the same turn.
    const auto fitLater = [this] { QTimer::singleShot(0, this, &TablePage::fitHeaderLabels); };
    connect(m_view->horizontalHeader(), &QHeaderView::sectionCountChanged, this, fitLater);
    QTimer::singleShot(0, this, [this] { m_filter->setToolTip(m_filter->placeholderText()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit filterChanged(m_filter->text());
    });
}

void TablePage::useFixedRowHeights()
{
    QHeaderView* rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
}

void TablePage::fitHeaderLabels()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    QStyleOptionHeader option;
    option.initFrom(header);
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    const int sortMark = header->isSortIndicatorShown() || m_view->isSortingEnabled()
                             ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header) + margins
                             : 0;
    const QFontMetrics metrics(header->font());
    // The last column on screen stretches to the edge by itself.
    int stretched = -1;
    if (header->stretchLastSection()) {
        for (int visual = header->count() - 1; visual >= 0 && stretched < 0; --visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                stretched = header->logicalIndex(visual);
        }
    }
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const QString label = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        int needed = 0;
        for (const QString& line : label.split(QLatin1Char('\n')))
            needed = std::max(needed, metrics.horizontalAdvance(line));
        needed += margins + sortMark + 4;
        if (header->sectionSize(section) < needed && section != stretched)
            header->resizeSection(section, needed);
    }
}

void TablePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Pages retranslate before they pass the event on, and models translate their headers when asked.
    if (event->type() == QEvent::LanguageChange) {
        fitHeaderLabels();
        // A long hint is cut at the box's edge: the tooltip has it whole.
        m_filter->setToolTip(m_filter->placeholderText());
    }
}

void TablePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Otherwise the model counts from its first paint, and its full row count lands in a second paint after it.
    // A page never shown is never counted: the lists of sections not opened cost no core and no memory.
    if (auto* lazy = qobject_cast<LazyTableModel*>(m_view->model()))
        lazy->startCounting();
    m_listBar->attach();
}

void TablePage::addActionWidget(QWidget* widget)
{
    // A selector is as wide as a short item, not its longest (a Kazakh status or a hospital's full name would
    // push the window past a laptop's screen); the open list shows every item whole.
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(
            std::min(combo->minimumContentsLength() > 0 ? combo->minimumContentsLength() : 18, 18));
        combo->view()->setTextElideMode(Qt::ElideNone);
        if (combo->view()->minimumWidth() < 360)
            combo->view()->setMinimumWidth(360);
    }
    m_actions->addWidget(widget);
}
