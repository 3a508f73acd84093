#include "exchange/WorkstationsDialog.h"

#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "exchange/EnrolDialog.h"
#include "services/ExchangeService.h"
#include "services/Workspace.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

WorkstationsDialog::WorkstationsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_identity(new QLabel(this))
    , m_again(new QPushButton(tr("Issue the file &again…"), this))
    , m_answer(new QPushButton(tr("Make its &answer…"), this))
    , m_retire(new QPushButton(tr("&Retire"), this))
{
    setObjectName(QStringLiteral("workstationsDialog"));
    setWindowTitle(tr("Workstations"));
    resize(1100, 520);
    m_table->setObjectName(QStringLiteral("workstationsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_identity->setWordWrap(true);
    auto* enrol = new QPushButton(tr("&Enrol a workstation…"), this);
    enrol->setObjectName(QStringLiteral("enrolButton"));
    m_again->setObjectName(QStringLiteral("issueAgainButton"));
    m_answer->setObjectName(QStringLiteral("makeAnswerButton"));
    m_retire->setObjectName(QStringLiteral("retireButton"));
    auto* import = new QPushButton(tr("&Import a package…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(enrol);
    row->addWidget(m_again);
    row->addWidget(m_answer);
    row->addWidget(m_retire);
    row->addStretch(1);
    row->addWidget(import);
    auto* note = new QLabel(tr("A workstation's code is never given again, even after it is retired. Its referral "
                               "codes are numbered in a part of their own (for workstation 1, 71.7101.CAR.100001 and "
                               "on), so codes stay unique while it works offline. \"Waiting\" counts the records its "
                               "next answer brings."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(enrol, &QPushButton::clicked, this, &WorkstationsDialog::enrol);
    connect(m_again, &QPushButton::clicked, this, &WorkstationsDialog::issueAgain);
    connect(m_answer, &QPushButton::clicked, this, &WorkstationsDialog::makeAnswer);
    connect(m_retire, &QPushButton::clicked, this, &WorkstationsDialog::retire);
    connect(import, &QPushButton::clicked, this, &WorkstationsDialog::importPackage);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = selectedCode() > 0;
        m_again->setEnabled(chosen);
        m_answer->setEnabled(chosen);
        m_retire->setEnabled(chosen);
    });
    reload();
}

void WorkstationsDialog::reload()
{
    ExchangeService exchange(m_workspace.database(), m_workspace.clock());
    const ExchangeIdentity identity = exchange.identity();
    m_identity->setText(identity.isBureau()
                            ? tr("This database is the bureau \"%1\". Workstations send their work here; each gets "
                                 "the bureau's answer.")
                                  .arg(identity.bureauName)
                            : tr("This database has enrolled no workstation yet. The first enrolment makes it the "
                                 "bureau the workstations exchange with."));
    const QStringList headers = {tr("Code"),        tr("Name"),    tr("Region"),    tr("Enrolled"), tr("Last package"),
                                 tr("Last answer"), tr("Waiting"), tr("Conflicts"), tr("Parked"),   tr("State")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<ExchangeService::WorkstationStatus> list;
    try {
        list = exchange.workstationStatus();
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ExchangeService::WorkstationStatus& w = list.at(r);
        const QStringList cells = {
            ExchangeIdentity::label(w.peer.workstationCode),
            w.peer.name,
            w.peer.regionCode,
            DisplayFormat::dateTimeFromStored(w.peer.enrolledAt),
            w.peer.lastInAt.isValid() ? DisplayFormat::dateTime(w.peer.lastInAt) : tr("none yet"),
            w.peer.lastOutAt.isValid() ? DisplayFormat::dateTime(w.peer.lastOutAt) : tr("none yet"),
            QString::number(w.waitingForIt),
            QString::number(w.openConflicts),
            QString::number(w.parked),
            w.peer.retired ? tr("retired")
                           : (w.peer.issues > 1 ? tr("active, file issued %1 times").arg(w.peer.issues) : tr("active")),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, w.peer.workstationCode);
            item->setData(Qt::UserRole + 1, w.peer.name);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_again->setEnabled(false);
    m_answer->setEnabled(false);
    m_retire->setEnabled(false);
}

int WorkstationsDialog::selectedCode() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toInt();
}

QString WorkstationsDialog::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole + 1).toString();
}

void WorkstationsDialog::enrol()
{
    EnrolDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the enrolment file"),
        dialog.name().simplified().replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".enrol"),
        tr("Enrolment files (*.enrol)"));
    if (path.isEmpty())
        return;
    try {
        ExchangeService exchange(m_workspace.database(), m_workspace.clock());
        const EnrolmentFile file = exchange.enroll(dialog.name(), dialog.regionCode());
        exchange.writeEnrolment(file, path);
        MessageBox::information(this, windowTitle(),
                                tr("%1 is enrolled as %2. Take %3 to the workstation and join with it there (File → "
                                   "Exchange → Join a bureau…).")
                                    .arg(file.workstationName, ExchangeIdentity::label(file.workstationCode),
                                         QDir::toNativeSeparators(path)));
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}

void WorkstationsDialog::issueAgain()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (MessageBox::question(this, windowTitle(),
                             tr("Issue the enrolment file of %1 again for its reinstalled computer? The old file's key "
                                "stops working, and its referral codes continue above the highest the bureau has "
                                "seen from it.")
                                 .arg(name)) != QMessageBox::Yes)
        return;
    const QString path =
        FileDialog::saveFileName(this, tr("Save the enrolment file"),
                                 QString(name).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".enrol"),
                                 tr("Enrolment files (*.enrol)"));
    if (path.isEmpty())
        return;
    try {
        ExchangeService exchange(m_workspace.database(), m_workspace.clock());
        exchange.writeEnrolment(exchange.enroll(name, {}, true), path);
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}

void WorkstationsDialog::makeAnswer()
{
    const int code = selectedCode();
    if (code <= 0)
        return;
    ExchangeService exchange(m_workspace.database(), m_workspace.clock());
    const QString path = FileDialog::saveFileName(this, tr("Save the answer"),
                                                  ExchangeService::packageFileName(exchange.identity(), code),
                                                  tr("Exchange packages (*.jpkg)"));
    if (path.isEmpty())
        return;
    try {
        const ExchangeService::Export made = exchange.exportPackage(path, QString::number(code));
        MessageBox::information(this, windowTitle(),
                                tr("The answer to %1 holds %2 change(s), the standing of %3 referral(s) and %4 "
                                   "conflict(s).")
                                    .arg(made.target)
                                    .arg(made.changes)
                                    .arg(made.standing)
                                    .arg(made.conflicts));
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}

void WorkstationsDialog::retire()
{
    const QString name = selectedName();
    if (name.isEmpty() ||
        MessageBox::question(
            this, windowTitle(),
            tr("Retire %1? Its packages will no longer be taken, and its code is never given again.").arg(name)) !=
            QMessageBox::Yes)
        return;
    try {
        ExchangeService(m_workspace.database(), m_workspace.clock()).retire(QString::number(selectedCode()));
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}

void WorkstationsDialog::importPackage()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a package"), tr("Exchange packages (*.jpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const ExchangeReport report = ExchangeService(m_workspace.database(), m_workspace.clock()).importPackage(path);
        QString text = report.summary();
        for (const QString& note : report.notes)
            text += QStringLiteral("\n• ") + note;
        MessageBox::information(this, tr("Import a package"), text);
        m_dataChanged = m_dataChanged || report.written;
    } catch (const OperationError& e) {
        MessageBox::warning(this, tr("Import a package"), e.message());
    }
    reload();
}
