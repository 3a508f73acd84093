#include "abroad/AbroadPage.h"

#include "AbroadApplicationModel.h"
#include "AlphabeticalSortProxy.h"
#include "ReferenceNames.h"
#include "abroad/AbroadApplicationDialog.h"
#include "abroad/AbroadDecisionDialog.h"
#include "abroad/EligibleListsDialog.h"
#include "documents/AbroadApplicationDocument.h"
#include "documents/AbroadApplicationPrintout.h"
#include "domain/OperationError.h"
#include "services/AbroadService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

AbroadPage::AbroadPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("abroad"), parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_model(new AbroadApplicationModel(workspace.abroad(), workspace.patients(), names, this))
    , m_proxy(new AlphabeticalSortProxy(this))
    , m_status(new QComboBox(this))
    , m_starterBanner(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_submit(new QPushButton(this))
    , m_decide(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_lists(new QPushButton(this))
{
    m_status->setObjectName(QStringLiteral("abroadStatusFilter"));
    m_new->setObjectName(QStringLiteral("newApplicationButton"));
    m_submit->setObjectName(QStringLiteral("submitApplicationButton"));
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_print->setObjectName(QStringLiteral("printApplicationButton"));
    m_more->setObjectName(QStringLiteral("moreAbroadButton"));
    m_lists->setObjectName(QStringLiteral("eligibleListsButton"));
    m_starterBanner->setObjectName(QStringLiteral("abroadStarterBanner"));
    m_new->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addActionWidget(m_status);
    addActionWidget(m_new);
    addActionWidget(m_submit);
    addActionWidget(m_decide);
    addActionWidget(m_print);
    addActionWidget(m_more);
    addActionWidget(m_lists); // last: it edits the lists, not an application
    auto* menu = new QMenu(m_more);
    m_addDocument = menu->addAction(QString(), this, &AbroadPage::addDocumentToSelected);
    m_withdraw = menu->addAction(QString(), this, &AbroadPage::withdrawSelected);
    m_treated = menu->addAction(QString(), this, &AbroadPage::treatedSelected);
    menu->addSeparator();
    m_savePdf = menu->addAction(QString(), this, &AbroadPage::saveSelectedAsPdf);
    m_savePdf->setObjectName(QStringLiteral("saveApplicationPdfAction"));
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The lists are a starter list until someone checks them: say so above the applications.
    m_starterBanner->setWordWrap(true);
    m_starterBanner->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, m_starterBanner);

    m_proxy->setSourceModel(m_model);
    view()->setModel(m_proxy);
    view()->sortByColumn(AbroadApplicationModel::Number, Qt::DescendingOrder);
    // What the clerk acts on comes first; the long names of the lists are cut and shown whole as tooltips.
    view()->setColumnWidth(AbroadApplicationModel::Number, 46);
    view()->setColumnWidth(AbroadApplicationModel::Registered, 88);
    view()->setColumnWidth(AbroadApplicationModel::Patient, 210);
    view()->setColumnWidth(AbroadApplicationModel::Iin, 104);
    view()->setColumnWidth(AbroadApplicationModel::Status, 185);
    view()->setColumnWidth(AbroadApplicationModel::Decision, 200);
    view()->setColumnWidth(AbroadApplicationModel::Disease, 200);
    view()->setColumnWidth(AbroadApplicationModel::Category, 170);
    view()->setColumnWidth(AbroadApplicationModel::Diagnosis, 180);

    connect(this, &TablePage::filterChanged, m_proxy, &AlphabeticalSortProxy::setFilterText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        AbroadStatus status;
        const bool one = AbroadStatuses::fromCode(m_status->currentData().toString(), &status);
        m_model->setStatusFilter(one ? std::optional<AbroadStatus>(status) : std::nullopt);
    });
    connect(m_new, &QPushButton::clicked, this, &AbroadPage::newApplication);
    connect(m_submit, &QPushButton::clicked, this, &AbroadPage::submitSelected);
    connect(m_decide, &QPushButton::clicked, this, &AbroadPage::decideSelected);
    connect(m_print, &QPushButton::clicked, this, &AbroadPage::previewSelected);
    connect(m_lists, &QPushButton::clicked, this, &AbroadPage::editLists);
    connect(view(), &QAbstractItemView::activated, this, &AbroadPage::previewSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &AbroadPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AbroadPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AbroadPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AbroadPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AbroadPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AbroadPage::updateCount);
    retranslate();
}

qint64 AbroadPage::currentApplicationId() const
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->applicationAt(m_proxy->mapToSource(current).row()).id;
}

void AbroadPage::selectApplication(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AbroadApplicationModel::Patient));
    view()->setCurrentIndex(index);
    view()->scrollTo(index);
}

void AbroadPage::refresh()
{
    const qint64 current = currentApplicationId();
    fillStatusFilter();
    m_model->reload();
    selectApplication(current);
    updateActions();
}

void AbroadPage::refused(const QString& message)
{
    MessageBox::warning(this, tr("Application not changed"), message);
}

qint64 AbroadPage::newApplication()
{
    AbroadApplicationDialog dialog(m_workspace, m_names, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qint64 id = dialog.saved().id;
    refresh();
    selectApplication(id);
    emit statusMessage(tr("Application No. %1 registered.").arg(id));
    return id;
}

qint64 AbroadPage::submitSelected()
{
    const qint64 id = currentApplicationId();
    if (id == 0)
        return 0;
    try {
        m_workspace.abroad().transition(id, AbroadStatus::Submitted);
    } catch (const OperationError& e) {
        refused(e.message());
        return 0;
    }
    refresh();
    emit statusMessage(tr("Application No. %1 submitted to the commission.").arg(id));
    return id;
}

qint64 AbroadPage::decideSelected()
{
    const qint64 id = currentApplicationId();
    const std::optional<AbroadApplication> application = id > 0 ? m_workspace.abroad().find(id) : std::nullopt;
    if (!application)
        return 0;
    AbroadDecisionDialog dialog(m_workspace, *application, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    refresh();
    emit statusMessage(tr("The commission's decision on application No. %1 is recorded: %2.")
                           .arg(id)
                           .arg(AbroadStatuses::label(dialog.result().status)));
    return id;
}

qint64 AbroadPage::withdrawSelected()
{
    const qint64 id = currentApplicationId();
    if (id == 0)
        return 0;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Withdraw the application"), tr("Why is application No. %1 withdrawn? Say who asked and why.").arg(id),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return 0;
    try {
        m_workspace.abroad().transition(id, AbroadStatus::Withdrawn, reason);
    } catch (const OperationError& e) {
        refused(e.message());
        return 0;
    }
    refresh();
    return id;
}

qint64 AbroadPage::treatedSelected()
{
    const qint64 id = currentApplicationId();
    if (id == 0)
        return 0;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Treated abroad"),
                                               tr("The patient of application No. %1 has been treated abroad. Add a "
                                                  "note if there is one (for example the dates of treatment).")
                                                   .arg(id),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return 0;
    try {
        m_workspace.abroad().transition(id, AbroadStatus::Treated, note);
    } catch (const OperationError& e) {
        refused(e.message());
        return 0;
    }
    refresh();
    return id;
}

void AbroadPage::addDocumentToSelected()
{
    const qint64 id = currentApplicationId();
    if (id == 0)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("Add a document"),
        tr("Name of the document the patient handed in for application No. %1 (recorded as received today):").arg(id),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        m_workspace.abroad().addDocument(id, AbroadDocument{0, title, m_workspace.clock().today(), {}});
    } catch (const OperationError& e) {
        refused(e.message());
        return;
    }
    emit statusMessage(tr("Document added to application No. %1.").arg(id));
}

std::optional<DocumentPrinter::Job> AbroadPage::printJob() const
{
    const qint64 id = currentApplicationId();
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("abroad"); // its own paper: an application is not a list or a ticket
    job.request.title = tr("Print the application for treatment abroad No. %1").arg(id);
    job.fileName = QStringLiteral("application-abroad-%1.pdf").arg(id);
    Workspace& workspace = m_workspace;
    job.build = [&workspace, id](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        if (id == 0)
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("Choose an application in the list: it is what gets printed."));
        return AbroadApplicationPrintout::build(workspace, id, options.setup.language);
    };
    return job;
}

void AbroadPage::previewSelected()
{
    if (currentApplicationId() == 0)
        return;
    DocumentPrinter::run(this, *printJob(), DocumentPrinter::Output::Preview);
}

void AbroadPage::saveSelectedAsPdf()
{
    if (currentApplicationId() == 0)
        return;
    DocumentPrinter::run(this, *printJob(), DocumentPrinter::Output::Pdf);
}

void AbroadPage::editLists()
{
    EligibleListsDialog dialog(m_workspace, this);
    dialog.exec();
    refresh();
}

void AbroadPage::updateActions()
{
    const qint64 id = currentApplicationId();
    const std::optional<AbroadApplication> a = id > 0 ? m_workspace.abroad().find(id) : std::nullopt;
    m_submit->setEnabled(a && a->status == AbroadStatus::Draft);
    m_decide->setEnabled(a && a->status == AbroadStatus::Submitted);
    m_print->setEnabled(a.has_value());
    m_addDocument->setEnabled(a && !AbroadStatuses::isFinal(a->status));
    m_savePdf->setEnabled(a.has_value());
    m_withdraw->setEnabled(a && !AbroadStatuses::isFinal(a->status));
    m_treated->setEnabled(a && a->status == AbroadStatus::Approved);
}

void AbroadPage::fillStatusFilter()
{
    const QSignalBlocker blocker(m_status);
    const QVariant current = m_status->currentData();
    const QHash<QString, int> counts = m_workspace.abroad().countByStatus();
    int all = 0;
    for (int n : counts)
        all += n;
    m_status->clear();
    m_status->addItem(tr("All statuses (%1)").arg(all), QString());
    for (AbroadStatus s : AbroadStatuses::all())
        m_status->addItem(
            QStringLiteral("%1 (%2)").arg(AbroadStatuses::label(s)).arg(counts.value(AbroadStatuses::code(s))),
            AbroadStatuses::code(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
}

void AbroadPage::updateCount()
{
    const QHash<QString, int> counts = m_workspace.abroad().countByStatus();
    QStringList parts;
    for (AbroadStatus s : AbroadStatuses::all()) {
        if (const int n = counts.value(AbroadStatuses::code(s)); n > 0)
            parts << QStringLiteral("%1: %2").arg(AbroadStatuses::label(s)).arg(n);
    }
    countLabel()->setText(tr("Applications shown: %1. By status: %2.")
                              .arg(m_proxy->rowCount())
                              .arg(parts.isEmpty() ? tr("none yet") : parts.join(QStringLiteral(", "))));
    int starter = 0;
    for (EligibleList list : {EligibleList::Diseases, EligibleList::Categories}) {
        for (const EligibleEntry& e : m_workspace.abroad().list(list, true))
            starter += e.starter ? 1 : 0;
    }
    m_starterBanner->setVisible(starter > 0);
    m_starterBanner->setText(tr("The lists of eligible diseases and categories are still partly the starter list "
                                "shipped with Joldama, not the Ministry of Health's official list: %1 entries are not "
                                "checked yet. Open Eligible lists… to check them.")
                                 .arg(starter));
}

void AbroadPage::retranslate()
{
    titleLabel()->setText(tr("Treatment abroad"));
    filterEdit()->setPlaceholderText(tr("Filter by patient, IIN, diagnosis or country"));
    m_new->setText(tr("&New application…"));
    m_submit->setText(tr("&Submit to the commission"));
    m_decide->setText(tr("&Decide…"));
    m_decide->setToolTip(tr("Record the commission's decision: approved or rejected, its date and protocol number."));
    m_print->setText(tr("&Print…"));
    m_more->setText(tr("&More"));
    m_addDocument->setText(tr("Add a &document…"));
    m_savePdf->setText(tr("Save as &PDF…"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_treated->setText(tr("Mark as &treated…"));
    m_lists->setText(tr("Eligible &lists…"));
    m_lists->setToolTip(tr("The diseases and the categories of citizens for which patients are sent for treatment "
                           "abroad."));
    fillStatusFilter();
    updateCount();
    updateActions();
}

void AbroadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString AbroadPage::sectionTitle() const
{
    return tr("Treatment abroad");
}

QIcon AbroadPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/abroad.svg"));
}

QAbstractItemView* AbroadPage::mainTable() const
{
    return view();
}
