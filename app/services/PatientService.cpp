#include "PatientService.h"

#include "io/CsvReader.h"
#include "store/PatientStore.h"
#include "store/RegionStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

#include <QSet>
#include <QUuid>

PatientService::PatientService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<PatientRules::Problem> PatientService::validate(Patient& patient) const
{
    QList<PatientRules::Problem> problems = PatientRules::normalizeAndCheck(patient);
    if (!patient.regionCode.isEmpty() && !RegionStore(m_database).find(patient.regionCode)) {
        const QString resolved = RegionStore(m_database).resolve(patient.regionCode);
        if (resolved.isEmpty())
            problems << PatientRules::Problem{QStringLiteral("region_code"),
                                              tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 "
                                                 "for Astana.")
                                                  .arg(patient.regionCode)};
        else
            patient.regionCode = resolved;
    }
    return problems;
}

Patient PatientService::registerPatient(Patient patient)
{
    return Retry::transient(m_database, [&] { return registerPatientOnce(patient); });
}

Patient PatientService::registerPatientOnce(Patient patient)
{
    const QList<PatientRules::Problem> problems = validate(patient);
    if (!problems.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problems.first().message, problems.first().field);
    WriteTransaction transaction(m_database, m_clock);
    const PatientStore store(m_database);
    if (const std::optional<Patient> existing = store.findByIin(patient.iin))
        throw OperationError(OperationError::Kind::Conflict,
                             tr("A patient with IIN %1 is already registered: %2. Open that record instead of "
                                "registering the patient again.")
                                 .arg(existing->iin, existing->fullName()),
                             QStringLiteral("iin"));
    patient.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    patient.id = store.insert(patient, transaction.now());
    transaction.commit();
    return patient;
}

Patient PatientService::update(Patient patient)
{
    return Retry::transient(m_database, [&] { return updateOnce(patient); });
}

Patient PatientService::updateOnce(Patient patient)
{
    const QList<PatientRules::Problem> problems = validate(patient);
    if (!problems.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, problems.first().message, problems.first().field);
    WriteTransaction transaction(m_database, m_clock);
    const PatientStore store(m_database);
    const std::optional<Patient> saved = store.find(patient.id);
    if (!saved)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("This patient is no longer in the registry. Refresh the list."));
    if (saved->iin != patient.iin)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The IIN of a registered patient cannot be changed. If it was registered with a wrong "
                                "IIN, register the patient with the right one."),
                             QStringLiteral("iin"));
    patient.uid = saved->uid;
    store.update(patient, transaction.now());
    transaction.commit();
    return patient;
}

std::optional<Patient> PatientService::find(qint64 id) const
{
    return PatientStore(m_database).find(id);
}

std::optional<Patient> PatientService::findByIin(const QString& iin) const
{
    return PatientStore(m_database).findByIin(QString(iin).remove(QLatin1Char(' ')));
}

QList<Patient> PatientService::search(const QString& text, int limit) const
{
    if (text.trimmed().isEmpty())
        return {};
    return PatientStore(m_database).search(text, limit);
}

void PatientService::forEach(const std::function<void(const Patient&)>& visit) const
{
    PatientStore(m_database).forEach(visit);
}

ImportReport PatientService::importCsv(QIODevice* device, bool skipBad)
{
    ImportReport report;
    CsvReader reader(device);
    if (!reader.readHeader()) {
        report.badRows << ImportReport::BadRow{1, tr("The file is empty: the first line must name the columns.")};
        return report;
    }
    static const QStringList known{QStringLiteral("iin"),         QStringLiteral("last_name"),
                                   QStringLiteral("first_name"),  QStringLiteral("middle_name"),
                                   QStringLiteral("phone"),       QStringLiteral("address"),
                                   QStringLiteral("region_code"), QStringLiteral("clinic"),
                                   QStringLiteral("insured"),     QStringLiteral("benefit")};
    QStringList missing;
    for (const char* required : {"iin", "last_name", "first_name"}) {
        if (reader.column(QLatin1String(required)) < 0)
            missing << QLatin1String(required);
    }
    if (!missing.isEmpty()) {
        report.badRows << ImportReport::BadRow{
            1, tr("The header lacks the column(s) %1. The first line must name at least iin, last_name and first_name.")
                   .arg(missing.join(QStringLiteral(", ")))};
        return report;
    }
    for (const QString& name : reader.header()) {
        if (!name.isEmpty() && !known.contains(name)) {
            report.badRows << ImportReport::BadRow{
                1, tr("Unknown column \"%1\". Known columns: %2.").arg(name, known.join(QStringLiteral(", ")))};
            return report;
        }
    }
    auto field = [&](const QStringList& fields, const char* name) {
        const int column = reader.column(QLatin1String(name));
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    };

    WriteTransaction transaction(m_database, m_clock);
    const PatientStore store(m_database);
    QSet<QString> seen;
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++report.rowsRead;
        const qint64 line = reader.recordLine();
        if (reader.hadUnterminatedQuote()) {
            report.badRows << ImportReport::BadRow{line, tr("A quoted field is never closed.")};
            break;
        }
        if (fields.size() != reader.header().size()) {
            report.badRows << ImportReport::BadRow{
                line, tr("The row has %1 fields, the header %2.").arg(fields.size()).arg(reader.header().size())};
            continue;
        }
        Patient patient;
        patient.iin = field(fields, "iin");
        patient.lastName = field(fields, "last_name");
        patient.firstName = field(fields, "first_name");
        patient.middleName = field(fields, "middle_name");
        patient.phone = field(fields, "phone");
        patient.address = field(fields, "address");
        patient.regionCode = field(fields, "region_code");
        patient.clinic = field(fields, "clinic");
        const QString insured = field(fields, "insured").trimmed().toLower();
        patient.insured = insured == QLatin1String("1") || insured == QLatin1String("yes") ||
                          insured == QLatin1String("true") || insured == QStringLiteral("да") ||
                          insured == QStringLiteral("иә");
        patient.benefit = field(fields, "benefit").trimmed();
        const QList<PatientRules::Problem> problems = validate(patient);
        if (!problems.isEmpty()) {
            QStringList reasons;
            for (const auto& p : problems)
                reasons << QStringLiteral("%1: %2").arg(p.field, p.message);
            report.badRows << ImportReport::BadRow{line, reasons.join(QStringLiteral("; "))};
            continue;
        }
        if (seen.contains(patient.iin)) {
            report.badRows << ImportReport::BadRow{line, tr("IIN %1 appears twice in the file.").arg(patient.iin)};
            continue;
        }
        seen.insert(patient.iin);
        if (const std::optional<Patient> existing = store.findByIin(patient.iin)) {
            if (existing->fullName() == patient.fullName()) {
                ++report.unchanged; // importing the same file twice changes nothing
                continue;
            }
            report.badRows << ImportReport::BadRow{
                line, tr("IIN %1 is already registered as %2.").arg(patient.iin, existing->fullName())};
            continue;
        }
        patient.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.insert(patient, transaction.now());
        ++report.imported;
    }
    if (!report.badRows.isEmpty() && !skipBad) {
        report.imported = 0;
        report.unchanged = 0;
        return report; // the transaction rolls back: nothing half-imported
    }
    transaction.commit();
    report.committed = true;
    return report;
}
