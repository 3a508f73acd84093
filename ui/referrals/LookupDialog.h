#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class ReferenceNames;
class Workspace;

// "Where am I?" by referral code: status, hospital, profile, place in the waiting list, preliminary
// date, the documents to bring and the regional bureau's phone. Takes codes typed or scanned under any
// keyboard layout; an unknown or malformed code says so.
class LookupDialog : public QDialog
{
    Q_OBJECT

public:
    LookupDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    void lookUp(const QString& text);
    qint64 referralId() const { return m_referralId; }

signals:
    void openReferralRequested(qint64 referralId);
    void showQueueRequested(const QString& hospitalCode, const QString& profileCode);

private:
    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QLineEdit* m_code;
    QLabel* m_result;
    QPushButton* m_open;
    QPushButton* m_queue;
    qint64 m_referralId = 0;
    QString m_hospitalCode;
    QString m_profileCode;
};
