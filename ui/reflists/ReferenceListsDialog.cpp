#include "reflists/ReferenceListsDialog.h"

#include "services/ReferenceDataService.h"
#include "services/Workspace.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/EditOnRequest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString prefixOf(ReferenceListModel::List list)
{
    switch (list) {
    case ReferenceListModel::List::Documents:
        return QStringLiteral("documents");
    case ReferenceListModel::List::RefusalReasons:
        return QStringLiteral("reasons");
    case ReferenceListModel::List::BedProfiles:
        break;
    }
    return QStringLiteral("profiles");
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a02020;"));
    label->hide();
    return label;
}
} // namespace

ReferenceListsDialog::ReferenceListsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("referenceListsDialog"));
    setWindowTitle(tr("Reference lists"));
    resize(1240, 640);
    m_tabs->addTab(makeTab(List::Documents), tr("&Document checklist"));
    m_tabs->addTab(makeTab(List::RefusalReasons), tr("&Refusal reasons"));
    m_tabs->addTab(makeTab(List::BedProfiles), tr("Bed &profiles"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget* ReferenceListsDialog::makeTab(List list)
{
    const QString prefix = prefixOf(list);
    auto* tab = new QWidget(this);
    tab->setObjectName(prefix + QStringLiteral("Tab"));
    auto* model = new ReferenceListModel(m_workspace.referenceData(), list, this);
    auto* table = new QTableView(tab);
    table->setObjectName(prefix + QStringLiteral("View"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // A clerk edits by keyboard: F2, Enter or a double-click opens a cell, Enter saves it.
    EditOnRequest::install(table);
    table->setItemDelegate(new ChoiceDelegate(table));
    using Field = ReferenceListModel::Field;
    // Widths that show every column of each list whole in the dialog's width, in all three languages.
    const int codeWidth = list == List::Documents ? 130 : list == List::RefusalReasons ? 160 : 80;
    const int nameWidth = list == List::Documents ? 215 : list == List::RefusalReasons ? 280 : 195;
    table->setColumnWidth(model->column(Field::Code), codeWidth);
    for (Field name : {Field::NameKk, Field::NameRu, Field::NameEn})
        table->setColumnWidth(model->column(name), nameWidth);
    const std::pair<Field, int> others[] = {
        {Field::ValidityDays, 160}, {Field::Required, 110}, {Field::AgeGroup, 170}, {Field::CareForm, 210}};
    for (const auto& [other, width] : others) {
        if (model->column(other) >= 0)
            table->setColumnWidth(model->column(other), width);
    }
    auto fitRows = [table] { table->resizeRowsToContents(); };
    connect(model, &QAbstractItemModel::dataChanged, table, fitRows);
    connect(model, &QAbstractItemModel::rowsInserted, table, fitRows);
    fitRows();

    auto* intro = new QLabel(tab);
    intro->setWordWrap(true);
    switch (list) {
    case List::Documents:
        intro->setText(tr("The documents a patient brings to the hospital. Validity counts days from the date of "
                          "issue; 0 means the document does not expire. A retired document is asked of nobody, and "
                          "referrals that recorded it still show it."));
        break;
    case List::RefusalReasons:
        intro->setText(tr("The reasons a hospital may give for refusing a planned patient. A retired reason is no "
                          "longer offered for new refusals; the refusals that gave it keep it."));
        break;
    case List::BedProfiles:
        intro->setText(tr("The bed profiles patients wait for. A retired profile is no longer offered for new "
                          "referrals; the referrals already waiting for it stay in their queues."));
        break;
    }

    Tab& parts = m_tabsOf[int(list)];
    parts.model = model;
    parts.view = table;
    parts.problem = problemLabel(tab);
    parts.problem->setObjectName(prefix + QStringLiteral("Problem"));
    connect(model, &ReferenceListModel::editRejected, this, [this, list](const QString& message) {
        if (m_adding) // the form of a new entry shows its problem itself
            return;
        QLabel* label = problem(list);
        label->setText(message);
        label->show();
    });
    connect(model, &ReferenceListModel::entrySaved, this, [this, list] {
        m_changed = true;
        problem(list)->hide();
        updateRetireButton(list);
    });

    auto* add = new QPushButton(tr("&Add…"), tab);
    add->setObjectName(prefix + QStringLiteral("AddButton"));
    parts.retire = new QPushButton(tab);
    parts.retire->setObjectName(prefix + QStringLiteral("RetireButton"));
    // Enter belongs to the table (it saves an edited cell), never to these buttons.
    add->setAutoDefault(false);
    parts.retire->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this, list] { addEntry(list); });
    connect(parts.retire, &QPushButton::clicked, this, [this, list] { toggleSelected(list); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, list] { updateRetireButton(list); });
    updateRetireButton(list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(parts.retire);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(parts.problem);
    layout->addWidget(table, 1);
    return tab;
}

void ReferenceListsDialog::updateRetireButton(List list)
{
    const Tab& parts = m_tabsOf[int(list)];
    const QModelIndex current = parts.view->currentIndex();
    const bool retired = current.isValid() && !parts.model->isActive(current.row());
    parts.retire->setEnabled(current.isValid());
    parts.retire->setText(retired ? tr("Re&store") : tr("Re&tire"));
    parts.retire->setToolTip(retired ? tr("Put the selected entry back in use.")
                                     : tr("Stop offering the selected entry for new records. Records that have it "
                                          "keep it."));
}

void ReferenceListsDialog::toggleSelected(List list)
{
    const Tab& parts = m_tabsOf[int(list)];
    const QModelIndex current = parts.view->currentIndex();
    if (!current.isValid())
        return;
    parts.model->setActive(current.row(), !parts.model->isActive(current.row()));
    parts.view->setFocus();
}

void ReferenceListsDialog::addEntry(List list)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addReferenceEntryDialog"));
    switch (list) {
    case List::Documents:
        dialog.setWindowTitle(tr("Add a document to the checklist"));
        break;
    case List::RefusalReasons:
        dialog.setWindowTitle(tr("Add a refusal reason"));
        break;
    case List::BedProfiles:
        dialog.setWindowTitle(tr("Add a bed profile"));
        break;
    }
    dialog.setMinimumWidth(640);
    auto* code = new QLineEdit(&dialog);
    auto* nameKk = new QLineEdit(&dialog);
    auto* nameRu = new QLineEdit(&dialog);
    auto* nameEn = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("entryCode"));
    nameKk->setObjectName(QStringLiteral("entryNameKk"));
    nameRu->setObjectName(QStringLiteral("entryNameRu"));
    nameEn->setObjectName(QStringLiteral("entryNameEn"));
    code->setPlaceholderText(list == List::BedProfiles
                                 ? tr("2 or 3 capital Latin letters or digits, as in referral codes, e.g. CAR")
                                 : tr("Small Latin letters, digits and underscores, e.g. blood_count"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("Name in &Kazakh:"), nameKk);
    form->addRow(tr("Name in &Russian:"), nameRu);
    form->addRow(tr("Name in &English:"), nameEn);
    auto* validity = new QSpinBox(&dialog);
    auto* required = new QCheckBox(tr("Re&quired for hospitalization"), &dialog);
    auto* ageGroup = new QComboBox(&dialog);
    auto* careForm = new QComboBox(&dialog);
    validity->setObjectName(QStringLiteral("entryValidity"));
    required->setObjectName(QStringLiteral("entryRequired"));
    ageGroup->setObjectName(QStringLiteral("entryAgeGroup"));
    careForm->setObjectName(QStringLiteral("entryCareForm"));
    if (list == List::Documents) {
        validity->setRange(0, ReferenceDataService::maxValidityDays);
        validity->setSpecialValueText(tr("does not expire"));
        validity->setSuffix(tr(" days"));
        required->setChecked(true);
        form->addRow(tr("&Valid for:"), validity);
        form->addRow(QString(), required);
    } else {
        validity->hide();
        required->hide();
    }
    if (list == List::BedProfiles) {
        for (auto group : {BedProfile::AgeGroup::Adult, BedProfile::AgeGroup::Child, BedProfile::AgeGroup::Any})
            ageGroup->addItem(ReferenceListModel::ageGroupLabel(group), int(group));
        for (auto care : {BedProfile::CareForm::RoundTheClock, BedProfile::CareForm::Day})
            careForm->addItem(ReferenceListModel::careFormLabel(care), int(care));
        form->addRow(tr("&Patients:"), ageGroup);
        form->addRow(tr("&Form of care:"), careForm);
    } else {
        ageGroup->hide();
        careForm->hide();
    }
    QLabel* problemText = problemLabel(&dialog);
    problemText->setObjectName(QStringLiteral("entryProblem"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problemText);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    ReferenceListModel* target = model(list);
    QString rejection;
    const QMetaObject::Connection capture =
        connect(target, &ReferenceListModel::editRejected, &dialog, [&rejection](const QString& m) { rejection = m; });
    while (dialog.exec() == QDialog::Accepted) {
        rejection.clear();
        m_adding = true;
        int row = -1;
        switch (list) {
        case List::Documents:
            row = target->addDocumentType(DocumentType{code->text(), nameKk->text(), nameRu->text(), nameEn->text(),
                                                       validity->value(), required->isChecked(), true});
            break;
        case List::RefusalReasons:
            row = target->addRefusalReason(
                RefusalReason{code->text(), nameKk->text(), nameRu->text(), nameEn->text(), true});
            break;
        case List::BedProfiles:
            row = target->addProfile(BedProfile{code->text(), nameKk->text(), nameRu->text(), nameEn->text(),
                                                BedProfile::AgeGroup(ageGroup->currentData().toInt()),
                                                BedProfile::CareForm(careForm->currentData().toInt()), true});
            break;
        }
        m_adding = false;
        if (row >= 0) {
            view(list)->setCurrentIndex(target->index(row, target->column(ReferenceListModel::Field::NameKk)));
            break;
        }
        problemText->setText(rejection);
        problemText->show();
    }
    disconnect(capture);
}
