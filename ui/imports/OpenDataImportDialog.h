#pragma once

#include "services/OpenDataImportJob.h"
#include "store/Database.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

// Runs one open-data import and shows how far it is: the share of the file read and the rows so far. The
// import runs on a thread of its own, so the window keeps painting. Cancel (or Esc, or closing the dialog)
// stops it, and the dialog stays until the rows already committed are undone: when it closes, the database
// is either fully imported or as it was.
class OpenDataImportDialog : public QDialog
{
    Q_OBJECT

public:
    OpenDataImportDialog(const DatabaseLocation& location, const Clock& clock, OpenDataImportJob::Kind kind,
                         const QString& path, const QString& title, QWidget* parent = nullptr);
    // The import runs for the person signed in on this connection (AccessContext).
    OpenDataImportDialog(const Database& database, const Clock& clock, OpenDataImportJob::Kind kind,
                         const QString& path, const QString& title, QWidget* parent = nullptr);
    ~OpenDataImportDialog() override;

    // Valid once exec() has returned.
    const ImportReport& report() const { return m_job.report(); }
    const QString& error() const { return m_job.error(); }

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void requestCancel();
    void showProgress(qint64 bytesRead, qint64 bytesTotal, qint64 rows);

    OpenDataImportJob m_job;
    QThread* m_thread = nullptr;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_finished = false;
};
