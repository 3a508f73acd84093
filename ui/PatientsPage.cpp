#include "PatientsPage.h"

#include "PatientTableModel.h"
#include "services/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

PatientsPage::PatientsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("patients"), parent)
    , m_model(new PatientTableModel(workspace.database().location(), names, this))
{
    view()->setModel(m_model);
    useFixedRowHeights();
    view()->horizontalHeader()->setSortIndicator(PatientTableModel::Name, Qt::AscendingOrder);
    view()->setColumnWidth(PatientTableModel::Iin, 130);
    view()->setColumnWidth(PatientTableModel::Name, 300);
    view()->setColumnWidth(PatientTableModel::Region, 200);
    connect(this, &TablePage::filterChanged, m_model, &LazyTableModel::setSearch);
    connect(m_model, &LazyTableModel::countChanged, this, &PatientsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientsPage::updateCount);
    connect(m_model, &LazyTableModel::sortApplied, this,
            [this](int column, Qt::SortOrder order) { view()->horizontalHeader()->setSortIndicator(column, order); });
    retranslate();
}

void PatientsPage::refresh()
{
    m_model->refresh();
}

void PatientsPage::updateCount()
{
    if (!m_model->isCountKnown()) {
        countLabel()->setText(tr("Counting…"));
        return;
    }
    countLabel()->setText(tr("%n patient(s)", nullptr, int(m_model->totalCount())));
}

void PatientsPage::retranslate()
{
    titleLabel()->setText(tr("Patients"));
    filterEdit()->setPlaceholderText(tr("Find by IIN or name (any part, any case)"));
    updateCount();
}

void PatientsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}
