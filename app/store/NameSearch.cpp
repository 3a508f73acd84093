#include "NameSearch.h"

#include "Query.h"
#include "domain/NameText.h"

#include <algorithm>

NameSearch::NameSearch(const Database& database, const QString& search)
    : m_database(database)
    , m_words(NameText::searchTerms(search))
{}

std::optional<QStringList> NameSearch::termsStartingWith(const QString& word, int most) const
{
    // A loose index scan: the next distinct term is one seek past the previous one, however many patients
    // carry each term.
    QStringList terms;
    const QString end = NameText::prefixEnd(word);
    Query first(m_database, QStringLiteral("SELECT term FROM patient_term WHERE term >= ? AND term < ? ORDER BY term "
                                           "LIMIT 1"));
    Query next(m_database,
               QStringLiteral("SELECT term FROM patient_term WHERE term > ? AND term < ? ORDER BY term LIMIT 1"));
    QVariant term = first.bind(word).bind(end).scalar();
    while (term.isValid() && !term.isNull()) {
        if (terms.size() == most)
            return std::nullopt;
        terms << term.toString();
        term = next.bind(terms.last()).bind(end).scalar();
    }
    return terms;
}

qint64 NameSearch::partsStartingWith(const QString& word, qint64 cap) const
{
    Query q(m_database, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient_term WHERE term >= ? AND term < ? "
                                       "LIMIT %1) capped")
                            .arg(cap));
    return q.bind(word).bind(NameText::prefixEnd(word)).scalar().toLongLong();
}

QString NameSearch::rarestWord() const
{
    if (m_words.size() < 2)
        return m_words.value(0);
    // Enough to tell a surname one patient in fifty carries from a first name one in ten carries, at a
    // fraction of a millisecond each.
    constexpr qint64 cap = 20000;
    QString rarest;
    qint64 fewest = cap + 1;
    for (const QString& word : m_words) {
        const qint64 n = partsStartingWith(word, cap);
        if (n < fewest) {
            fewest = n;
            rarest = word;
        }
    }
    return rarest;
}

std::optional<std::vector<qint64>> NameSearch::patientIds(const std::function<bool()>& cancelled) const
{
    std::optional<std::vector<qint64>> found;
    for (const QString& word : m_words) {
        std::vector<qint64> ids;
        Query q(m_database, QStringLiteral("SELECT patient_id FROM patient_term WHERE term >= ? AND term < ?"));
        q.bind(word).bind(NameText::prefixEnd(word)).exec();
        while (q.next()) {
            ids.push_back(q.integer(0));
            if (cancelled && (ids.size() & 0xFFFF) == 0 && cancelled())
                return std::nullopt;
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (found) {
            std::vector<qint64> both;
            std::set_intersection(found->begin(), found->end(), ids.begin(), ids.end(), std::back_inserter(both));
            found = std::move(both);
        } else {
            found = std::move(ids);
        }
    }
    if (!found)
        found.emplace();
    return found;
}
