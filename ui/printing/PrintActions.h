#pragma once

#include "printing/DocumentPrinter.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;
class Section;
class Workspace;

// File → Print… (Ctrl+P) and File → Save as PDF… for the page on screen, and the refusal journal. What
// a page prints is the page's own business (Section::printJob): the big lists from the store with the
// table's own listing request, the small ones in the order of the rows on screen, a waiting list as a
// queue list, the treatment-abroad page the selected application. This only asks the page on screen.
class PrintActions : public QObject
{
    Q_OBJECT

public:
    // currentSection: the page on screen, asked at the moment of printing.
    PrintActions(Workspace& workspace, QWidget& window, std::function<Section*()> currentSection);

    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* refusalJournalAction() const { return m_refusals; }
    void retranslate();

public slots:
    void printCurrent();
    void saveCurrentAsPdf();
    // The refusal journal of a period the clerk chooses, to preview and print.
    void printRefusalJournal();

private:
    bool runCurrent(DocumentPrinter::Output output);

    Workspace& m_workspace;
    QWidget& m_window;
    std::function<Section*()> m_currentSection;
    QAction* m_print;
    QAction* m_pdf;
    QAction* m_refusals;
};
