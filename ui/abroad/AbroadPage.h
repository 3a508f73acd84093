#pragma once

#include "printing/DocumentPrinter.h"
#include "widgets/Section.h"
#include "widgets/TablePage.h"

class AbroadApplicationModel;
class AlphabeticalSortProxy;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class ReferenceNames;
class Workspace;

// Applications for treatment abroad, newest first, with a filter by status and the number in each status:
// register an application, submit it, record the commission's decision, print it; withdraw it or mark the
// patient as treated; keep the lists of eligible diseases and categories.
class AbroadPage : public TablePage, public Section
{
    Q_OBJECT

public:
    AbroadPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("abroad"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;

    AbroadApplicationModel* model() const { return m_model; }
    QComboBox* statusFilter() const { return m_status; }
    qint64 currentApplicationId() const;
    void selectApplication(qint64 id);

    // Each returns the id of the application it changed, or 0 when the clerk cancelled or it was refused.
    qint64 newApplication();
    qint64 submitSelected();
    qint64 decideSelected();
    qint64 withdrawSelected();
    qint64 treatedSelected();
    void addDocumentToSelected();
    // The selected application through the printing every printout goes through (DocumentPrinter): paper
    // and language asked for first, then the print preview or a PDF file.
    void previewSelected();
    void saveSelectedAsPdf();
    // That print job: the selected application in the language and on the paper chosen. Its build throws
    // OperationError when no application is selected.
    void editLists();

signals:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillStatusFilter();
    void updateActions();
    void updateCount();
    void refused(const QString& message);

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    AbroadApplicationModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QComboBox* m_status;
    QLabel* m_starterBanner;
    QPushButton* m_new;
    QPushButton* m_submit;
    QPushButton* m_decide;
    QPushButton* m_print;
    QToolButton* m_more;
    QPushButton* m_lists;
    QAction* m_addDocument;
    QAction* m_savePdf;
    QAction* m_withdraw;
    QAction* m_treated;
};
