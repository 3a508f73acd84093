#pragma once

#include <QObject>

class QWidget;
class ReferenceNames;
class Workspace;

// The clerk's everyday flows, in one place so every page and shortcut starts them the same way:
// register or edit a patient, register a referral, open a referral and move it on.
class ClerkActions : public QObject
{
    Q_OBJECT

public:
    ClerkActions(Workspace& workspace, const ReferenceNames& names, QWidget* window);

    // Each returns the id of what was saved, or 0 when the clerk cancelled.
    qint64 newPatient();
    qint64 editPatient(qint64 patientId);
    qint64 newReferral(qint64 patientId = 0);
    void openReferral(qint64 referralId);

signals:
    void patientsChanged();
    void referralsChanged();
    void statusMessage(const QString& message);
    // A patient just saved, to be shown in the list of patients.
    void showPatientRequested(qint64 patientId);

private:
    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QWidget* m_window;
};
