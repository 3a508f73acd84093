#include "patients/PatientDialog.h"

#include "ReferenceNames.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/Iin.h"
#include "domain/OperationError.h"
#include "services/PatientService.h"
#include "ui_PatientDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ScannedInput.h"
#include "widgets/WriteLockWait.h"

#include <QComboBox>
#include <QPushButton>
#include <QRegularExpressionValidator>

PatientDialog::PatientDialog(PatientService& service, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PatientDialog>())
    , m_service(service)
    , m_names(names)
{
    m_ui->setupUi(this);
    ScannedInput::digits(m_ui->iinEdit);
    // Hospital, diagnosis and funding names run to sixty letters: sized by them, the form would be wider
    // than a laptop's screen in Russian. The fields take what the form gives; the open list shows all.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    setObjectName(QStringLiteral("patientDialog"));
    m_problemLabels = {{QStringLiteral("iin"), m_ui->iinProblem},
                       {QStringLiteral("last_name"), m_ui->lastNameProblem},
                       {QStringLiteral("first_name"), m_ui->firstNameProblem},
                       {QStringLiteral("middle_name"), m_ui->middleNameProblem},
                       {QStringLiteral("phone"), m_ui->phoneProblem},
                       {QStringLiteral("region_code"), m_ui->regionProblem},
                       {QStringLiteral("benefit"), m_ui->benefitProblem}};
    m_fields = {{QStringLiteral("iin"), m_ui->iinEdit},
                {QStringLiteral("last_name"), m_ui->lastNameEdit},
                {QStringLiteral("first_name"), m_ui->firstNameEdit},
                {QStringLiteral("middle_name"), m_ui->middleNameEdit},
                {QStringLiteral("phone"), m_ui->phoneEdit},
                {QStringLiteral("region_code"), m_ui->regionCombo},
                {QStringLiteral("benefit"), m_ui->benefitCombo}};
    m_ui->iinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,14}")), this));
    QFont derived = m_ui->derivedValue->font();
    derived.setBold(true);
    m_ui->derivedValue->setFont(derived);
    connect(m_ui->iinEdit, &QLineEdit::textChanged, this, &PatientDialog::updateDerived);
    for (QLineEdit* edit :
         {m_ui->iinEdit, m_ui->lastNameEdit, m_ui->firstNameEdit, m_ui->middleNameEdit, m_ui->phoneEdit})
        connect(edit, &QLineEdit::textChanged, this, &PatientDialog::recheck);
    for (QComboBox* combo : {m_ui->regionCombo, m_ui->benefitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PatientDialog::recheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    clearProblems();
    updateDerived();
}

PatientDialog::~PatientDialog()
{
    // The fields outlive m_ui by a moment: a field that loses the focus as the form goes (a form closed while
    // the clerk was typing) would call back into the form after m_ui is gone.
    for (QWidget* field : findChildren<QWidget*>())
        QObject::disconnect(field, nullptr, this, nullptr);
}

void PatientDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(m_editing.id > 0 ? tr("Patient %1").arg(m_editing.fullName()) : tr("Register a patient"));
    const QString region = m_ui->regionCombo->currentData().toString();
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItem(tr("— not given —"), QString());
    for (const QString& code : m_names.regionCodes())
        m_ui->regionCombo->addItem(m_names.regionName(code), code);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(region)));
    const QString benefit = m_ui->benefitCombo->currentData().toString();
    m_ui->benefitCombo->clear();
    m_ui->benefitCombo->addItem(PatientRules::benefitLabel({}), QString());
    for (const QString& code : PatientRules::benefitCodes())
        m_ui->benefitCombo->addItem(PatientRules::benefitLabel(code), code);
    m_ui->benefitCombo->setCurrentIndex(std::max(0, m_ui->benefitCombo->findData(benefit)));
    updateDerived();
}

void PatientDialog::edit(const Patient& patient)
{
    m_editing = patient;
    m_ui->iinEdit->setText(patient.iin);
    m_ui->iinEdit->setReadOnly(true);
    m_ui->lastNameEdit->setText(patient.lastName);
    m_ui->firstNameEdit->setText(patient.firstName);
    m_ui->middleNameEdit->setText(patient.middleName);
    m_ui->phoneEdit->setText(patient.phone);
    m_ui->addressEdit->setText(patient.address);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(patient.regionCode)));
    m_ui->clinicEdit->setText(patient.clinic);
    m_ui->insuredCheck->setChecked(patient.insured);
    m_ui->benefitCombo->setCurrentIndex(std::max(0, m_ui->benefitCombo->findData(patient.benefit)));
    setWindowTitle(tr("Patient %1").arg(patient.fullName()));
    clearProblems();
    m_ui->lastNameEdit->setFocus();
}

void PatientDialog::updateDerived()
{
    const QString text = m_ui->iinEdit->text();
    const Iin iin = Iin::parse(text);
    if (iin.isValid()) {
        m_ui->derivedValue->setText(QStringLiteral("%1, %2").arg(DisplayFormat::date(iin.birthDate()),
                                                                 CareTerms::sexLabel(Iin::sexCode(iin.sex()))));
        m_ui->iinProblem->hide();
    } else {
        m_ui->derivedValue->setText(QStringLiteral("—"));
        // Say what is wrong once all twelve digits are there; while typing, stay quiet.
        if (iin.digits().size() >= 12) {
            m_ui->iinProblem->setText(iin.problemText());
            m_ui->iinProblem->show();
            fitHeight();
        } else if (!m_problemsShown) {
            m_ui->iinProblem->hide();
        }
    }
}

void PatientDialog::setDatabaseLocation(const DatabaseLocation& location)
{
    m_location = location;
}

void PatientDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void PatientDialog::recheck()
{
    if (m_problemsShown) {
        Patient patient = fromForm();
        showProblems(m_service.validate(patient), false);
    }
}

Patient PatientDialog::fromForm() const
{
    Patient p = m_editing;
    p.iin = m_ui->iinEdit->text();
    p.lastName = m_ui->lastNameEdit->text();
    p.firstName = m_ui->firstNameEdit->text();
    p.middleName = m_ui->middleNameEdit->text();
    p.phone = m_ui->phoneEdit->text();
    p.address = m_ui->addressEdit->text();
    p.regionCode = m_ui->regionCombo->currentData().toString();
    p.clinic = m_ui->clinicEdit->text();
    p.insured = m_ui->insuredCheck->isChecked();
    p.benefit = m_ui->benefitCombo->currentData().toString();
    return p;
}

void PatientDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_problemLabels))
        label->hide();
    for (QWidget* field : std::as_const(m_fields))
        field->setStyleSheet(QString());
    m_ui->formProblem->hide();
    m_problemsShown = false;
}

void PatientDialog::showProblems(const QList<PatientRules::Problem>& problems, bool focusFirst)
{
    clearProblems();
    m_problemsShown = !problems.isEmpty();
    QWidget* first = nullptr;
    for (const PatientRules::Problem& problem : problems) {
        QLabel* label = m_problemLabels.value(problem.field);
        if (!label) {
            m_ui->formProblem->setText(problem.message);
            m_ui->formProblem->show();
            continue;
        }
        label->setText(problem.message);
        label->show();
        if (QWidget* field = m_fields.value(problem.field)) {
            field->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
            if (!first)
                first = field;
        }
    }
    fitHeight();
    if (first && focusFirst)
        first->setFocus();
}

void PatientDialog::accept()
{
    Patient patient = fromForm();
    const QList<PatientRules::Problem> problems = m_service.validate(patient);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (!m_location.path.isEmpty() && !WriteLockWait::untilFree(this, m_location))
        return;
    try {
        m_saved = m_editing.id > 0 ? m_service.update(patient) : m_service.registerPatient(patient);
    } catch (const OperationError& e) {
        if (e.kind() == OperationError::Kind::Conflict && e.field() == QLatin1String("iin")) {
            const std::optional<Patient> existing = m_service.findByIin(patient.iin);
            if (existing &&
                MessageBox::question(this, tr("Already registered"),
                                     e.message() + QStringLiteral("\n\n") + tr("Open the registered patient?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes) {
                edit(*existing);
                return;
            }
        }
        showProblems({PatientRules::Problem{e.field(), e.message()}});
        return;
    }
    QDialog::accept();
}

void PatientDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
