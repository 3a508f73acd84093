#include "patients/PatientsPage.h"

#include "PatientTableModel.h"
#include "documents/PrintLanguage.h"
#include "printing/OnScreenList.h"
#include "services/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

PatientsPage::PatientsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("patients"), parent)
    , m_workspace(workspace)
    , m_model(new PatientTableModel(workspace.database().location(), names, this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_referral(new QPushButton(this))
{
    m_new->setObjectName(QStringLiteral("newPatientButton"));
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_referral->setObjectName(QStringLiteral("newReferralForPatientButton"));
    m_new->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    for (QPushButton* button : {m_new, m_edit, m_referral})
        addActionWidget(button);
    connect(m_new, &QPushButton::clicked, this, &PatientsPage::newPatientRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentPatientId())
            emit editPatientRequested(id);
    });
    connect(m_referral, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentPatientId())
            emit newReferralRequested(id);
    });
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
    connect(view(), &QAbstractItemView::activated, this, [this] {
        if (const qint64 id = currentPatientId())
            emit editPatientRequested(id);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &PatientsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientsPage::updateActions);
    connect(m_model, &LazyTableModel::rowLocated, this, [this](qint64 id, int row) {
        if (id != m_patientToShow || row < 0)
            return;
        m_patientToShow = 0;
        const QModelIndex index = m_model->index(row, PatientTableModel::Name);
        view()->setCurrentIndex(index);
        view()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        view()->setFocus();
    });
    retranslate();
    updateActions();
}

void PatientsPage::showPatient(qint64 patientId)
{
    if (!filterEdit()->text().isEmpty()) {
        const QSignalBlocker blocker(filterEdit());
        filterEdit()->clear();
        m_model->setSearch(QString());
    }
    m_patientToShow = patientId;
    m_model->locate(patientId);
}

qint64 PatientsPage::currentPatientId() const
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return 0;
    return std::max<qint64>(0, m_model->idAt(current.row()));
}

void PatientsPage::updateActions()
{
    const bool selected = currentPatientId() > 0;
    m_edit->setEnabled(selected);
    m_referral->setEnabled(selected);
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
    m_new->setText(tr("&New patient…"));
    m_edit->setText(tr("&Edit…"));
    m_referral->setText(tr("New &referral for the patient…"));
    filterEdit()->setPlaceholderText(tr("Find by IIN or name (any part, any case)"));
    updateCount();
}

void PatientsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString PatientsPage::sectionTitle() const
{
    return tr("Patients");
}

QIcon PatientsPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/patients.svg"));
}

QAbstractItemView* PatientsPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> PatientsPage::printJob() const
{
    DocumentPrinter::Job job = OnScreenList::job(tr("Print the list of patients"), QStringLiteral("patients.pdf"));
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        return OnScreenList::listing(m_workspace, language, language.text(QT_TRANSLATE_NOOP("Printout", "Patients")),
                                     *m_model, view());
    };
    return job;
}
