#include "main/ClerkActions.h"

#include "patients/PatientDialog.h"
#include "referrals/ReferralDetailDialog.h"
#include "referrals/ReferralDialog.h"
#include "services/PatientService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QClipboard>
#include <QGuiApplication>

ClerkActions::ClerkActions(Workspace& workspace, const ReferenceNames& names, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_names(names)
    , m_window(window)
{}

qint64 ClerkActions::newPatient()
{
    PatientDialog dialog(m_workspace.patients(), m_names, m_window);
    dialog.setDatabaseLocation(m_workspace.database().location());
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Patient saved = dialog.saved();
    emit patientsChanged();
    emit statusMessage(tr("Patient %1 saved.").arg(saved.fullName()));
    emit showPatientRequested(saved.id);
    // A new patient nearly always comes with a referral: offer it at once.
    enum { NewReferral, Close };
    const int next = MessageBox::choose(
        m_window, tr("Patient saved"),
        tr("%1 is registered, IIN %2.\n\nRegister a referral for this patient now?").arg(saved.fullName(), saved.iin),
        {tr("&Register a referral…"), tr("Close")}, QStringLiteral("patientSavedBox"));
    if (next == NewReferral)
        newReferral(saved.id);
    return saved.id;
}

qint64 ClerkActions::editPatient(qint64 patientId)
{
    const std::optional<Patient> patient = m_workspace.patients().find(patientId);
    if (!patient)
        return 0;
    PatientDialog dialog(m_workspace.patients(), m_names, m_window);
    dialog.setDatabaseLocation(m_workspace.database().location());
    dialog.edit(*patient);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    emit patientsChanged();
    emit referralsChanged(); // names show in the referral list too
    emit statusMessage(tr("Patient %1 saved.").arg(dialog.saved().fullName()));
    return dialog.saved().id;
}

qint64 ClerkActions::newReferral(qint64 patientId)
{
    ReferralDialog dialog(m_workspace, m_names, m_window);
    if (patientId > 0) {
        if (const std::optional<Patient> patient = m_workspace.patients().find(patientId))
            dialog.setPatient(*patient);
    }
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Referral saved = dialog.saved();
    emit referralsChanged();
    emit statusMessage(tr("Referral %1 registered.").arg(saved.code));
    // The next step is one key away: the ticket for the patient, the code for a message, or the referral.
    enum { PrintTicket, CopyCode, Open, Close };
    const int next = MessageBox::choose(
        m_window, tr("Referral registered"),
        tr("The referral is registered.\n\nCode: %1\n\nGive the patient this code: it shows their place in the "
           "waiting list.")
            .arg(saved.code),
        {tr("&Print ticket…"), tr("&Copy code"), tr("&Open the referral"), tr("Close")},
        QStringLiteral("referralRegisteredBox"));
    switch (next) {
    case PrintTicket:
        DocumentPrinter::run(m_window, ReferralDetailDialog::ticketJob(m_workspace, saved.code),
                             DocumentPrinter::Output::Preview);
        break;
    case CopyCode:
        QGuiApplication::clipboard()->setText(saved.code);
        emit statusMessage(tr("Code %1 copied: paste it with Ctrl+V.").arg(saved.code));
        break;
    case Open:
        openReferral(saved.id);
        break;
    default:
        break;
    }
    return saved.id;
}

void ClerkActions::openReferral(qint64 referralId)
{
    ReferralDetailDialog dialog(m_workspace, m_names, referralId, m_window);
    connect(&dialog, &ReferralDetailDialog::referralChanged, this, &ClerkActions::referralsChanged);
    dialog.exec();
}
