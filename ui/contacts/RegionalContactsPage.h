#pragma once

#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class QPushButton;
class ReferenceNames;
class RegionalContactModel;
class Workspace;

// The telephone directory of the regional hospitalization bureaus, edited in place and saved at once.
class RegionalContactsPage : public TablePage
{
    Q_OBJECT

public:
    RegionalContactsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
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

    const ReferenceNames& m_names;
    RegionalContactModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QPushButton* m_add;
    QPushButton* m_remove;
    QString m_lastRejection;
    bool m_inAddDialog = false;
};
