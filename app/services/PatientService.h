#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "domain/Patient.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <functional>
#include <optional>

// Registers and edits patients. The IIN is the key: a second registration with the same IIN is refused
// with a message that names the patient already registered.
class WriteTransaction;

class PatientService
{
    Q_DECLARE_TR_FUNCTIONS(PatientService)

public:
    explicit PatientService(Database& database, const Clock& clock = Clock::system());

    // Normalises the fields and returns every problem, each naming its field (for the form).
    QList<PatientRules::Problem> validate(Patient& patient) const;
    // Throws OperationError: Invalid (field named) or Conflict on a duplicate IIN (field "iin").
    Patient registerPatient(Patient patient);
    Patient update(Patient patient);

    // A patient's card about to be shown: the view is recorded in the audit log, and committed, before the
    // record is returned (a miss is recorded too: asking discloses whether someone is registered).
    std::optional<Patient> openCard(qint64 id);
    std::optional<Patient> openCard(const QString& iin);
    // Before every patient's record leaves in a file: the export is allowed (senior clerks) and recorded.
    void beginExport(const QString& what, const QString& destination, const QString& format);

    // The patient a referral or an application is for: chosen in the window (id > 0) or typed or scanned (IIN).
    // Throws OperationError on the field "iin": an invalid IIN, an IIN nobody is registered with, or no patient
    // given (noneChosen says what the patient was needed for). No authorization or audit of its own: it runs inside
    // the caller's write, which has both.
    Patient chosenPatient(qint64 id, const QString& iin, const QString& noneChosen) const;
    std::optional<Patient> find(qint64 id) const;
    std::optional<Patient> findByIin(const QString& iin) const;
    // The search and its text are recorded in the audit log before the results are returned.
    QList<Patient> search(const QString& text, int limit = 200) const;
    void forEach(const std::function<void(const Patient&)>& visit) const;

    // CSV with a header naming iin,last_name,first_name and optionally middle_name, phone, address,
    // region_code, clinic, insured, benefit, in any order; birth_date and sex, which the export writes, are
    // checked against the IIN. Whatever Joldama exports is read back: the patients export as CSV or JSON, and
    // the patients of a referrals export (CSV or JSON). One transaction: with a bad row and without skipBad,
    // nothing is imported.
    ImportReport importCsv(QIODevice* device, bool skipBad);

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Patient updateOnce(Patient patient);
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Patient registerPatientOnce(Patient patient);
    ImportReport importJson(QIODevice* device, bool skipBad);
    // One row of an import, checked and saved inside the import's transaction.
    class Importer
    {
    public:
        struct Row
        {
            QString iin, lastName, firstName, middleName, phone, address, regionCode, clinic, insured, benefit,
                birthDate, sex;
        };
        Importer(PatientService& service, ImportReport& report, WriteTransaction& transaction, bool fromReferrals);
        void take(qint64 line, const Row& row);

    private:
        PatientService& m_service;
        ImportReport& m_report;
        WriteTransaction& m_transaction;
        bool m_fromReferrals;
        QHash<QString, QString> m_seen; // IIN → full name
    };

    void checkRegion(const Patient& patient) const;

    Database& m_database;
    const Clock& m_clock;
};
