#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class QComboBox;
class QPushButton;
class QToolButton;
class ReferenceNames;
class WaitingListModel;
class Workspace;

// The waiting list of one hospital × profile, in queue order with positions and preliminary dates,
// and the capacity that produces those dates.
class WaitingListPage : public TablePage, public Section
{
    Q_OBJECT

public:
    WaitingListPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("waiting"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;

    WaitingListModel* model() const { return m_model; }
    // Shows the queue of a hospital (by code) and profile.
    void showQueue(const QString& hospitalCode, const QString& profileCode);
    qint64 currentHospitalId() const;
    QString currentProfile() const;
    // The queue list on paper, the public version (codes only) or the internal one preselected.
    void printQueue(bool publicVersion);

signals:
    void openReferralRequested(qint64 referralId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillRegions();
    void fillHospitals();
    void fillProfiles();
    void queueChanged();
    void updateSummary();
    void editCapacity();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    WaitingListModel* m_model;
    QComboBox* m_region;
    QComboBox* m_hospital;
    QComboBox* m_profile;
    QPushButton* m_capacity;
    QPushButton* m_open;
    QToolButton* m_print;
    QAction* m_printPublic;
    QAction* m_printInternal;
};
