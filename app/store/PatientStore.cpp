#include "PatientStore.h"

#include "Listing.h"
#include "ListingDriver.h"
#include "Listings.h"
#include "Query.h"
#include "domain/Clock.h"
#include "domain/NameText.h"

namespace {
const QString selectPatient = QStringLiteral(
    "SELECT p.id, p.uid, p.iin, p.last_name, p.first_name, p.middle_name, p.birth_date, p.sex, p.phone, p.address, "
    "p.region_code, p.clinic, p.insured, p.benefit FROM patient p");

Patient readPatient(const Query& q)
{
    Patient p;
    p.id = q.integer(0);
    p.uid = q.text(1);
    p.iin = q.text(2);
    p.lastName = q.text(3);
    p.firstName = q.text(4);
    p.middleName = q.text(5);
    p.birthDate = Clock::dateFromText(q.text(6));
    p.sex = q.text(7);
    p.phone = q.text(8);
    p.address = q.text(9);
    p.regionCode = q.text(10);
    p.clinic = q.text(11);
    p.insured = q.integer(12) != 0;
    p.benefit = q.text(13);
    return p;
}
} // namespace

std::optional<Patient> PatientStore::find(qint64 id) const
{
    Query q(m_database, selectPatient + QStringLiteral(" WHERE p.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readPatient(q);
}

std::optional<Patient> PatientStore::findByIin(const QString& iin) const
{
    Query q(m_database, selectPatient + QStringLiteral(" WHERE p.iin = ?"));
    q.bind(iin).exec();
    if (!q.next())
        return std::nullopt;
    return readPatient(q);
}

void PatientStore::writeTerms(qint64 id, const Patient& patient) const
{
    Query(m_database, QStringLiteral("DELETE FROM patient_term WHERE patient_id = ?")).bind(id).exec();
    const QStringList terms = NameText::searchTerms(patient.fullName());
    // With the sort key beside it, a term's patients lie in alphabetical order in the index (migration 35).
    const QString sortKey = NameText::sortKey(patient.fullName());
    for (const QString& term : terms)
        Query(m_database, QStringLiteral("INSERT INTO patient_term (term, name_sort_key, patient_id) VALUES (?, ?, ?) "
                                         "ON CONFLICT DO NOTHING"))
            .bind(term)
            .bind(sortKey)
            .bind(id)
            .exec();
}

qint64 PatientStore::insert(const Patient& p, const QString& now) const
{
    Query q(
        m_database,
        QStringLiteral("INSERT INTO patient (uid, iin, last_name, first_name, middle_name, name_sort_key, birth_date, "
                       "sex, phone, address, region_code, clinic, insured, benefit, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = q.bind(p.uid)
                          .bind(p.iin)
                          .bind(p.lastName)
                          .bind(p.firstName)
                          .bind(p.middleName)
                          .bind(NameText::sortKey(p.fullName()))
                          .bind(Clock::dateText(p.birthDate))
                          .bind(p.sex)
                          .bind(p.phone)
                          .bind(p.address)
                          .bind(p.regionCode.isEmpty() ? QVariant() : QVariant(p.regionCode))
                          .bind(p.clinic)
                          .bind(p.insured ? 1 : 0)
                          .bind(p.benefit)
                          .bind(now)
                          .bind(now)
                          .scalar()
                          .toLongLong();
    writeTerms(id, p);
    return id;
}

void PatientStore::update(const Patient& p, const QString& now) const
{
    Query(m_database,
          QStringLiteral("UPDATE patient SET last_name = ?, first_name = ?, middle_name = ?, name_sort_key = ?, "
                         "phone = ?, address = ?, region_code = ?, clinic = ?, insured = ?, benefit = ?, "
                         "updated_at = ? WHERE id = ?"))
        .bind(p.lastName)
        .bind(p.firstName)
        .bind(p.middleName)
        .bind(NameText::sortKey(p.fullName()))
        .bind(p.phone)
        .bind(p.address)
        .bind(p.regionCode.isEmpty() ? QVariant() : QVariant(p.regionCode))
        .bind(p.clinic)
        .bind(p.insured ? 1 : 0)
        .bind(p.benefit)
        .bind(now)
        .bind(p.id)
        .exec();
    writeTerms(p.id, p);
}

QList<Patient> PatientStore::search(const QString& text, int limit) const
{
    // The same conditions as the patients listing, so the CLI and the window find the same people.
    const Listing listing = Listings::patients();
    ListingRequest request;
    request.search = text;
    request.sortColumn = listing.naturalSortColumn;
    if (const std::unique_ptr<ListingDriver> driver = listing.driver(m_database, request)) {
        // A name search: the first patients in alphabetical order straight from the name index, as the
        // window reads them (PatientsByName).
        QList<Patient> patients;
        std::optional<ListingCursor> after;
        while (patients.size() < limit) {
            const int wanted = int(limit - patients.size());
            const QList<ListingCursor> cursors = driver->page(after, wanted);
            if (cursors.isEmpty())
                break;
            QStringList marks;
            for (qsizetype i = 0; i < cursors.size(); ++i)
                marks << QStringLiteral("?");
            Query q(m_database,
                    selectPatient +
                        QStringLiteral(" WHERE p.deleted = 0 AND p.id IN (%1)").arg(marks.join(QStringLiteral(", "))));
            for (const ListingCursor& cursor : cursors)
                q.bind(cursor.id);
            q.exec();
            QHash<qint64, Patient> found;
            while (q.next()) {
                Patient p = readPatient(q);
                found.insert(p.id, std::move(p));
            }
            for (const ListingCursor& cursor : cursors) {
                if (const auto it = found.constFind(cursor.id); it != found.constEnd())
                    patients << *it;
            }
            if (cursors.size() < wanted)
                break;
            after = cursors.last();
        }
        return patients;
    }
    QStringList where{listing.baseWhere};
    QVariantList binds;
    listing.filter(request, where, binds);
    Query q(m_database, selectPatient + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) +
                            QStringLiteral(" ORDER BY p.name_sort_key, p.id LIMIT %1").arg(limit));
    for (const QVariant& value : std::as_const(binds))
        q.bind(value);
    q.exec();
    QList<Patient> patients;
    while (q.next())
        patients << readPatient(q);
    return patients;
}

void PatientStore::forEach(const std::function<void(const Patient&)>& visit) const
{
    Query q(m_database, selectPatient + QStringLiteral(" WHERE p.deleted = 0 ORDER BY p.name_sort_key, p.id"));
    q.exec();
    while (q.next())
        visit(readPatient(q));
}

qint64 PatientStore::count() const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0")).scalar().toLongLong();
}
