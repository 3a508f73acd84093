#include "referrals/ReferralDetailDialog.h"

#include "ReferenceNames.h"
#include "ReferralDocumentModel.h"
#include "ReferralHistoryModel.h"
#include "documents/TicketDocument.h"
#include "documents/TicketPrintout.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/ReferralLifecycle.h"
#include "printing/DocumentPrinter.h"
#include "referrals/TransitionDialog.h"
#include "services/DiagnosisService.h"
#include "services/PatientService.h"
#include "services/ReferenceDataService.h"
#include "services/ReferralService.h"
#include "services/Workspace.h"
#include "widgets/DateDelegate.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ReferralDetailDialog::ReferralDetailDialog(Workspace& workspace, const ReferenceNames& names, qint64 referralId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_id(referralId)
    , m_code(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QGridLayout)
    , m_actions(new QHBoxLayout)
    , m_documents(new ReferralDocumentModel(workspace.clock(), this))
    , m_history(new ReferralHistoryModel(this))
    , m_documentView(new QTableView(this))
    , m_historyView(new QTableView(this))
    , m_documentSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("referralDetailDialog"));
    resize(960, 680);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setObjectName(QStringLiteral("referralCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("referralStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.2);
    m_status->setFont(statusFont);

    auto* print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print ticket…"), this);
    print->setObjectName(QStringLiteral("printTicketButton"));
    connect(print, &QPushButton::clicked, this, &ReferralDetailDialog::printTicket);
    auto* header = new QHBoxLayout;
    header->addWidget(m_code);
    header->addSpacing(24);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(print);

    for (QTableView* view : {m_documentView, m_historyView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
    }
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_documentView->setModel(m_documents);
    m_historyView->setModel(m_history);
    m_documentView->setItemDelegateForColumn(ReferralDocumentModel::IssuedOn,
                                             new DateDelegate(workspace.clock(), m_documentView));
    m_documentView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_documents->setSaveFunction(
        [this](const DocumentRecord& record) { m_workspace.referrals().recordDocument(m_referral.code, record); });
    connect(m_documents, &ReferralDocumentModel::documentSaved, this, [this] {
        reload();
        emit referralChanged();
    });
    connect(m_documents, &ReferralDocumentModel::saveRejected, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Document not saved"), message); });

    auto* documentsPage = new QWidget(this);
    auto* documentsLayout = new QVBoxLayout(documentsPage);
    documentsLayout->addWidget(m_documentSummary);
    documentsLayout->addWidget(m_documentView);
    m_documentSummary->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(documentsPage, tr("Documents"));
    tabs->addTab(m_historyView, tr("History"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_details);
    layout->addLayout(m_actions);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    reload();
}

void ReferralDetailDialog::reload()
{
    // Every showing of the card is recorded in the audit log before it is shown.
    const std::optional<Referral> referral = m_workspace.referrals().openCard(m_id);
    if (!referral)
        return;
    m_referral = *referral;
    setWindowTitle(tr("Referral %1").arg(m_referral.code));
    m_code->setText(m_referral.code);
    m_status->setText(ReferralStatuses::label(m_referral.status));
    fillDetails();
    fillActions();
    const QList<DocumentCheck::Line> lines = m_workspace.referrals().documents(m_referral);
    m_documents->setLines(lines, m_names.language());
    m_documentView->resizeColumnsToContents();
    const int problems = int(DocumentCheck::problems(lines).size());
    const QDate day = m_referral.plannedDate();
    m_documentSummary->setText(
        problems == 0
            ? tr("The document package is complete for %1.").arg(day.isValid() ? DisplayFormat::date(day) : tr("today"))
            : tr("%n document(s) missing or not valid on %1. Tick what the patient has and enter the date of "
                 "issue.",
                 nullptr, problems)
                  .arg(day.isValid() ? DisplayFormat::date(day) : tr("today")));
    m_documentSummary->setStyleSheet(problems == 0 ? QStringLiteral("color: #1a6b2f;")
                                                   : QStringLiteral("color: #a02020;"));
    QHash<QString, QString> reasons;
    for (const RefusalReason& r : m_workspace.referenceData().refusalReasons())
        reasons.insert(r.code, r.name(m_names.language()));
    m_history->setEvents(m_workspace.referrals().history(m_referral.id), reasons);
    m_historyView->resizeColumnsToContents();
}

void ReferralDetailDialog::fillDetails()
{
    while (QLayoutItem* item = m_details->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::optional<Patient> patient = m_workspace.patients().find(m_referral.patientId);
    const QList<std::pair<QString, QString>> rows{
        {tr("Patient"),
         patient ? QStringLiteral("%1, %2 %3").arg(patient->fullName(), tr("IIN"), patient->iin) : QString()},
        {tr("Hospital"), QStringLiteral("%1 — %2").arg(m_referral.hospitalCode, m_referral.hospitalName)},
        {tr("Bed profile"), m_names.profileName(m_referral.profileCode)},
        {tr("Diagnosis"),
         QStringLiteral("%1 %2").arg(m_referral.diagnosisCode,
                                     m_workspace.diagnoses().displayName(
                                         m_referral.diagnosisCode, m_referral.diagnosisName, m_names.language()))},
        {tr("Form of care"), CareTerms::careFormLabel(m_referral.careForm)},
        {tr("Purpose"), CareTerms::purposeLabel(m_referral.purpose)},
        {tr("Funding"), m_referral.quotaProfile.isEmpty()
                            ? CareTerms::fundingLabel(m_referral.funding)
                            : QStringLiteral("%1: %2, %3, %4") // the quota it holds: profile, region, year
                                  .arg(CareTerms::fundingLabel(m_referral.funding), m_referral.quotaProfile,
                                       m_names.regionName(m_referral.quotaRegion))
                                  .arg(m_referral.quotaYear)},
        {tr("Priority"), QString::number(m_referral.priority)},
        {tr("Registered"), DisplayFormat::dateTime(m_referral.registeredAt)},
        {tr("Confirmed date"), DisplayFormat::date(m_referral.scheduledDate)},
        {tr("Preliminary date"), DisplayFormat::date(m_referral.preliminaryDate)},
        {tr("Referred by"), QStringList{m_names.regionName(m_referral.referringRegion), m_referral.referringOrg,
                                        m_referral.referringDoctor}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(", "))},
        {tr("Notes"), m_referral.notes},
    };
    int i = 0;
    for (const auto& [label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        auto* name = new QLabel(label + QLatin1Char(':'), this);
        name->setStyleSheet(QStringLiteral("color: palette(dark);"));
        auto* text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addWidget(name, i / 2, (i % 2) * 2);
        m_details->addWidget(text, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    m_details->setColumnStretch(1, 1);
    m_details->setColumnStretch(3, 1);
}

void ReferralDetailDialog::fillActions()
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (ReferralStatus to : ReferralLifecycle::nextStatuses(m_referral.status)) {
        auto* button = new QPushButton(TransitionDialog::actionText(to), this);
        button->setObjectName(QStringLiteral("transition_") + ReferralStatuses::code(to));
        connect(button, &QPushButton::clicked, this, [this, to] { startTransition(to); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
}

DocumentPrinter::Job ReferralDetailDialog::ticketJob(Workspace& workspace, const QString& code)
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("ticket");
    job.request.title = tr("Print the referral ticket %1").arg(code);
    job.fileName = QStringLiteral("ticket-%1.pdf").arg(code);
    job.build = [&workspace, code](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        return TicketPrintout::build(workspace, code, options.setup.language);
    };
    return job;
}

void ReferralDetailDialog::printTicket()
{
    DocumentPrinter::run(this, ticketJob(m_workspace, m_referral.code), DocumentPrinter::Output::Preview);
}

void ReferralDetailDialog::startTransition(ReferralStatus to)
{
    TransitionDialog dialog(m_workspace, m_names, m_referral, to, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit referralChanged();
}
