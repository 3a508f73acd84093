#pragma once

#include "store/Listing.h"
#include "widgets/Section.h"

#include <QWidget>

class PatientTableModel;
class QLabel;
class QTableView;
class QTimer;
class ReferenceNames;
class ReferralTableModel;
class Workspace;

// What the one search box found: patients and referrals at once, by IIN, referral code or any prefix of
// any part of a name, in Kazakh or Russian, in any case.
class SearchPage : public QWidget, public Section
{
    Q_OBJECT

public:
    SearchPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("search"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;

    void search(const QString& text);
    QString text() const { return m_text; }
    PatientTableModel* patients() const { return m_patients; }
    ReferralTableModel* referrals() const { return m_referrals; }
    QTableView* patientView() const { return m_patientView; }
    QTableView* referralView() const { return m_referralView; }

signals:
    void editPatientRequested(qint64 patientId);
    void openReferralRequested(qint64 referralId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startReferralSearch();

    Workspace& m_workspace;
    QString m_text;
    PatientTableModel* m_patients;
    ReferralTableModel* m_referrals;
    QLabel* m_title;
    QLabel* m_patientsLabel;
    QLabel* m_referralsLabel;
    QTableView* m_patientView;
    QTableView* m_referralView;
    QTimer* m_referralsStart;
    QMetaObject::Connection m_referralsAfterPatients;
    ListingRequest m_pendingReferrals;
};
