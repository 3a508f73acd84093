#include "Listings.h"

#include "PatientsByName.h"
#include "ReferralsByName.h"
#include "domain/NameText.h"

#include <QRegularExpression>

namespace Listings {

SearchKind classifySearch(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return SearchKind::Empty;
    static const QRegularExpression digits(QStringLiteral("^[0-9 ]+$"));
    static const QRegularExpression code(QStringLiteral("^[0-9]{2}\\.[0-9A-Za-zА-Яа-я.]*$"));
    if (code.match(t).hasMatch())
        return SearchKind::CodePrefix;
    if (digits.match(t).hasMatch())
        return SearchKind::IinPrefix;
    return SearchKind::NamePrefixes;
}

namespace {

// One condition per name term: the patient must have a name part starting with each of them. This defines what
// a name search finds; the listings' drivers (PatientsByName, ReferralsByName) find the same rows faster.
void addNameTerms(const QString& search, const QString& patientIdColumn, QStringList& where, QVariantList& binds)
{
    const QStringList terms = NameText::searchTerms(search);
    for (const QString& term : terms) {
        where << QStringLiteral("%1 IN (SELECT patient_id FROM patient_term WHERE term >= ? AND term < ?)")
                     .arg(patientIdColumn);
        binds << term << NameText::prefixEnd(term);
    }
}

// A name search alone, without other filters: what the drivers serve.
bool isPlainNameSearch(const ListingRequest& request)
{
    return request.filters.isEmpty() && classifySearch(request.search) == SearchKind::NamePrefixes;
}

} // namespace

Listing patients()
{
    Listing l;
    l.name = QStringLiteral("patients");
    l.from = QStringLiteral("patient p");
    l.idColumn = QStringLiteral("p.id");
    l.baseWhere = QStringLiteral("p.deleted = 0");
    l.columns = {
        {QStringLiteral("iin"), QStringLiteral("p.iin"), QStringLiteral("p.iin")},
        {QStringLiteral("name"),
         QStringLiteral("p.last_name || ' ' || p.first_name || CASE WHEN p.middle_name = '' "
                        "THEN '' ELSE ' ' || p.middle_name END"),
         QStringLiteral("p.name_sort_key")},
        {QStringLiteral("birth_date"), QStringLiteral("p.birth_date"), {}},
        {QStringLiteral("sex"), QStringLiteral("p.sex"), {}},
        {QStringLiteral("phone"), QStringLiteral("p.phone"), {}},
        {QStringLiteral("region_code"), QStringLiteral("p.region_code"), {}},
        {QStringLiteral("clinic"), QStringLiteral("p.clinic"), {}},
        {QStringLiteral("insured"), QStringLiteral("p.insured"), {}},
    };
    l.naturalSortColumn = 1;
    l.driver = [](const Database& database, const ListingRequest& request) -> std::unique_ptr<ListingDriver> {
        // In alphabetical order (either way), the name index holds the matches already sorted.
        if (!isPlainNameSearch(request) || request.sortColumn != 1)
            return nullptr;
        return PatientsByName::make(database, request.search, request.order == Qt::DescendingOrder);
    };
    l.filter = [](const ListingRequest& request, QStringList& where, QVariantList& binds) {
        const QString search = request.search.trimmed();
        switch (classifySearch(search)) {
        case SearchKind::Empty:
            break;
        case SearchKind::CodePrefix: {
            // A referral code finds the patient it belongs to.
            const QString prefix = search.toUpper();
            where << QStringLiteral("p.id IN (SELECT patient_id FROM referral WHERE code >= ? AND code < ?)");
            binds << prefix << NameText::prefixEnd(prefix);
            break;
        }
        case SearchKind::IinPrefix: {
            const QString prefix = QString(search).remove(QLatin1Char(' '));
            where << QStringLiteral("p.iin >= ? AND p.iin < ?");
            binds << prefix << NameText::prefixEnd(prefix);
            break;
        }
        case SearchKind::NamePrefixes:
            addNameTerms(search, QStringLiteral("p.id"), where, binds);
            break;
        }
        if (request.filters.contains(QStringLiteral("nothing")))
            where << QStringLiteral("1 = 0");
        if (request.filters.contains(QStringLiteral("region_code"))) {
            where << QStringLiteral("p.region_code = ?");
            binds << request.filters.value(QStringLiteral("region_code"));
        }
    };
    return l;
}

Listing referrals()
{
    Listing l;
    l.name = QStringLiteral("referrals");
    // LEFT JOIN: referrals imported from the open data name no patient.
    l.from =
        QStringLiteral("referral r LEFT JOIN patient p ON p.id = r.patient_id JOIN hospital h ON h.id = r.hospital_id");
    l.countFrom = QStringLiteral("referral r"); // every referral has its hospital (a foreign key)
    l.joinedAliases = {QStringLiteral("p"), QStringLiteral("h")};
    l.idColumn = QStringLiteral("r.id");
    l.baseWhere = QStringLiteral("r.deleted = 0");
    l.columns = {
        {QStringLiteral("code"), QStringLiteral("r.code"), QStringLiteral("r.code")},
        {QStringLiteral("registered_at"), QStringLiteral("r.registered_at"), QStringLiteral("r.registered_at")},
        {QStringLiteral("status"), QStringLiteral("r.status"), {}},
        {QStringLiteral("iin"), QStringLiteral("p.iin"), {}},
        {QStringLiteral("patient"),
         QStringLiteral("p.last_name || ' ' || p.first_name || CASE WHEN p.middle_name = '' "
                        "THEN '' ELSE ' ' || p.middle_name END"),
         {}},
        {QStringLiteral("hospital_code"), QStringLiteral("h.code"), {}},
        {QStringLiteral("hospital"), QStringLiteral("h.name"), {}},
        {QStringLiteral("profile_code"), QStringLiteral("r.profile_code"), {}},
        {QStringLiteral("preliminary_date"), QStringLiteral("r.preliminary_date"), {}},
        {QStringLiteral("scheduled_date"), QStringLiteral("r.scheduled_date"), {}},
        {QStringLiteral("funding"), QStringLiteral("r.funding"), {}},
        {QStringLiteral("diagnosis_code"), QStringLiteral("r.diagnosis_code"), {}},
    };
    l.naturalSortColumn = 1;
    l.driver = [](const Database& database, const ListingRequest& request) -> std::unique_ptr<ListingDriver> {
        // By registration time (newest first, or oldest).
        if (!isPlainNameSearch(request) || request.sortColumn != 1)
            return nullptr;
        return ReferralsByName::make(database, request.search, request.order == Qt::DescendingOrder);
    };
    l.quickCount = [](const ListingRequest& request, QString* sql, QVariantList* binds) {
        // Every referral not deleted, or those of one status: the running totals (TallyStore) hold the count,
        // which counting five million index entries takes half a second to confirm.
        const QVariantMap& f = request.filters;
        if (!request.search.trimmed().isEmpty() || f.size() > 1 ||
            (f.size() == 1 && !f.contains(QStringLiteral("status"))))
            return false;
        *sql = QStringLiteral("SELECT coalesce(sum(n), 0) FROM tally_status");
        if (f.contains(QStringLiteral("status"))) {
            *sql += QStringLiteral(" WHERE status = ?");
            *binds << f.value(QStringLiteral("status"));
        }
        return true;
    };
    l.filter = [](const ListingRequest& request, QStringList& where, QVariantList& binds) {
        const QString search = request.search.trimmed();
        switch (classifySearch(search)) {
        case SearchKind::Empty:
            break;
        case SearchKind::CodePrefix: {
            const QString prefix = search.toUpper();
            where << QStringLiteral("r.code >= ? AND r.code < ?");
            binds << prefix << NameText::prefixEnd(prefix);
            break;
        }
        case SearchKind::IinPrefix: {
            const QString prefix = QString(search).remove(QLatin1Char(' '));
            where << QStringLiteral("r.patient_id IN (SELECT id FROM patient WHERE iin >= ? AND iin < ?)");
            binds << prefix << NameText::prefixEnd(prefix);
            break;
        }
        case SearchKind::NamePrefixes:
            addNameTerms(search, QStringLiteral("r.patient_id"), where, binds);
            break;
        }
        const QVariantMap& f = request.filters;
        if (f.contains(QStringLiteral("nothing")))
            where << QStringLiteral("1 = 0");
        if (f.contains(QStringLiteral("status"))) {
            where << QStringLiteral("r.status = ?");
            binds << f.value(QStringLiteral("status"));
        }
        if (f.contains(QStringLiteral("hospital_id"))) {
            where << QStringLiteral("r.hospital_id = ?");
            binds << f.value(QStringLiteral("hospital_id"));
        }
        if (f.contains(QStringLiteral("profile_code"))) {
            where << QStringLiteral("r.profile_code = ?");
            binds << f.value(QStringLiteral("profile_code"));
        }
        if (f.contains(QStringLiteral("patient_id"))) {
            where << QStringLiteral("r.patient_id = ?");
            binds << f.value(QStringLiteral("patient_id"));
        }
        if (f.contains(QStringLiteral("region_code"))) {
            where << QStringLiteral("h.region_code = ?");
            binds << f.value(QStringLiteral("region_code"));
        }
    };
    return l;
}

Listing waitingList()
{
    Listing l;
    l.name = QStringLiteral("waiting_list");
    l.from = QStringLiteral("referral r LEFT JOIN patient p ON p.id = r.patient_id");
    l.countFrom = QStringLiteral("referral r");
    l.joinedAliases = {QStringLiteral("p")};
    l.idColumn = QStringLiteral("r.id");
    // Exactly the condition of the partial index referral_queue, so SQLite walks that index in order.
    l.baseWhere = QStringLiteral("r.status IN ('registered', 'scheduled') AND r.deleted = 0");
    l.columns = {
        {QStringLiteral("code"), QStringLiteral("r.code"), QStringLiteral("r.queue_key")},
        {QStringLiteral("patient"),
         QStringLiteral("p.last_name || ' ' || p.first_name || CASE WHEN p.middle_name = '' "
                        "THEN '' ELSE ' ' || p.middle_name END"),
         {}},
        {QStringLiteral("iin"), QStringLiteral("p.iin"), {}},
        {QStringLiteral("registered_at"), QStringLiteral("r.registered_at"), {}},
        {QStringLiteral("preliminary_date"), QStringLiteral("r.preliminary_date"), {}},
        {QStringLiteral("scheduled_date"), QStringLiteral("r.scheduled_date"), {}},
        {QStringLiteral("status"), QStringLiteral("r.status"), {}},
        {QStringLiteral("documents_ok"), QStringLiteral("r.documents_ok"), {}},
        {QStringLiteral("priority"), QStringLiteral("r.priority"), {}},
    };
    l.naturalSortColumn = 0;
    l.filter = [](const ListingRequest& request, QStringList& where, QVariantList& binds) {
        // Without a queue chosen there is nothing to list.
        if (!request.filters.contains(QStringLiteral("hospital_id")) ||
            !request.filters.contains(QStringLiteral("profile_code")) ||
            request.filters.contains(QStringLiteral("nothing"))) {
            where << QStringLiteral("1 = 0");
            return;
        }
        where << QStringLiteral("r.hospital_id = ? AND r.profile_code = ?");
        binds << request.filters.value(QStringLiteral("hospital_id"))
              << request.filters.value(QStringLiteral("profile_code"));
    };
    return l;
}

} // namespace Listings
