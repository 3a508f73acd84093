#pragma once

#include <QCoreApplication>
#include <QIODevice>

class PatientService;
class ReferralService;

// Writes every patient or referral as CSV (UTF-8, header row) or a JSON array, one record at a time, so
// memory does not grow with the registry.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    enum class Format { Csv, Json };
    static qint64 patients(PatientService& service, QIODevice* out, Format format);
    static qint64 referrals(ReferralService& referrals, PatientService& patients, QIODevice* out, Format format);
};
