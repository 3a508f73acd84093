#pragma once

#include "printing/DocumentPrinter.h"

#include <QObject>

class MainWindow;
class QAction;
class Workspace;

// File → Print… (Ctrl+P) and File → Save as PDF… for the page on screen, and the waiting list's public
// and internal queue lists. Each page prints its printable version as filtered and sorted: the big lists
// (patients, referrals, search results) from the store with the table's own listing request, the small
// ones (hospitals, beds, contacts) in the order of the rows on screen, a waiting list as a queue list, and
// the treatment-abroad page the selected application (AbroadPage::printJob).
class PrintActions : public QObject
{
    Q_OBJECT

public:
    PrintActions(Workspace& workspace, MainWindow& window);

    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* refusalJournalAction() const { return m_refusals; }
    void retranslate();

    // Builds the printable version of the page on screen with these options; empty when the page has
    // none. Throws OperationError (a list too long to print).
    std::unique_ptr<PagedDocument> currentPrintout(const PrintOptionsDialog::Options& options) const;

public slots:
    void printCurrent();
    void saveCurrentAsPdf();
    // The queue list of the waiting list on screen, public or internal preselected.
    void printQueue(bool publicVersion);
    // The refusal journal of a period the clerk chooses, to preview and print.
    void printRefusalJournal();

private:
    bool runCurrent(DocumentPrinter::Output output);
    DocumentPrinter::Job currentJob() const;

    Workspace& m_workspace;
    MainWindow& m_window;
    QAction* m_print;
    QAction* m_pdf;
    QAction* m_refusals;
};
