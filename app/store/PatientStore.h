#pragma once

#include "Database.h"
#include "domain/Patient.h"

#include <QList>
#include <functional>
#include <optional>

// The patient registry. Every insert and update also rewrites the patient's folded name terms, the
// index behind prefix search in Kazakh and Russian.
class PatientStore
{
public:
    explicit PatientStore(const Database& database)
        : m_database(database)
    {}

    std::optional<Patient> find(qint64 id) const;
    std::optional<Patient> findByIin(const QString& iin) const;
    qint64 insert(const Patient& patient, const QString& now) const;
    void update(const Patient& patient, const QString& now) const;
    // Patients whose name parts start with every term, or whose IIN starts with the digits; alphabetical.
    QList<Patient> search(const QString& text, int limit) const;
    // Streams every patient in alphabetical order (exports).
    void forEach(const std::function<void(const Patient&)>& visit) const;
    qint64 count() const;
    // Rewrites a patient's folded name terms (also for a patient whose names arrived in an exchange package).
    void writeTerms(qint64 id, const Patient& patient) const;

private:
    const Database& m_database;
};
