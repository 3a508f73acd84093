#include "PatientService.h"

#include "AuditService.h"
#include "Authorization.h"
#include "domain/Iin.h"
#include "io/CsvReader.h"
#include "store/PatientStore.h"
#include "store/RegionStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    Authorization::require(m_database, Permission::EditPatients, m_clock);
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
    Authorization::require(m_database, Permission::EditPatients, m_clock);
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

std::optional<Patient> PatientService::openCard(qint64 id)
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    const std::optional<Patient> patient = PatientStore(m_database).find(id);
    AuditService(m_database, m_clock)
        .recordView(QStringLiteral("patient"), patient ? patient->iin : QString::number(id),
                    patient ? patient->iin : QString(),
                    patient ? QJsonObject{} : QJsonObject{{QStringLiteral("found"), false}});
    return patient;
}

std::optional<Patient> PatientService::openCard(const QString& iinText)
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    const QString iin = QString(iinText).remove(QLatin1Char(' '));
    const std::optional<Patient> patient = PatientStore(m_database).findByIin(iin);
    AuditService(m_database, m_clock)
        .recordView(QStringLiteral("patient"), iin, iin,
                    patient ? QJsonObject{} : QJsonObject{{QStringLiteral("found"), false}});
    return patient;
}

void PatientService::beginExport(const QString& what, const QString& destination, const QString& format)
{
    Authorization::require(m_database, Permission::ExportRecords, m_clock);
    AuditService(m_database, m_clock).recordExport(what, destination, QJsonObject{{QStringLiteral("format"), format}});
}

std::optional<Patient> PatientService::find(qint64 id) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return PatientStore(m_database).find(id);
}

Patient PatientService::chosenPatient(qint64 id, const QString& iinText, const QString& noneChosen) const
{
    const PatientStore patients(m_database);
    std::optional<Patient> patient;
    if (id > 0) {
        patient = patients.find(id);
    } else {
        const Iin iin = Iin::parse(iinText);
        if (!iin.isValid())
            throw OperationError(OperationError::Kind::Invalid, iin.problemText(), QStringLiteral("iin"));
        patient = patients.findByIin(iin.digits());
        if (!patient)
            throw OperationError(
                OperationError::Kind::NotFound,
                tr("No patient with IIN %1 is registered. Register the patient first.").arg(iin.digits()),
                QStringLiteral("iin"));
    }
    if (!patient)
        throw OperationError(OperationError::Kind::Invalid, noneChosen, QStringLiteral("iin"));
    return *patient;
}

std::optional<Patient> PatientService::findByIin(const QString& iin) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    return PatientStore(m_database).findByIin(QString(iin).remove(QLatin1Char(' ')));
}

QList<Patient> PatientService::search(const QString& text, int limit) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    if (text.trimmed().isEmpty())
        return {};
    const Iin iin = Iin::parse(text.trimmed());
    AuditService(m_database, m_clock)
        .recordSearch(QStringLiteral("patients"),
                      QJsonObject{{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("limit"), limit}},
                      iin.isValid() ? iin.digits() : QString());
    return PatientStore(m_database).search(text, limit);
}

void PatientService::forEach(const std::function<void(const Patient&)>& visit) const
{
    Authorization::require(m_database, Permission::ViewPatients, m_clock);
    PatientStore(m_database).forEach(visit);
}

ImportReport PatientService::importCsv(QIODevice* device, bool skipBad)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    // Whatever Joldama exports it reads back: the patients export as CSV or JSON, and the patients named in a
    // referrals export (CSV or JSON).
    const QByteArray start = device->peek(4096).trimmed();
    if (start.startsWith('[') || start.startsWith("\xEF\xBB\xBF["))
        return importJson(device, skipBad);
    ImportReport report;
    CsvReader reader(device);
    if (!reader.readHeader()) {
        report.badRows << ImportReport::BadRow{1, tr("The file is empty: the first line must name the columns.")};
        return report;
    }
    if (!reader.problem().isEmpty()) {
        report.badRows << ImportReport::BadRow{1, reader.problem()};
        return report;
    }
    static const QStringList known{QStringLiteral("iin"),         QStringLiteral("last_name"),
                                   QStringLiteral("first_name"),  QStringLiteral("middle_name"),
                                   QStringLiteral("phone"),       QStringLiteral("address"),
                                   QStringLiteral("region_code"), QStringLiteral("clinic"),
                                   QStringLiteral("insured"),     QStringLiteral("benefit")};
    // Written by the export and derived from the IIN: checked against it, never taken from the file.
    static const QStringList derived{QStringLiteral("birth_date"), QStringLiteral("sex")};
    // The referrals export names its patients among the referral's columns, which are not the patient's.
    const bool referralsExport = reader.column(QStringLiteral("code")) >= 0 &&
                                 reader.column(QStringLiteral("status")) >= 0 &&
                                 reader.column(QStringLiteral("iin")) >= 0;
    QStringList missing;
    for (const char* required : {"iin", "last_name", "first_name"}) {
        if (reader.column(QLatin1String(required)) < 0)
            missing << QLatin1String(required);
    }
    if (!missing.isEmpty()) {
        report.badRows << ImportReport::BadRow{
            1, referralsExport
                   ? tr("This referrals export names no patients by their parts (last_name, first_name): it was "
                        "written by an older Joldama. Export the patients (joldama-cli export patients) and import "
                        "that file.")
                   : tr("The header lacks the column(s) %1. The first line must name at least iin, last_name and "
                        "first_name.")
                         .arg(missing.join(QStringLiteral(", ")))};
        return report;
    }
    if (!referralsExport) {
        for (const QString& name : reader.header()) {
            if (!name.isEmpty() && !known.contains(name) && !derived.contains(name)) {
                report.badRows << ImportReport::BadRow{
                    1, tr("Unknown column \"%1\". Known columns: %2.")
                           .arg(name.left(60), (known + derived).join(QStringLiteral(", ")))};
                return report;
            }
        }
    }
    auto field = [&](const QStringList& fields, const char* name) {
        const int column = reader.column(QLatin1String(name));
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    };

    WriteTransaction transaction(m_database, m_clock);
    Importer importer(*this, report, transaction, referralsExport);
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++report.rowsRead;
        const qint64 line = reader.recordLine();
        if (!reader.problem().isEmpty()) {
            report.badRows << ImportReport::BadRow{line, reader.problem()};
            if (reader.hadUnterminatedQuote())
                break;
            continue;
        }
        if (fields.size() != reader.header().size()) {
            report.badRows << ImportReport::BadRow{
                line, tr("The row has %1 fields, the header %2.").arg(fields.size()).arg(reader.header().size())};
            continue;
        }
        Importer::Row row;
        row.iin = field(fields, "iin");
        row.lastName = field(fields, "last_name");
        row.firstName = field(fields, "first_name");
        row.middleName = field(fields, "middle_name");
        row.phone = field(fields, "phone");
        row.address = field(fields, "address");
        row.regionCode = field(fields, "region_code");
        row.clinic = field(fields, "clinic");
        row.insured = field(fields, "insured");
        row.benefit = field(fields, "benefit");
        row.birthDate = field(fields, "birth_date");
        row.sex = field(fields, "sex");
        importer.take(line, row);
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

ImportReport PatientService::importJson(QIODevice* device, bool skipBad)
{
    ImportReport report;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(device->readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        report.badRows << ImportReport::BadRow{
            1, tr("The file is not the JSON Joldama exports (an array of records): %1 at byte %2.")
                   .arg(error.errorString())
                   .arg(error.offset)};
        return report;
    }
    WriteTransaction transaction(m_database, m_clock);
    const QJsonArray records = document.array();
    // A referrals export holds the referral's code and status besides its patient.
    const bool referralsExport = !records.isEmpty() && records.first().toObject().contains(QStringLiteral("code")) &&
                                 records.first().toObject().contains(QStringLiteral("status"));
    Importer importer(*this, report, transaction, referralsExport);
    qint64 index = 0;
    for (const QJsonValue& value : records) {
        ++index;
        ++report.rowsRead;
        const QJsonObject o = value.toObject();
        const auto text = [&](const char* key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isBool() ? QString::number(v.toBool() ? 1 : 0) : v.toString();
        };
        Importer::Row row;
        row.iin = text("iin");
        row.lastName = text("last_name");
        row.firstName = text("first_name");
        row.middleName = text("middle_name");
        row.phone = text("phone");
        row.address = text("address");
        row.regionCode = text("region_code");
        row.clinic = text("clinic");
        row.insured = text("insured");
        row.benefit = text("benefit");
        row.birthDate = text("birth_date");
        row.sex = text("sex");
        importer.take(index, row); // the record's number stands for its line
    }
    if (!report.badRows.isEmpty() && !skipBad) {
        report.imported = 0;
        report.unchanged = 0;
        return report;
    }
    transaction.commit();
    report.committed = true;
    return report;
}

PatientService::Importer::Importer(PatientService& service, ImportReport& report, WriteTransaction& transaction,
                                   bool fromReferrals)
    : m_service(service)
    , m_report(report)
    , m_transaction(transaction)
    , m_fromReferrals(fromReferrals)
{}

void PatientService::Importer::take(qint64 line, const Row& row)
{
    const PatientStore store(m_service.m_database);
    // A referral of the open data names no patient; in a referrals export such a row has nobody to import.
    if (m_fromReferrals && row.iin.trimmed().isEmpty() && row.lastName.trimmed().isEmpty())
        return;
    Patient patient;
    patient.iin = row.iin;
    patient.lastName = row.lastName;
    patient.firstName = row.firstName;
    patient.middleName = row.middleName;
    patient.phone = row.phone;
    patient.address = row.address;
    patient.regionCode = row.regionCode;
    patient.clinic = row.clinic;
    const QString insured = row.insured.trimmed().toLower();
    patient.insured = insured == QLatin1String("1") || insured == QLatin1String("yes") ||
                      insured == QLatin1String("true") || insured == QStringLiteral("да") ||
                      insured == QStringLiteral("иә");
    patient.benefit = row.benefit.trimmed();
    QList<PatientRules::Problem> problems = m_service.validate(patient);
    if (problems.isEmpty()) {
        // The birth date and sex an export wrote come from the IIN: they must agree with it.
        const QString birth = row.birthDate.trimmed();
        if (!birth.isEmpty() && QDate::fromString(birth, Qt::ISODate) != patient.birthDate)
            problems << PatientRules::Problem{QStringLiteral("birth_date"),
                                              tr("the birth date %1 does not agree with the IIN, which gives %2")
                                                  .arg(birth, patient.birthDate.toString(Qt::ISODate))};
        const QString sex = row.sex.trimmed().toLower();
        if (!sex.isEmpty() && sex != patient.sex)
            problems << PatientRules::Problem{
                QStringLiteral("sex"),
                tr("the sex \"%1\" does not agree with the IIN, which gives %2").arg(sex, patient.sex)};
    }
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const auto& p : problems)
            reasons << QStringLiteral("%1: %2").arg(p.field, p.message);
        m_report.badRows << ImportReport::BadRow{line, reasons.join(QStringLiteral("; "))};
        return;
    }
    if (const auto seen = m_seen.constFind(patient.iin); seen != m_seen.constEnd()) {
        // A referrals export names a patient once for each referral: the same person again is no problem.
        if (m_fromReferrals && *seen == patient.fullName())
            return;
        m_report.badRows << ImportReport::BadRow{line, tr("IIN %1 appears twice in the file.").arg(patient.iin)};
        return;
    }
    m_seen.insert(patient.iin, patient.fullName());
    if (const std::optional<Patient> existing = store.findByIin(patient.iin)) {
        if (existing->fullName() == patient.fullName()) {
            ++m_report.unchanged; // importing the same file twice changes nothing
            return;
        }
        m_report.badRows << ImportReport::BadRow{
            line, tr("IIN %1 is already registered as %2.").arg(patient.iin, existing->fullName())};
        return;
    }
    patient.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store.insert(patient, m_transaction.now());
    ++m_report.imported;
}
