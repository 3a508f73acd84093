#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

// The hospital's journal of admissions and refusals of hospitalization (form 001/у) for a period, read from
// the referrals' events: every admission (planned or emergency) and every refusal, as the history recorded
// it, so the journal of a past month prints the same whenever it is printed.
class AdmissionJournalStore
{
public:
    explicit AdmissionJournalStore(const Database& database)
        : m_database(database)
    {}

    struct Entry
    {
        QDateTime at; // when the event was recorded (local time)
        QDate date;   // the day of the admission or refusal
        bool refused = false;
        QString code;
        QString patient; // empty for a referral of the open data, which names no patient
        QString iin;
        QDate birthDate;
        QString address;
        QString phone;
        QString referringOrg;
        QString emergencySource; // ambulance / self / transfer; empty for a planned admission
        QString profileCode;
        QString profileKk;
        QString profileRu;
        QString profileEn;
        QString hospitalCode;
        QString hospitalName;
        QString diagnosisCode;
        QString diagnosisName;
        QString status; // where the referral stands now: hospitalized, discharged, transferred, refused …
        QDate dischargedOn;
        QString reasonCode;
        QString reasonKk;
        QString reasonRu;
        QString reasonEn;
        QString reasonText;
    };

    // From `from` to `to` inclusive, by day and time of the event; one hospital when hospitalCode is given.
    QList<Entry> entries(const QDate& from, const QDate& to, const QString& hospitalCode = {}) const;

private:
    const Database& m_database;
};
