#include "abroad/AbroadApplicationDialog.h"

#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/IcdCode.h"
#include "domain/OperationError.h"
#include "services/AbroadService.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/Workspace.h"
#include "widgets/ScannedInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

AbroadApplicationDialog::AbroadApplicationDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_patient(new QLineEdit(this))
    , m_patientValue(new QLabel(this))
    , m_diagnosis(new QLineEdit(this))
    , m_diagnosisValue(new QLabel(this))
    , m_disease(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_clinic(new QLineEdit(this))
    , m_documents(new QPlainTextEdit(this))
    , m_notes(new QLineEdit(this))
    , m_submit(new QCheckBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("abroadApplicationDialog"));
    setWindowTitle(tr("New application for treatment abroad"));
    setMinimumWidth(820);
    m_patient->setObjectName(QStringLiteral("abroadPatientEdit"));
    ScannedInput::digits(m_patient);
    m_patientValue->setObjectName(QStringLiteral("abroadPatientValue"));
    m_diagnosis->setObjectName(QStringLiteral("abroadDiagnosisEdit"));
    m_diagnosisValue->setObjectName(QStringLiteral("abroadDiagnosisValue"));
    m_disease->setObjectName(QStringLiteral("abroadDiseaseCombo"));
    m_category->setObjectName(QStringLiteral("abroadCategoryCombo"));
    m_country->setObjectName(QStringLiteral("abroadCountryEdit"));
    m_clinic->setObjectName(QStringLiteral("abroadClinicEdit"));
    m_documents->setObjectName(QStringLiteral("abroadDocumentsEdit"));
    m_notes->setObjectName(QStringLiteral("abroadNotesEdit"));
    m_submit->setObjectName(QStringLiteral("abroadSubmitCheck"));
    m_problem->setObjectName(QStringLiteral("abroadProblem"));

    m_patient->setPlaceholderText(tr("IIN, 12 digits"));
    m_diagnosis->setPlaceholderText(tr("ICD-10 code or name"));
    for (QLabel* value : {m_patientValue, m_diagnosisValue}) {
        value->setWordWrap(true);
        value->setStyleSheet(QStringLiteral("color: palette(dark);"));
    }
    m_documents->setPlaceholderText(tr("One document a line, e.g. \"Extract from the medical record\". Each is "
                                       "recorded as received today."));
    m_documents->setTabChangesFocus(true);
    m_documents->setFixedHeight(m_documents->fontMetrics().lineSpacing() * 5 + 12);
    m_submit->setText(tr("&Submit to the commission now (needs at least one document)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->hide();

    // The dictionary is small enough to complete in memory, by code or by any part of the name.
    QStringList diagnoses;
    for (const IcdEntry& e : workspace.diagnoses().all())
        diagnoses << e.code + QStringLiteral(" — ") + e.nameRu;
    auto* completer = new QCompleter(new QStringListModel(diagnoses, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_diagnosis->setCompleter(completer);

    bool starter = false;
    auto fill = [&](QComboBox* combo, EligibleList list) {
        combo->addItem(QString(), QString());
        for (const EligibleEntry& e : workspace.abroad().list(list, true)) {
            starter = starter || e.starter;
            combo->addItem(e.name(names.language()), e.code);
            combo->setItemData(combo->count() - 1, e.name(names.language()), Qt::ToolTipRole);
            combo->setItemData(combo->count() - 1, e.icd10, Qt::UserRole + 1);
        }
        combo->setMinimumContentsLength(50);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    };
    fill(m_disease, EligibleList::Diseases);
    fill(m_category, EligibleList::Categories);

    auto* layout = new QVBoxLayout(this);
    if (starter) {
        auto* banner = new QLabel(tr("The lists of diseases and categories include entries from the starter list "
                                     "shipped with Joldama, not yet checked against the Ministry of Health's current "
                                     "order. Check them with Eligible lists… on the Treatment abroad page."),
                                  this);
        banner->setObjectName(QStringLiteral("abroadStarterBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        layout->addWidget(banner);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Patient:"), m_patient);
    form->addRow(QString(), m_patientValue);
    form->addRow(tr("&Diagnosis:"), m_diagnosis);
    form->addRow(QString(), m_diagnosisValue);
    form->addRow(tr("Disease from the &list:"), m_disease);
    auto* diseaseHint = new QLabel(this);
    diseaseHint->setObjectName(QStringLiteral("abroadDiseaseHint"));
    diseaseHint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    diseaseHint->setWordWrap(true);
    form->addRow(QString(), diseaseHint);
    // The ICD-10 codes the disease covers, and the whole name, which the field may cut.
    connect(m_disease, &QComboBox::currentIndexChanged, diseaseHint, [this, diseaseHint] {
        const QString codes = m_disease->currentData(Qt::UserRole + 1).toString();
        diseaseHint->setText(
            m_disease->currentData().toString().isEmpty()
                ? QString()
                : tr("ICD-10: %1. %2").arg(codes.isEmpty() ? QStringLiteral("—") : codes, m_disease->currentText()));
    });
    form->addRow(tr("&Category of citizens:"), m_category);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("Cli&nic:"), m_clinic);
    form->addRow(tr("Documents &handed in:"), m_documents);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(QString(), m_submit);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);

    connect(m_patient, &QLineEdit::textChanged, this, &AbroadApplicationDialog::resolvePatient);
    connect(m_diagnosis, &QLineEdit::textChanged, this, &AbroadApplicationDialog::resolveDiagnosis);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_diagnosis->setText(text);
        resolveDiagnosis();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AbroadApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_patient->setFocus();
}

void AbroadApplicationDialog::resolvePatient()
{
    const QString iin = m_patient->text().remove(QLatin1Char(' '));
    if (iin.size() != 12) {
        m_patientValue->clear();
        return;
    }
    const std::optional<Patient> patient = m_workspace.patients().findByIin(iin);
    m_patientValue->setText(
        patient ? QStringLiteral("%1, %2").arg(patient->fullName(), DisplayFormat::date(patient->birthDate))
                : tr("No registered patient has this IIN. Register the patient first."));
}

void AbroadApplicationDialog::resolveDiagnosis()
{
    const QString code = IcdCode::normalize(m_diagnosis->text().section(QStringLiteral(" — "), 0, 0));
    const std::optional<IcdEntry> entry = m_workspace.diagnoses().find(code);
    m_diagnosisValue->setText(entry ? entry->nameRu : QString());
}

void AbroadApplicationDialog::showProblem(const QString& message, const QString& field)
{
    m_problem->setText(message);
    m_problem->show();
    const QHash<QString, QWidget*> fields{{QStringLiteral("iin"), m_patient},
                                          {QStringLiteral("diagnosis"), m_diagnosis},
                                          {QStringLiteral("disease"), m_disease},
                                          {QStringLiteral("category"), m_category},
                                          {QStringLiteral("document"), m_documents}};
    for (QWidget* w : fields)
        w->setStyleSheet(QString());
    if (QWidget* w = fields.value(field)) {
        w->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
        w->setFocus();
    }
}

void AbroadApplicationDialog::accept()
{
    AbroadService::Application in;
    in.iin = m_patient->text().remove(QLatin1Char(' '));
    in.diagnosisCode = m_diagnosis->text().section(QStringLiteral(" — "), 0, 0);
    in.diseaseCode = m_disease->currentData().toString();
    in.categoryCode = m_category->currentData().toString();
    in.country = m_country->text();
    in.clinic = m_clinic->text();
    in.notes = m_notes->text();
    in.submit = m_submit->isChecked();
    const QDate today = m_workspace.clock().today();
    for (const QString& line : m_documents->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            in.documents << AbroadDocument{0, line.trimmed(), today, {}};
    }
    try {
        m_saved = m_workspace.abroad().add(in);
    } catch (const OperationError& e) {
        showProblem(e.message(), e.field());
        return;
    }
    QDialog::accept();
}
