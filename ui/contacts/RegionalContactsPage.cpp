#include "contacts/RegionalContactsPage.h"

#include "AlphabeticalSortProxy.h"
#include "ReferenceNames.h"
#include "RegionalContactModel.h"
#include "contacts/AddContactDialog.h"
#include "contacts/ContactEditDelegate.h"
#include "documents/ContactsPrintout.h"
#include "documents/PrintLanguage.h"
#include "documents/TableDocument.h"
#include "printing/OnScreenList.h"
#include "services/Workspace.h"
#include "widgets/EditOnRequest.h"
#include "widgets/MessageBox.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

RegionalContactsPage::RegionalContactsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : TablePage(QStringLiteral("contacts"), parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_model(new RegionalContactModel(workspace.contacts(), names, this))
    , m_proxy(new AlphabeticalSortProxy(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_add->setObjectName(QStringLiteral("addContactButton"));
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    addActionWidget(m_add);
    addActionWidget(m_remove);

    m_proxy->setSourceModel(m_model);
    view()->setModel(m_proxy);
    view()->setItemDelegate(new ContactEditDelegate(names, this));
    EditOnRequest::install(view());
    view()->sortByColumn(RegionalContactModel::Region, Qt::AscendingOrder);
    view()->setColumnWidth(RegionalContactModel::Region, 280);
    view()->setColumnWidth(RegionalContactModel::AreaCode, 110);
    view()->setColumnWidth(RegionalContactModel::Phone, 200);
    view()->setColumnWidth(RegionalContactModel::Note, 260);

    connect(this, &TablePage::filterChanged, m_proxy, &AlphabeticalSortProxy::setFilterText);
    connect(m_add, &QPushButton::clicked, this, &RegionalContactsPage::addContact);
    connect(m_remove, &QPushButton::clicked, this, &RegionalContactsPage::removeSelected);
    connect(m_model, &RegionalContactModel::editRejected, this, [this](const QString& message) {
        m_lastRejection = message;
        if (!m_inAddDialog && isVisible())
            MessageBox::warning(this, tr("Contact not saved"), message);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegionalContactsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegionalContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegionalContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegionalContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RegionalContactsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RegionalContactsPage::updateCount);
    retranslate();
    updateActions();
}

void RegionalContactsPage::addContact()
{
    AddContactDialog dialog(m_names, this);
    dialog.setObjectName(QStringLiteral("addContactDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        m_lastRejection.clear();
        m_inAddDialog = true; // the dialog shows the problem itself
        const int row = m_model->addContact(dialog.regionCode(), dialog.areaCode(), dialog.phone(), dialog.note());
        m_inAddDialog = false;
        if (row >= 0) {
            const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, RegionalContactModel::Phone));
            view()->setCurrentIndex(proxyIndex);
            view()->scrollTo(proxyIndex);
            return;
        }
        dialog.showProblem(m_lastRejection);
    }
}

void RegionalContactsPage::removeSelected()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    const RegionalContact& contact = m_model->contactAt(row);
    const QString text = tr("Remove the contact of %1 (%2 %3)? It stays in the database's history but is no longer "
                            "shown or printed.")
                             .arg(m_names.regionName(contact.regionCode), contact.areaCode, contact.phone);
    if (MessageBox::question(this, tr("Remove contact"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    m_model->removeContact(row);
}

void RegionalContactsPage::updateActions()
{
    m_remove->setEnabled(view()->currentIndex().isValid() && view()->selectionModel()->hasSelection());
}

void RegionalContactsPage::updateCount()
{
    int missing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        missing += m_model->contactAt(row).hasPhone() ? 0 : 1;
    countLabel()->setText(
        tr("%n contact(s)", nullptr, m_proxy->rowCount()) +
        (missing > 0 ? QStringLiteral("; ") + tr("%n without a published number", nullptr, missing) : QString()));
}

void RegionalContactsPage::retranslate()
{
    titleLabel()->setText(tr("Regional bureau contacts"));
    filterEdit()->setPlaceholderText(tr("Filter by region or number"));
    m_add->setText(tr("&Add contact…"));
    m_remove->setText(tr("&Remove"));
    updateCount();
}

void RegionalContactsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    TablePage::changeEvent(event);
}

QString RegionalContactsPage::sectionTitle() const
{
    return tr("Regional contacts");
}

QIcon RegionalContactsPage::sectionIcon() const
{
    return QIcon(QStringLiteral(":/icons/contacts.svg"));
}

QAbstractItemView* RegionalContactsPage::mainTable() const
{
    return view();
}

void RegionalContactsPage::refresh()
{
    m_model->reload();
}

std::optional<DocumentPrinter::Job> RegionalContactsPage::printJob() const
{
    DocumentPrinter::Job job =
        OnScreenList::job(tr("Print the regional bureaus' telephones"), QStringLiteral("regional-contacts.pdf"));
    job.request.kind = QStringLiteral("contacts");
    job.request.orientation = QPageLayout::Portrait;
    job.build = [this](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        const PrintLanguage language(options.setup.language);
        QList<RegionalContact> contacts;
        for (int row : OnScreenList::sourceRows(view()))
            contacts << m_model->contactAt(row);
        return ContactsPrintout::build(m_workspace, contacts, OnScreenList::filterText(language, filterEdit()),
                                       options.setup.language);
    };
    return job;
}
