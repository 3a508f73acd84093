#pragma once

#include "domain/Referral.h"
#include "printing/DocumentPrinter.h"

#include <QDialog>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableView;
class ReferenceNames;
class ReferralDocumentModel;
class ReferralHistoryModel;
class Workspace;

// One referral: its details, the documents against the planned day, its whole history, and the steps
// it can take next. Every step is recorded through the referral service.
class ReferralDetailDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDetailDialog(Workspace& workspace, const ReferenceNames& names, qint64 referralId,
                         QWidget* parent = nullptr);

    const Referral& referral() const { return m_referral; }
    void reload();
    // Opens the dialog for a step (tests call this with a prepared answer).
    void startTransition(ReferralStatus to);
    // The referral ticket: print options, then the print preview.
    void printTicket();
    // The referral ticket with its QR code, to preview and print or save as PDF.
    static DocumentPrinter::Job ticketJob(Workspace& workspace, const QString& code);

signals:
    // The referral changed (a step, a document): lists showing it should refresh.
    void referralChanged();

private:
    void fillDetails();
    void fillActions();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    qint64 m_id;
    Referral m_referral;
    QLabel* m_code;
    QLabel* m_status;
    QGridLayout* m_details;
    QHBoxLayout* m_actions;
    ReferralDocumentModel* m_documents;
    ReferralHistoryModel* m_history;
    QTableView* m_documentView;
    QTableView* m_historyView;
    QLabel* m_documentSummary;
};
