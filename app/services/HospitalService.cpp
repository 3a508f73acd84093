#include "HospitalService.h"

#include "Authorization.h"
#include "BedService.h"
#include "domain/PhoneNumber.h"
#include "io/CsvReader.h"
#include "store/BedProfileStore.h"
#include "store/BedStore.h"
#include "store/HospitalStore.h"
#include "store/RegionStore.h"
#include "store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

HospitalService::HospitalService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<Hospital> HospitalService::hospitals() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return HospitalStore(m_database).all();
}

std::optional<Hospital> HospitalService::find(const QString& code) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return HospitalStore(m_database).findByCode(code);
}

QStringList HospitalService::profiles(qint64 hospitalId) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return HospitalStore(m_database).profileCodes(hospitalId);
}

Hospital HospitalService::checked(Hospital h) const
{
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Z]{4}$"));
    h.code = h.code.trimmed().toUpper();
    h.name = h.name.simplified();
    if (!codePattern.match(h.code).hasMatch())
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("A hospital code is 4 Latin letters or digits, as in the referral codes (for example 7101)."),
            QStringLiteral("code"));
    if (h.name.isEmpty())
        throw OperationError(OperationError::Kind::Invalid, tr("Enter the hospital's name."), QStringLiteral("name"));
    const QString region = RegionStore(m_database).resolve(h.regionCode);
    if (region.isEmpty())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("\"%1\" is not a region. Give its two-digit KATO code or its name.").arg(h.regionCode),
                             QStringLiteral("region_code"));
    h.regionCode = region;
    if (!h.phone.trimmed().isEmpty()) {
        QString problem;
        const QString phone = PhoneNumber::normalize(h.phone, &problem);
        if (phone.isEmpty())
            throw OperationError(OperationError::Kind::Invalid, problem, QStringLiteral("phone"));
        h.phone = phone;
    }
    h.address = h.address.trimmed();
    h.kind = h.kind.trimmed();
    return h;
}

Hospital HospitalService::save(Hospital hospital, const QStringList& profileCodes)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    Hospital h = checked(hospital);
    WriteTransaction transaction(m_database, m_clock);
    const HospitalStore store(m_database);
    if (const std::optional<Hospital> existing = store.findByCode(h.code)) {
        h.uid = existing->uid;
        if (hospital.id > 0 && existing->id != hospital.id)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("The code %1 already belongs to %2.").arg(h.code, existing->name),
                                 QStringLiteral("code"));
    }
    h.id = store.upsert(h, transaction.now());
    if (!profileCodes.isEmpty())
        setProfiles(h.id, profileCodes);
    transaction.commit();
    return *store.find(h.id);
}

void HospitalService::setProfiles(qint64 hospitalId, const QStringList& profileCodes)
{
    Authorization::require(m_database, Permission::ManageReferenceLists, m_clock);
    WriteTransaction transaction(m_database, m_clock);
    const HospitalStore store(m_database);
    const BedProfileStore profiles(m_database);
    QSet<QString> wanted;
    for (const QString& code : profileCodes) {
        const QString c = code.trimmed().toUpper();
        if (c.isEmpty())
            continue;
        if (!profiles.find(c))
            throw OperationError(OperationError::Kind::Invalid, tr("\"%1\" is not a bed profile.").arg(code),
                                 QStringLiteral("profiles"));
        wanted.insert(c);
    }
    for (const QString& current : store.profileCodes(hospitalId)) {
        if (!wanted.contains(current))
            store.setProfile(hospitalId, current, false, transaction.now());
    }
    for (const QString& code : std::as_const(wanted))
        store.setProfile(hospitalId, code, true, transaction.now());
    transaction.commit();
}

ImportReport HospitalService::importCsv(QIODevice* device, bool skipBad)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    ImportReport report;
    CsvReader reader(device);
    const bool read = reader.readHeader();
    if (read && !reader.problem().isEmpty()) {
        report.badRows << ImportReport::BadRow{1, reader.problem()};
        return report;
    }
    if (!read || reader.column(QStringLiteral("code")) < 0 || reader.column(QStringLiteral("name")) < 0 ||
        reader.column(QStringLiteral("region_code")) < 0) {
        report.badRows << ImportReport::BadRow{
            1, tr("The first line must name at least the columns code, name and region_code; address, phone, kind, "
                  "active and profiles may follow.")};
        return report;
    }
    auto field = [&](const QStringList& fields, const char* name) {
        const int column = reader.column(QLatin1String(name));
        return column >= 0 ? fields.value(column) : QString();
    };
    WriteTransaction transaction(m_database, m_clock);
    const HospitalStore store(m_database);
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++report.rowsRead;
        if (!reader.problem().isEmpty()) {
            report.badRows << ImportReport::BadRow{reader.recordLine(), reader.problem()};
            continue;
        }
        Hospital h;
        h.code = field(fields, "code");
        h.name = field(fields, "name");
        h.regionCode = field(fields, "region_code");
        h.address = field(fields, "address");
        h.phone = field(fields, "phone");
        h.kind = field(fields, "kind");
        const QString active = field(fields, "active").trimmed().toLower();
        h.active = active.isEmpty() || active == QLatin1String("1") || active == QLatin1String("yes") ||
                   active == QLatin1String("true");
        try {
            h = checked(h);
            const std::optional<Hospital> existing = store.findByCode(h.code);
            const QStringList profiles = field(fields, "profiles").split(QLatin1Char('|'), Qt::SkipEmptyParts);
            if (existing && existing->name == h.name && existing->regionCode == h.regionCode &&
                existing->address == h.address && existing->phone == h.phone && existing->kind == h.kind &&
                existing->active == h.active && !existing->demo &&
                (profiles.isEmpty() || QSet<QString>(profiles.begin(), profiles.end()) == [&] {
                    const QStringList p = store.profileCodes(existing->id);
                    return QSet<QString>(p.begin(), p.end());
                }())) {
                ++report.unchanged;
                continue;
            }
            h.demo = false; // the bureau's own registry replaces the demo entry of the same code
            save(h, profiles);
            ++report.imported;
        } catch (const OperationError& e) {
            report.badRows << ImportReport::BadRow{reader.recordLine(), e.message()};
        }
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

ImportReport HospitalService::importBedsCsv(QIODevice* device, bool skipBad, bool unusualDatesConfirmed)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    ImportReport report;
    CsvReader reader(device);
    static const char* const required[] = {"hospital_code", "profile_code", "date", "total", "occupied"};
    bool headerOk = reader.readHeader();
    if (headerOk && !reader.problem().isEmpty()) {
        report.badRows << ImportReport::BadRow{1, reader.problem()};
        return report;
    }
    for (const char* name : required)
        headerOk = headerOk && reader.column(QLatin1String(name)) >= 0;
    if (!headerOk) {
        report.badRows << ImportReport::BadRow{
            1,
            tr("The first line must name the columns hospital_code, profile_code, date, total and occupied; reserved "
               "and care_form may follow.")};
        return report;
    }
    auto field = [&](const QStringList& fields, const char* name) {
        const int column = reader.column(QLatin1String(name));
        return column >= 0 ? fields.value(column).trimmed() : QString();
    };
    auto number = [](const QString& text, bool* ok) {
        if (text.isEmpty()) {
            *ok = true;
            return 0;
        }
        return text.toInt(ok);
    };
    // Digits too many for a number (an IIN pasted in the column) are out of range, not "not a number".
    auto outOfRange = [](const QString& text) {
        bool isNumber = false;
        const qlonglong value = text.toLongLong(&isNumber);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        return (isNumber && value > BedService::MaxBeds) || (!isNumber && digits.match(text).hasMatch());
    };
    WriteTransaction transaction(m_database, m_clock);
    const HospitalStore hospitals(m_database);
    const BedProfileStore profiles(m_database);
    QSet<std::pair<qint64, QString>> touched;
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++report.rowsRead;
        const qint64 line = reader.recordLine();
        const std::optional<Hospital> hospital = hospitals.findByCode(field(fields, "hospital_code"));
        const std::optional<BedProfile> profile = profiles.find(field(fields, "profile_code").toUpper());
        const QDate day = QDate::fromString(field(fields, "date"), Qt::ISODate);
        bool okTotal = false, okOccupied = false, okReserved = false;
        const BedCount count{number(field(fields, "total"), &okTotal), number(field(fields, "occupied"), &okOccupied),
                             number(field(fields, "reserved"), &okReserved)};
        QString problem = reader.problem(); // the text itself cannot be read
        if (!problem.isEmpty())
            report.badRows << ImportReport::BadRow{line, problem};
        else if (!hospital)
            problem = tr("no hospital has the code \"%1\"").arg(field(fields, "hospital_code"));
        else if (!profile)
            problem = tr("\"%1\" is not a bed profile").arg(field(fields, "profile_code"));
        else if (!day.isValid())
            problem = tr("the date \"%1\" is not YYYY-MM-DD").arg(field(fields, "date"));
        else if (const QString far = BedService::dateProblem(day, m_clock.today(), unusualDatesConfirmed);
                 !far.isEmpty()) {
            problem = far;
            if (BedService::withinAYear(day, m_clock.today()))
                ++report.unconfirmedDates;
        } else if (outOfRange(field(fields, "total")) || outOfRange(field(fields, "occupied")) ||
                   outOfRange(field(fields, "reserved")))
            problem = tr("a bed number is out of range: a hospital has at most %1 beds in one profile")
                          .arg(BedService::MaxBeds);
        else if (!okTotal || !okOccupied || !okReserved || count.total < 0 || count.occupied < 0 || count.reserved < 0)
            problem = tr("bed numbers must be whole numbers, not negative");
        else if (count.occupied + count.reserved > count.total)
            problem = tr("occupied and reserved beds exceed the total");
        if (!problem.isEmpty()) {
            if (report.badRows.isEmpty() || report.badRows.last().line != line)
                report.badRows << ImportReport::BadRow{line, problem};
            continue;
        }
        BedStore::Report r;
        r.hospitalId = hospital->id;
        r.profileCode = profile->code;
        r.careForm = field(fields, "care_form").isEmpty() ? BedProfile::careFormCode(profile->careForm)
                                                          : field(fields, "care_form");
        r.forDate = day;
        r.count = count;
        hospitals.setProfile(hospital->id, profile->code, true, transaction.now());
        BedStore(m_database).report(r, transaction.now(), transaction.actor());
        touched.insert({hospital->id, profile->code});
        ++report.imported;
    }
    if (!report.badRows.isEmpty() && !skipBad) {
        report.imported = 0;
        return report;
    }
    if (m_bedsChanged) {
        for (const auto& [hospitalId, profileCode] : std::as_const(touched))
            m_bedsChanged(hospitalId, profileCode);
    }
    transaction.commit();
    report.committed = true;
    return report;
}
