#include "RecordExport.h"

#include "domain/Clock.h"
#include "io/CsvWriter.h"
#include "io/RecordJson.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"

#include <QFileDevice>
#include <QHash>
#include <QJsonDocument>

namespace {
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QIODevice* out)
        : m_out(out)
    {
        m_out->write("[\n");
    }
    void add(const QJsonObject& object)
    {
        if (m_count++ > 0)
            m_out->write(",\n");
        m_out->write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    void finish() { m_out->write("\n]\n"); }

private:
    QIODevice* m_out;
    qint64 m_count = 0;
};
QString destination(QIODevice* out)
{
    const auto* file = qobject_cast<QFileDevice*>(out);
    return file && !file->fileName().isEmpty() ? file->fileName() : QStringLiteral("(standard output)");
}

QString formatName(RecordExport::Format format)
{
    return format == RecordExport::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}
} // namespace

qint64 RecordExport::patients(PatientService& service, QIODevice* out, Format format)
{
    service.beginExport(QStringLiteral("patients"), destination(out), formatName(format));
    static const QStringList columns{
        QStringLiteral("iin"),         QStringLiteral("last_name"),  QStringLiteral("first_name"),
        QStringLiteral("middle_name"), QStringLiteral("birth_date"), QStringLiteral("sex"),
        QStringLiteral("phone"),       QStringLiteral("address"),    QStringLiteral("region_code"),
        QStringLiteral("clinic"),      QStringLiteral("insured"),    QStringLiteral("benefit")};
    qint64 count = 0;
    if (format == Format::Json) {
        JsonArrayWriter writer(out);
        service.forEach([&](const Patient& p) {
            writer.add(RecordJson::patient(p));
            ++count;
        });
        writer.finish();
        return count;
    }
    CsvWriter writer(out);
    writer.writeRecord(columns);
    service.forEach([&](const Patient& p) {
        writer.writeRecord({p.iin, p.lastName, p.firstName, p.middleName, p.birthDate.toString(Qt::ISODate), p.sex,
                            p.phone, p.address, p.regionCode, p.clinic,
                            p.insured ? QStringLiteral("1") : QStringLiteral("0"), p.benefit});
        ++count;
    });
    return count;
}

qint64 RecordExport::referrals(ReferralService& referrals, PatientService& patients, QIODevice* out, Format format)
{
    patients.beginExport(QStringLiteral("referrals"), destination(out), formatName(format));
    // Patients are looked up once each; a bureau's referrals mostly belong to different people, so keep
    // the cache small and simple.
    QHash<qint64, Patient> cache;
    auto patientOf = [&](qint64 id) {
        auto it = cache.constFind(id);
        if (it != cache.constEnd())
            return *it;
        if (cache.size() > 10000)
            cache.clear();
        const Patient p = patients.find(id).value_or(Patient());
        cache.insert(id, p);
        return p;
    };
    qint64 count = 0;
    if (format == Format::Json) {
        JsonArrayWriter writer(out);
        referrals.forEach([&](const Referral& r) {
            QJsonObject object = RecordJson::referral(r);
            const Patient p = patientOf(r.patientId);
            object.insert(QStringLiteral("iin"), p.iin);
            object.insert(QStringLiteral("patient"), p.fullName());
            // The parts of the name too, so that import patients reads the patients back from this file.
            object.insert(QStringLiteral("last_name"), p.lastName);
            object.insert(QStringLiteral("first_name"), p.firstName);
            object.insert(QStringLiteral("middle_name"), p.middleName);
            writer.add(object);
            ++count;
        });
        writer.finish();
        return count;
    }
    CsvWriter writer(out);
    writer.writeRecord({QStringLiteral("code"),
                        QStringLiteral("status"),
                        QStringLiteral("iin"),
                        QStringLiteral("patient"),
                        QStringLiteral("hospital"),
                        QStringLiteral("profile"),
                        QStringLiteral("care_form"),
                        QStringLiteral("purpose"),
                        QStringLiteral("funding"),
                        QStringLiteral("priority"),
                        QStringLiteral("diagnosis"),
                        QStringLiteral("referring_region"),
                        QStringLiteral("referring_org"),
                        QStringLiteral("registered"),
                        QStringLiteral("scheduled_date"),
                        QStringLiteral("preliminary_date"),
                        QStringLiteral("hospitalized_on"),
                        QStringLiteral("discharged_on"),
                        QStringLiteral("emergency"),
                        QStringLiteral("last_name"),
                        QStringLiteral("first_name"),
                        QStringLiteral("middle_name")});
    referrals.forEach([&](const Referral& r) {
        const Patient p = patientOf(r.patientId);
        writer.writeRecord({r.code,
                            ReferralStatuses::code(r.status),
                            p.iin,
                            p.fullName(),
                            r.hospitalCode,
                            r.profileCode,
                            r.careForm,
                            r.purpose,
                            r.funding,
                            QString::number(r.priority),
                            r.diagnosisCode,
                            r.referringRegion,
                            r.referringOrg,
                            Clock::stamp(r.registeredAt),
                            r.scheduledDate.toString(Qt::ISODate),
                            r.preliminaryDate.toString(Qt::ISODate),
                            r.hospitalizedOn.toString(Qt::ISODate),
                            r.dischargedOn.toString(Qt::ISODate),
                            r.emergency ? QStringLiteral("1") : QStringLiteral("0"),
                            p.lastName,
                            p.firstName,
                            p.middleName});
        ++count;
    });
    return count;
}
