#pragma once

#include "ListingDriver.h"
#include "NameSearch.h"

#include <vector>

// The referrals of the patients a name search finds, newest first (or oldest first), a page at a time.
//
// The patients found are read once (their ids, a few milliseconds), then each page takes the cheaper of two
// ways, judged from how many referrals those patients should hold:
//   - walk the referrals in order (the index referral_registered) and keep those of the patients found: a name
//     one patient in fifty carries fills a page within some 13,000 referrals, whatever the table's size;
//   - gather each patient's referrals from their own index, already in order (referral_patient), and merge
//     them: a rare name's few referrals, found without walking years of others.
// A walk that meets fewer matches than expected (the patients' referrals lie far back) gives way to the gather
// once it has cost what the gather would. The count gathers too, unless walking every referral is cheaper.
// The SQL is portable; a walk reads in chunks with a LIMIT, so no database sorts the whole table for it.
class ReferralsByName : public ListingDriver
{
public:
    // How pages and the count are read: the cheaper way each time, or always one way (tests compare them).
    enum class Plan { Cheapest, Walk, Gather };

    // nullptr when the search has no words.
    static std::unique_ptr<ListingDriver> make(const Database& database, const QString& search, bool descending,
                                               Plan plan = Plan::Cheapest);

    QList<ListingCursor> page(const std::optional<ListingCursor>& after, int limit) override;
    bool scan(int step, qint64* count, QList<ListingCursor>* boundaries,
              const std::function<bool()>& cancelled) override;

private:
    ReferralsByName(const Database& database, QString search, bool descending, Plan plan);
    bool ensurePatients(const std::function<bool()>& cancelled = {});
    bool isFound(qint64 patientId) const;
    // Rows of the table's order a walk should step through to meet limit matches; the cost of a gather in the
    // same units (an index seek costs about ten steps).
    double walkCost(int limit) const;
    double gatherCost() const;
    double expectedReferrals() const;
    // The listing's order over referral: of the patients a condition names (ending in "AND "), after a
    // cursor, at most limit rows (0: all).
    QString orderSql(bool fromCursor, const QString& patientCondition, int limit) const;
    // The walk: std::nullopt when it gave up after budget steps.
    std::optional<QList<ListingCursor>> walk(const std::optional<ListingCursor>& after, int limit, double budget);
    QList<ListingCursor> gather(const std::optional<ListingCursor>& after, int limit);
    // std::nullopt when a registration instant has an unexpected shape (the count then walks).
    std::optional<bool> scanGathering(int step, qint64* count, QList<ListingCursor>* boundaries,
                                      const std::function<bool()>& cancelled);
    bool scanWalking(int step, qint64* count, QList<ListingCursor>* boundaries, const std::function<bool()>& cancelled);
    bool before(const ListingCursor& a, const ListingCursor& b) const; // a comes first in the listing's order

    const Database& m_database;
    QString m_search;
    bool m_descending;
    Plan m_plan;
    std::optional<std::vector<qint64>> m_patients; // ids of the patients found, ascending
    std::vector<bool> m_found;                     // indexed by patient id: found?
    double m_referrals = 0;                        // referrals in the table (about)
    double m_referralsPerPatient = 0;
};
