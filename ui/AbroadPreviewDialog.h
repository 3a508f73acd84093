#pragma once

#include "domain/Language.h"

#include <QDialog>

class QTextBrowser;
class Workspace;

// Shows an application for treatment abroad as it prints — summary, documents, the commission's decision
// and history — and prints it or saves it as PDF from the same document.
class AbroadPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    AbroadPreviewDialog(Workspace& workspace, qint64 applicationId, Language language, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Writes the PDF; false after telling the clerk what went wrong.
    bool savePdf(const QString& path);

private:
    void print();

    Workspace& m_workspace;
    qint64 m_id;
    Language m_language;
    QTextBrowser* m_browser;
};
