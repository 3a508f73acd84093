#include "TablePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TablePage::TablePage(const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_actions(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(objectNamePrefix + QStringLiteral("Page"));
    m_title->setObjectName(objectNamePrefix + QStringLiteral("Title"));
    m_filter->setObjectName(objectNamePrefix + QStringLiteral("Filter"));
    m_view->setObjectName(objectNamePrefix + QStringLiteral("View"));
    m_count->setObjectName(objectNamePrefix + QStringLiteral("Count"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(320);

    m_view->setSortingEnabled(true);
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
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    m_actions->addStretch(1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text()); });
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

void TablePage::addActionWidget(QWidget* widget)
{
    m_actions->insertWidget(m_actions->count() - 1, widget);
}
