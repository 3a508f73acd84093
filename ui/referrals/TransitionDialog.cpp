#include "referrals/TransitionDialog.h"

#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"
#include "widgets/WriteLockWait.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString TransitionDialog::actionText(ReferralStatus to)
{
    switch (to) {
    case ReferralStatus::Scheduled:
        return tr("Confirm the &date…");
    case ReferralStatus::Hospitalized:
        return tr("&Admitted…");
    case ReferralStatus::Discharged:
        return tr("D&ischarged…");
    case ReferralStatus::Refused:
        return tr("Re&fused by the hospital…");
    case ReferralStatus::Cancelled:
        return tr("&Cancel the referral…");
    case ReferralStatus::NoShow:
        return tr("Did &not come…");
    case ReferralStatus::Transferred:
        return tr("&Move to another hospital…");
    case ReferralStatus::Registered:
        break;
    }
    return {};
}

TransitionDialog::TransitionDialog(Workspace& workspace, const ReferenceNames& names, const Referral& referral,
                                   ReferralStatus to, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_referral(referral)
    , m_to(to)
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(QStringLiteral("%1 — %2").arg(referral.code, ReferralStatuses::label(to)));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QDate today = m_workspace.clock().today();

    auto makeDate = [&](const QString& label, const QDate& value, const QDate& min, const QDate& max) {
        m_date = new QDateEdit(this);
        m_date->setObjectName(QStringLiteral("transitionDate"));
        m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        m_date->setCalendarPopup(true);
        if (min.isValid())
            m_date->setMinimumDate(min);
        if (max.isValid())
            m_date->setMaximumDate(max);
        m_date->setDate(value);
        form->addRow(label, m_date);
    };
    auto makeReason = [&](const QString& label, const QString& placeholder) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("transitionReason"));
        m_reason->setPlaceholderText(placeholder);
        form->addRow(label, m_reason);
    };

    switch (to) {
    case ReferralStatus::Scheduled: {
        const QDate suggested = referral.preliminaryDate.isValid() && referral.preliminaryDate >= today
                                    ? referral.preliminaryDate
                                    : today.addDays(1);
        makeDate(tr("Admission day:"), suggested, today, {});
        break;
    }
    case ReferralStatus::Hospitalized: {
        makeDate(tr("Admitted on:"), today,
                 referral.scheduledDate.isValid() ? std::min(referral.scheduledDate, today) : QDate(), today);
        Referral onDay = referral;
        onDay.scheduledDate = today;
        const QList<DocumentCheck::Line> problems = DocumentCheck::problems(workspace.referrals().documents(onDay));
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const DocumentCheck::Line& line : problems)
                lines << QStringLiteral("• %1: %2").arg(line.type.name(names.language()), line.text());
            auto* warning = new QLabel(tr("The document package is not complete:") + QLatin1Char('\n') +
                                           lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                           tr("The hospital may refuse the patient. To record the admission anyway, "
                                              "say why."),
                                       this);
            warning->setWordWrap(true);
            warning->setStyleSheet(QStringLiteral("color: #a02020;"));
            form->addRow(warning);
            m_override = new QLineEdit(this);
            m_override->setObjectName(QStringLiteral("documentsOverride"));
            m_override->setPlaceholderText(tr("for example: the tests were repeated in the admission ward"));
            form->addRow(tr("Admitted anyway because:"), m_override);
        }
        break;
    }
    case ReferralStatus::Discharged:
        makeDate(tr("Discharged on:"), today, referral.hospitalizedOn, today);
        break;
    case ReferralStatus::Refused:
        m_reasonCode = new QComboBox(this);
        m_reasonCode->setObjectName(QStringLiteral("refusalReason"));
        for (const RefusalReason& reason : workspace.referenceData().refusalReasons(true))
            m_reasonCode->addItem(reason.name(names.language()), reason.code);
        form->addRow(tr("Reason given by the hospital:"), m_reasonCode);
        makeReason(tr("Details:"), tr("what the hospital said, in a few words"));
        break;
    case ReferralStatus::Cancelled:
        makeReason(tr("Who asked and why:"), tr("for example: the patient was treated in a paid clinic"));
        break;
    case ReferralStatus::NoShow:
        form->addRow(new QLabel(tr("The patient did not come on %1. The referral can then be given a new date or "
                                   "cancelled.")
                                    .arg(DisplayFormat::date(referral.scheduledDate)),
                                this));
        break;
    case ReferralStatus::Transferred:
        m_region = new QComboBox(this);
        m_region->setObjectName(QStringLiteral("transferRegion"));
        for (const QString& code : names.regionCodes())
            m_region->addItem(names.regionName(code), code);
        for (const Hospital& h : workspace.referenceData().hospitals()) {
            if (h.id == referral.hospitalId) // the patient usually stays in the region
                m_region->setCurrentIndex(std::max(0, m_region->findData(h.regionCode)));
        }
        m_hospital = new QComboBox(this);
        m_hospital->setObjectName(QStringLiteral("transferHospital"));
        form->addRow(tr("Region:"), m_region);
        form->addRow(tr("Hospital the patient chose:"), m_hospital);
        connect(m_region, &QComboBox::currentIndexChanged, this, &TransitionDialog::fillHospitals);
        fillHospitals();
        makeReason(tr("Note:"), tr("the patient's free choice"));
        m_reason->setText(tr("the patient's free choice"));
        break;
    case ReferralStatus::Registered:
        break;
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("transitionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TransitionDialog::fillHospitals()
{
    // The patient chooses knowing each queue: how long it is and the day they would get there, keeping
    // their original registration time.
    m_hospital->clear();
    for (const auto& a : m_workspace.waitingList().alternatives(m_referral, m_region->currentData().toString())) {
        m_hospital->addItem(tr("%1 — %2 · %3 waiting · about %4")
                                .arg(a.hospital.code, a.hospital.name)
                                .arg(a.queueLength)
                                .arg(DisplayFormat::date(a.preliminaryDate)),
                            a.hospital.code);
    }
}

void TransitionDialog::accept()
{
    ReferralService::Transition details;
    if (m_date)
        details.date = m_date->date();
    if (m_reasonCode)
        details.reasonCode = m_reasonCode->currentData().toString();
    if (m_reason)
        details.reason = m_reason->text();
    if (m_override)
        details.documentsOverride = m_override->text();
    if (m_hospital)
        details.newHospitalCode = m_hospital->currentData().toString();
    try {
        if (!WriteLockWait::untilFree(this, m_workspace.database().location()))
            return;
        m_result = m_workspace.referrals().transition(m_referral.code, m_to, details);
    } catch (const OperationError& e) {
        m_problem->setText(e.message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}
