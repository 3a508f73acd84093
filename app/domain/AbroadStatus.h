#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where an application for treatment abroad is: drafted by the bureau, submitted to the commission,
// approved or rejected by it, withdrawn by the patient, or the patient treated. Codes are stored and
// exported; labels are for people.
enum class AbroadStatus { Draft, Submitted, Approved, Rejected, Withdrawn, Treated };

class AbroadStatuses
{
    Q_DECLARE_TR_FUNCTIONS(AbroadStatuses)

public:
    static QString code(AbroadStatus status);
    static bool fromCode(const QString& code, AbroadStatus* status);
    static QString label(AbroadStatus status);
    static QString labelForCode(const QString& code);
    // The English source of a label, for a printout in a language other than the interface's.
    static const char* labelSource(AbroadStatus status);
    static QList<AbroadStatus> all();
    static bool isFinal(AbroadStatus status)
    {
        return status == AbroadStatus::Rejected || status == AbroadStatus::Withdrawn || status == AbroadStatus::Treated;
    }
};
