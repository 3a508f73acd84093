#include "BedService.h"

#include "store/BedProfileStore.h"
#include "store/BedStore.h"
#include "store/HospitalStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

BedService::BedService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

void BedService::report(const QString& hospitalCode, const QString& profileCode, const QDate& day,
                        const BedCount& count, const QString& careForm)
{
    return Retry::transient(m_database, [&] { return reportOnce(hospitalCode, profileCode, day, count, careForm); });
}

void BedService::reportOnce(const QString& hospitalCode, const QString& profileCode, const QDate& day,
                            const BedCount& count, const QString& careForm)
{
    const std::optional<Hospital> hospital = HospitalStore(m_database).findByCode(hospitalCode);
    if (!hospital)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no hospital with the code \"%1\".").arg(hospitalCode),
                             QStringLiteral("hospital"));
    const std::optional<BedProfile> profile = BedProfileStore(m_database).find(profileCode.toUpper());
    if (!profile)
        throw OperationError(OperationError::Kind::Invalid, tr("\"%1\" is not a bed profile.").arg(profileCode),
                             QStringLiteral("profile"));
    if (count.total < 0 || count.occupied < 0 || count.reserved < 0)
        throw OperationError(OperationError::Kind::Invalid, tr("Bed numbers cannot be negative."),
                             QStringLiteral("total"));
    if (count.occupied + count.reserved > count.total)
        throw OperationError(
            OperationError::Kind::Invalid,
            tr("Occupied (%1) and reserved (%2) beds together exceed the %3 beds of the profile. Check the "
               "numbers.")
                .arg(count.occupied)
                .arg(count.reserved)
                .arg(count.total),
            QStringLiteral("occupied"));
    const QString form = careForm.isEmpty() ? BedProfile::careFormCode(profile->careForm) : careForm;
    if (form != QLatin1String("day") && form != QLatin1String("round_the_clock"))
        throw OperationError(OperationError::Kind::Invalid, tr("The form of care is round_the_clock or day."),
                             QStringLiteral("care_form"));
    WriteTransaction transaction(m_database, m_clock);
    HospitalStore(m_database).setProfile(hospital->id, profile->code, true, transaction.now());
    BedStore::Report r;
    r.hospitalId = hospital->id;
    r.profileCode = profile->code;
    r.careForm = form;
    r.forDate = day.isValid() ? day : m_clock.today();
    r.count = count;
    BedStore(m_database).report(r, transaction.now(), transaction.actor());
    if (m_bedsChanged)
        m_bedsChanged(hospital->id, profile->code); // the default admission capacity follows the beds
    transaction.commit();
}

QList<BedStore::Report> BedService::history(const QString& hospitalCode, const QString& profileCode) const
{
    const std::optional<Hospital> hospital = HospitalStore(m_database).findByCode(hospitalCode);
    if (!hospital)
        return {};
    return BedStore(m_database).history(hospital->id, profileCode.toUpper());
}

QList<BedAvailability> BedService::availability(const QString& regionCode, const QString& profileCode) const
{
    const BedStore store(m_database);
    QList<BedAvailability> rows = store.offeredProfiles(regionCode, profileCode);
    const QDate today = m_clock.today();
    for (int d = 0; d < 3; ++d) {
        const auto counts = store.countsOn(today.addDays(d));
        for (BedAvailability& row : rows) {
            const auto it = counts.constFind(BedStore::keyText(row.hospitalId, row.profileCode, row.careForm));
            if (it == counts.constEnd())
                continue;
            row.days[size_t(d)] = it->first;
            if (d == 0)
                row.reportedFor = it->second;
        }
    }
    return rows;
}
