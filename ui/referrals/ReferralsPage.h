#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class QComboBox;
class QPushButton;
class ReferralTableModel;
class ReferenceNames;
class Workspace;

// Every referral, newest first: find by code, IIN or patient name; narrow by status.
class ReferralsPage : public TablePage, public Section
{
    Q_OBJECT

public:
    ReferralsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("referrals"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;
    ReferralTableModel* model() const { return m_model; }
    qint64 currentReferralId() const;

signals:
    void newReferralRequested(qint64 patientId);
    void openReferralRequested(qint64 referralId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    Workspace& m_workspace;
    ReferralTableModel* m_model;
    QComboBox* m_status;
    QPushButton* m_new;
    QPushButton* m_open;
};
