#include "beds/HospitalsPage.h"

#include "AlphabeticalSortProxy.h"
#include "HospitalRegistryModel.h"
#include "ReferenceNames.h"
#include "documents/HospitalsPrintout.h"
#include "documents/PrintLanguage.h"
#include "documents/TableDocument.h"
#include "domain/OperationError.h"
#include "printing/OnScreenList.h"
#include "services/HospitalService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HospitalsPage::HospitalsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("hospitals"), parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_model(new HospitalRegistryModel(workspace.hospitals(), names, this))
    , m_proxy(new AlphabeticalSortProxy(this))
    , m_add(new QPushButton(this))
    , m_profiles(new QPushButton(this))
{
    m_add->setObjectName(QStringLiteral("addHospitalButton"));
    m_profiles->setObjectName(QStringLiteral("hospitalProfilesButton"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    addActionWidget(m_add);
    addActionWidget(m_profiles);
    m_proxy->setSourceModel(m_model);
    view()->setModel(m_proxy);
    view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view()->sortByColumn(HospitalRegistryModel::Region, Qt::AscendingOrder);
    view()->setColumnWidth(HospitalRegistryModel::Code, 60);
    view()->setColumnWidth(HospitalRegistryModel::Name, 380);
    view()->setColumnWidth(HospitalRegistryModel::Region, 180);
    view()->setColumnWidth(HospitalRegistryModel::Address, 180);
    view()->setColumnWidth(HospitalRegistryModel::Profiles, 260);
    connect(this, &TablePage::filterChanged, m_proxy, &AlphabeticalSortProxy::setFilterText);
    connect(m_add, &QPushButton::clicked, this, &HospitalsPage::addHospital);
    connect(m_profiles, &QPushButton::clicked, this, &HospitalsPage::editProfiles);
    connect(m_model, &HospitalRegistryModel::editRejected, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Hospital not saved"), message); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HospitalsPage::registryChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { countLabel()->setText(tr("%n hospital(s)", nullptr, m_proxy->rowCount())); });
    retranslate();
}

void HospitalsPage::refresh()
{
    m_model->reload();
}

void HospitalsPage::addHospital()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addHospitalDialog"));
    dialog.setWindowTitle(tr("Add a hospital"));
    auto* form = new QFormLayout(&dialog);
    auto* code = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("hospitalCode"));
    code->setMaxLength(4);
    code->setPlaceholderText(tr("4 letters or digits, as in referral codes"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("hospitalName"));
    auto* region = new QComboBox(&dialog);
    region->setObjectName(QStringLiteral("hospitalRegion"));
    for (const QString& c : m_names.regionCodes())
        region->addItem(m_names.regionName(c), c);
    auto* address = new QLineEdit(&dialog);
    auto* phone = new QLineEdit(&dialog);
    auto* problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    problem->setWordWrap(true);
    problem->hide();
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Region:"), region);
    form->addRow(tr("&Address:"), address);
    form->addRow(tr("&Phone:"), phone);
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Hospital h;
        h.code = code->text();
        h.name = name->text();
        h.regionCode = region->currentData().toString();
        h.address = address->text();
        h.phone = phone->text();
        if (m_workspace.hospitals().find(h.code)) {
            problem->setText(tr("The code %1 is already in the registry.").arg(h.code.toUpper()));
            problem->show();
            return;
        }
        try {
            m_workspace.hospitals().save(h);
        } catch (const OperationError& e) {
            problem->setText(e.message());
            problem->show();
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        emit registryChanged();
    }
}

void HospitalsPage::editProfiles()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const Hospital h = m_model->hospitalAt(m_proxy->mapToSource(current).row());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("hospitalProfilesDialog"));
    dialog.setWindowTitle(tr("Bed profiles of %1").arg(h.name));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Tick the profiles this hospital admits planned patients to:"), &dialog));
    auto* list = new QListWidget(&dialog);
    const QStringList offered = m_workspace.hospitals().profiles(h.id);
    for (const QString& code : m_names.profileCodes()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(code, m_names.profileName(code)), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(offered.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(480, 560);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toString();
    }
    try {
        m_workspace.hospitals().setProfiles(h.id, chosen);
    } catch (const OperationError& e) {
        MessageBox::warning(this, tr("Profiles not saved"), e.message());
        return;
    }
    m_model->reload();
    emit registryChanged();
}

void HospitalsPage::retranslate()
{
    titleLabel()->setText(tr("Hospitals"));
    filterEdit()->setPlaceholderText(tr("Filter by name, code, region or address"));
    m_add->setText(tr("&Add hospital…"));
    m_profiles->setText(tr("Bed &profiles…"));
    countLabel()->setText(tr("%n hospital(s)", nullptr, m_proxy->rowCount()));
}

void HospitalsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString HospitalsPage::sectionTitle() const
{
    return tr("Hospitals");
}

QIcon HospitalsPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/hospital.svg"));
}

QAbstractItemView* HospitalsPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> HospitalsPage::printJob() const
{
    DocumentPrinter::Job job = OnScreenList::job(tr("Print the hospital registry"), QStringLiteral("hospitals.pdf"));
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        QList<Hospital> hospitals;
        for (int row : OnScreenList::sourceRows(view()))
            hospitals << m_model->hospitalAt(row);
        return HospitalsPrintout::build(m_workspace, hospitals, OnScreenList::filterText(language, filterEdit()),
                                        options.setup.language);
    };
    return job;
}
