#pragma once

#include "Database.h"

#include <QDate>
#include <QList>

// The refusal journal: every refusal recorded in a period, read from the referrals' events (the history
// is never rewritten, so the journal of a past month prints the same whenever it is printed).
class RefusalJournalStore
{
public:
    explicit RefusalJournalStore(const Database& database)
        : m_database(database)
    {}

    struct Entry
    {
        QDate date; // the day of the refusal
        QString code;
        QString patient;
        QString iin;
        QString hospitalCode;
        QString hospitalName;
        QString reasonCode;
        QString reasonKk;
        QString reasonRu;
        QString reasonEn;
        QString reasonText; // what the clerk wrote, if anything
    };

    // Refusals from `from` to `to` inclusive, by day, then referral code.
    QList<Entry> entries(const QDate& from, const QDate& to) const;

private:
    const Database& m_database;
};
