#include "abroad/AbroadDecisionDialog.h"

#include "domain/OperationError.h"
#include "services/AbroadService.h"
#include "services/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

AbroadDecisionDialog::AbroadDecisionDialog(Workspace& workspace, const AbroadApplication& application, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_application(application)
    , m_approved(new QRadioButton(this))
    , m_rejected(new QRadioButton(this))
    , m_date(new QDateEdit(this))
    , m_protocol(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_country(new QLineEdit(application.country, this))
    , m_clinic(new QLineEdit(application.clinic, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("abroadDecisionDialog"));
    setWindowTitle(tr("Decision of the commission on application No. %1").arg(application.id));
    setMinimumWidth(560);
    m_approved->setObjectName(QStringLiteral("decisionApproved"));
    m_rejected->setObjectName(QStringLiteral("decisionRejected"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_protocol->setObjectName(QStringLiteral("decisionProtocol"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_country->setObjectName(QStringLiteral("decisionCountry"));
    m_clinic->setObjectName(QStringLiteral("decisionClinic"));
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_approved->setText(tr("&Approved"));
    m_rejected->setText(tr("R&ejected"));
    m_approved->setChecked(true);
    const QDate today = workspace.clock().today();
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(application.createdAt.date(), today);
    m_date->setDate(today);
    m_protocol->setPlaceholderText(tr("As written on the protocol, e.g. 45-П"));
    m_reason->setPlaceholderText(tr("Required when the application is rejected"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->hide();

    auto* decision = new QWidget(this);
    auto* decisionLayout = new QHBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addWidget(m_approved);
    decisionLayout->addWidget(m_rejected);
    decisionLayout->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Decision:"), decision);
    form->addRow(tr("&Date of the decision:"), m_date);
    form->addRow(tr("&Protocol No.:"), m_protocol);
    form->addRow(tr("Rea&son:"), m_reason);
    form->addRow(tr("C&ountry of treatment:"), m_country);
    form->addRow(tr("Cli&nic:"), m_clinic);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record the decision"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);
    auto approvalFields = [this] {
        m_country->setEnabled(m_approved->isChecked());
        m_clinic->setEnabled(m_approved->isChecked());
    };
    connect(m_approved, &QRadioButton::toggled, this, approvalFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &AbroadDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_protocol->setFocus();
}

void AbroadDecisionDialog::showProblem(const QString& message, const QString& field)
{
    m_problem->setText(message);
    m_problem->show();
    const QHash<QString, QWidget*> fields{{QStringLiteral("date"), m_date},
                                          {QStringLiteral("protocol"), m_protocol},
                                          {QStringLiteral("reason"), m_reason},
                                          {QStringLiteral("country"), m_country}};
    for (QWidget* w : fields)
        w->setStyleSheet(QString());
    if (QWidget* w = fields.value(field)) {
        w->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
        w->setFocus();
    }
}

void AbroadDecisionDialog::accept()
{
    AbroadService::Decision d;
    d.decision = m_approved->isChecked() ? QStringLiteral("approved") : QStringLiteral("rejected");
    d.date = m_date->date();
    d.protocol = m_protocol->text();
    d.reason = m_reason->text();
    if (m_approved->isChecked()) {
        d.country = m_country->text();
        d.clinic = m_clinic->text();
    }
    try {
        m_result = m_workspace.abroad().decide(m_application.id, d);
    } catch (const OperationError& e) {
        showProblem(e.message(), e.field());
        return;
    }
    QDialog::accept();
}
