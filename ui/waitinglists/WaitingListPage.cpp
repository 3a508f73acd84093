#include "waitinglists/WaitingListPage.h"

#include "ReferenceNames.h"
#include "WaitingListModel.h"
#include "documents/QueuePrintout.h"
#include "documents/TableDocument.h"
#include "domain/OperationError.h"
#include "services/HospitalService.h"
#include "services/ReferenceDataService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

WaitingListPage::WaitingListPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("waitingList"), parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_model(new WaitingListModel(workspace.database().location(), workspace.clock(), this))
    , m_region(new QComboBox(this))
    , m_hospital(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_capacity(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_print(new QToolButton(this))
    , m_printPublic(new QAction(this))
    , m_printInternal(new QAction(this))
{
    m_region->setObjectName(QStringLiteral("queueRegion"));
    m_hospital->setObjectName(QStringLiteral("queueHospital"));
    m_profile->setObjectName(QStringLiteral("queueProfile"));
    m_capacity->setObjectName(QStringLiteral("capacityButton"));
    m_open->setObjectName(QStringLiteral("openQueueReferralButton"));
    m_hospital->setMinimumWidth(360);
    m_hospital->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_print->setObjectName(QStringLiteral("printQueueButton"));
    m_printPublic->setObjectName(QStringLiteral("printPublicQueueAction"));
    m_printInternal->setObjectName(QStringLiteral("printInternalQueueAction"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* printMenu = new QMenu(m_print);
    printMenu->addAction(m_printPublic);
    printMenu->addAction(m_printInternal);
    m_print->setMenu(printMenu);
    connect(m_printPublic, &QAction::triggered, this, [this] { printQueue(true); });
    connect(m_printInternal, &QAction::triggered, this, [this] { printQueue(false); });
    for (QWidget* w : std::initializer_list<QWidget*>{m_region, m_hospital, m_profile, m_capacity, m_open, m_print})
        addActionWidget(w);
    filterEdit()->hide(); // a queue is read in order, not searched: the search box finds people

    view()->setModel(m_model);
    useFixedRowHeights();
    view()->setSortingEnabled(false);
    QHeaderView* header = view()->horizontalHeader();
    header->moveSection(WaitingListModel::Position, 0);
    header->moveSection(WaitingListModel::DaysWaited, WaitingListModel::Registered + 2);
    // Whether the documents are complete matters more than the status (nearly all "waiting"): it comes
    // first, so a laptop's screen shows it.
    header->moveSection(header->visualIndex(WaitingListModel::Documents),
                        header->visualIndex(WaitingListModel::Status));
    view()->setColumnHidden(WaitingListModel::Priority, true);
    view()->setColumnHidden(WaitingListModel::Iin, true);
    view()->setColumnWidth(WaitingListModel::Position, 60);
    view()->setColumnWidth(WaitingListModel::Code, 140);
    view()->setColumnWidth(WaitingListModel::Patient, 210);
    view()->setColumnWidth(WaitingListModel::Registered, 125);
    view()->setColumnWidth(WaitingListModel::DaysWaited, 90);
    view()->setColumnWidth(WaitingListModel::PreliminaryDate, 115);
    view()->setColumnWidth(WaitingListModel::ScheduledDate, 115);
    view()->setColumnWidth(WaitingListModel::Status, 150);

    connect(m_region, &QComboBox::currentIndexChanged, this, &WaitingListPage::fillHospitals);
    connect(m_hospital, &QComboBox::currentIndexChanged, this, &WaitingListPage::fillProfiles);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &WaitingListPage::queueChanged);
    connect(m_model, &LazyTableModel::countChanged, this, &WaitingListPage::updateSummary);
    connect(m_capacity, &QPushButton::clicked, this, &WaitingListPage::editCapacity);
    auto open = [this] {
        const QModelIndex current = view()->currentIndex();
        if (current.isValid() && m_model->idAt(current.row()) > 0)
            emit openReferralRequested(m_model->idAt(current.row()));
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(view(), &QAbstractItemView::activated, this, open);
    retranslate();
}

qint64 WaitingListPage::currentHospitalId() const
{
    return m_hospital->currentData().toLongLong();
}

QString WaitingListPage::currentProfile() const
{
    return m_profile->currentData().toString();
}

void WaitingListPage::fillRegions()
{
    const QVariant current = m_region->currentData();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const QString& code : m_names.regionCodes())
        m_region->addItem(m_names.regionName(code), code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(current)));
    fillHospitals();
}

void WaitingListPage::fillHospitals()
{
    const QVariant current = m_hospital->currentData();
    const QSignalBlocker blocker(m_hospital);
    m_hospital->clear();
    for (const Hospital& h : m_workspace.hospitals().hospitals()) {
        if (h.active && h.regionCode == m_region->currentData().toString())
            m_hospital->addItem(QStringLiteral("%1 — %2").arg(h.code, h.name), h.id);
    }
    m_hospital->setCurrentIndex(std::max(0, m_hospital->findData(current)));
    fillProfiles();
}

void WaitingListPage::fillProfiles()
{
    const QVariant current = m_profile->currentData();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const QString& code : m_workspace.hospitals().profiles(currentHospitalId()))
        m_profile->addItem(QStringLiteral("%1 — %2").arg(code, m_names.profileName(code)), code);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    queueChanged();
}

void WaitingListPage::queueChanged()
{
    if (currentHospitalId() > 0 && !currentProfile().isEmpty())
        m_model->setQueue(currentHospitalId(), currentProfile());
    updateSummary();
}

void WaitingListPage::showQueue(const QString& hospitalCode, const QString& profileCode)
{
    const std::optional<Hospital> h = m_workspace.hospitals().find(hospitalCode);
    if (!h)
        return;
    m_region->setCurrentIndex(std::max(0, m_region->findData(h->regionCode)));
    m_hospital->setCurrentIndex(std::max(0, m_hospital->findData(h->id)));
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profileCode)));
}

void WaitingListPage::refresh()
{
    m_model->refresh();
    updateSummary();
}

void WaitingListPage::updateSummary()
{
    if (currentHospitalId() <= 0 || currentProfile().isEmpty()) {
        countLabel()->setText(tr("Choose a hospital and a bed profile."));
        return;
    }
    const int perDay = m_workspace.waitingList().capacityPerDay(currentHospitalId(), currentProfile());
    const QString queue =
        m_model->isCountKnown() ? tr("%n in the waiting list", nullptr, int(m_model->totalCount())) : tr("Counting…");
    countLabel()->setText(tr("%1. Planned admissions: %n a day, on working days.", nullptr, perDay).arg(queue));
}

void WaitingListPage::editCapacity()
{
    if (currentHospitalId() <= 0 || currentProfile().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("capacityDialog"));
    dialog.setWindowTitle(tr("Planned admissions of %1").arg(m_hospital->currentText()));
    auto* form = new QFormLayout(&dialog);
    auto* automatic = new QCheckBox(tr("From the beds: a tenth of the profile's beds a day"), &dialog);
    auto* perDay = new QSpinBox(&dialog);
    perDay->setRange(1, 500);
    perDay->setValue(m_workspace.waitingList().capacityPerDay(currentHospitalId(), currentProfile()));
    auto* lead = new QSpinBox(&dialog);
    lead->setRange(0, 365);
    lead->setSuffix(tr(" day(s)"));
    form->addRow(automatic);
    form->addRow(tr("Admissions a day:"), perDay);
    form->addRow(tr("Earliest admission after registration:"), lead);
    connect(automatic, &QCheckBox::toggled, perDay, &QWidget::setDisabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_workspace.waitingList().setCapacity(
            currentHospitalId(), currentProfile(),
            automatic->isChecked() ? std::nullopt : std::optional<int>(perDay->value()), lead->value());
    } catch (const OperationError& e) {
        MessageBox::warning(this, tr("Capacity not saved"), e.message());
        return;
    }
    refresh();
}

void WaitingListPage::retranslate()
{
    titleLabel()->setText(tr("Waiting lists"));
    m_capacity->setText(tr("&Capacity…"));
    m_open->setText(tr("&Open…"));
    m_print->setText(tr("Print &list"));
    m_printPublic->setText(tr("&Public list: codes and dates only…"));
    m_printInternal->setText(tr("&Internal list: with names and IIN…"));
    fillRegions();
    updateSummary();
}

void WaitingListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString WaitingListPage::sectionTitle() const
{
    return tr("Waiting lists");
}

QIcon WaitingListPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/queue.svg"));
}

QAbstractItemView* WaitingListPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> WaitingListPage::printJob() const
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("queue");
    job.request.orientation = QPageLayout::Portrait;
    job.request.title = tr("Print the waiting list");
    job.request.offersVersion = true;
    job.fileName = QStringLiteral("waiting-list-%1.pdf").arg(currentProfile());
    QString hospitalCode;
    for (const Hospital& h : m_workspace.hospitals().hospitals()) {
        if (h.id == currentHospitalId())
            hospitalCode = h.code;
    }
    job.build = [this, hospitalCode, profile = currentProfile()](
                    const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        if (hospitalCode.isEmpty() || profile.isEmpty())
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("Choose a hospital and a bed profile: their waiting list is what gets printed."));
        return QueuePrintout::build(m_workspace, hospitalCode, profile,
                                    options.publicVersion ? QueuePrintout::Version::Public
                                                          : QueuePrintout::Version::Internal,
                                    options.setup.language);
    };
    return job;
}

void WaitingListPage::printQueue(bool publicVersion)
{
    DocumentPrinter::Job job = *printJob();
    job.request.publicVersion = publicVersion;
    DocumentPrinter::run(window(), job, DocumentPrinter::Output::Preview);
}
