#include "ReferralsByName.h"

#include "Query.h"

#include <algorithm>
#include <limits>

namespace {

// Referrals read per statement while walking the order: a LIMIT keeps every database on the index (no plan
// sorts the table for a statement that wants a few thousand rows), and restarting at a cursor is one seek.
constexpr int WalkChunk = 4096;
constexpr int ScanChunk = 65536;
// An index seek costs about as much as this many steps along an index.
constexpr double SeekCost = 10;

// Registration instants are stored as Clock::stamp writes them ("2024-05-01T10:23:45.123Z"); as a 17-digit
// number they sort the same and take 8 bytes instead of a string's 70, which is what a count of 300,000 found
// referrals keeps in memory. std::nullopt for any other shape (the count then walks instead).
std::optional<qint64> packStamp(const QString& text)
{
    static constexpr char shape[] = "0000-00-00T00:00:00.000Z";
    if (text.size() != 24)
        return std::nullopt;
    qint64 packed = 0;
    for (int i = 0; i < 24; ++i) {
        const QChar c = text.at(i);
        if (shape[i] == '0') {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            packed = packed * 10 + (c.unicode() - '0');
        } else if (c != QLatin1Char(shape[i])) {
            return std::nullopt;
        }
    }
    return packed;
}

QString unpackStamp(qint64 packed)
{
    static constexpr char shape[] = "0000-00-00T00:00:00.000Z";
    QString text(24, QLatin1Char(' '));
    for (int i = 23; i >= 0; --i) {
        if (shape[i] == '0') {
            text[i] = QLatin1Char(char('0' + packed % 10));
            packed /= 10;
        } else {
            text[i] = QLatin1Char(shape[i]);
        }
    }
    return text;
}

} // namespace

std::unique_ptr<ListingDriver> ReferralsByName::make(const Database& database, const QString& search, bool descending,
                                                     Plan plan)
{
    if (NameSearch(database, search).words().isEmpty())
        return nullptr;
    return std::unique_ptr<ListingDriver>(new ReferralsByName(database, search, descending, plan));
}

ReferralsByName::ReferralsByName(const Database& database, QString search, bool descending, Plan plan)
    : m_database(database)
    , m_search(std::move(search))
    , m_descending(descending)
    , m_plan(plan)
{}

bool ReferralsByName::ensurePatients(const std::function<bool()>& cancelled)
{
    if (m_patients)
        return true;
    std::optional<std::vector<qint64>> ids = NameSearch(m_database, m_search).patientIds(cancelled);
    if (!ids)
        return false;
    m_patients = std::move(ids);
    m_found.assign(m_patients->empty() ? 0 : size_t(m_patients->back()) + 1, false);
    for (const qint64 id : *m_patients)
        m_found[size_t(id)] = true;
    // The largest ids stand for the counts: one seek each, where a count would read the table.
    m_referrals = double(Query(m_database, QStringLiteral("SELECT max(id) FROM referral")).scalar().toLongLong());
    const double patients =
        double(Query(m_database, QStringLiteral("SELECT max(id) FROM patient")).scalar().toLongLong());
    m_referralsPerPatient = patients > 0 ? m_referrals / patients : 0;
    return true;
}

bool ReferralsByName::isFound(qint64 patientId) const
{
    return patientId > 0 && size_t(patientId) < m_found.size() && m_found[size_t(patientId)];
}

double ReferralsByName::expectedReferrals() const
{
    return double(m_patients->size()) * m_referralsPerPatient;
}

double ReferralsByName::walkCost(int limit) const
{
    return double(limit) * m_referrals / std::max(1.0, expectedReferrals());
}

double ReferralsByName::gatherCost() const
{
    return double(m_patients->size()) * SeekCost + expectedReferrals();
}

bool ReferralsByName::before(const ListingCursor& a, const ListingCursor& b) const
{
    const QString ka = a.sortValue.toString();
    const QString kb = b.sortValue.toString();
    if (ka != kb)
        return m_descending ? ka > kb : ka < kb;
    return m_descending ? a.id > b.id : a.id < b.id;
}

QString ReferralsByName::orderSql(bool fromCursor, const QString& patientCondition, int limit) const
{
    const QString dir = m_descending ? QStringLiteral(" DESC") : QString();
    QString sql = QStringLiteral("SELECT r.registered_at, r.id, r.patient_id FROM referral r WHERE ") +
                  patientCondition + QStringLiteral("r.deleted = 0");
    if (fromCursor)
        sql += QStringLiteral(" AND (r.registered_at, r.id) %1 (?, ?)")
                   .arg(m_descending ? QLatin1Char('<') : QLatin1Char('>'));
    sql += QStringLiteral(" ORDER BY r.registered_at%1, r.id%1").arg(dir);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

QList<ListingCursor> ReferralsByName::page(const std::optional<ListingCursor>& after, int limit)
{
    ensurePatients();
    if (m_patients->empty() || limit <= 0)
        return {};
    if (m_plan == Plan::Walk)
        return *walk(after, limit, std::numeric_limits<double>::infinity());
    if (m_plan == Plan::Cheapest && walkCost(limit) < gatherCost()) {
        if (std::optional<QList<ListingCursor>> walked = walk(after, limit, 2 * gatherCost() + 4 * WalkChunk))
            return *walked;
    }
    return gather(after, limit);
}

std::optional<QList<ListingCursor>> ReferralsByName::walk(const std::optional<ListingCursor>& after, int limit,
                                                          double budget)
{
    QList<ListingCursor> found;
    std::optional<ListingCursor> from = after;
    double stepped = 0;
    for (;;) {
        Query q(m_database, orderSql(from.has_value(), QString(), WalkChunk));
        if (from)
            q.bind(from->sortValue).bind(from->id);
        q.exec();
        int read = 0;
        while (q.next()) {
            ++read;
            if (isFound(q.integer(2))) {
                found << ListingCursor{q.value(0), q.integer(1)};
                if (found.size() == limit)
                    return found;
            }
            if (read == WalkChunk)
                from = ListingCursor{q.value(0), q.integer(1)};
        }
        if (read < WalkChunk)
            return found; // the end of the listing
        stepped += read;
        if (stepped > budget)
            return std::nullopt;
    }
}

QList<ListingCursor> ReferralsByName::gather(const std::optional<ListingCursor>& after, int limit)
{
    // Each patient's first `limit` referrals after the cursor, straight from their index; the page is the
    // first `limit` of all of them.
    QList<ListingCursor> candidates;
    const auto byOrder = [this](const ListingCursor& a, const ListingCursor& b) { return before(a, b); };
    const auto trim = [&] {
        std::sort(candidates.begin(), candidates.end(), byOrder);
        if (candidates.size() > limit)
            candidates.resize(limit);
    };
    Query q(m_database, orderSql(after.has_value(), QStringLiteral("r.patient_id = ? AND "), limit));
    for (const qint64 patient : std::as_const(*m_patients)) {
        q.bind(patient);
        if (after)
            q.bind(after->sortValue).bind(after->id);
        q.exec();
        while (q.next())
            candidates << ListingCursor{q.value(0), q.integer(1)};
        if (candidates.size() > 4 * limit)
            trim();
    }
    trim();
    return candidates;
}

bool ReferralsByName::scan(int step, qint64* count, QList<ListingCursor>* boundaries,
                           const std::function<bool()>& cancelled)
{
    boundaries->clear();
    *count = 0;
    if (!ensurePatients(cancelled))
        return false;
    if (m_patients->empty())
        return true;
    // Gathering reads the found patients' referrals and sorts them; walking reads every referral once.
    if (m_plan == Plan::Gather || (m_plan == Plan::Cheapest && gatherCost() < m_referrals)) {
        if (std::optional<bool> done = scanGathering(step, count, boundaries, cancelled))
            return *done;
    }
    return scanWalking(step, count, boundaries, cancelled);
}

std::optional<bool> ReferralsByName::scanGathering(int step, qint64* count, QList<ListingCursor>* boundaries,
                                                   const std::function<bool()>& cancelled)
{
    std::vector<std::pair<qint64, qint64>> found; // (packed registration instant, id)
    found.reserve(size_t(expectedReferrals() * 1.25) + 16);
    Query q(m_database, orderSql(false, QStringLiteral("r.patient_id = ? AND "), 0));
    qint64 visited = 0;
    for (const qint64 patient : std::as_const(*m_patients)) {
        if ((++visited & 0x3FF) == 0 && cancelled && cancelled())
            return false;
        q.bind(patient).exec();
        while (q.next()) {
            const std::optional<qint64> at = packStamp(q.text(0));
            if (!at)
                return std::nullopt;
            found.emplace_back(*at, q.integer(1));
        }
    }
    if (m_descending)
        std::sort(found.begin(), found.end(), std::greater<>());
    else
        std::sort(found.begin(), found.end());
    for (size_t i = size_t(step) - 1; i < found.size(); i += size_t(step))
        boundaries->append({unpackStamp(found[i].first), found[i].second});
    *count = qint64(found.size());
    return true;
}

bool ReferralsByName::scanWalking(int step, qint64* count, QList<ListingCursor>* boundaries,
                                  const std::function<bool()>& cancelled)
{
    std::optional<ListingCursor> from;
    qint64 n = 0;
    for (;;) {
        if (cancelled && cancelled())
            return false;
        Query q(m_database, orderSql(from.has_value(), QString(), ScanChunk));
        if (from)
            q.bind(from->sortValue).bind(from->id);
        q.exec();
        int read = 0;
        while (q.next()) {
            ++read;
            if (isFound(q.integer(2)) && ++n % step == 0)
                boundaries->append({q.value(0), q.integer(1)});
            if (read == ScanChunk)
                from = ListingCursor{q.value(0), q.integer(1)};
        }
        if (read < ScanChunk)
            break;
    }
    *count = n;
    return true;
}
