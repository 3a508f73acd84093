#pragma once

#include "Database.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// What a name search asks of patient_term: every word of the search (NameText::searchTerms) starts some part of
// the patient's name. «Әлихан Нұр» finds the patients with a part starting with "әлихан" and one with "нұр".
//
// The table holds each folded name part with the patient's sort key (migration 35), so the patients carrying one
// term lie in alphabetical order in its primary key, and a word's range of terms is a handful of such runs.
class NameSearch
{
public:
    NameSearch(const Database& database, const QString& search);

    // The folded words of the search; empty when it has none.
    const QStringList& words() const { return m_words; }

    // The distinct terms starting with word, in order, found one index seek each; std::nullopt when there are
    // more than most (a one-letter search), for which a merge of runs is no longer the quick way.
    std::optional<QStringList> termsStartingWith(const QString& word, int most) const;

    // How many name parts start with word, counted up to cap: which word of a search is the rarest.
    qint64 partsStartingWith(const QString& word, qint64 cap) const;

    // The word with the fewest name parts starting with it (the first of equals).
    QString rarestWord() const;

    // The ids of the patients found, ascending. Reads every match of every word (a few milliseconds for a name
    // one patient in twenty carries at two and a half million patients); cancelled() is asked as it goes, and
    // std::nullopt returned when it said yes.
    std::optional<std::vector<qint64>> patientIds(const std::function<bool()>& cancelled = {}) const;

private:
    const Database& m_database;
    QStringList m_words;
};
