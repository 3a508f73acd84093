#include "BedService.h"

#include "Authorization.h"
#include "domain/DisplayFormat.h"
#include "store/BedProfileStore.h"
#include "store/BedStore.h"
#include "store/HospitalStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

BedService::BedService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

bool BedService::withinAYear(const QDate& day, const QDate& today)
{
    return day >= today.addYears(-1) && day <= today.addYears(1);
}

QString BedService::dateProblem(const QDate& day, const QDate& today, bool confirmed)
{
    if (!withinAYear(day, today))
        return tr("A bed report for %1 is more than a year from today. Check the year: beds are reported for today "
                  "or the days close to it.")
            .arg(DisplayFormat::date(day));
    if (confirmed || (day >= today.addDays(-ReportDaysBack) && day <= today.addDays(ReportDaysAhead)))
        return {};
    const qint64 days = today.daysTo(day);
    return days > 0 ? tr("The bed report is for %1, %2 days ahead. If that day is meant, confirm it; otherwise "
                         "correct the date.")
                          .arg(DisplayFormat::date(day))
                          .arg(days)
                    : tr("The bed report is for %1, %2 days ago. If that day is meant, confirm it; otherwise correct "
                         "the date.")
                          .arg(DisplayFormat::date(day))
                          .arg(-days);
}

void BedService::report(const QString& hospitalCode, const QString& profileCode, const QDate& day,
                        const BedCount& count, const QString& careForm, bool unusualDateConfirmed)
{
    Authorization::require(m_database, Permission::ManageBeds, m_clock);
    return Retry::transient(
        m_database, [&] { return reportOnce(hospitalCode, profileCode, day, count, careForm, unusualDateConfirmed); });
}

void BedService::reportOnce(const QString& hospitalCode, const QString& profileCode, const QDate& day,
                            const BedCount& count, const QString& careForm, bool unusualDateConfirmed)
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
    if (count.total > MaxBeds || count.occupied > MaxBeds || count.reserved > MaxBeds)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("%1 beds is out of range: a hospital has at most %2 beds in one profile. Check the "
                                "number.")
                                 .arg(std::max({count.total, count.occupied, count.reserved}))
                                 .arg(MaxBeds),
                             QStringLiteral("total"));
    const QDate reportDay = day.isValid() ? day : m_clock.today();
    if (const QString problem = dateProblem(reportDay, m_clock.today(), unusualDateConfirmed); !problem.isEmpty())
        throw OperationError(withinAYear(reportDay, m_clock.today()) ? OperationError::Kind::Unconfirmed
                                                                     : OperationError::Kind::Invalid,
                             problem, QStringLiteral("date"));
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
    r.forDate = reportDay;
    r.count = count;
    BedStore(m_database).report(r, transaction.now(), transaction.actor());
    if (m_bedsChanged)
        m_bedsChanged(hospital->id, profile->code); // the default admission capacity follows the beds
    transaction.commit();
}

QList<BedStore::Report> BedService::history(const QString& hospitalCode, const QString& profileCode) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    const std::optional<Hospital> hospital = HospitalStore(m_database).findByCode(hospitalCode);
    if (!hospital)
        return {};
    return BedStore(m_database).history(hospital->id, profileCode.toUpper());
}

QList<BedAvailability> BedService::availability(const QString& regionCode, const QString& profileCode) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    const BedStore store(m_database);
    QList<BedAvailability> rows = store.offeredProfiles(regionCode, profileCode);
    const QDate today = m_clock.today();
    const QHash<QString, QHash<QDate, int>> admissions = store.scheduledAdmissions(today, today.addDays(2));
    std::array<QHash<QString, std::pair<BedCount, QDate>>, 3> counts;
    for (int d = 0; d < 3; ++d)
        counts[size_t(d)] = store.countsOn(today.addDays(d));
    for (BedAvailability& row : rows) {
        const QString key = BedStore::keyText(row.hospitalId, row.profileCode, row.careForm);
        const QHash<QDate, int> scheduled = admissions.value(key);
        for (int d = 0; d < 3; ++d) {
            const QDate day = today.addDays(d);
            row.admissions[size_t(d)] = scheduled.value(day);
            const auto it = counts[size_t(d)].constFind(key);
            if (it != counts[size_t(d)].constEnd() && (d == 0 || it->second == day)) {
                row.days[size_t(d)] = it->first; // the hospital's own figure for the day
                if (d == 0)
                    row.reportedFor = it->second;
                continue;
            }
            // Tomorrow and the day after: the day before's beds, less the admissions already confirmed for
            // the day. (Before, they repeated the last report, as if nobody were coming.)
            if (d > 0 && row.days[size_t(d - 1)]) {
                BedCount projected = *row.days[size_t(d - 1)];
                projected.occupied += row.admissions[size_t(d)];
                row.days[size_t(d)] = projected;
            }
        }
    }
    return rows;
}
