#pragma once

#include "ImportReport.h"
#include "domain/Clock.h"
#include "domain/Patient.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <functional>
#include <optional>

// Registers and edits patients. The IIN is the key: a second registration with the same IIN is refused
// with a message that names the patient already registered.
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

    std::optional<Patient> find(qint64 id) const;
    std::optional<Patient> findByIin(const QString& iin) const;
    QList<Patient> search(const QString& text, int limit = 200) const;
    void forEach(const std::function<void(const Patient&)>& visit) const;

    // CSV with a header naming iin,last_name,first_name and optionally middle_name, phone, address,
    // region_code, clinic, insured, benefit, in any order. One transaction: with a bad row and without
    // skipBad, nothing is imported.
    ImportReport importCsv(QIODevice* device, bool skipBad);

private:
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Patient updateOnce(Patient patient);
    // The write itself, run again by the public one when the database asks (Retry::transient).
    Patient registerPatientOnce(Patient patient);
    void checkRegion(const Patient& patient) const;

    Database& m_database;
    const Clock& m_clock;
};
