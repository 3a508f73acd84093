#include "exchange/ExchangeStatusDialog.h"

#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/ExchangeService.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ExchangeStatusDialog::ExchangeStatusDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exchangeStatusDialog"));
    setWindowTitle(tr("Exchange status"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    ExchangeService exchange(workspace.database(), workspace.clock());
    ExchangeService::Status s;
    try {
        s = exchange.status();
    } catch (const OperationError& e) {
        layout->addWidget(new QLabel(e.message(), this));
    }
    auto never = [this](const QDateTime& t) { return t.isValid() ? DisplayFormat::dateTime(t) : tr("none yet"); };
    auto* form = new QFormLayout;
    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("exchangeStatusTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* caption = new QLabel(this);
    caption->setWordWrap(true);
    if (s.identity.isWorkstation()) {
        form->addRow(tr("This workstation:"), new QLabel(tr("%1 (%2) of %3")
                                                             .arg(ExchangeIdentity::label(s.identity.workstationCode),
                                                                  s.identity.workstationName, s.identity.bureauName),
                                                         this));
        form->addRow(tr("Last package sent:"), new QLabel(never(s.lastOut), this));
        form->addRow(tr("Last answer from the bureau:"), new QLabel(never(s.lastIn), this));
        form->addRow(tr("Changes the bureau has not acknowledged:"),
                     new QLabel(QString::number(s.waitingChanges), this));
        form->addRow(tr("Conflicts to review:"), new QLabel(QString::number(s.openConflicts), this));
        const QList<ExchangeService::PendingReferral> pending = exchange.referralsNotAtBureau();
        caption->setText(pending.isEmpty() ? tr("Every referral of this workstation has reached the bureau.")
                                           : tr("Referrals that have not reached the bureau yet: %1. Until then they "
                                                "have no place in the bureau's waiting list.")
                                                 .arg(pending.size()));
        const QStringList headers = {tr("Code"), tr("Patient"), tr("Registered"), tr("State"), tr("HTMC quota")};
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(pending.size()));
        for (int r = 0; r < pending.size(); ++r) {
            const ExchangeService::PendingReferral& p = pending.at(r);
            const QStringList cells = {p.code, p.patient, DisplayFormat::dateTime(p.registeredAt),
                                       p.neverSent ? tr("not sent yet") : tr("sent, no answer yet"),
                                       p.quotaAwaiting ? tr("awaiting the bureau's confirmation") : QString()};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    } else if (s.identity.isBureau()) {
        form->addRow(tr("This database:"), new QLabel(tr("the bureau \"%1\"").arg(s.identity.bureauName), this));
        form->addRow(tr("Conflicts to review:"), new QLabel(QString::number(s.openConflicts), this));
        form->addRow(tr("Parked changes:"), new QLabel(QString::number(s.parked), this));
        const QList<ExchangeService::WorkstationStatus> list = exchange.workstationStatus();
        caption->setText(
            tr("Workstations: %1. Bureau → Workstations… enrols them and makes their answers.").arg(list.size()));
        const QStringList headers = {tr("Code"), tr("Name"), tr("Last package"), tr("Last answer"), tr("Waiting")};
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const ExchangeService::WorkstationStatus& w = list.at(r);
            const QStringList cells = {ExchangeIdentity::label(w.peer.workstationCode), w.peer.name,
                                       never(w.peer.lastInAt), never(w.peer.lastOutAt),
                                       QString::number(w.waitingForIt)};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    } else {
        caption->setText(tr("This database exchanges with nobody. A clinic joins its bureau with the enrolment file "
                            "the bureau gave it (File → Exchange → Join a bureau…); a bureau enrols its workstations "
                            "(Bureau → Workstations…)."));
        table->hide();
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(caption);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}
