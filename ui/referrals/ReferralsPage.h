#pragma once

#include "widgets/TablePage.h"

class QComboBox;
class QPushButton;
class ReferralTableModel;
class ReferenceNames;
class Workspace;

// Every referral, newest first: find by code, IIN or patient name; narrow by status.
class ReferralsPage : public TablePage
{
    Q_OBJECT

public:
    ReferralsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    ReferralTableModel* model() const { return m_model; }
    void refresh();
    qint64 currentReferralId() const;

signals:
    void newReferralRequested(qint64 patientId);
    void openReferralRequested(qint64 referralId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    ReferralTableModel* m_model;
    QComboBox* m_status;
    QPushButton* m_new;
    QPushButton* m_open;
};
