#include "operations/OperationsActions.h"

#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "operations/BackgroundTaskDialog.h"
#include "operations/BackupSettingsDialog.h"
#include "operations/ProblemReportDialog.h"
#include "services/BackupPolicy.h"
#include "services/BackupService.h"
#include "services/RestoreService.h"
#include "services/UsageService.h"
#include "services/Workspace.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {
QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

OperationsActions::OperationsActions(Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_backup(new QAction(this))
    , m_restore(new QAction(this))
    , m_settings(new QAction(this))
    , m_report(new QAction(this))
    , m_status(new QLabel(window))
    , m_heartbeat(new QTimer(this))
    , m_automatic(new QTimer(this))
{
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_settings->setObjectName(QStringLiteral("backupSettingsAction"));
    m_report->setObjectName(QStringLiteral("reportProblemAction"));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setTextFormat(Qt::RichText);
    connect(m_backup, &QAction::triggered, this, &OperationsActions::backUp);
    connect(m_restore, &QAction::triggered, this, &OperationsActions::restore);
    connect(m_settings, &QAction::triggered, this, &OperationsActions::configureBackups);
    connect(m_report, &QAction::triggered, this, &OperationsActions::reportProblem);
    // A shared PostgreSQL database is backed up on its server (README: pg_dump and pg_restore).
    const bool sqlite = workspace.database().dialect().isSqlite();
    for (QAction* action : {m_backup, m_restore, m_settings})
        action->setEnabled(sqlite);
    m_status->setVisible(sqlite);

    // The workstation is online while the window is open; its counted lookups go with each heartbeat.
    m_workspace.usage().heartbeat(true);
    m_heartbeat->setInterval(UsageService::heartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        m_workspace.usage().heartbeat();
        refreshStatus(); // a window left open for days learns that the last backup grew old
    });
    m_heartbeat->start();
    // The day's backup shortly after the start (the first start of the day), then checked every hour (a window
    // open past midnight).
    m_automatic->setInterval(automaticCheckMs);
    connect(m_automatic, &QTimer::timeout, this, &OperationsActions::runAutomaticBackup);
    m_automatic->start();
    QTimer::singleShot(firstAutomaticCheckMs, this, &OperationsActions::runAutomaticBackup);
    retranslate();
}

OperationsActions::~OperationsActions()
{
    if (m_automaticThread) {
        m_automaticThread->wait();
        delete m_automaticThread;
    }
    m_workspace.usage().leave();
}

void OperationsActions::retranslate()
{
    m_backup->setText(tr("&Back up the database…"));
    m_restore->setText(tr("Res&tore from a backup…"));
    m_settings->setText(tr("&Automatic backups…"));
    m_report->setText(tr("Report a &problem…"));
    const QString pg = tr("A shared PostgreSQL database is backed up on its server by the administrator.");
    for (QAction* action : {m_backup, m_restore, m_settings})
        action->setToolTip(action->isEnabled() ? QString() : pg);
    refreshStatus();
}

void OperationsActions::refreshStatus()
{
    if (!m_workspace.database().dialect().isSqlite())
        return;
    if (automaticBackupRunning()) {
        m_status->setText(tr("Making the daily backup…"));
        return;
    }
    BackupService::Status s;
    try {
        s = BackupService(m_workspace.database(), m_workspace.clock()).status();
    } catch (const OperationError& e) {
        qWarning("The backup status could not be read: %s", qPrintable(e.message()));
        return;
    }
    const QString warning = QStringLiteral("<span style='color:#a02020; font-weight:bold'>%1</span>");
    if (!s.lastGood)
        m_status->setText(warning.arg(tr("No backup of this database yet").toHtmlEscaped()));
    else if (s.stale)
        m_status->setText(warning.arg(tr("Last good backup: %1 — more than two days ago")
                                          .arg(DisplayFormat::dateTimeFromStored(s.lastGood->madeAt))
                                          .toHtmlEscaped()));
    else
        m_status->setText(
            tr("Last good backup: %1").arg(DisplayFormat::dateTimeFromStored(s.lastGood->madeAt)).toHtmlEscaped());
    QString tip = tr("File → Back up the database… makes one now.");
    if (s.lastGood)
        tip = tr("%1\nSHA-256 %2").arg(native(s.lastGood->path), s.lastGood->sha256) + QStringLiteral("\n") + tip;
    if (!m_automaticError.isEmpty())
        tip += QStringLiteral("\n\n") + tr("The last automatic backup failed: %1").arg(m_automaticError);
    m_status->setToolTip(tip);
}

bool OperationsActions::automaticBackupRunning() const
{
    return m_automaticRunning;
}

bool OperationsActions::runAutomaticBackup()
{
    if (!m_workspace.database().dialect().isSqlite() || automaticBackupRunning())
        return false;
    const BackupPolicy policy = BackupPolicy::load();
    if (!policy.automatic)
        return false;
    const DatabaseLocation location = m_workspace.database().location();
    const QString folder = policy.folderFor(location.path);
    const QDate today = m_workspace.clock().today();
    for (const auto& [path, made] : BackupService::automaticBackups(folder)) {
        if (made.date() == today)
            return false; // made already, here or by another window or `backup auto`
    }
    if (m_automaticThread) {
        m_automaticThread->wait();
        delete m_automaticThread;
    }
    m_automaticError.clear();
    const Clock& clock = m_workspace.clock();
    // Its own connection on its own thread: the snapshot and its check take seconds on a large database.
    m_automaticThread = QThread::create([this, location, folder, &clock] {
        try {
            Database database(location);
            database.open();
            BackupService(database, clock).runAutomatic(folder);
        } catch (const OperationError& e) {
            m_automaticError = e.message();
        }
    });
    m_automaticThread->setObjectName(QStringLiteral("automatic-backup"));
    connect(m_automaticThread, &QThread::finished, this, [this] {
        m_automaticRunning = false;
        if (!m_automaticError.isEmpty()) {
            qWarning("The automatic backup failed: %s", qPrintable(m_automaticError));
            emit statusMessage(tr("The automatic backup failed: %1").arg(m_automaticError));
        }
        refreshStatus();
        emit automaticBackupFinished();
    });
    m_automaticRunning = true;
    m_automaticThread->start(QThread::LowPriority);
    refreshStatus();
    return true;
}

void OperationsActions::backUp()
{
    const QString title = tr("Back up the database");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("joldama-backup-%1.sqlite")
                          .arg(m_workspace.clock().now().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString path =
        FileDialog::saveFileName(m_window, title, suggested, tr("Joldama backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    BackupService::Result result;
    const DatabaseLocation location = m_workspace.database().location();
    const Clock& clock = m_workspace.clock();
    const QString error = BackgroundTaskDialog::run(
        m_window, title, tr("Copying the database and checking the copy. Everyone can go on working."), [&] {
            Database database(location);
            database.open();
            result = BackupService(database, clock).backUp(path);
        });
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, title, error);
        return;
    }
    refreshStatus();
    MessageBox::information(m_window, title,
                            tr("The backup %1 was made and checked: %2 referrals, %3 patients.\nSHA-256: %4\n\nKeep a "
                               "copy away from this computer, inside Kazakhstan.")
                                .arg(native(result.path))
                                .arg(result.manifest.rows(QStringLiteral("referral")))
                                .arg(result.manifest.rows(QStringLiteral("patient")))
                                .arg(result.sha256));
}

void OperationsActions::restore()
{
    const QString title = tr("Restore from a backup");
    const QString path = FileDialog::openFileName(m_window, title, tr("Joldama backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    BackupStore::Check check;
    BackgroundTaskDialog::run(m_window, title, tr("Checking the backup %1…").arg(native(path)),
                              [&] { check = BackupService::verify(path); });
    if (!check.ok) {
        MessageBox::warning(m_window, title,
                            tr("This backup cannot be restored:\n%1\n\nNothing was changed.")
                                .arg(check.problems.join(QLatin1Char('\n'))));
        return;
    }
    if (check.newerSchema) {
        MessageBox::warning(m_window, title,
                            tr("This backup was made by a newer Joldama. Install it to restore the backup. Nothing "
                               "was changed."));
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, title,
        tr("Replace the whole database with the backup made %1 (%2 referrals, %3 patients)?\n\nEverything saved "
           "since then will be gone from the database; it stays in a safety copy of the database as it is now. "
           "Joldama closes this window, restores the backup and opens again. Close Joldama on every other "
           "workstation that uses this database first.")
            .arg(DisplayFormat::dateTimeFromStored(check.manifest.madeAt))
            .arg(check.rowCounts.value(QStringLiteral("referral")))
            .arg(check.rowCounts.value(QStringLiteral("patient"))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_pendingRestore = path;
    m_window->close();
}

bool OperationsActions::performRestore(const DatabaseLocation& location, const QString& backupFile, const Clock& clock,
                                       QWidget* parent)
{
    const QString title = tr("Restore from a backup");
    RestoreService::Outcome outcome;
    const QString error =
        BackgroundTaskDialog::run(parent, title, tr("Restoring the backup %1…").arg(native(backupFile)),
                                  [&] { outcome = RestoreService::restore(location, backupFile, clock); });
    if (!error.isEmpty()) {
        MessageBox::warning(parent, title, error);
        return false;
    }
    QString text = tr("The database was restored from the backup made %1.")
                       .arg(DisplayFormat::dateTimeFromStored(outcome.restored.madeAt));
    if (!outcome.safetyCopy.isEmpty())
        text +=
            QStringLiteral("\n\n") + tr("The database as it was before is kept in %1.").arg(native(outcome.safetyCopy));
    if (!outcome.warning.isEmpty())
        text += QStringLiteral("\n\n") + outcome.warning;
    MessageBox::information(parent, title, text);
    return true;
}

void OperationsActions::configureBackups()
{
    BackupSettingsDialog dialog(BackupPolicy::load(), m_workspace.database().location().path, m_window);
    if (dialog.exec() == QDialog::Accepted)
        runAutomaticBackup(); // a new folder, or switched on: today's backup goes there now
}

void OperationsActions::reportProblem()
{
    ProblemReportDialog dialog(m_workspace, m_window);
    dialog.exec();
}
