#include "AbroadStatus.h"

QString AbroadStatuses::code(AbroadStatus status)
{
    switch (status) {
    case AbroadStatus::Draft:
        return QStringLiteral("draft");
    case AbroadStatus::Submitted:
        return QStringLiteral("submitted");
    case AbroadStatus::Approved:
        return QStringLiteral("approved");
    case AbroadStatus::Rejected:
        return QStringLiteral("rejected");
    case AbroadStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case AbroadStatus::Treated:
        return QStringLiteral("treated");
    }
    return {};
}

bool AbroadStatuses::fromCode(const QString& code, AbroadStatus* status)
{
    for (AbroadStatus s : all()) {
        if (AbroadStatuses::code(s) == code) {
            *status = s;
            return true;
        }
    }
    return false;
}

QList<AbroadStatus> AbroadStatuses::all()
{
    return {AbroadStatus::Draft,    AbroadStatus::Submitted, AbroadStatus::Approved,
            AbroadStatus::Rejected, AbroadStatus::Withdrawn, AbroadStatus::Treated};
}

const char* AbroadStatuses::labelSource(AbroadStatus status)
{
    switch (status) {
    case AbroadStatus::Draft:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Draft");
    case AbroadStatus::Submitted:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Submitted to the commission");
    case AbroadStatus::Approved:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Approved by the commission");
    case AbroadStatus::Rejected:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Rejected by the commission");
    case AbroadStatus::Withdrawn:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Withdrawn");
    case AbroadStatus::Treated:
        return QT_TRANSLATE_NOOP("AbroadStatuses", "Treated abroad");
    }
    return "";
}

QString AbroadStatuses::label(AbroadStatus status)
{
    return QCoreApplication::translate("AbroadStatuses", labelSource(status));
}

QString AbroadStatuses::labelForCode(const QString& code)
{
    AbroadStatus status;
    return fromCode(code, &status) ? label(status) : code;
}
