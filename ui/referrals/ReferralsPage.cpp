#include "referrals/ReferralsPage.h"

#include "ReferralTableModel.h"
#include "documents/PrintLanguage.h"
#include "domain/ReferralStatus.h"
#include "printing/OnScreenList.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

ReferralsPage::ReferralsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("referrals"), parent)
    , m_workspace(workspace)
    , m_model(new ReferralTableModel(workspace.database().location(), names, this))
    , m_status(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    m_status->setObjectName(QStringLiteral("referralStatusFilter"));
    m_new->setObjectName(QStringLiteral("newReferralButton"));
    m_open->setObjectName(QStringLiteral("openReferralButton"));
    m_new->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    addActionWidget(m_new);
    addActionWidget(m_open);
    addActionWidget(m_status);
    connect(m_new, &QPushButton::clicked, this, [this] { emit newReferralRequested(0); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentReferralId())
            emit openReferralRequested(id);
    });
    view()->setModel(m_model);
    useFixedRowHeights();
    view()->horizontalHeader()->setSortIndicator(ReferralTableModel::Registered, Qt::DescendingOrder);
    view()->setColumnWidth(ReferralTableModel::Code, 150);
    view()->setColumnWidth(ReferralTableModel::Registered, 130);
    view()->setColumnWidth(ReferralTableModel::Status, 170);
    view()->setColumnWidth(ReferralTableModel::Patient, 240);
    view()->setColumnWidth(ReferralTableModel::Hospital, 260);
    view()->setColumnHidden(ReferralTableModel::HospitalCode, true);
    connect(this, &TablePage::filterChanged, m_model, &LazyTableModel::setSearch);
    connect(m_model, &LazyTableModel::countChanged, this, &ReferralsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralsPage::updateCount);
    connect(m_model, &LazyTableModel::sortApplied, this,
            [this](int column, Qt::SortOrder order) { view()->horizontalHeader()->setSortIndicator(column, order); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(QStringLiteral("status"), m_status->currentData()); });
    connect(view(), &QAbstractItemView::activated, this, [this] {
        if (const qint64 id = currentReferralId())
            emit openReferralRequested(id);
    });
    auto updateActions = [this] { m_open->setEnabled(currentReferralId() > 0); };
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateActions);
    retranslate();
    updateActions();
}

qint64 ReferralsPage::currentReferralId() const
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return 0;
    return std::max<qint64>(0, m_model->idAt(current.row()));
}

void ReferralsPage::refresh()
{
    m_model->refresh();
}

void ReferralsPage::updateCount()
{
    if (!m_model->isCountKnown()) {
        countLabel()->setText(tr("Counting…"));
        return;
    }
    countLabel()->setText(tr("%n referral(s)", nullptr, int(m_model->totalCount())));
}

void ReferralsPage::retranslate()
{
    titleLabel()->setText(tr("Referrals"));
    m_new->setText(tr("&New referral…"));
    m_open->setText(tr("&Open…"));
    filterEdit()->setPlaceholderText(tr("Find by referral code, IIN or patient name"));
    const QVariant current = m_status->currentData();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QVariant());
    for (ReferralStatus status : ReferralStatuses::all())
        m_status->addItem(ReferralStatuses::label(status), ReferralStatuses::code(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    updateCount();
}

void ReferralsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString ReferralsPage::sectionTitle() const
{
    return tr("Referrals");
}

QIcon ReferralsPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/referrals.svg"));
}

QAbstractItemView* ReferralsPage::mainTable() const
{
    return view();
}

std::optional<DocumentPrinter::Job> ReferralsPage::printJob() const
{
    DocumentPrinter::Job job = OnScreenList::job(tr("Print the list of referrals"), QStringLiteral("referrals.pdf"));
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        return OnScreenList::listing(m_workspace, language, language.text(QT_TRANSLATE_NOOP("Printout", "Referrals")),
                                     *m_model, view());
    };
    return job;
}
