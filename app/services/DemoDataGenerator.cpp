#include "DemoDataGenerator.h"

#include "AbroadService.h"
#include "Authorization.h"
#include "BedService.h"
#include "QuotaService.h"
#include "ReferralService.h"
#include "WaitingListService.h"
#include "domain/Iin.h"
#include "domain/NameText.h"
#include "domain/OperationError.h"
#include "domain/QueueKey.h"
#include "domain/ReferralCode.h"
#include "store/BedProfileStore.h"
#include "store/BulkStore.h"
#include "store/ChecklistStore.h"
#include "store/HospitalStore.h"
#include "store/IcdStore.h"
#include "store/RegionStore.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QSet>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <random>

namespace {

// Names with every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and common Russian ones.
const QStringList kazakhSurnames{
    QStringLiteral("Әбдірахманов"),  QStringLiteral("Әлиханов"),      QStringLiteral("Ғабдуллин"),
    QStringLiteral("Қасымов"),       QStringLiteral("Құдайбергенов"), QStringLiteral("Қожахметов"),
    QStringLiteral("Ерғалиев"),      QStringLiteral("Жақсылықов"),    QStringLiteral("Мұхаметжанов"),
    QStringLiteral("Нұрмағамбетов"), QStringLiteral("Өтепов"),        QStringLiteral("Өмірзақов"),
    QStringLiteral("Тұрсынбаев"),    QStringLiteral("Үсенов"),        QStringLiteral("Шәкенов"),
    QStringLiteral("Іскаков"),       QStringLiteral("Ілиясов"),       QStringLiteral("Һадиев"),
    QStringLiteral("Байжұманов"),    QStringLiteral("Сейітқали"),     QStringLiteral("Оспанов"),
    QStringLiteral("Сәрсенбаев"),    QStringLiteral("Бекмұхамбетов"), QStringLiteral("Тоқтаров"),
    QStringLiteral("Жаңабаев"),      QStringLiteral("Төлеуов"),       QStringLiteral("Дүйсенов"),
    QStringLiteral("Исабеков"),      QStringLiteral("Кенжеғалиев"),   QStringLiteral("Ыбыраев"),
    QStringLiteral("Рысқұлов"),      QStringLiteral("Аманғалиев")};
const QStringList russianSurnames{QStringLiteral("Иванов"),   QStringLiteral("Петров"),   QStringLiteral("Смирнов"),
                                  QStringLiteral("Кузнецов"), QStringLiteral("Попов"),    QStringLiteral("Васильев"),
                                  QStringLiteral("Соколов"),  QStringLiteral("Морозов"),  QStringLiteral("Волков"),
                                  QStringLiteral("Фёдоров"),  QStringLiteral("Ковалёв"),  QStringLiteral("Лебедев"),
                                  QStringLiteral("Семёнов"),  QStringLiteral("Егоров"),   QStringLiteral("Ким"),
                                  QStringLiteral("Пак"),      QStringLiteral("Шевченко"), QStringLiteral("Бондаренко")};
const QStringList kazakhMale{QStringLiteral("Нұрлан"), QStringLiteral("Ерлан"),    QStringLiteral("Дәулет"),
                             QStringLiteral("Асқар"),  QStringLiteral("Бауыржан"), QStringLiteral("Ғалымжан"),
                             QStringLiteral("Мұрат"),  QStringLiteral("Серік"),    QStringLiteral("Қайрат"),
                             QStringLiteral("Әділет"), QStringLiteral("Ілияс"),    QStringLiteral("Төлеген")};
const QStringList kazakhFemale{QStringLiteral("Айгүл"),   QStringLiteral("Гүлнар"), QStringLiteral("Әсем"),
                               QStringLiteral("Жанар"),   QStringLiteral("Мөлдір"), QStringLiteral("Ұлжан"),
                               QStringLiteral("Аружан"),  QStringLiteral("Сәуле"),  QStringLiteral("Динара"),
                               QStringLiteral("Гүлмира"), QStringLiteral("Айнұр"),  QStringLiteral("Қарлығаш")};
const QStringList russianMale{QStringLiteral("Сергей"), QStringLiteral("Алексей"),  QStringLiteral("Дмитрий"),
                              QStringLiteral("Андрей"), QStringLiteral("Владимир"), QStringLiteral("Николай"),
                              QStringLiteral("Артём"),  QStringLiteral("Михаил")};
const QStringList russianFemale{QStringLiteral("Елена"),    QStringLiteral("Ольга"), QStringLiteral("Наталья"),
                                QStringLiteral("Татьяна"),  QStringLiteral("Алёна"), QStringLiteral("Ирина"),
                                QStringLiteral("Светлана"), QStringLiteral("Юлия")};
const QStringList kazakhFathers{QStringLiteral("Серік"),    QStringLiteral("Нұрлан"), QStringLiteral("Ерлан"),
                                QStringLiteral("Асқар"),    QStringLiteral("Мұрат"),  QStringLiteral("Қайрат"),
                                QStringLiteral("Бауыржан"), QStringLiteral("Төлеген")};
const QStringList russianMiddleMale{QStringLiteral("Сергеевич"), QStringLiteral("Александрович"),
                                    QStringLiteral("Викторович"), QStringLiteral("Николаевич"),
                                    QStringLiteral("Юрьевич")};
const QStringList russianMiddleFemale{QStringLiteral("Сергеевна"), QStringLiteral("Александровна"),
                                      QStringLiteral("Викторовна"), QStringLiteral("Николаевна"),
                                      QStringLiteral("Юрьевна")};
const QStringList streets{QStringLiteral("ул. Абая"),      QStringLiteral("пр. Республики"),
                          QStringLiteral("ул. Сәтпаева"),  QStringLiteral("мкр. Жетісу"),
                          QStringLiteral("ул. Желтоқсан"), QStringLiteral("пр. Назарбаева")};
const QStringList doctors{QStringLiteral("Ахметова Г. С."), QStringLiteral("Иванов П. Р."),
                          QStringLiteral("Сәрсенова Ә. Б."), QStringLiteral("Қасымов Е. Т."),
                          QStringLiteral("Ким Л. В.")};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    int below(int n) { return int(m_engine() % quint64(std::max(1, n))); }
    bool chance(double p) { return double(m_engine() % 1000000) < p * 1000000.0; }
    template<class T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }
    // A version-4 UUID from the seeded stream, so the same seed gives the same ids.
    QString uid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        QByteArray bytes(16, 0);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char(a >> (8 * i));
            bytes[8 + i] = char(b >> (8 * i));
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937_64 m_engine;
};

QString stamp(const QDateTime& t)
{
    return Clock::stamp(t);
}

QVariant day(const QDate& d)
{
    return d.isValid() ? QVariant(Clock::dateText(d)) : QVariant();
}

struct PatientRow
{
    qint64 id;
    QString region;
    int age;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(Database& database, const Clock& clock, Options options)
    : m_database(database)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (!m_options.until.isValid())
        m_options.until = m_clock.today();
}

void DemoDataGenerator::run(const Progress& progress)
{
    Authorization::require(m_database, Permission::GenerateDemo);
    Random random(m_options.seed);
    // The end of the last working day generated, but never after the clock's now: a referral registered later
    // today than the moment of generation could not exist yet, and would stand in its queue after every real
    // registration of the rest of the day (each of which then planned the queue behind it anew).
    const QDateTime end = std::min(QDateTime(m_options.until, QTime(18, 0)), m_clock.now());
    const FixedClock clock(end);
    const QString now = clock.nowStamp();
    BulkStore bulk(m_database);
    bulk.bufferRows();

    const QList<Region> regions = RegionStore(m_database).all();
    QList<int> regionWeights;
    qint64 population = 0;
    for (const Region& r : regions) {
        population += std::max(1, r.population);
        regionWeights << std::max(1, r.population);
    }
    auto pickRegion = [&]() -> QString {
        qint64 x = qint64(random.below(int(std::min<qint64>(population, INT_MAX))));
        for (int i = 0; i < regions.size(); ++i) {
            x -= regionWeights.at(i);
            if (x < 0)
                return regions.at(i).code;
        }
        return regions.last().code;
    };

    // Patients.
    const qint64 batch = 20000;
    QList<PatientRow> patients;
    patients.reserve(int(m_options.patients));
    QSet<QString> iins;
    {
        std::optional<WriteTransaction> tx(std::in_place, m_database, clock);
        for (qint64 n = 0; n < m_options.patients; ++n) {
            const bool female = random.chance(0.52);
            const int age = random.chance(0.15) ? random.below(18) : 18 + random.below(70);
            QDate born = m_options.until.addYears(-age).addDays(-random.below(365));
            const int century = born.year() < 2000 ? (female ? 4 : 3) : (female ? 6 : 5);
            QString iin;
            for (;;) {
                const QString first = born.toString(QStringLiteral("yyMMdd")) + QString::number(century) +
                                      QStringLiteral("%1").arg(random.below(10000), 4, 10, QLatin1Char('0'));
                const int check = Iin::checkDigit(first);
                if (check >= 0 && !iins.contains(first + QString::number(check))) {
                    iin = first + QString::number(check);
                    break;
                }
            }
            iins.insert(iin);
            const bool kazakh = random.chance(0.72);
            QString last = kazakh ? random.pick(kazakhSurnames) : random.pick(russianSurnames);
            if (female && last.endsWith(QStringLiteral("ов")))
                last += QStringLiteral("а");
            else if (female && last.endsWith(QStringLiteral("ев")))
                last += QStringLiteral("а");
            const QString first = kazakh ? (female ? random.pick(kazakhFemale) : random.pick(kazakhMale))
                                         : (female ? random.pick(russianFemale) : random.pick(russianMale));
            const QString middle =
                kazakh ? random.pick(kazakhFathers) + (female ? QStringLiteral("қызы") : QStringLiteral("ұлы"))
                       : (female ? random.pick(russianMiddleFemale) : random.pick(russianMiddleMale));
            const QString region = pickRegion();
            const QString full = last + QLatin1Char(' ') + first + QLatin1Char(' ') + middle;
            const QString sortKey = NameText::sortKey(full);
            const qint64 id =
                bulk.insert(BulkStore::Table::Patient,
                            {random.uid(), iin, last, first, middle, sortKey, Clock::dateText(born),
                             female ? QStringLiteral("female") : QStringLiteral("male"),
                             QStringLiteral("+7707%1").arg(random.below(10000000), 7, 10, QLatin1Char('0')),
                             QStringLiteral("%1, %2").arg(random.pick(streets)).arg(1 + random.below(150)), region,
                             QStringLiteral("ГП № %1").arg(1 + random.below(30)), random.chance(0.85) ? 1 : 0,
                             random.chance(0.08) ? QStringLiteral("pensioner") : QString(), now, now});
            for (const QString& term : NameText::searchTerms(full))
                bulk.insert(BulkStore::Table::PatientTerm, {term, id, sortKey});
            patients << PatientRow{id, region, age};
            if ((n + 1) % batch == 0) {
                bulk.flush();
                tx->commit();
                tx.emplace(m_database, clock);
                if (progress)
                    progress(n + 1, m_options.patients, QStringLiteral("patients"));
            }
        }
        bulk.flush();
        tx->commit();
        if (progress)
            progress(m_options.patients, m_options.patients, QStringLiteral("patients"));
    }

    // Where referrals go: each region's hospitals and the profiles they admit.
    struct Destination
    {
        qint64 hospitalId;
        QString hospitalCode;
        QString profile;
        bool children;
        bool day;
    };
    QHash<QString, QList<Destination>> destinations; // region → places
    const HospitalStore hospitalStore(m_database);
    QHash<QString, BedProfile> profiles;
    for (const BedProfile& p : BedProfileStore(m_database).all())
        profiles.insert(p.code, p);
    for (const Hospital& h : hospitalStore.all(true)) {
        for (const QString& code : hospitalStore.profileCodes(h.id)) {
            const BedProfile& p = profiles[code];
            destinations[h.regionCode] << Destination{h.id, h.code, code, p.ageGroup == BedProfile::AgeGroup::Child,
                                                      p.careForm == BedProfile::CareForm::Day};
        }
    }
    const QList<IcdEntry> diagnoses = IcdStore(m_database).all();
    const QList<RefusalReason> reasons = ChecklistStore(m_database).refusalReasons(true);
    const QList<DocumentType> documents = ChecklistStore(m_database).documentTypes(true);
    const QStringList purposes{QStringLiteral("surgical"),     QStringLiteral("conservative"),
                               QStringLiteral("conservative"), QStringLiteral("conservative"),
                               QStringLiteral("diagnostics"),  QStringLiteral("rehabilitation")};
    QHash<QString, qint64> sequences; // hospital id|profile → last N
    const qint64 spanSeconds = qint64(m_options.years) * 365 * 24 * 3600;
    const QStringList actors{QStringLiteral("clerk1"), QStringLiteral("clerk2"), QStringLiteral("senior")};

    std::optional<WriteTransaction> tx(std::in_place, m_database, clock);
    qint64 made = 0;
    auto nextCode = [&](const QString& region, const Destination& d) {
        const QString key = QString::number(d.hospitalId) + QLatin1Char('|') + d.profile;
        const qint64 n = ++sequences[key];
        return ReferralCode::make(region, d.hospitalCode, d.profile, n).text();
    };
    auto event = [&](qint64 referralId, const QDateTime& at, const QString& from, const QString& to,
                     const QString& reasonCode, const QString& reason, const QDate& eventDate, const QString& detail) {
        bulk.insert(BulkStore::Table::Event,
                    {random.uid(), referralId, stamp(at), random.pick(actors),
                     from.isEmpty() ? QVariant() : QVariant(from), to,
                     reasonCode.isEmpty() ? QVariant() : QVariant(reasonCode), reason, day(eventDate), detail});
    };
    while (made < m_options.referrals) {
        const PatientRow& patient = patients.at(random.below(int(patients.size())));
        QList<Destination> places;
        for (const Destination& d : destinations.value(patient.region)) {
            if ((patient.age < 18) == d.children || d.day)
                places << d;
        }
        if (places.isEmpty())
            continue;
        const Destination d = random.pick(places);
        // Registrations grow over the years: more recent ones are likelier.
        const double u = double(random.below(1000000)) / 1000000.0;
        const qint64 ago = qint64(double(spanSeconds) * (1.0 - std::sqrt(u)));
        QDateTime registered = end.addSecs(-ago);
        registered.setTime(QTime(8 + random.below(10), random.below(60), random.below(60)));
        if (registered > end)
            registered = end.addSecs(-60);
        const qint64 ageDays = registered.date().daysTo(m_options.until);
        const bool emergency = random.chance(0.03);
        const int fundingRoll = random.below(100);
        const QString funding = fundingRoll < 70   ? QStringLiteral("gobmp")
                                : fundingRoll < 92 ? QStringLiteral("osms")
                                : fundingRoll < 95 ? QStringLiteral("htmc")
                                                   : QStringLiteral("paid");
        const IcdEntry& diagnosis = diagnoses.at(random.below(int(diagnoses.size())));
        const int priority = random.chance(0.1) ? 1 + random.below(3) : 0;
        const QString code = nextCode(patient.region, d);
        // The life of the referral, decided by how long ago it began.
        QString status;
        std::optional<Destination> transferTo;
        QDate scheduled, hospitalized, discharged;
        QString closedAt;
        const int roll = random.below(100);
        if (emergency) {
            hospitalized = registered.date();
            status = ageDays > 14 ? QStringLiteral("discharged") : QStringLiteral("hospitalized");
            if (status == QLatin1String("discharged"))
                discharged = hospitalized.addDays(3 + random.below(10));
        } else if (ageDays < 45 && roll < 75) {
            status = roll < 55 ? QStringLiteral("registered") : QStringLiteral("scheduled");
            if (status == QLatin1String("scheduled"))
                scheduled = m_options.until.addDays(1 + random.below(30));
        } else if (roll < 8) {
            status = QStringLiteral("refused");
        } else if (roll < 17) {
            status = QStringLiteral("cancelled");
        } else if (roll < 19) {
            status = QStringLiteral("no_show");
        } else if (roll < 21 && ageDays >= 20) {
            // The patient's free choice: another hospital of the region with the same profile. Where the
            // region has no other, the referral runs its course where it is.
            for (const Destination& other : std::as_const(places)) {
                if (other.profile == d.profile && other.hospitalId != d.hospitalId)
                    transferTo = other;
            }
            status = transferTo && made + 2 <= m_options.referrals ? QStringLiteral("transferred")
                                                                   : QStringLiteral("discharged");
        } else if (ageDays < 20) {
            status = QStringLiteral("hospitalized");
        } else {
            status = QStringLiteral("discharged");
        }
        if (!emergency &&
            (status == QLatin1String("hospitalized") || status == QLatin1String("discharged") ||
             status == QLatin1String("no_show") || (status == QLatin1String("refused") && roll % 2 == 0))) {
            scheduled = registered.date().addDays(std::min<qint64>(ageDays, 3 + random.below(40)));
            if (scheduled > m_options.until)
                scheduled = m_options.until;
        }
        if (!emergency && (status == QLatin1String("hospitalized") || status == QLatin1String("discharged")))
            hospitalized = scheduled;
        if (!emergency && status == QLatin1String("discharged"))
            discharged = hospitalized.addDays(3 + random.below(12));
        if (discharged.isValid() && discharged > m_options.until)
            discharged = m_options.until;
        const bool transferred = status == QLatin1String("transferred");
        const QDate transferDay = std::min(m_options.until, registered.date().addDays(2 + random.below(20)));
        const bool closed = status == QLatin1String("discharged") || status == QLatin1String("refused") ||
                            status == QLatin1String("cancelled") || transferred;
        const QDateTime lastEvent = transferred              ? QDateTime(transferDay, QTime(15, 0))
                                    : discharged.isValid()   ? QDateTime(discharged, QTime(12, 0))
                                    : hospitalized.isValid() ? QDateTime(hospitalized, QTime(11, 0))
                                    : scheduled.isValid()
                                        ? QDateTime(std::min(scheduled, registered.date().addDays(2)), QTime(10, 0))
                                        : registered.addSecs(3600 * 24 * std::min<qint64>(ageDays, 30));
        if (closed)
            closedAt = stamp(std::min(lastEvent, end));
        const qint64 id =
            bulk.insert(BulkStore::Table::Referral,
                        {random.uid(),
                         code,
                         patient.id,
                         patient.region,
                         QStringLiteral("ГП № %1").arg(1 + random.below(30)),
                         random.pick(doctors),
                         d.hospitalId,
                         d.profile,
                         d.day ? QStringLiteral("day") : QStringLiteral("round_the_clock"),
                         random.pick(purposes),
                         funding,
                         random.chance(0.3) ? QStringLiteral("village") : QStringLiteral("city"),
                         priority,
                         diagnosis.code,
                         diagnosis.nameRu,
                         status,
                         stamp(registered),
                         day(scheduled),
                         day(scheduled),
                         day(hospitalized),
                         day(discharged),
                         closedAt.isEmpty() ? QVariant() : QVariant(closedAt),
                         emergency ? 1 : 0,
                         emergency ? QVariant(random.chance(0.7) ? QStringLiteral("ambulance") : QStringLiteral("self"))
                                   : QVariant(),
                         QVariant(),
                         QString(),
                         QStringLiteral("demo"),
                         stamp(registered),
                         closedAt.isEmpty() ? stamp(registered) : closedAt,
                         QueueKey::make(priority, stamp(registered), code)});
        // An event for every step it took.
        if (emergency) {
            event(id, registered, {}, QStringLiteral("hospitalized"), {}, {}, hospitalized,
                  QStringLiteral("{\"emergency_source\":\"ambulance\"}"));
            if (discharged.isValid())
                event(id, std::min(end, QDateTime(discharged, QTime(12, 0))), QStringLiteral("hospitalized"),
                      QStringLiteral("discharged"), {}, {}, discharged, {});
        } else {
            event(id, registered, {}, QStringLiteral("registered"), {}, {}, {}, {});
            QString at = QStringLiteral("registered");
            QDateTime when = registered;
            auto step = [&](const QString& to, const QString& reasonCode, const QString& reason,
                            const QDate& eventDay) {
                when = std::min(end, std::max(when.addSecs(600), eventDay.isValid() ? QDateTime(eventDay, QTime(9, 30))
                                                                                    : when.addSecs(7200)));
                event(id, when, at, to, reasonCode, reason, eventDay, {});
                at = to;
            };
            if (scheduled.isValid())
                step(QStringLiteral("scheduled"), {}, {}, scheduled);
            if (status == QLatin1String("no_show"))
                step(QStringLiteral("no_show"), {}, {}, scheduled);
            if (hospitalized.isValid())
                step(QStringLiteral("hospitalized"), {}, {}, hospitalized);
            if (discharged.isValid())
                step(QStringLiteral("discharged"), {}, {}, discharged);
            if (status == QLatin1String("refused")) {
                const RefusalReason& r = random.pick(reasons);
                step(QStringLiteral("refused"), r.code, {},
                     registered.date().addDays(std::min<qint64>(ageDays, 5 + random.below(30))));
            }
            if (transferred) {
                // The new referral: the chosen hospital's own code, the original registration time (the
                // patient keeps the place the wait began at), and its own course from the day of the move.
                const QString newCode = nextCode(patient.region, *transferTo);
                event(id, std::min(end, QDateTime(transferDay, QTime(15, 0))), at, QStringLiteral("transferred"), {},
                      {}, transferDay, QStringLiteral("{\"transferred_to\":\"%1\"}").arg(newCode));
                QDate newScheduled, newHospitalized, newDischarged;
                QString newStatus = QStringLiteral("registered");
                if (transferDay.daysTo(m_options.until) > 45) {
                    newStatus = QStringLiteral("discharged");
                    newScheduled = transferDay.addDays(5 + random.below(25));
                    newHospitalized = newScheduled;
                    newDischarged = std::min(m_options.until, newHospitalized.addDays(3 + random.below(10)));
                }
                const QString newClosed =
                    newDischarged.isValid() ? stamp(std::min(end, QDateTime(newDischarged, QTime(12, 0)))) : QString();
                const qint64 newId =
                    bulk.insert(BulkStore::Table::Referral,
                                {random.uid(),
                                 newCode,
                                 patient.id,
                                 patient.region,
                                 QStringLiteral("ГП № %1").arg(1 + random.below(30)),
                                 random.pick(doctors),
                                 transferTo->hospitalId,
                                 transferTo->profile,
                                 transferTo->day ? QStringLiteral("day") : QStringLiteral("round_the_clock"),
                                 random.pick(purposes),
                                 funding,
                                 random.chance(0.3) ? QStringLiteral("village") : QStringLiteral("city"),
                                 priority,
                                 diagnosis.code,
                                 diagnosis.nameRu,
                                 newStatus,
                                 stamp(registered),
                                 day(newScheduled),
                                 day(newScheduled),
                                 day(newHospitalized),
                                 day(newDischarged),
                                 newClosed.isEmpty() ? QVariant() : QVariant(newClosed),
                                 0,
                                 QVariant(),
                                 id,
                                 QString(),
                                 QStringLiteral("demo"),
                                 stamp(QDateTime(transferDay, QTime(15, 0))),
                                 newClosed.isEmpty() ? stamp(QDateTime(transferDay, QTime(15, 0))) : newClosed,
                                 QueueKey::make(priority, stamp(registered), newCode)});
                event(newId, std::min(end, QDateTime(transferDay, QTime(15, 0))), {}, QStringLiteral("registered"), {},
                      {}, {}, QStringLiteral("{\"transferred_from\":\"%1\"}").arg(code));
                if (newDischarged.isValid()) {
                    event(newId, QDateTime(newScheduled.addDays(-2), QTime(10, 0)), QStringLiteral("registered"),
                          QStringLiteral("scheduled"), {}, {}, newScheduled, {});
                    event(newId, QDateTime(newHospitalized, QTime(11, 0)), QStringLiteral("scheduled"),
                          QStringLiteral("hospitalized"), {}, {}, newHospitalized, {});
                    event(newId, std::min(end, QDateTime(newDischarged, QTime(12, 0))), QStringLiteral("hospitalized"),
                          QStringLiteral("discharged"), {}, {}, newDischarged, {});
                }
                ++made;
            }
            if (status == QLatin1String("cancelled"))
                step(QStringLiteral("cancelled"), {},
                     random.chance(0.5) ? QStringLiteral("по просьбе пациента")
                                        : QStringLiteral("лечение в другой организации"),
                     {});
        }
        // Active referrals carry some of their documents.
        if (status == QLatin1String("registered") || status == QLatin1String("scheduled")) {
            for (const DocumentType& doc : documents) {
                if (random.chance(0.6))
                    bulk.insert(BulkStore::Table::Document,
                                {id, doc.code, 1, day(m_options.until.addDays(-random.below(20))), QString(),
                                 stamp(registered)});
            }
        }
        ++made;
        if (made % batch == 0) {
            bulk.flush();
            tx->commit();
            tx.emplace(m_database, clock);
            if (progress)
                progress(made, m_options.referrals, QStringLiteral("referrals"));
        }
    }
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it)
        bulk.setSequence(it.key().section(QLatin1Char('|'), 0, 0).toLongLong(), it.key().section(QLatin1Char('|'), 1),
                         it.value() + 1);
    bulk.flush();
    tx->commit();
    tx.reset();
    if (progress)
        progress(made, m_options.referrals, QStringLiteral("referrals"));

    // Counters, preliminary dates and planner statistics for what was just added.
    {
        WriteTransaction finish(m_database, clock);
        TallyStore(m_database).rebuild();
        finish.commit();
    }
    if (progress)
        progress(0, 1, QStringLiteral("planning"));
    std::mt19937_64 more(m_options.seed);
    QList<qint64> patientIds;
    for (const PatientRow& p : std::as_const(patients))
        patientIds << p.id;
    addBedReports(more);
    addQuotas(more, patientIds);
    addAbroadApplications(more, patientIds);
    WaitingListService(m_database, clock).recomputeAll();
    bulk.analyze();
    if (progress)
        progress(1, 1, QStringLiteral("planning"));
}

void DemoDataGenerator::addBedReports(std::mt19937_64& random) const
{
    // One outer transaction: each report is a savepoint of it, and the file is synced once.
    BedService beds(m_database, m_clock);
    const HospitalStore hospitals(m_database);
    WriteTransaction tx(m_database, m_clock);
    for (const Hospital& h : hospitals.all(true)) {
        for (const QString& profile : hospitals.profileCodes(h.id)) {
            const int total = 10 + int(random() % 50);
            for (int back = 20; back >= 0; --back) {
                BedCount count;
                count.total = total;
                count.occupied = total * (60 + int(random() % 41)) / 100;
                count.reserved = std::min(total - count.occupied, int(random() % 4));
                try {
                    // The history is written as data, not typed by a clerk: the days weeks back are meant.
                    beds.report(h.code, profile, m_options.until.addDays(-back), count, {}, true);
                } catch (const OperationError&) {
                    // A report the rules refuse is left out; the others stand.
                }
            }
        }
    }
    tx.commit();
}

void DemoDataGenerator::addQuotas(std::mt19937_64& random, const QList<qint64>& patientIds) const
{
    QuotaService quotas(m_database, m_clock);
    const QList<HtmcProfile> profiles = quotas.profiles(true);
    if (profiles.isEmpty() || patientIds.isEmpty())
        return;
    // The plans of the year the clock is in: the quota referrals below are registered today.
    const int year = m_clock.today().year();
    for (const HtmcProfile& p : profiles)
        quotas.allocate(year, p.code, 60 + int(random() % 240));
    // Some referrals take a quota of their patient's region, through the service as a clerk's would.
    ReferralService referrals(m_database, m_clock);
    const HospitalStore hospitals(m_database);
    const QList<Hospital> places = hospitals.all(true);
    const QList<IcdEntry> diagnoses = IcdStore(m_database).all();
    if (places.isEmpty() || diagnoses.isEmpty())
        return;
    const int wanted = int(std::clamp<qint64>(m_options.referrals / 25, 1, 60));
    int taken = 0;
    for (int attempt = 0; attempt < wanted * 10 && taken < wanted; ++attempt) {
        const Hospital& h = places.at(int(random() % places.size()));
        const QStringList codes = hospitals.profileCodes(h.id);
        if (codes.isEmpty())
            continue;
        ReferralService::Registration in;
        in.patientId = patientIds.at(int(random() % patientIds.size()));
        in.hospitalCode = h.code;
        in.profileCode = codes.at(int(random() % codes.size()));
        in.diagnosisCode = diagnoses.at(int(random() % diagnoses.size())).code;
        in.funding = QStringLiteral("htmc");
        in.quotaProfile = profiles.at(int(random() % profiles.size())).code;
        try {
            referrals.registerReferral(in);
            ++taken;
        } catch (const OperationError&) {
            // No quota left in that region, a child profile for an adult…: try another.
        }
    }
}

void DemoDataGenerator::addAbroadApplications(std::mt19937_64& random, const QList<qint64>& patientIds) const
{
    AbroadService abroad(m_database, m_clock);
    const QList<EligibleEntry> diseases = abroad.list(EligibleList::Diseases, true);
    const QList<EligibleEntry> categories = abroad.list(EligibleList::Categories, true);
    const QList<IcdEntry> diagnoses = IcdStore(m_database).all();
    if (diseases.isEmpty() || categories.isEmpty() || diagnoses.isEmpty() || patientIds.isEmpty())
        return;
    const QDate today = m_clock.today();
    // Two applications at each stage: draft, submitted, approved, rejected, withdrawn, treated.
    for (int stage = 0; stage < 6; ++stage) {
        for (int n = 0; n < 2; ++n) {
            // A category may not fit the patient drawn (an adult is not "children under 18"): draw again, so
            // every stage has its applications.
            std::optional<AbroadApplication> drawn;
            for (int attempt = 0; attempt < 20 && !drawn; ++attempt) {
                AbroadService::Application in;
                in.patientId = patientIds.at(int(random() % patientIds.size()));
                in.diagnosisCode = diagnoses.at(int(random() % diagnoses.size())).code;
                in.diseaseCode = diseases.at(int(random() % diseases.size())).code;
                in.categoryCode = categories.at(int(random() % categories.size())).code;
                in.documents = {AbroadDocument{0, QStringLiteral("Выписка из медицинской карты"), today, {}},
                                AbroadDocument{0, QStringLiteral("Заключение профильного специалиста"), today, {}}};
                in.submit = stage > 0;
                try {
                    drawn = abroad.add(in);
                } catch (const OperationError&) {
                    // This combination is refused: the next draw is tried.
                }
            }
            if (!drawn)
                continue;
            try {
                const AbroadApplication& added = *drawn;
                AbroadService::Decision decision;
                decision.date = today;
                decision.protocol = QStringLiteral("%1-%2").arg(today.year()).arg(10 + stage * 2 + n);
                if (stage == 2 || stage == 5) {
                    decision.decision = QStringLiteral("approved");
                    // An approval names where the patient goes (the commission's protocol says so).
                    decision.country = n == 0 ? QStringLiteral("Германия") : QStringLiteral("Республика Корея");
                    decision.clinic = n == 0 ? QStringLiteral("Университетская клиника Эссена")
                                             : QStringLiteral("Больница Северанс, Сеул");
                    abroad.decide(added.id, decision);
                    if (stage == 5)
                        abroad.transition(added.id, AbroadStatus::Treated);
                } else if (stage == 3) {
                    decision.decision = QStringLiteral("rejected");
                    decision.reason = QStringLiteral("Лечение доступно в Республике Казахстан");
                    abroad.decide(added.id, decision);
                } else if (stage == 4) {
                    abroad.transition(added.id, AbroadStatus::Withdrawn, QStringLiteral("По заявлению пациента"));
                }
            } catch (const OperationError&) {
                // The starter lists may refuse a combination: the other applications stand.
            }
        }
    }
}
