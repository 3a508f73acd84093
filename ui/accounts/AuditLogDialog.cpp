#include "accounts/AuditLogDialog.h"

#include "documents/AuditLogPrintout.h"
#include "documents/TableDocument.h"
#include "domain/DisplayFormat.h"
#include "domain/Iin.h"
#include "domain/OperationError.h"
#include "printing/DocumentPrinter.h"
#include "services/AuditService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"
#include "widgets/ScannedInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// An entry's details are stored as JSON for programs (audit list --json); a clerk reads them as "key: value".
QString readableDetails(const QString& details)
{
    const QJsonDocument document = QJsonDocument::fromJson(details.toUtf8());
    if (!document.isObject())
        return details;
    const QJsonObject object = document.object();
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray())
                items << (item.isString() ? item.toString() : item.toVariant().toString());
            value = items.join(QStringLiteral(", "));
        } else if (it.value().isObject()) {
            value = QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        } else {
            value = it.value().toVariant().toString();
        }
        parts << QStringLiteral("%1: %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')), value);
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

AuditLogDialog::AuditLogDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(new QLineEdit(this))
    , m_patient(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_useSince(new QCheckBox(tr("&From:"), this))
    , m_since(new QDateEdit(this))
    , m_useUntil(new QCheckBox(tr("&To:"), this))
    , m_until(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any account"));
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    ScannedInput::digits(m_patient);
    m_patient->setPlaceholderText(tr("IIN, 12 digits"));
    m_patient->setMaxLength(14);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("any action"), QString());
    for (const QString& action : AuditActions::all())
        m_action->addItem(AuditActions::label(action), action);
    const QDate today = workspace.clock().today();
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));
    m_since->setDate(today.addDays(-30));
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        {tr("№"), tr("When"), tr("User"), tr("Role"), tr("Workstation"), tr("Action"), tr("IIN"), tr("What")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Choose an entry to see what it changed."));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditLogDialog::showDetails);

    auto* filters = new QFormLayout;
    auto* who = new QHBoxLayout;
    who->addWidget(m_user);
    who->addWidget(new QLabel(tr("Patient:"), this));
    who->addWidget(m_patient);
    who->addWidget(m_action);
    // A label of its own, so that Alt+A reaches the account box (a row label given with a layout has no buddy).
    auto* accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_user);
    filters->addRow(accountLabel, who);
    auto* when = new QHBoxLayout;
    when->addWidget(m_useSince);
    when->addWidget(m_since);
    when->addWidget(m_useUntil);
    when->addWidget(m_until);
    when->addStretch();
    auto* showButton = new QPushButton(tr("&Show"), this);
    showButton->setObjectName(QStringLiteral("auditShow"));
    showButton->setDefault(true);
    when->addWidget(showButton);
    filters->addRow(tr("Period:"), when);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* verifyButton = buttons->addButton(tr("&Check the log"), QDialogButtonBox::ActionRole);
    verifyButton->setObjectName(QStringLiteral("auditVerify"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("auditPrint"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(showButton, &QPushButton::clicked, this, &AuditLogDialog::showEntries);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(printButton, &QPushButton::clicked, this, &AuditLogDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 640);
}

void AuditLogDialog::showEntries()
{
    AuditStore::Filter filter;
    filter.login = m_user->text().trimmed().toLower();
    if (!m_patient->text().trimmed().isEmpty()) {
        const Iin iin = Iin::parse(m_patient->text());
        if (!iin.isValid()) {
            MessageBox::warning(this, windowTitle(), iin.problemText());
            return;
        }
        filter.patientIin = iin.digits();
    }
    filter.action = m_action->currentData().toString();
    if (m_useSince->isChecked())
        filter.since = Clock::stamp(QDateTime(m_since->date(), QTime(0, 0)));
    if (m_useUntil->isChecked())
        filter.until = Clock::stamp(QDateTime(m_until->date().addDays(1), QTime(0, 0)));
    try {
        m_entries = m_workspace.audit().list(filter);
    } catch (const OperationError& error) {
        MessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& e = m_entries.at(row);
        QString action = AuditActions::label(e.action);
        if (e.outcome == QLatin1String("refused"))
            action += QLatin1Char(' ') + tr("(refused)");
        else if (e.outcome != QLatin1String("ok"))
            action += QLatin1Char(' ') + tr("(failed)");
        QString what = e.objectType.isEmpty() ? QString() : e.objectType + QLatin1Char(' ') + e.objectId;
        if (e.details != QLatin1String("{}"))
            what += QLatin1Char(' ') + readableDetails(e.details);
        const QStringList cells{QString::number(e.seq),
                                DisplayFormat::dateTimeFromStored(e.at),
                                e.login,
                                e.role,
                                e.workstation,
                                action,
                                e.patientIin,
                                what.trimmed()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_details->clear();
}

void AuditLogDialog::showDetails()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    const AuditEntry& e = m_entries.at(items.first()->row());
    QStringList lines;
    try {
        for (const AuditStore::ChangeRow& c : m_workspace.audit().changesOf(e)) {
            lines << QStringLiteral("%1 %2 %3 (%4)").arg(c.entity, c.uid, c.change, c.actor);
            const QJsonObject fields = QJsonDocument::fromJson(c.fields.toUtf8()).object();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QJsonArray pair = it.value().toArray();
                lines << QStringLiteral("    %1: %2 → %3")
                             .arg(it.key(), pair.at(0).toVariant().toString(), pair.at(1).toVariant().toString());
            }
        }
    } catch (const OperationError& error) {
        lines << error.message();
    }
    m_details->setPlainText(lines.isEmpty() ? e.details : lines.join(QLatin1Char('\n')));
}

void AuditLogDialog::verify()
{
    try {
        const AuditService::Result r = m_workspace.audit().verify();
        if (r.intact)
            MessageBox::information(this, windowTitle(), r.message);
        else
            MessageBox::warning(this, windowTitle(), r.message);
    } catch (const OperationError& error) {
        MessageBox::warning(this, windowTitle(), error.message());
    }
}

QStringList AuditLogDialog::filterWords() const
{
    QStringList words;
    if (!m_user->text().trimmed().isEmpty())
        words << tr("Account: %1").arg(m_user->text().trimmed());
    if (!m_patient->text().trimmed().isEmpty())
        words << tr("Patient: %1").arg(m_patient->text().trimmed());
    if (!m_action->currentData().toString().isEmpty())
        words << tr("Action: %1").arg(m_action->currentText());
    if (m_useSince->isChecked())
        words << tr("From %1").arg(DisplayFormat::date(m_since->date()));
    if (m_useUntil->isChecked())
        words << tr("To %1").arg(DisplayFormat::date(m_until->date()));
    return words;
}

void AuditLogDialog::print()
{
    DocumentPrinter::Job job;
    job.request.kind = QStringLiteral("audit");
    job.request.orientation = QPageLayout::Landscape;
    job.request.title = tr("Print the audit log");
    job.fileName = QStringLiteral("audit-log.pdf");
    const QList<AuditEntry> entries = m_entries;
    const QStringList filters = filterWords();
    job.build = [this, entries, filters](const PrintOptionsDialog::Options& options) -> std::unique_ptr<PagedDocument> {
        return AuditLogPrintout::build(m_workspace, entries, filters, options.setup.language);
    };
    DocumentPrinter::run(this, job, DocumentPrinter::Output::Preview);
}
