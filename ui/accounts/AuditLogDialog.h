#pragma once

#include "domain/AuditEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class Workspace;

// Bureau → Audit log…: the auditor's reading of the log — by account, patient (changes to their records
// included), action and period — with what each change changed (old → new), a check of the whole chain, and a
// printout of what is shown. Every reading is itself recorded.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<AuditEntry>& entries() const { return m_entries; }

public slots:
    void showEntries();
    void verify();
    void print();

private:
    void showDetails();
    QStringList filterWords() const;

    Workspace& m_workspace;
    QLineEdit* m_user;
    QLineEdit* m_patient;
    QComboBox* m_action;
    QCheckBox* m_useSince;
    QDateEdit* m_since;
    QCheckBox* m_useUntil;
    QDateEdit* m_until;
    QTableWidget* m_table;
    QPlainTextEdit* m_details;
    QList<AuditEntry> m_entries;
};
