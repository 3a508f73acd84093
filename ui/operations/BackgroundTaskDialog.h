#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QThread;

// A short job off the window's thread — a backup, the check of a backup — behind a dialog that says what is
// happening and keeps painting. It cannot be cancelled (a backup is not to be left half-made) and closes itself
// when the job ends; an OperationError the job throws becomes error().
class BackgroundTaskDialog : public QDialog
{
    Q_OBJECT

public:
    BackgroundTaskDialog(const QString& title, const QString& text, std::function<void()> work,
                         QWidget* parent = nullptr);
    ~BackgroundTaskDialog() override;

    const QString& error() const { return m_error; }

    // Shows the dialog until the job has ended; returns its error (empty when it succeeded).
    static QString run(QWidget* parent, const QString& title, const QString& text, std::function<void()> work);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    std::function<void()> m_work;
    QThread* m_thread;
    QString m_error;
    bool m_finished = false;
};
