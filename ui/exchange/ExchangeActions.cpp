#include "exchange/ExchangeActions.h"

#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/ExchangeStatusDialog.h"
#include "exchange/WorkstationsDialog.h"
#include "services/ExchangeService.h"
#include "services/Workspace.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSettings>

namespace {
const QString folderKey = QStringLiteral("exchange/folder");

QString reportText(const ExchangeReport& report)
{
    QString text = report.summary();
    for (const QString& note : report.notes)
        text += QStringLiteral("\n• ") + note;
    return text;
}
} // namespace

ExchangeActions::ExchangeActions(Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_status(new QLabel(window))
{
    m_menu->setObjectName(QStringLiteral("exchangeMenu"));
    m_join = m_menu->addAction(QString());
    m_join->setObjectName(QStringLiteral("joinBureauAction"));
    m_send = m_menu->addAction(QString());
    m_send->setObjectName(QStringLiteral("sendPackageAction"));
    m_import = m_menu->addAction(QString());
    m_import->setObjectName(QStringLiteral("importPackageAction"));
    m_menu->addSeparator();
    m_folder = m_menu->addAction(QString());
    m_folder->setObjectName(QStringLiteral("exchangeFolderAction"));
    m_now = m_menu->addAction(QString());
    m_now->setObjectName(QStringLiteral("exchangeNowAction"));
    m_menu->addSeparator();
    m_conflicts = m_menu->addAction(QString());
    m_conflicts->setObjectName(QStringLiteral("exchangeConflictsAction"));
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("exchangeStatusAction"));
    m_workstations = new QAction(this);
    m_workstations->setObjectName(QStringLiteral("workstationsAction"));
    m_status->setObjectName(QStringLiteral("exchangeStatusLabel"));

    connect(m_join, &QAction::triggered, this, &ExchangeActions::joinBureau);
    connect(m_send, &QAction::triggered, this, &ExchangeActions::sendPackage);
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importPackage);
    connect(m_folder, &QAction::triggered, this, &ExchangeActions::chooseFolder);
    connect(m_now, &QAction::triggered, this, &ExchangeActions::exchangeNow);
    connect(m_conflicts, &QAction::triggered, this, &ExchangeActions::showConflicts);
    connect(m_statusAction, &QAction::triggered, this, &ExchangeActions::showStatus);
    connect(m_workstations, &QAction::triggered, this, &ExchangeActions::showWorkstations);

    m_timer.setInterval(folderIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExchangeActions::exchangeNow);
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, &ExchangeActions::exchangeNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    watchFolder();
    refreshState();
}

QString ExchangeActions::folder() const
{
    return QSettings().value(folderKey).toString();
}

void ExchangeActions::watchFolder()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QString path = folder();
    if (path.isEmpty() || !QDir(path).exists()) {
        m_timer.stop();
        return;
    }
    m_watcher.addPath(path);
    m_timer.start();
}

void ExchangeActions::retranslate()
{
    m_menu->setTitle(tr("E&xchange"));
    m_join->setText(tr("&Join a bureau…"));
    m_send->setText(tr("&Send a package to the bureau…"));
    m_import->setText(tr("&Import a package…"));
    m_folder->setText(tr("Exchange &folder…"));
    m_now->setText(tr("Exchange &now"));
    m_conflicts->setText(tr("&Conflicts…"));
    m_statusAction->setText(tr("Exchange &status…"));
    m_workstations->setText(tr("&Workstations…"));
    refreshState();
}

void ExchangeActions::refreshState()
{
    ExchangeService exchange(m_workspace.database(), m_workspace.clock());
    ExchangeService::Status s;
    try {
        s = exchange.status();
    } catch (const OperationError&) {
        return; // the database is busy: the next exchange or the timer tries again
    }
    const bool none = s.identity.role == ExchangeIdentity::Role::None;
    // Joining, sending, importing and enrolling all write: a database opened read only only shows where it stands.
    m_join->setEnabled(none && !m_readOnly);
    m_send->setVisible(!s.identity.isBureau());
    m_send->setEnabled(s.identity.isWorkstation() && !m_readOnly);
    m_import->setEnabled(!none && !m_readOnly);
    m_folder->setEnabled(!none && !m_readOnly);
    m_now->setEnabled(!none && !folder().isEmpty() && !m_readOnly);
    m_workstations->setEnabled(!s.identity.isWorkstation() && !m_readOnly);
    if (none) {
        m_status->hide();
        return;
    }
    QString text;
    if (s.identity.isWorkstation()) {
        const int notThere = int(exchange.referralsNotAtBureau().size());
        text = tr("%1 · last answer from the bureau: %2 · referrals not yet at the bureau: %3")
                   .arg(ExchangeIdentity::label(s.identity.workstationCode),
                        s.lastIn.isValid() ? DisplayFormat::dateTime(s.lastIn) : tr("none yet"))
                   .arg(notThere);
    } else {
        text = tr("Bureau · workstations: %1").arg(exchange.workstations().size());
    }
    if (s.openConflicts > 0)
        text += QStringLiteral(" · ") + tr("conflicts to review: %1").arg(s.openConflicts);
    m_status->setText(text);
    m_status->show();
}

void ExchangeActions::joinBureau()
{
    const QString path = FileDialog::openFileName(m_window, tr("Join a bureau"),
                                                  tr("Enrolment files (*.enrol *.jenrol);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const ExchangeIdentity identity = ExchangeService(m_workspace.database(), m_workspace.clock()).join(path);
        MessageBox::information(
            m_window, tr("Join a bureau"),
            tr("This database is now %1 (%2) of %3. Its referral codes are its own from now on; "
               "send its work with File → Exchange → Send a package to the bureau.")
                .arg(ExchangeIdentity::label(identity.workstationCode), identity.workstationName, identity.bureauName));
    } catch (const OperationError& e) {
        MessageBox::warning(m_window, tr("Join a bureau"), e.message());
    }
    refreshState();
}

void ExchangeActions::sendPackage()
{
    ExchangeService exchange(m_workspace.database(), m_workspace.clock());
    const QString path = FileDialog::saveFileName(m_window, tr("Send a package to the bureau"),
                                                  ExchangeService::packageFileName(exchange.identity(), 0),
                                                  tr("Exchange packages (*.jpkg)"));
    if (path.isEmpty())
        return;
    try {
        const ExchangeService::Export made = exchange.exportPackage(path);
        MessageBox::information(m_window, tr("Send a package to the bureau"),
                                tr("The package %1 holds %2 change(s). Take it to the bureau on a USB stick, by e-mail "
                                   "or through a shared folder; it can be sent again without harm.")
                                    .arg(QDir::toNativeSeparators(made.path))
                                    .arg(made.changes));
    } catch (const OperationError& e) {
        MessageBox::warning(m_window, tr("Send a package to the bureau"), e.message());
    }
    refreshState();
}

void ExchangeActions::importPackage()
{
    const QString path =
        FileDialog::openFileName(m_window, tr("Import a package"), tr("Exchange packages (*.jpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const ExchangeReport report = ExchangeService(m_workspace.database(), m_workspace.clock()).importPackage(path);
        MessageBox::information(m_window, tr("Import a package"), reportText(report));
        if (report.written)
            emit dataChanged();
    } catch (const OperationError& e) {
        MessageBox::warning(m_window, tr("Import a package"), e.message());
    }
    refreshState();
}

void ExchangeActions::chooseFolder()
{
    const QString path = FileDialog::existingFolder(m_window, tr("Exchange folder"), folder());
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, path);
    watchFolder();
    refreshState();
    exchangeNow();
}

void ExchangeActions::exchangeNow()
{
    const QString path = folder();
    if (path.isEmpty() || m_running || m_readOnly)
        return;
    m_running = true;
    try {
        const ExchangeService::FolderRound round =
            ExchangeService(m_workspace.database(), m_workspace.clock()).exchangeFolder(path);
        bool changed = false;
        for (const ExchangeReport& r : round.imported)
            changed = changed || r.written;
        if (changed)
            emit dataChanged();
        if (!round.refused.isEmpty())
            emit statusMessage(round.refused.join(QLatin1Char(' ')));
        else if (changed || !round.exported.isEmpty())
            emit statusMessage(tr("Exchanged through %1: packages imported %2, left %3.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(round.imported.size())
                                   .arg(round.exported.size()));
    } catch (const OperationError& e) {
        emit statusMessage(e.message());
    }
    m_running = false;
    refreshState();
}

void ExchangeActions::showConflicts()
{
    ConflictsDialog dialog(m_workspace, m_window);
    dialog.exec();
    refreshState();
}

void ExchangeActions::showStatus()
{
    ExchangeStatusDialog dialog(m_workspace, m_window);
    dialog.exec();
}

void ExchangeActions::showWorkstations()
{
    WorkstationsDialog dialog(m_workspace, m_window);
    dialog.exec();
    if (dialog.dataChanged())
        emit dataChanged();
    refreshState();
}
