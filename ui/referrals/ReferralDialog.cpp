#include "referrals/ReferralDialog.h"

#include "ReferenceNames.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/IcdCode.h"
#include "domain/OperationError.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"
#include "ui_ReferralDialog.h"
#include "widgets/ScannedInput.h"
#include "widgets/WriteLockWait.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>

ReferralDialog::ReferralDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReferralDialog>())
    , m_workspace(workspace)
    , m_names(names)
    , m_patientCompleter(new QCompleter(this))
    , m_patientMatches(new QStringListModel(this))
    , m_diagnosisCompleter(new QCompleter(this))
    , m_patientLookup(new QTimer(this))
{
    m_ui->setupUi(this);
    ScannedInput::codeOrText(m_ui->patientEdit);
    // Hospital, diagnosis and funding names run to sixty letters: sized by them, the form would be wider
    // than a laptop's screen in Russian. The fields take what the form gives; the open list shows all.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_ui->grid->setColumnStretch(0, 1);
    m_ui->grid->setColumnStretch(1, 1);
    // Room for the names at first sight where the screen allows; never narrower than the form needs.
    resize(std::max(1120, sizeHint().width()), sizeHint().height());
    setObjectName(QStringLiteral("referralDialog"));

    // Patients are found in the database as the clerk types (IIN digits or name prefixes).
    m_patientCompleter->setModel(m_patientMatches);
    m_patientCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_ui->patientEdit->setCompleter(m_patientCompleter);
    m_patientLookup->setSingleShot(true);
    m_patientLookup->setInterval(150);
    connect(m_ui->patientEdit, &QLineEdit::textEdited, m_patientLookup, qOverload<>(&QTimer::start));
    connect(m_patientLookup, &QTimer::timeout, this, &ReferralDialog::lookUpPatients);
    connect(m_patientCompleter, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_ui->patientEdit->setText(text);
        resolvePatient();
    });
    connect(m_ui->patientEdit, &QLineEdit::editingFinished, this, &ReferralDialog::resolvePatient);
    connect(m_ui->patientEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.section(QStringLiteral(" — "), 0, 0).remove(QLatin1Char(' ')).size() == 12)
            resolvePatient();
    });

    // The dictionary is small enough to complete in memory, by code or by any part of the name.
    QStringList diagnoses;
    for (const IcdEntry& e : m_workspace.diagnoses().all())
        // In the interface language where the dictionary has the name; in Russian where it has only that.
        diagnoses << e.code + QStringLiteral(" — ") + Languages::pick(m_names.language(), e.nameKk, e.nameRu, e.nameEn);
    m_diagnosisCompleter->setModel(new QStringListModel(diagnoses, m_diagnosisCompleter));
    m_diagnosisCompleter->setFilterMode(Qt::MatchContains);
    m_diagnosisCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_diagnosisCompleter->setMaxVisibleItems(12);
    m_ui->diagnosisEdit->setCompleter(m_diagnosisCompleter);
    connect(m_diagnosisCompleter, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_ui->diagnosisEdit->setText(text);
        resolveDiagnosis(true);
    });
    connect(m_ui->diagnosisEdit, &QLineEdit::editingFinished, this, [this] { resolveDiagnosis(true); });
    // Show what a code means as soon as it is complete; complain only when the clerk leaves the field.
    connect(m_ui->diagnosisEdit, &QLineEdit::textChanged, this, [this] { resolveDiagnosis(false); });

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &ReferralDialog::profileChanged);
    connect(m_ui->hospitalRegionCombo, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillHospitals);
    connect(m_ui->emergencyCheck, &QCheckBox::toggled, m_ui->emergencySourceCombo, &QWidget::setEnabled);
    connect(m_ui->fundingCombo, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillQuotas);
    for (QComboBox* combo : {m_ui->profileCombo, m_ui->hospitalCombo, m_ui->fundingCombo, m_ui->quotaCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReferralDialog::recheck);
    connect(m_ui->patientEdit, &QLineEdit::editingFinished, this, &ReferralDialog::recheck);
    connect(m_ui->diagnosisEdit, &QLineEdit::textChanged, this, &ReferralDialog::recheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    m_ui->problemLabel->hide();
    // Asked for only when needed: a code not yet in the dictionary, a second place in the same profile.
    showDiagnosisName(false);
    m_ui->secondReasonLabel->hide();
    m_ui->secondReasonEdit->hide();
    m_ui->patientEdit->setFocus();
}

ReferralDialog::~ReferralDialog()
{
    // The fields outlive m_ui by a moment: a field that loses the focus as the form goes (a form closed while
    // the clerk was typing) would call back into the form after m_ui is gone.
    for (QWidget* field : findChildren<QWidget*>())
        QObject::disconnect(field, nullptr, this, nullptr);
}

void ReferralDialog::retranslate()
{
    m_ui->retranslateUi(this);
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Register"));
    save->setDefault(true);
    fillCombos();
    if (m_patient)
        setPatient(*m_patient);
}

void ReferralDialog::fillCombos()
{
    auto refill = [](QComboBox* combo, const QList<std::pair<QString, QString>>& items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto& [label, code] : items)
            combo->addItem(label, code);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<std::pair<QString, QString>> profiles;
    for (const BedProfile& p : m_workspace.referenceData().profiles(true))
        profiles << std::pair{QStringLiteral("%1 — %2").arg(p.code, p.name(m_names.language())), p.code};
    refill(m_ui->profileCombo, profiles);
    QList<std::pair<QString, QString>> regions;
    for (const QString& code : m_names.regionCodes())
        regions << std::pair{m_names.regionName(code), code};
    refill(m_ui->hospitalRegionCombo, regions);
    refill(m_ui->referringRegionCombo, regions);
    auto labelled = [](const QStringList& codes, QString (*label)(const QString&)) {
        QList<std::pair<QString, QString>> items;
        for (const QString& code : codes)
            items << std::pair{label(code), code};
        return items;
    };
    refill(m_ui->careFormCombo, labelled(CareTerms::careFormCodes(), &CareTerms::careFormLabel));
    refill(m_ui->purposeCombo, labelled(CareTerms::purposeCodes(), &CareTerms::purposeLabel));
    refill(m_ui->fundingCombo, labelled(CareTerms::fundingCodes(), &CareTerms::fundingLabel));
    refill(m_ui->territoryCombo, labelled(CareTerms::territoryCodes(), &CareTerms::territoryLabel));
    refill(m_ui->emergencySourceCombo, labelled(CareTerms::emergencySourceCodes(), &CareTerms::emergencySourceLabel));
    m_ui->purposeCombo->setCurrentIndex(std::max(0, m_ui->purposeCombo->findData(QStringLiteral("conservative"))));
    profileChanged();
    fillQuotas();
}

void ReferralDialog::fillQuotas()
{
    const bool htmc = m_ui->fundingCombo->currentData().toString() == QLatin1String("htmc");
    const QVariant current = m_ui->quotaCombo->currentData();
    const QSignalBlocker blocker(m_ui->quotaCombo);
    m_ui->quotaCombo->clear();
    m_ui->quotaCombo->setEnabled(htmc);
    if (!htmc) {
        m_ui->quotaCombo->addItem(tr("Only for HTMC funding"), QString());
        return;
    }
    // The quota is the patient's region's, for the year of registration.
    const QString region = m_patient ? m_patient->regionCode : QString();
    const int year = m_workspace.clock().today().year();
    m_ui->quotaCombo->addItem(tr("Choose the HTMC profile of the quota"), QString());
    // What is left comes right after the code: the field is narrow and the profile's name can be cut.
    for (const HtmcProfile& p : m_workspace.quotas().profiles(true)) {
        QString left;
        if (!region.isEmpty()) {
            const std::optional<QuotaPlan> plan = m_workspace.quotas().plan(year, region, p.code);
            left = plan && plan->allocated > 0 ? tr("%1 of %2 left").arg(plan->remaining()).arg(plan->allocated)
                                               : tr("no quotas");
        }
        m_ui->quotaCombo->addItem(left.isEmpty()
                                      ? QStringLiteral("%1 — %2").arg(p.code, p.name(m_names.language()))
                                      : QStringLiteral("%1: %2 — %3").arg(p.code, left, p.name(m_names.language())),
                                  p.code);
    }
    m_ui->quotaCombo->setToolTip(region.isEmpty()
                                     ? tr("Choose the patient first: the quota is their region's.")
                                     : tr("Quotas of %1 for %2: the patient's region, the year of registration.")
                                           .arg(m_names.regionName(region))
                                           .arg(year));
    m_ui->quotaCombo->setCurrentIndex(std::max(0, m_ui->quotaCombo->findData(current)));
}

void ReferralDialog::profileChanged()
{
    const std::optional<BedProfile> profile = [&]() -> std::optional<BedProfile> {
        for (const BedProfile& p : m_workspace.referenceData().profiles(true)) {
            if (p.code == m_ui->profileCombo->currentData().toString())
                return p;
        }
        return std::nullopt;
    }();
    if (profile)
        m_ui->careFormCombo->setCurrentIndex(
            std::max(0, m_ui->careFormCombo->findData(BedProfile::careFormCode(profile->careForm))));
    fillHospitals();
}

void ReferralDialog::fillHospitals()
{
    const QVariant current = m_ui->hospitalCombo->currentData();
    m_ui->hospitalCombo->clear();
    const QList<Hospital> hospitals = m_workspace.referenceData().hospitalsOffering(
        m_ui->hospitalRegionCombo->currentData().toString(), m_ui->profileCombo->currentData().toString());
    for (const Hospital& h : hospitals)
        m_ui->hospitalCombo->addItem(QStringLiteral("%1 — %2").arg(h.code, h.name), h.code);
    if (hospitals.isEmpty())
        m_ui->hospitalCombo->addItem(tr("No hospital of this region admits to this profile"), QString());
    m_ui->hospitalCombo->setCurrentIndex(std::max(0, m_ui->hospitalCombo->findData(current)));
}

void ReferralDialog::lookUpPatients()
{
    const QString text = m_ui->patientEdit->text().trimmed();
    QStringList matches;
    if (text.size() >= 2) {
        for (const Patient& p : m_workspace.patients().search(text, 15))
            matches << QStringLiteral("%1 — %2, %3").arg(p.iin, p.fullName(), DisplayFormat::date(p.birthDate));
    }
    m_patientMatches->setStringList(matches);
    if (!matches.isEmpty())
        m_patientCompleter->complete();
}

void ReferralDialog::resolvePatient()
{
    // The IIN is the first token of a completion or the whole of what was typed.
    const QString iin = m_ui->patientEdit->text().section(QStringLiteral(" — "), 0, 0).remove(QLatin1Char(' '));
    const std::optional<Patient> patient = m_workspace.patients().findByIin(iin);
    if (!patient) {
        m_patient.reset();
        m_ui->patientValue->setText(iin.isEmpty() ? QString() : tr("No registered patient has this IIN."));
        return;
    }
    if (!m_patient || m_patient->id != patient->id)
        setPatient(*patient);
}

void ReferralDialog::setPatient(const Patient& patient)
{
    m_patient = patient;
    m_ui->patientEdit->setText(patient.iin);
    m_ui->patientValue->setText(
        QStringLiteral("%1, %2").arg(patient.fullName(), DisplayFormat::date(patient.birthDate)));
    if (!patient.regionCode.isEmpty()) {
        m_ui->hospitalRegionCombo->setCurrentIndex(
            std::max(0, m_ui->hospitalRegionCombo->findData(patient.regionCode)));
        m_ui->referringRegionCombo->setCurrentIndex(
            std::max(0, m_ui->referringRegionCombo->findData(patient.regionCode)));
    }
    fillQuotas();
}

void ReferralDialog::resolveDiagnosis(bool final)
{
    const QString code = IcdCode::normalize(m_ui->diagnosisEdit->text().section(QStringLiteral(" — "), 0, 0));
    const std::optional<IcdEntry> entry = m_workspace.diagnoses().find(code);
    m_diagnosisCode = entry ? entry->code : code;
    // A well-formed code the dictionary lacks is registered with the diagnosis in words, and learned.
    showDiagnosisName(!entry && IcdCode::isValid(code));
    if (entry)
        m_ui->diagnosisValue->setText(Languages::pick(m_names.language(), entry->nameKk, entry->nameRu, entry->nameEn));
    else if (IcdCode::isValid(code))
        m_ui->diagnosisValue->setText(
            tr("%1 is not yet in the ICD-10 dictionary: give the diagnosis in words, it is kept for the next time.")
                .arg(code));
    else if (!code.isEmpty() && final)
        m_ui->diagnosisValue->setText(IcdCode::problemText(code));
    else
        m_ui->diagnosisValue->clear();
}

void ReferralDialog::showDiagnosisName(bool shown)
{
    m_ui->diagnosisNameLabel->setVisible(shown);
    m_ui->diagnosisNameEdit->setVisible(shown);
}

QList<ReferralDialog::Problem> ReferralDialog::missing() const
{
    QList<Problem> problems;
    if (!m_patient)
        problems.append({QStringLiteral("iin"), m_ui->patientEdit->text().trimmed().isEmpty()
                                                    ? tr("Enter the patient's IIN or name and choose the patient.")
                                                    : tr("No registered patient has this IIN: register the patient "
                                                         "first (Records → New patient…).")});
    if (m_diagnosisCode.isEmpty())
        problems.append({QStringLiteral("diagnosis"), tr("Enter the diagnosis: an ICD-10 code or its name.")});
    if (m_ui->profileCombo->currentData().toString().isEmpty())
        problems.append({QStringLiteral("profile"), tr("Choose the bed profile.")});
    if (m_ui->hospitalCombo->currentData().toString().isEmpty())
        problems.append({QStringLiteral("hospital"), tr("Choose the hospital the patient is referred to.")});
    if (m_ui->fundingCombo->currentData().toString() == QLatin1String("htmc") &&
        m_ui->quotaCombo->currentData().toString().isEmpty())
        problems.append({QStringLiteral("quota"), tr("Choose the HTMC profile of the quota.")});
    return problems;
}

void ReferralDialog::showProblems(const QList<Problem>& problems, bool focusFirst)
{
    // Fields asked for only when needed: a code not yet in the dictionary needs the diagnosis in words; a patient
    // already waiting in this profile is transferred from that referral, or a second place needs its reason.
    for (const Problem& problem : problems) {
        if (problem.field == QLatin1String("second_referral")) {
            m_ui->secondReasonLabel->show();
            m_ui->secondReasonEdit->show();
        } else if (problem.field == QLatin1String("diagnosis_name")) {
            showDiagnosisName(true);
        }
    }
    const QHash<QString, QWidget*> fields{{QStringLiteral("iin"), m_ui->patientEdit},
                                          {QStringLiteral("diagnosis"), m_ui->diagnosisEdit},
                                          {QStringLiteral("diagnosis_name"), m_ui->diagnosisNameEdit},
                                          {QStringLiteral("second_referral"), m_ui->secondReasonEdit},
                                          {QStringLiteral("profile"), m_ui->profileCombo},
                                          {QStringLiteral("hospital"), m_ui->hospitalCombo},
                                          {QStringLiteral("referring_region"), m_ui->referringRegionCombo},
                                          {QStringLiteral("priority"), m_ui->prioritySpin},
                                          {QStringLiteral("quota"), m_ui->quotaCombo},
                                          {QStringLiteral("emergency_source"), m_ui->emergencySourceCombo}};
    for (QWidget* w : fields)
        w->setStyleSheet(QString());
    QStringList lines;
    QWidget* first = nullptr;
    for (const Problem& problem : problems) {
        lines << (problems.size() > 1 ? QStringLiteral("• ") + problem.message : problem.message);
        if (QWidget* w = fields.value(problem.field)) {
            w->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
            if (!first)
                first = w;
        }
    }
    m_problemsShown = !problems.isEmpty();
    m_ui->problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(m_problemsShown);
    // The labels wrap: grow the form to their height so no line is cut in half.
    if (layout()->hasHeightForWidth())
        resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
    else
        resize(width(), std::max(height(), sizeHint().height()));
    if (first && focusFirst)
        first->setFocus();
}

void ReferralDialog::recheck()
{
    // Once problems are on screen, each fixed one goes away as the clerk fixes it; nothing new appears.
    if (m_problemsShown)
        showProblems(missing(), false);
}

void ReferralDialog::accept()
{
    resolvePatient();
    resolveDiagnosis(true);
    if (const QList<Problem> problems = missing(); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    ReferralService::Registration in;
    if (m_patient)
        in.patientId = m_patient->id;
    else
        in.iin = m_ui->patientEdit->text().section(QStringLiteral(" — "), 0, 0);
    in.diagnosisCode = m_diagnosisCode;
    if (m_ui->diagnosisNameEdit->isVisibleTo(this))
        in.diagnosisName = m_ui->diagnosisNameEdit->text();
    if (m_ui->secondReasonEdit->isVisibleTo(this))
        in.secondReferralReason = m_ui->secondReasonEdit->text();
    in.profileCode = m_ui->profileCombo->currentData().toString();
    in.hospitalCode = m_ui->hospitalCombo->currentData().toString();
    in.careForm = m_ui->careFormCombo->currentData().toString();
    in.purpose = m_ui->purposeCombo->currentData().toString();
    in.funding = m_ui->fundingCombo->currentData().toString();
    if (in.funding == QLatin1String("htmc"))
        in.quotaProfile = m_ui->quotaCombo->currentData().toString();
    in.territory = m_ui->territoryCombo->currentData().toString();
    in.priority = m_ui->prioritySpin->value();
    in.referringRegion = m_ui->referringRegionCombo->currentData().toString();
    in.referringOrg = m_ui->referringOrgEdit->text();
    in.referringDoctor = m_ui->doctorEdit->text();
    in.notes = m_ui->notesEdit->text();
    in.emergency = m_ui->emergencyCheck->isChecked();
    in.emergencySource = in.emergency ? m_ui->emergencySourceCombo->currentData().toString() : QString();
    if (!WriteLockWait::untilFree(this, m_workspace.database().location()))
        return;
    try {
        m_saved = m_workspace.referrals().registerReferral(in);
    } catch (const OperationError& e) {
        showProblems({{e.field(), e.message()}});
        return;
    }
    QDialog::accept();
}

void ReferralDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
