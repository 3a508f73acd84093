#include "abroad/EligibleListsDialog.h"

#include "EligibleListModel.h"
#include "services/Workspace.h"
#include "widgets/EditOnRequest.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

EligibleListsDialog::EligibleListsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("eligibleListsDialog"));
    setWindowTitle(tr("Eligible diseases and categories for treatment abroad"));
    resize(1100, 640);
    m_tabs->addTab(makeTab(EligibleList::Diseases), tr("&Diseases"));
    m_tabs->addTab(makeTab(EligibleList::Categories), tr("&Categories of citizens"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

EligibleListModel* EligibleListsDialog::model(EligibleList list) const
{
    return m_models[int(list)];
}

QTableView* EligibleListsDialog::view(EligibleList list) const
{
    return m_views[int(list)];
}

QWidget* EligibleListsDialog::makeTab(EligibleList list)
{
    auto* tab = new QWidget(this);
    auto* model = new EligibleListModel(m_workspace.abroad(), list, this);
    auto* table = new QTableView(tab);
    const QString prefix = list == EligibleList::Diseases ? QStringLiteral("diseases") : QStringLiteral("categories");
    tab->setObjectName(prefix + QStringLiteral("Tab"));
    table->setObjectName(prefix + QStringLiteral("View"));
    m_models[int(list)] = model;
    m_views[int(list)] = table;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true); // the names are checked word by word against the order: show them whole
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    EditOnRequest::install(table);
    table->setColumnWidth(EligibleListModel::Code, 150);
    table->setColumnWidth(EligibleListModel::Checked, 160);
    table->setColumnWidth(EligibleListModel::InUse, 120);
    for (int column : {EligibleListModel::NameKk, EligibleListModel::NameRu, EligibleListModel::NameEn})
        table->setColumnWidth(column, list == EligibleList::Diseases ? 190 : 220);
    if (list == EligibleList::Categories)
        table->hideColumn(EligibleListModel::Icd10);
    auto fitRows = [table] { table->resizeRowsToContents(); };
    connect(model, &QAbstractItemModel::dataChanged, table, fitRows);
    connect(model, &QAbstractItemModel::rowsInserted, table, fitRows);
    connect(model, &QAbstractItemModel::modelReset, table, fitRows);
    fitRows();

    auto* banner = new QLabel(tab);
    banner->setObjectName(prefix + QStringLiteral("Banner"));
    banner->setWordWrap(true);
    auto updateBanner = [banner, model] {
        const int starter = model->starterCount();
        banner->setStyleSheet(starter > 0 ? QStringLiteral("color: #8a5a00;") : QString());
        banner->setText(
            starter > 0
                ? tr("%1 of %2 entries come from the starter list shipped with Joldama, which is not the official "
                     "list. "
                     "Check each against the Ministry of Health's current order: correct it in place, take it off "
                     "the list if it does not belong, or mark it as checked.")
                      .arg(starter)
                      .arg(model->rowCount())
                : tr("Every entry has been checked. Keep the list in step with the Ministry of Health's current "
                     "order."));
    };
    updateBanner();
    connect(model, &QAbstractItemModel::dataChanged, banner, updateBanner);
    connect(model, &QAbstractItemModel::rowsInserted, banner, updateBanner);
    connect(model, &EligibleListModel::editRejected, this, [this](const QString& message) {
        if (!m_adding) // the form of a new entry shows its problem itself
            MessageBox::warning(this, tr("Entry not saved"), message);
    });

    auto* add = new QPushButton(tr("&Add an entry…"), tab);
    add->setObjectName(prefix + QStringLiteral("AddButton"));
    auto* confirm = new QPushButton(tr("&Mark as checked"), tab);
    confirm->setObjectName(prefix + QStringLiteral("ConfirmButton"));
    confirm->setToolTip(tr("The selected entry matches the Ministry of Health's current order as it stands."));
    connect(add, &QPushButton::clicked, this, [this, list] { addEntry(list); });
    connect(confirm, &QPushButton::clicked, this, [table, model] {
        if (table->currentIndex().isValid())
            model->confirm(table->currentIndex().row());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(confirm);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(banner);
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    return tab;
}

void EligibleListsDialog::addEntry(EligibleList list)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addEligibleEntryDialog"));
    dialog.setWindowTitle(list == EligibleList::Diseases ? tr("Add an eligible disease")
                                                         : tr("Add an eligible category of citizens"));
    dialog.setMinimumWidth(620);
    auto* code = new QLineEdit(&dialog);
    auto* nameKk = new QLineEdit(&dialog);
    auto* nameRu = new QLineEdit(&dialog);
    auto* nameEn = new QLineEdit(&dialog);
    auto* icd10 = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("entryCode"));
    nameKk->setObjectName(QStringLiteral("entryNameKk"));
    nameRu->setObjectName(QStringLiteral("entryNameRu"));
    nameEn->setObjectName(QStringLiteral("entryNameEn"));
    icd10->setObjectName(QStringLiteral("entryIcd10"));
    code->setPlaceholderText(tr("Small Latin letters, digits and underscores, e.g. retinoblastoma"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("Name in &Kazakh:"), nameKk);
    form->addRow(tr("Name in &Russian:"), nameRu);
    form->addRow(tr("Name in &English:"), nameEn);
    if (list == EligibleList::Diseases)
        form->addRow(tr("&ICD-10 codes:"), icd10);
    else
        icd10->hide();
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    EligibleListModel* target = model(list);
    QString rejection;
    const QMetaObject::Connection capture =
        connect(target, &EligibleListModel::editRejected, &dialog, [&rejection](const QString& m) { rejection = m; });
    while (dialog.exec() == QDialog::Accepted) {
        EligibleEntry entry;
        entry.code = code->text();
        entry.nameKk = nameKk->text();
        entry.nameRu = nameRu->text();
        entry.nameEn = nameEn->text();
        entry.icd10 = icd10->text();
        rejection.clear();
        m_adding = true;
        const int row = target->addEntry(entry);
        m_adding = false;
        if (row >= 0) {
            view(list)->setCurrentIndex(target->index(row, EligibleListModel::NameKk));
            break;
        }
        problem->setText(rejection);
        problem->show();
    }
    disconnect(capture);
}
