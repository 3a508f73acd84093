#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class QPushButton;
class ReferenceNames;
class RegionalContactModel;
class Workspace;

// The telephone directory of the regional hospitalization bureaus, edited in place and saved at once.
class RegionalContactsPage : public TablePage, public Section
{
    Q_OBJECT

public:
    RegionalContactsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("contacts"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;
    RegionalContactModel* model() const { return m_model; }
    AlphabeticalSortProxy* proxy() const { return m_proxy; }

    void addContact();
    void removeSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();
    void updateActions();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    RegionalContactModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QPushButton* m_add;
    QPushButton* m_remove;
    QString m_lastRejection;
    bool m_inAddDialog = false;
};
