#pragma once

#include "ListingDriver.h"
#include "NameSearch.h"

// The patients a name search finds, in alphabetical order (or its reverse), a page at a time.
//
// The patients carrying one term lie in patient_term's primary key in alphabetical order (term, sort key, id).
// A search word names a few terms (a prefix: «Иванов» → "иванов", "иванова"); their runs are merged in order and
// the merge stops at the page's last row, so a page costs the same at five million referrals as at one. The
// other words of the search are checked per row through the patient's own terms. The SQL is the same on
// SQLite and PostgreSQL (a merge of ordered index ranges: SQLite's compound merge, PostgreSQL's Merge Append).
class Query;

class PatientsByName : public ListingDriver
{
public:
    // nullptr when the search has no words, or a word starts more terms than a merge is worth (a one-letter
    // search), for which the listing's generic conditions are used.
    static std::unique_ptr<ListingDriver> make(const Database& database, const QString& search, bool descending);

    QList<ListingCursor> page(const std::optional<ListingCursor>& after, int limit) override;
    bool scan(int step, qint64* count, QList<ListingCursor>* boundaries,
              const std::function<bool()>& cancelled) override;

    // The most terms one word may start for the merge to be used.
    static constexpr int MostTerms = 32;

private:
    PatientsByName(const Database& database, bool descending, QStringList terms, QStringList otherWords);
    QString sql(bool fromCursor, int limit) const;
    void bind(Query& query, const std::optional<ListingCursor>& after) const;

    const Database& m_database;
    bool m_descending;
    QStringList m_terms;      // the rarest word's terms: one ordered run each
    QStringList m_otherWords; // checked per row
};
